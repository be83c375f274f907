import {
  AssociateRoutingProfileQueuesCommand,
  DeleteRoutingProfileCommand,
  TagResourceCommand,
  UpdateRoutingProfileConcurrencyCommand,
  UpdateRoutingProfileNameCommand,
  UpdateRoutingProfileQueuesCommand,
} from '@aws-sdk/client-connect';
import {
  ALL_CHANNELS, assertNoKeptPairDropped, expectLiveMatches, guardConsoleAndResponses, historyMark, minimumWrites,
  ownerTag, pair, pairs, writeOperations,
} from './expectations';
import { HandlerHarness } from './harness';
import { OWNERSHIP_TAG_KEY, RoutingProfileSpec } from '../../src/private/contract';

let h: HandlerHarness;
beforeAll(async () => { h = await HandlerHarness.start({ extraQueues: 10 }); });
afterAll(async () => h.close());
beforeEach(async () => h.reset());
guardConsoleAndResponses(() => h);

function base(overrides: Partial<RoutingProfileSpec> = {}): RoutingProfileSpec {
  return h.spec({
    MediaConcurrencies: [
      { Channel: 'VOICE', Concurrency: '1' },
      { Channel: 'CHAT', Concurrency: '2' },
      { Channel: 'TASK', Concurrency: '1' },
    ],
    QueueConfigs: [pair('Sales', 'VOICE', 1, 0), pair('Support', 'CHAT', 2, 10), pair('Billing', 'VOICE', 3, 20)],
    ManualAssignmentQueues: [{ Queue: { Name: 'Callbacks' }, Channel: 'CHAT' }],
    AgentAvailabilityTimer: 'TIME_SINCE_LAST_ACTIVITY',
    Tags: { team: 'support', env: 'prod' },
    ...overrides,
  });
}

/** Creates `initial`, then runs an Update to `desired` with a clean call log; returns the profile id and history mark. */
async function createThenUpdate(initial: RoutingProfileSpec, desired: RoutingProfileSpec) {
  const created = await h.create(initial);
  expect(created).toMatchObject({ status: 'SUCCESS' });
  const id = created.data!.RoutingProfileId;
  const mark = await historyMark(h, id);
  await h.emulator.control.clearCalls();
  const updated = await h.update(created.physicalResourceId, desired, initial);
  expect(updated).toMatchObject({ status: 'SUCCESS', physicalResourceId: created.physicalResourceId });
  return { id, mark, arn: created.physicalResourceId };
}

type Change = Parameters<typeof minimumWrites>[0];
const withQueues = (f: (q: NonNullable<RoutingProfileSpec['QueueConfigs']>) => NonNullable<RoutingProfileSpec['QueueConfigs']>) =>
  (s: RoutingProfileSpec): Partial<RoutingProfileSpec> => ({ QueueConfigs: f(s.QueueConfigs!) });

const singleChanges: Array<[string, (s: RoutingProfileSpec) => Partial<RoutingProfileSpec>, Change, string[]]> = [
  ['name', () => ({ Name: 'Support Tier 2' }), { name: true }, ['UpdateRoutingProfileName']],
  ['description', () => ({ Description: 'Second-line support' }), { name: true }, ['UpdateRoutingProfileName']],
  ['default outbound queue', () => ({ DefaultOutboundQueue: { Name: 'Sales' } }), { defaultOutboundQueue: true }, ['UpdateRoutingProfileDefaultOutboundQueue']],
  ['concurrency', (s) => ({ MediaConcurrencies: s.MediaConcurrencies.map((m) => (m.Channel === 'CHAT' ? { ...m, Concurrency: '5' } : m)) }),
    { concurrency: true }, ['UpdateRoutingProfileConcurrency']],
  ['cross-channel behaviour', (s) => ({ MediaConcurrencies: s.MediaConcurrencies.map((m) => (m.Channel === 'VOICE' ? { ...m, CrossChannelBehavior: 'ROUTE_ANY_CHANNEL' } : m)) }),
    { concurrency: true }, ['UpdateRoutingProfileConcurrency']],
  ['agent availability timer', () => ({ AgentAvailabilityTimer: 'TIME_SINCE_LAST_INBOUND' }), { timer: true }, ['UpdateRoutingProfileAgentAvailabilityTimer']],
  ['queue priority', withQueues((q) => q.map((c, i) => (i === 0 ? { ...c, Priority: '50' } : c))), { change: 1 }, ['UpdateRoutingProfileQueues']],
  ['queue delay', withQueues((q) => q.map((c, i) => (i === 1 ? { ...c, Delay: '9999' } : c))), { change: 1 }, ['UpdateRoutingProfileQueues']],
  ['queue added', withQueues((q) => [...q, pair('VIP', 'VOICE', 1, 0)]), { add: 1 }, ['AssociateRoutingProfileQueues']],
  ['queue removed', withQueues((q) => q.slice(0, 2)), { remove: 1 }, ['DisassociateRoutingProfileQueues']],
  ['manual assignment added', (s) => ({ ManualAssignmentQueues: [...s.ManualAssignmentQueues!, { Queue: { Name: 'VIP' }, Channel: 'TASK' }] }),
    { addManual: 1 }, ['AssociateRoutingProfileQueues']],
  ['manual assignment removed', () => ({ ManualAssignmentQueues: [] }), { removeManual: 1 }, ['DisassociateRoutingProfileQueues']],
  ['tag added', (s) => ({ Tags: { ...s.Tags, cost: '42' } }), { tag: true }, ['TagResource']],
  ['tag changed', (s) => ({ Tags: { ...s.Tags, team: 'sales' } }), { tag: true }, ['TagResource']],
  ['tag removed', () => ({ Tags: { team: 'support' } }), { untag: true }, ['UntagResource']],
];

describe('Update, one kind of change at a time', () => {
  test.each(singleChanges)('%s: exactly the one call it needs, kept pairs never absent', async (_label, change, minimum, operations) => {
    const initial = base();
    const desired = base(change(initial));

    const { id, mark } = await createThenUpdate(initial, desired);

    expectLiveMatches(h, await h.readProfile(id), desired);
    expect(await writeOperations(h)).toEqual(operations.map((o) => `${o}:200`));
    expect(await h.writeCalls()).toHaveLength(minimumWrites(minimum));
    await assertNoKeptPairDropped(h, id, mark);
  });

  test('no change: zero write calls', async () => {
    const { id, mark } = await createThenUpdate(base(), base());
    expect(await h.writeCalls()).toHaveLength(0);
    expect(await historyMark(h, id)).toBe(mark);
  });
});

describe('Update, mixed changes', () => {
  test('every kind at once: one call per kind, in an order that never drops a kept pair', async () => {
    const initial = base();
    const desired = base({
      Name: 'Renamed',
      Description: 'New description',
      DefaultOutboundQueue: { Name: 'Support' },
      MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: '1', CrossChannelBehavior: 'ROUTE_ANY_CHANNEL' }, { Channel: 'CHAT', Concurrency: '4' }],
      AgentAvailabilityTimer: 'TIME_SINCE_LAST_INBOUND',
      QueueConfigs: [pair('Sales', 'VOICE', 9, 0), pair('Support', 'CHAT', 2, 10), pair('VIP', 'CHAT', 1, 0)],
      ManualAssignmentQueues: [{ Queue: { Name: 'VIP' }, Channel: 'VOICE' }],
      Tags: { team: 'sales', region: 'emea' },
    });

    const { id, mark } = await createThenUpdate(initial, desired);

    expectLiveMatches(h, await h.readProfile(id), desired);
    expect(await h.writeCalls()).toHaveLength(minimumWrites({
      name: true,
      defaultOutboundQueue: true,
      concurrency: true,
      timer: true,
      add: 1,
      addManual: 1,
      change: 1,
      remove: 1,
      removeManual: 1,
      untag: true,
      tag: true,
    }));
    await assertNoKeptPairDropped(h, id, mark);
  });

  test('30 pairs → 35 (20 kept, 5 of them re-prioritised, 10 removed, 15 added): batches of 10', async () => {
    const all = pairs(h, 45, ['VOICE', 'CHAT', 'TASK']);
    const initial = base({ QueueConfigs: all.slice(0, 30) });
    const kept = all.slice(0, 20).map((p, i) => (i < 5 ? { ...p, Priority: '99' } : p));
    const desired = base({ QueueConfigs: [...kept, ...all.slice(30, 45)] });

    const { id, mark } = await createThenUpdate(initial, desired);

    expectLiveMatches(h, await h.readProfile(id), desired);
    expect(await h.writeCalls()).toHaveLength(minimumWrites({ add: 15, change: 5, remove: 10 }));
    await assertNoKeptPairDropped(h, id, mark);
  });

  test('at the 50-pair quota, replacing 15 pairs disassociates only what makes room, still in the minimum calls', async () => {
    const all = pairs(h, 60, ['VOICE', 'CHAT', 'TASK', 'EMAIL']);
    const initial = base({ MediaConcurrencies: ALL_CHANNELS, QueueConfigs: all.slice(0, 45) });
    const desired = base({ MediaConcurrencies: ALL_CHANNELS, QueueConfigs: [...all.slice(10, 45), ...all.slice(45, 60)] });

    const { id, mark } = await createThenUpdate(initial, desired);

    expectLiveMatches(h, await h.readProfile(id), desired);
    expect(await h.writeCalls()).toHaveLength(minimumWrites({ add: 15, remove: 10 }));
    const history = await assertNoKeptPairDropped(h, id, mark);
    expect(Math.max(...history.map((e) => e.queueConfigs.length))).toBeLessThanOrEqual(50);
  });
});

describe('Update compares with the live profile', () => {
  test('a console edit made behind the handler\'s back is reverted by the next update', async () => {
    const spec = base();
    const created = await h.create(spec);
    const id = created.data!.RoutingProfileId;
    const ids = { InstanceId: h.emulator.instanceId, RoutingProfileId: id };
    await h.connect.send(new UpdateRoutingProfileQueuesCommand({ ...ids, QueueConfigs: [{ QueueReference: { QueueId: h.queue('Sales').id, Channel: 'VOICE' }, Priority: 77, Delay: 5 }] }));
    await h.connect.send(new UpdateRoutingProfileNameCommand({ ...ids, Description: 'edited in the console' }));
    await h.connect.send(new UpdateRoutingProfileConcurrencyCommand({ ...ids, MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: 1 }, { Channel: 'CHAT', Concurrency: 9 }, { Channel: 'TASK', Concurrency: 1 }] }));
    await h.connect.send(new TagResourceCommand({ resourceArn: created.physicalResourceId, tags: { team: 'hijacked' } }));
    const mark = await historyMark(h, id);
    await h.emulator.control.clearCalls();

    // The same properties as before: comparing old with new props would see nothing to do.
    const result = await h.update(created.physicalResourceId, spec, spec);

    expect(result).toMatchObject({ status: 'SUCCESS' });
    expectLiveMatches(h, await h.readProfile(id), spec);
    expect(await h.writeCalls()).toHaveLength(minimumWrites({ change: 1, name: true, concurrency: true, tag: true }));
    await assertNoKeptPairDropped(h, id, mark);
  });

  test('undefined QueueConfigs are not managed: a console-added queue is kept; [] then removes every queue', async () => {
    const unmanaged = base({ QueueConfigs: undefined, ManualAssignmentQueues: undefined });
    const created = await h.create(unmanaged);
    const id = created.data!.RoutingProfileId;
    await h.connect.send(new AssociateRoutingProfileQueuesCommand({
      InstanceId: h.emulator.instanceId,
      RoutingProfileId: id,
      QueueConfigs: [{ QueueReference: { QueueId: h.queue('VIP').id, Channel: 'VOICE' }, Priority: 3, Delay: 0 }],
      ManualAssignmentQueueConfigs: [{ QueueReference: { QueueId: h.queue('Callbacks').id, Channel: 'CHAT' } }],
    }));
    let mark = await historyMark(h, id);
    await h.emulator.control.clearCalls();

    const renamed = { ...unmanaged, Description: 'still unmanaged queues' };
    expect(await h.update(created.physicalResourceId, renamed, unmanaged)).toMatchObject({ status: 'SUCCESS' });

    let live = await h.readProfile(id);
    expectLiveMatches(h, live, renamed);
    expect(live!.queueConfigs).toEqual([{ queueId: h.queue('VIP').id, channel: 'VOICE', priority: 3, delay: 0 }]);
    expect(live!.manualAssignmentQueues).toEqual([{ queueId: h.queue('Callbacks').id, channel: 'CHAT' }]);
    expect(await h.writeCalls()).toHaveLength(minimumWrites({ name: true }));
    await assertNoKeptPairDropped(h, id, mark);

    mark = await historyMark(h, id);
    await h.emulator.control.clearCalls();
    const none = { ...renamed, QueueConfigs: [], ManualAssignmentQueues: [] };
    expect(await h.update(created.physicalResourceId, none, renamed)).toMatchObject({ status: 'SUCCESS' });

    live = await h.readProfile(id);
    expectLiveMatches(h, live, none);
    expect(live!.queueConfigs).toEqual([]);
    expect(live!.manualAssignmentQueues).toEqual([]);
    expect(await h.writeCalls()).toHaveLength(minimumWrites({ remove: 1, removeManual: 1 }));
    await assertNoKeptPairDropped(h, id, mark);
  });

  test('undefined Tags are not managed: console tags stay, the ownership tag is never removed', async () => {
    const spec = base({ Tags: undefined });
    const created = await h.create(spec);
    await h.connect.send(new TagResourceCommand({ resourceArn: created.physicalResourceId, tags: { 'added-in-console': 'yes' } }));
    await h.emulator.control.clearCalls();

    expect(await h.update(created.physicalResourceId, spec, spec)).toMatchObject({ status: 'SUCCESS' });
    expect((await h.readProfile(created.data!.RoutingProfileId))!.tags).toEqual({ [OWNERSHIP_TAG_KEY]: ownerTag(), 'added-in-console': 'yes' });
    expect(await h.writeCalls()).toHaveLength(0);

    const tagged = base({ Tags: {} });
    expect(await h.update(created.physicalResourceId, tagged, spec)).toMatchObject({ status: 'SUCCESS' });
    expect((await h.readProfile(created.data!.RoutingProfileId))!.tags).toEqual({ [OWNERSHIP_TAG_KEY]: ownerTag() });
    expect(await h.writeCalls()).toHaveLength(minimumWrites({ untag: true }));
  });

  test('a profile deleted out of band is created again, with a new physical id', async () => {
    const spec = base({ QueueConfigs: pairs(h, 12, ['VOICE', 'CHAT']) });
    const created = await h.create(spec);
    await h.connect.send(new DeleteRoutingProfileCommand({ InstanceId: h.emulator.instanceId, RoutingProfileId: created.data!.RoutingProfileId }));
    await h.emulator.control.clearCalls();

    const result = await h.update(created.physicalResourceId, spec, spec);

    expect(result.status).toBe('SUCCESS');
    expect(result.physicalResourceId).not.toBe(created.physicalResourceId);
    const id = result.data!.RoutingProfileId;
    expectLiveMatches(h, await h.readProfile(id), spec);
    expect(await h.writeCalls()).toHaveLength(minimumWrites({ create: true, add: 12, addManual: 1 }));
    await assertNoKeptPairDropped(h, id);

    // CloudFormation then deletes the old physical id: already gone is success.
    await h.emulator.control.clearCalls();
    expect(await h.delete(created.physicalResourceId, spec)).toMatchObject({ status: 'SUCCESS' });
    expect(await h.writeCalls()).toHaveLength(0);
    expect(await h.readProfile(id)).toBeDefined();
  });

  test('a change of instance is a replacement: a new profile in the new instance, then Delete of the old id', async () => {
    const spec = base({ QueueConfigs: [pair('Sales', 'VOICE')], ManualAssignmentQueues: undefined });
    const created = await h.create(spec);
    const seeded = await h.emulator.control.seed({ instances: [{ alias: 'second' }] });
    const other = seeded.instances[0];
    const otherBasic = other.queues.find((q) => q.name === 'BasicQueue')!;
    const moved: RoutingProfileSpec = { ...spec, InstanceArn: other.instanceArn, DefaultOutboundQueue: { Id: otherBasic.id }, QueueConfigs: [{ Queue: { Arn: otherBasic.arn }, Channel: 'CHAT', Priority: '4', Delay: '0' }] };
    await h.emulator.control.clearCalls();

    const replaced = await h.update(created.physicalResourceId, moved, spec);

    expect(replaced.status).toBe('SUCCESS');
    expect(replaced.physicalResourceId.startsWith(`${other.instanceArn}/routing-profile/`)).toBe(true);
    expect(replaced.data!.InstanceId).toBe(other.instanceId);
    const newLive = await h.readProfile(replaced.data!.RoutingProfileId, other.instanceId);
    expect(newLive).toMatchObject({ name: spec.Name, defaultOutboundQueueId: otherBasic.id, queueConfigs: [{ queueId: otherBasic.id, channel: 'CHAT', priority: 4, delay: 0 }] });
    expect(newLive!.tags).toEqual({ ...spec.Tags, [OWNERSHIP_TAG_KEY]: ownerTag() });
    expect(await h.writeCalls()).toHaveLength(minimumWrites({ create: true, add: 1 }));
    expect(await h.readProfile(created.data!.RoutingProfileId)).toBeDefined();

    await h.emulator.control.clearCalls();
    expect(await h.delete(created.physicalResourceId, spec)).toMatchObject({ status: 'SUCCESS' });
    expect(await h.readProfile(created.data!.RoutingProfileId)).toBeUndefined();
    expect(await h.readProfile(replaced.data!.RoutingProfileId, other.instanceId)).toBeDefined();
    expect(await writeOperations(h)).toEqual(['DeleteRoutingProfile:200']);
  });
});
