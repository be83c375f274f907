import { TagResourceCommand } from '@aws-sdk/client-connect';
import { guardConsoleAndResponses, pairs } from './expectations';
import { HandlerHarness } from './harness';
import { RoutingProfileSpec } from '../../src/private/contract';

// The Connect reads a deploy makes of a profile, counted from the emulator's call log and compared with the fewest
// the API allows, worked out here from the scenario alone: DescribeRoutingProfile is the one call that gives the
// name, description, concurrency, default queue, timer and tags (and how many pairs each queue list holds); the
// priority and delay of a queue pair are only in ListRoutingProfileQueues (≤100 a page), and a manual-assignment
// pair's channel only in ListRoutingProfileManualAssignmentQueues (≤100 a page). A list the spec does not manage,
// or that Describe reports empty, needs no call. The queue names are resolved by ListQueues, a read of the
// instance's queues, not of the profile, so it is counted apart.

let h: HandlerHarness;
beforeAll(async () => { h = await HandlerHarness.start({ extraQueues: 30 }); });
afterAll(async () => h.close());
beforeEach(async () => h.reset());
guardConsoleAndResponses(() => h);

const PAGE = 100;

/** A spec whose profile has every channel, so queue pairs may use any. */
function anyChannelSpec(overrides: Partial<RoutingProfileSpec>): RoutingProfileSpec {
  return h.spec({
    MediaConcurrencies: ['VOICE', 'CHAT', 'TASK', 'EMAIL'].map((Channel) => ({ Channel, Concurrency: '1' })),
    ...overrides,
  });
}

/** The fewest profile reads an unchanged Update of `spec` needs (its live lists hold what the spec declares). */
function minimumUpdateReads(spec: RoutingProfileSpec): number {
  const pages = (declared: readonly unknown[] | undefined) => (declared === undefined ? 0 : Math.ceil(declared.length / PAGE));
  return 1 + pages(spec.QueueConfigs) + pages(spec.ManualAssignmentQueues);
}

async function profileReadsOfUpdate(spec: RoutingProfileSpec): Promise<Record<string, number>> {
  const created = await h.create(spec);
  expect(created).toMatchObject({ status: 'SUCCESS' });
  await h.emulator.control.clearCalls();
  const updated = await h.update(created.physicalResourceId, spec, spec);
  expect(updated.status).toBe('SUCCESS');
  const calls = await h.calls();
  expect(await h.writeCalls()).toEqual([]);
  return calls.filter((c) => c.operation !== 'ListQueues')
    .reduce<Record<string, number>>((acc, c) => ({ ...acc, [c.operation]: (acc[c.operation] ?? 0) + 1 }), {});
}

const total = (byOperation: Record<string, number>) => Object.values(byOperation).reduce((a, b) => a + b, 0);

describe('an unchanged Update reads the profile with the fewest calls', () => {
  test('standard queues only: Describe + one ListRoutingProfileQueues page (2 reads)', async () => {
    const spec = anyChannelSpec({ QueueConfigs: pairs(h, 12) });
    const reads = await profileReadsOfUpdate(spec);
    expect(reads).toEqual({ DescribeRoutingProfile: 1, ListRoutingProfileQueues: 1 });
    expect(total(reads)).toBe(minimumUpdateReads(spec));
  });

  test('standard and manual-assignment queues: Describe + one page of each list (3 reads)', async () => {
    const spec = anyChannelSpec({ QueueConfigs: pairs(h, 12), ManualAssignmentQueues: [{ Queue: { Name: 'Callbacks' }, Channel: 'CHAT' }] });
    const reads = await profileReadsOfUpdate(spec);
    expect(reads).toEqual({ DescribeRoutingProfile: 1, ListRoutingProfileQueues: 1, ListRoutingProfileManualAssignmentQueues: 1 });
    expect(total(reads)).toBe(minimumUpdateReads(spec));
  });

  test('lists declared empty, and Describe reports them empty: Describe alone (1 read)', async () => {
    const spec = anyChannelSpec({ QueueConfigs: [], ManualAssignmentQueues: [] });
    const reads = await profileReadsOfUpdate(spec);
    expect(reads).toEqual({ DescribeRoutingProfile: 1 });
    expect(total(reads)).toBe(minimumUpdateReads(spec));
  });

  test('lists not managed: Describe alone, even when Connect has queues on the profile (1 read)', async () => {
    const spec = anyChannelSpec({ QueueConfigs: undefined, ManualAssignmentQueues: undefined });
    const withQueues = anyChannelSpec({ QueueConfigs: pairs(h, 3), ManualAssignmentQueues: [{ Queue: { Name: 'Callbacks' }, Channel: 'CHAT' }] });
    const created = await h.create(withQueues);
    await h.emulator.control.clearCalls();
    expect((await h.update(created.physicalResourceId, spec, withQueues)).status).toBe('SUCCESS');
    expect((await h.calls()).map((c) => c.operation)).toEqual(['DescribeRoutingProfile']);
    expect(minimumUpdateReads(spec)).toBe(1);
    // What it did not read, it did not touch.
    expect((await h.readProfile(created.data!.RoutingProfileId))!.queueConfigs).toHaveLength(3);
  });

  test('a tag added in the console is reverted after the same two reads', async () => {
    const spec = anyChannelSpec({ QueueConfigs: pairs(h, 2), Tags: { team: 'a' } });
    const created = await h.create(spec);
    await h.connect.send(new TagResourceCommand({ resourceArn: created.physicalResourceId, tags: { console: 'edit' } }));
    await h.emulator.control.clearCalls();
    expect((await h.update(created.physicalResourceId, spec, spec)).status).toBe('SUCCESS');
    const operations = (await h.calls()).map((c) => c.operation).filter((o) => o !== 'ListQueues');
    expect(operations).toEqual(['DescribeRoutingProfile', 'ListRoutingProfileQueues', 'UntagResource']);
    expect((await h.readProfile(created.data!.RoutingProfileId))!.tags).not.toHaveProperty('console');
  });

  test('more pairs than one page holds (a raised quota): every page is read', async () => {
    await h.emulator.control.setQuotas({ queuesPerRoutingProfile: 120 });
    try {
      const spec = anyChannelSpec({ QueueConfigs: pairs(h, 120), MaxQueuePairs: '120' });
      const reads = await profileReadsOfUpdate(spec);
      expect(reads).toEqual({ DescribeRoutingProfile: 1, ListRoutingProfileQueues: 2 });
      expect(total(reads)).toBe(minimumUpdateReads(spec));
    } finally {
      await h.emulator.control.setQuotas({ queuesPerRoutingProfile: 50 });
    }
  });
});

test('a Delete reads the profile once: Describe says whether it is the default, its tags and its users', async () => {
  const spec = anyChannelSpec({ QueueConfigs: pairs(h, 12), ManualAssignmentQueues: [{ Queue: { Name: 'Callbacks' }, Channel: 'CHAT' }] });
  const created = await h.create(spec);
  await h.emulator.control.clearCalls();
  expect((await h.delete(created.physicalResourceId, spec)).status).toBe('SUCCESS');
  expect((await h.calls()).map((c) => c.operation)).toEqual(['DescribeRoutingProfile', 'DeleteRoutingProfile']);
});
