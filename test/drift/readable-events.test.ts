/**
 * Drift events people can read: the profile by its name, the queues the differences name by id also by their names
 * (one ListQueues per instance per run, only when needed), and a finding whose last edit was made in another Region
 * (a Global Resiliency replica) says so.
 */
import {
  ConnectClient,
  CreateRoutingProfileCommand,
  UpdateRoutingProfileDefaultOutboundQueueCommand,
  UpdateRoutingProfileNameCommand,
  UpdateRoutingProfileQueuesCommand,
} from '@aws-sdk/client-connect';
import { DriftHarness } from './drift-harness';
import { ConcurrencyEvents } from '../handler/concurrency-harness';
import { pair } from '../handler/expectations';

let d: DriftHarness;
beforeAll(async () => { d = await DriftHarness.start(); });
afterAll(async () => d.close());
beforeEach(async () => d.reset());
DriftHarness.silenceConsole();

const q = (name: string) => d.handlers.queue(name).id;
const spec = () => d.spec({ Name: 'Tier 1 Support', QueueConfigs: [pair('Sales', 'VOICE', 1, 0), pair('Billing', 'VOICE', 2, 0)] });

test('a finding names the profile and every queue its differences mention, with one ListQueues', async () => {
  const profile = await d.deploy(spec(), 'Tier1Support');
  const ids = { InstanceId: d.emulator.instanceId, RoutingProfileId: profile.id };
  await d.handlers.connect.send(new UpdateRoutingProfileQueuesCommand({
    ...ids, QueueConfigs: [{ QueueReference: { QueueId: q('Sales'), Channel: 'VOICE' }, Priority: 9, Delay: 0 }],
  }));
  await d.handlers.connect.send(new UpdateRoutingProfileDefaultOutboundQueueCommand({ ...ids, DefaultOutboundQueueId: q('Support') }));
  await d.emulator.control.clearCalls();

  const run = await d.run();

  expect(run.events).toHaveLength(1);
  expect(run.events[0].detail).toMatchObject({
    routingProfileName: 'Tier 1 Support',
    queueNames: { [q('Sales')]: 'Sales', [q('BasicQueue')]: 'BasicQueue', [q('Support')]: 'Support' },
  });
  expect(run.events[0].detail).not.toHaveProperty('editedInAnotherRegion');
  expect((await d.handlers.calls()).filter((c) => c.operation === 'ListQueues')).toHaveLength(1);
  expect(run.summary.queueNameReads).toBe(1);
});

test('a check that failed names the profile as declared, and costs no ListQueues (no queue to name)', async () => {
  await d.deploy(spec(), 'Tier1Support');
  await d.emulator.control.clearCalls();
  await d.emulator.control.injectFault({ operation: 'ListRoutingProfileQueues', error: { code: 'AccessDeniedException', message: 'no' } });

  const run = await d.run();

  expect(run.events[0].detail).toMatchObject({ status: 'CHECK_FAILED', routingProfileName: 'Tier 1 Support' });
  expect(run.summary.queueNameReads).toBe(0);
  expect((await d.handlers.calls()).filter((c) => c.operation === 'ListQueues')).toEqual([]);
});

test('an edit made in another Region (a Global Resiliency replica) says so in the event', async () => {
  const profile = await d.deploy(spec(), 'Tier1Support');
  const replica = new ConnectClient({ ...d.emulator.clientConfig, region: 'us-west-2', maxAttempts: 1 });
  try {
    await replica.send(new UpdateRoutingProfileNameCommand({
      InstanceId: d.emulator.instanceId, RoutingProfileId: profile.id, Description: 'changed in Oregon',
    }));
  } finally {
    replica.destroy();
  }

  const run = await d.run();

  expect(run.events[0].detail).toMatchObject({
    status: 'DRIFTED',
    editedInAnotherRegion: true,
    lastModifiedRegion: 'us-west-2',
    differences: [{ field: 'description', expected: spec().Description, actual: 'changed in Oregon' }],
  });
});

test('a concurrency resource\'s finding names the profile it manages', async () => {
  const c = new ConcurrencyEvents(d.handlers);
  const created = await c.create(c.spec(), 'Basic');
  expect(created.status).toBe('SUCCESS');
  await c.consoleSetConcurrency([{ channel: 'VOICE', concurrency: 1 }, { channel: 'CHAT', concurrency: 9 }]);

  const run = await d.run();

  expect(run.events[0].detail).toMatchObject({ logicalResourceId: 'Basic', routingProfileName: d.handlers.defaultProfile.name });
});

test('a queue on a channel without a media concurrency, as Connect accepts it, is in sync', async () => {
  await d.deploy(d.spec({ Name: 'Voice only', QueueConfigs: [pair('Sales', 'CHAT', 1, 0)] }), 'VoiceOnly');
  await d.handlers.connect.send(new CreateRoutingProfileCommand({
    InstanceId: d.emulator.instanceId,
    Name: 'Unrelated',
    Description: 'x',
    DefaultOutboundQueueId: q('BasicQueue'),
    MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: 1 }],
  }));

  const run = await d.run();

  expect(run.summary.outcomes).toEqual([expect.objectContaining({ logicalResourceId: 'VoiceOnly', status: 'IN_SYNC' })]);
  expect(run.events).toEqual([]);
});
