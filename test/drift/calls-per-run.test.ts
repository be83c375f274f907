import { UpdateRoutingProfileQueuesCommand } from '@aws-sdk/client-connect';
import { DriftHarness, stackMetrics } from './drift-harness';
import { CallRecord } from '../../emulator';
import { DriftReconcilerEnv } from '../../src/private/contract';
import { pair } from '../handler/expectations';
import { WRITE_OPERATIONS } from '../handler/harness';

// The calls one run makes for a stack of 20 profiles, counted from the emulator's call log: the numbers the
// docs quote (docs/drift.md, "Calls per run"). Each profile: Describe (which carries the tags), one page of each
// queue list it manages; plus one ListRoutingProfiles for the instance. Writes only under `correct`, one per
// differing kind.

const PROFILES = 20;

let d: DriftHarness;
beforeAll(async () => { d = await DriftHarness.start({ extraQueues: 2 }); });
afterAll(async () => d.close());
DriftHarness.silenceConsole();

let profiles: Array<{ arn: string; id: string }>;

async function deployStack(policy: string): Promise<void> {
  await d.reset();
  profiles = [];
  for (let i = 1; i <= PROFILES; i++) {
    const name = `Team${String(i).padStart(2, '0')}`;
    profiles.push(await d.deploy(d.spec({
      Name: name,
      MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: '1' }, { Channel: 'CHAT', Concurrency: '2' }],
      QueueConfigs: [pair('Sales', 'VOICE', 1, 0), pair('Support', 'CHAT', 2, 0), pair('Extra01', 'VOICE', 3, 0)],
      ManualAssignmentQueues: [{ Queue: { Name: 'Callbacks' }, Channel: 'CHAT' }],
      Tags: { team: name },
      DriftPolicy: policy,
    }), name));
  }
  await d.emulator.control.clearCalls();
}

/** A supervisor changes one priority on every profile. */
async function editEveryProfile(): Promise<void> {
  for (const p of profiles) {
    await d.handlers.connect.send(new UpdateRoutingProfileQueuesCommand({
      InstanceId: d.emulator.instanceId,
      RoutingProfileId: p.id,
      QueueConfigs: [{ QueueReference: { QueueId: d.handlers.queue('Sales').id, Channel: 'VOICE' }, Priority: 42, Delay: 0 }],
    }));
  }
  await d.emulator.control.clearCalls();
}

function tally(calls: CallRecord[]) {
  const connect = calls.filter((c) => c.operation !== 'PutEvents');
  return {
    reads: connect.filter((c) => !WRITE_OPERATIONS.has(c.operation)).length,
    writes: connect.filter((c) => WRITE_OPERATIONS.has(c.operation)).length,
    putEvents: calls.filter((c) => c.operation === 'PutEvents').length,
    byOperation: connect.reduce<Record<string, number>>((acc, c) => ({ ...acc, [c.operation]: (acc[c.operation] ?? 0) + 1 }), {}),
  };
}

const READS_PER_RUN = 1 + 3 * PROFILES;

test('20 profiles, no drift: 61 reads (1 ListRoutingProfiles + 3 per profile), no write, no event', async () => {
  await deployStack('report');
  const run = await d.run();
  const calls = tally(await d.handlers.calls());
  expect(calls).toEqual({
    reads: READS_PER_RUN,
    writes: 0,
    putEvents: 0,
    byOperation: {
      ListRoutingProfiles: 1,
      DescribeRoutingProfile: PROFILES,
      ListRoutingProfileQueues: PROFILES,
      ListRoutingProfileManualAssignmentQueues: PROFILES,
    },
  });
  expect(run.summary).toMatchObject({ connectReads: READS_PER_RUN, connectWrites: 0, driftedProfiles: 0 });
});

test('20 drifted profiles under report: the same 61 reads, no write, 20 events in 2 PutEvents calls', async () => {
  await deployStack('report');
  await editEveryProfile();
  const run = await d.run();
  expect(tally(await d.handlers.calls())).toMatchObject({ reads: READS_PER_RUN, writes: 0, putEvents: 2 });
  expect(run.events).toHaveLength(PROFILES);
  expect(stackMetrics(run)).toMatchObject({ DriftedProfiles: PROFILES, DriftedFields: PROFILES });
});

test('20 drifted profiles under correct: 61 reads, 20 writes (one UpdateRoutingProfileQueues each), 2 PutEvents calls', async () => {
  await deployStack('correct');
  await editEveryProfile();
  const run = await d.run();
  const calls = tally(await d.handlers.calls());
  expect(calls).toMatchObject({ reads: READS_PER_RUN, writes: PROFILES, putEvents: 2 });
  expect(calls.byOperation.UpdateRoutingProfileQueues).toBe(PROFILES);
  expect(run.summary).toMatchObject({ connectReads: READS_PER_RUN, connectWrites: PROFILES, correctedProfiles: PROFILES });
});

describe('throttling', () => {
  afterEach(async () => {
    await d.emulator.control.setThrottle(false);
    process.env[DriftReconcilerEnv.MAX_CALLS_PER_SECOND] = '50';
  });

  test('paced below Connect\'s rate, a run over 20 profiles is never throttled', async () => {
    await deployStack('correct');
    await editEveryProfile();
    // Connect's shape (a bucket per API, burst 5) at 10x speed: 20/s; the reconciler keeps to half of it.
    await d.emulator.control.setThrottle({ enabled: true, default: { rate: 20, burst: 5 } });
    process.env[DriftReconcilerEnv.MAX_CALLS_PER_SECOND] = '10';

    const run = await d.run();

    const calls = await d.handlers.calls();
    expect(calls.filter((c) => c.outcome.error === 'ThrottlingException')).toEqual([]);
    expect(run.summary).toMatchObject({ correctedProfiles: PROFILES, uncheckedProfiles: 0 });
    // The spacing itself is asserted with a fake clock in call-pacer.test.ts (arrival times here carry network jitter).
    for (const operation of ['DescribeRoutingProfile', 'ListRoutingProfileQueues', 'UpdateRoutingProfileQueues']) {
      expect(calls.filter((c) => c.operation === operation)).toHaveLength(PROFILES);
    }
  });

  test('when other tools use up the budget, throttled calls are retried and every profile is still checked', async () => {
    await deployStack('report');
    await editEveryProfile();
    // Connect leaves the reconciler less than it paces itself for.
    await d.emulator.control.setThrottle({ enabled: true, default: { rate: 10, burst: 1 } });
    process.env[DriftReconcilerEnv.MAX_CALLS_PER_SECOND] = '25';

    const run = await d.run();

    const calls = await d.handlers.calls();
    expect(calls.filter((c) => c.outcome.error === 'ThrottlingException').length).toBeGreaterThan(0);
    expect(run.summary).toMatchObject({ driftedProfiles: PROFILES, uncheckedProfiles: 0, connectReads: READS_PER_RUN });
    expect(run.events).toHaveLength(PROFILES);
  });
});
