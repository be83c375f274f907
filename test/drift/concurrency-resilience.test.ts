import { DeleteRoutingProfileCommand, UpdateRoutingProfileQueuesCommand } from '@aws-sdk/client-connect';
import { DeleteTableCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { DriftHarness, stackMetrics, TABLE } from './drift-harness';
import { DriftEventType, RoutingProfileConcurrencySpec } from '../../src/private/contract';
import { ConcurrencyEvents, entry } from '../handler/concurrency-harness';
import { pair } from '../handler/expectations';

// A concurrency resource's record over its life (removed from the stack, replaced), a target profile deleted
// out of band, and concurrency beside routing profiles in one run.

let d: DriftHarness;
let c: ConcurrencyEvents;
beforeAll(async () => {
  d = await DriftHarness.start();
  c = new ConcurrencyEvents(d.handlers);
});
afterAll(async () => d.close());
beforeEach(async () => d.reset());
DriftHarness.silenceConsole();

const RCO = 'ROUTE_CURRENT_CHANNEL_ONLY';

function spec(overrides: Partial<RoutingProfileConcurrencySpec> = {}): RoutingProfileConcurrencySpec {
  return c.spec({ MediaConcurrencies: [entry('CHAT', 5)], DriftPolicy: 'correct', ...overrides });
}

async function create(s: RoutingProfileConcurrencySpec, logicalId: string): Promise<string> {
  const created = await c.create(s, logicalId);
  if (created.status !== 'SUCCESS') throw new Error(`create ${logicalId} failed: ${created.reason}`);
  return created.physicalResourceId;
}

test('removed from the stack: the Delete restores the profile and removes the record; no run touches the profile again', async () => {
  const physicalId = await create(spec(), 'Basic');
  expect(await d.items()).toHaveLength(1);
  expect(await c.delete(physicalId, spec(), 'Basic')).toMatchObject({ status: 'SUCCESS' });
  expect(await d.items()).toEqual([]);
  // Someone changes chat afterwards: not the stack's business any more.
  await c.consoleSetConcurrency([{ channel: 'VOICE', concurrency: 1 }, { channel: 'CHAT', concurrency: 7 }]);

  const run = await d.run();

  expect(run.summary.outcomes).toEqual([]);
  expect(run.events).toEqual([]);
  expect(await d.handlers.calls()).toEqual([]);
  expect(await c.concurrencies()).toEqual([{ channel: 'VOICE', concurrency: 1 }, { channel: 'CHAT', concurrency: 7 }]);
});

test('pointed at another profile (a replacement): the old physical id\'s Delete keeps the new record, which the run checks', async () => {
  const night = await c.consoleCreateProfile('Night shift', [{ channel: 'VOICE', concurrency: 1 }, { channel: 'CHAT', concurrency: 1, crossChannelBehavior: RCO }]);
  const oldId = await create(spec(), 'Basic');
  const moved = spec({ RoutingProfile: { Id: night.id } });
  const updated = await c.update(oldId, moved, spec(), 'Basic');
  expect(updated.status).toBe('SUCCESS');
  expect(updated.physicalResourceId).not.toBe(oldId);
  // CloudFormation then deletes the old physical id: the default profile is restored, the record stays the new one's.
  expect(await c.delete(oldId, spec(), 'Basic')).toMatchObject({ status: 'SUCCESS' });
  const items = await d.items();
  expect(items.map((i) => [i.PhysicalResourceId.S, i.RoutingProfileId.S])).toEqual([[updated.physicalResourceId, night.id]]);

  await c.consoleSetConcurrency([{ channel: 'VOICE', concurrency: 1 }, { channel: 'CHAT', concurrency: 2, crossChannelBehavior: RCO }], night.id);
  const run = await d.run();
  expect(run.summary.outcomes).toEqual([expect.objectContaining({ logicalResourceId: 'Basic', routingProfileArn: night.arn, status: 'CORRECTED' })]);
  expect((await c.concurrencies(night.id)).find((m) => m.channel === 'CHAT')).toEqual({ channel: 'CHAT', concurrency: 5, crossChannelBehavior: RCO });
});

test('a target profile deleted out of band is reported under correct, never recreated, at no per-profile read (the sweep says it is gone)', async () => {
  const night = await c.consoleCreateProfile('Night shift', [{ channel: 'VOICE', concurrency: 1 }, { channel: 'CHAT', concurrency: 1 }]);
  await create(spec({ RoutingProfile: { Id: night.id } }), 'Night');
  await d.handlers.connect.send(new DeleteRoutingProfileCommand({ InstanceId: d.emulator.instanceId, RoutingProfileId: night.id }));
  await d.emulator.control.clearCalls();

  const run = await d.run();

  expect((await d.handlers.calls()).filter((call) => call.operation !== 'PutEvents').map((call) => call.operation)).toEqual(['SearchRoutingProfiles']);
  expect(await d.handlers.profileNames()).not.toContain('Night shift');
  expect(run.events).toHaveLength(1);
  expect(run.events[0]).toMatchObject({
    'detail-type': DriftEventType.DETECTED,
    'detail': {
      status: 'DELETED_OUT_OF_BAND',
      differences: [{ field: 'routingProfile', expected: night.arn, actual: null }],
      reason: `Routing profile ${night.arn} no longer exists in Connect. The reconciler never recreates a profile: `
        + 'point the RoutingProfileConcurrency at an existing profile, or remove it from the stack.',
    },
  });
  expect(stackMetrics(run)).toMatchObject({ DriftedProfiles: 1, CorrectedProfiles: 0, UncheckedProfiles: 0 });
});

test('an unreadable concurrency record is reported as such, naming the field; the other resources are still checked', async () => {
  const physicalId = await create(spec(), 'Basic');
  const [item] = await d.items();
  await d.dynamodb.send(new PutItemCommand({
    TableName: TABLE,
    Item: { ...item, LogicalResourceId: { S: 'Broken' }, Desired: { S: JSON.stringify({ mediaConcurrencies: [{ channel: 'CHAT', concurrency: '5' }] }) } },
  }));
  await c.consoleSetConcurrency([{ channel: 'VOICE', concurrency: 1 }, { channel: 'CHAT', concurrency: 2 }]);

  const run = await d.run();

  const byId = Object.fromEntries(run.summary.outcomes.map((o) => [o.logicalResourceId, o]));
  expect(byId.Broken).toMatchObject({
    status: 'UNREADABLE_RECORD',
    physicalResourceId: physicalId,
    reason: expect.stringContaining('`Desired.mediaConcurrencies` must list {channel, concurrency or workloadTypeConcurrencies, crossChannelBehavior?}, each channel once, got: '),
  });
  expect(byId.Basic).toMatchObject({ status: 'CORRECTED' });
});

test('beside routing profiles in one run: one SearchRoutingProfiles for the instance and the profile\'s queue list, nothing more for the concurrency until it is found drifted', async () => {
  const profile = await d.deploy(d.spec({ Name: 'Support', QueueConfigs: [pair('Sales', 'VOICE', 1, 0)], DriftPolicy: 'report' }), 'Support');
  await create(spec({ DriftPolicy: 'report' }), 'Basic');
  await d.handlers.connect.send(new UpdateRoutingProfileQueuesCommand({
    InstanceId: d.emulator.instanceId,
    RoutingProfileId: profile.id,
    QueueConfigs: [{ QueueReference: { QueueId: d.handlers.queue('Sales').id, Channel: 'VOICE' }, Priority: 9, Delay: 0 }],
  }));
  await c.consoleSetConcurrency([{ channel: 'VOICE', concurrency: 1 }, { channel: 'CHAT', concurrency: 2 }]);

  const run = await d.run();

  const operations = (await d.handlers.calls()).filter((call) => call.operation !== 'PutEvents').map((call) => call.operation);
  // Both findings are described (the Region of the last edit is not in Search), and one ListQueues names the queue.
  expect(operations.sort()).toEqual([
    'DescribeRoutingProfile', 'DescribeRoutingProfile', 'ListQueues', 'ListRoutingProfileQueues', 'SearchRoutingProfiles',
  ]);
  expect(Object.fromEntries(run.summary.outcomes.map((o) => [o.logicalResourceId, o.differences.map((diff) => diff.field)]))).toEqual({
    Basic: ['mediaConcurrencies[CHAT].concurrency'],
    Support: [`queueConfigs[${d.handlers.queue('Sales').id}/VOICE].priority`],
  });
  expect(stackMetrics(run)).toMatchObject({ DriftedProfiles: 2, DriftedFields: 2 });
});

test('a table that cannot be written fails the Create before its write: nothing changed, nothing for the rollback to restore', async () => {
  const original = await c.concurrencies();
  await d.dynamodb.send(new DeleteTableCommand({ TableName: TABLE }));

  const created = await c.create(spec(), 'Basic');

  expect(created.status).toBe('FAILED');
  expect(created.reason).toMatch(/^Recording what routing profile .* holds before this stack changes it, in DynamoDB table desired-state, failed: .*Nothing was changed in Connect/);
  expect(created.physicalResourceId).toMatch(/^failed-create:/);
  expect(await d.handlers.successfulWrites()).toEqual([]);
  expect(await c.concurrencies()).toEqual(original);
  await d.createTable();
  expect(await c.delete(created.physicalResourceId, spec(), 'Basic')).toMatchObject({ status: 'SUCCESS' });
  expect(await c.concurrencies()).toEqual(original);
});
