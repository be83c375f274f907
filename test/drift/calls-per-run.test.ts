import { UpdateRoutingProfileConcurrencyCommand, UpdateRoutingProfileQueuesCommand } from '@aws-sdk/client-connect';
import { DriftHarness, stackMetrics } from './drift-harness';
import { DeclaredResource, minimumReads } from './read-minimum';
import { CallRecord } from '../../emulator';
import { DriftReconcilerEnv, RoutingProfileSpec } from '../../src/private/contract';
import { pair } from '../handler/expectations';
import { WRITE_OPERATIONS } from '../handler/harness';

// The calls one run makes for a stack of 20 profiles, counted from the emulator's call log and compared with the
// fewest reads the API allows (read-minimum.ts, worked out from the declarations alone): the numbers the docs quote
// (docs/drift.md, "Calls per run"). Writes only under `correct`, one per differing kind.

const PROFILES = 20;
/** The stack's profiles and the instance's default profile. */
const PROFILES_IN_INSTANCE = PROFILES + 1;

let d: DriftHarness;
beforeAll(async () => { d = await DriftHarness.start({ extraQueues: 2 }); });
afterAll(async () => d.close());
DriftHarness.silenceConsole();

let profiles: Array<{ arn: string; id: string }>;

/** The stack of the measurements: three queue pairs and one manual-assignment pair per profile, tags. */
const TEAM: Partial<RoutingProfileSpec> = {
  MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: '1' }, { Channel: 'CHAT', Concurrency: '2' }],
  QueueConfigs: [pair('Sales', 'VOICE', 1, 0), pair('Support', 'CHAT', 2, 0), pair('Extra01', 'VOICE', 3, 0)],
  ManualAssignmentQueues: [{ Queue: { Name: 'Callbacks' }, Channel: 'CHAT' }],
};
const TEAM_DECLARED: DeclaredResource = { declaresBehaviourOrTimer: false, queuePairs: 3, manualPairs: 1 };

async function deployStack(policy: string, shape: Partial<RoutingProfileSpec> = TEAM): Promise<void> {
  await d.reset();
  profiles = [];
  for (let i = 1; i <= PROFILES; i++) {
    const name = `Team${String(i).padStart(2, '0')}`;
    profiles.push(await d.deploy(d.spec({ Name: name, ...shape, Tags: { team: name }, DriftPolicy: policy }), name));
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

const TEAM_MINIMUM = minimumReads(Array(PROFILES).fill(TEAM_DECLARED), PROFILES_IN_INSTANCE);
/** A run whose findings name queues lists the instance's queues once, to name them in the events. */
const QUEUE_NAME_READS = 1;
/** Each profile found drifted from Search's report is described: its event names the Region of the last edit. */
const DESCRIBE_PER_FINDING = 1;

test('20 profiles, no drift: 41 reads, the minimum (1 SearchRoutingProfiles + both queue lists of each), no write, no event', async () => {
  expect(TEAM_MINIMUM).toBe(41);
  await deployStack('report');
  const run = await d.run();
  const calls = tally(await d.handlers.calls());
  expect(calls).toEqual({
    reads: TEAM_MINIMUM,
    writes: 0,
    putEvents: 0,
    byOperation: {
      SearchRoutingProfiles: 1,
      ListRoutingProfileQueues: PROFILES,
      ListRoutingProfileManualAssignmentQueues: PROFILES,
    },
  });
  expect(run.summary).toMatchObject({ connectReads: TEAM_MINIMUM, connectWrites: 0, queueNameReads: 0, driftedProfiles: 0 });
});

test('20 profiles without manual-assignment queues: 21 reads, 1.05 per profile', async () => {
  const shape = { ...TEAM, ManualAssignmentQueues: undefined };
  const minimum = minimumReads(Array(PROFILES).fill({ ...TEAM_DECLARED, manualPairs: undefined }), PROFILES_IN_INSTANCE);
  expect(minimum).toBe(21);
  await deployStack('report', shape);
  await d.run();
  expect(tally(await d.handlers.calls())).toEqual({
    reads: minimum, writes: 0, putEvents: 0, byOperation: { SearchRoutingProfiles: 1, ListRoutingProfileQueues: PROFILES },
  });
});

test('20 profiles that declare a cross-channel behaviour (which Search leaves out): 40 reads, a Describe and a queue list each, no sweep', async () => {
  const shape = {
    ...TEAM,
    ManualAssignmentQueues: undefined,
    MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: '1' }, { Channel: 'CHAT', Concurrency: '2', CrossChannelBehavior: 'ROUTE_ANY_CHANNEL' }],
  };
  const minimum = minimumReads(Array(PROFILES).fill({ declaresBehaviourOrTimer: true, queuePairs: 3 }), PROFILES_IN_INSTANCE);
  expect(minimum).toBe(40);
  await deployStack('report', shape);
  await d.run();
  expect(tally(await d.handlers.calls())).toEqual({
    reads: minimum, writes: 0, putEvents: 0, byOperation: { DescribeRoutingProfile: PROFILES, ListRoutingProfileQueues: PROFILES },
  });
});

test('20 drifted profiles under report: the 41 reads, a Describe per finding and one ListQueues to name the queue, no write, 20 events in 2 PutEvents calls', async () => {
  await deployStack('report');
  await editEveryProfile();
  const run = await d.run();
  const reads = TEAM_MINIMUM + PROFILES * DESCRIBE_PER_FINDING + QUEUE_NAME_READS;
  expect(tally(await d.handlers.calls())).toMatchObject({
    reads, writes: 0, putEvents: 2, byOperation: { DescribeRoutingProfile: PROFILES, ListQueues: 1 },
  });
  expect(run.summary).toMatchObject({ connectReads: reads, queueNameReads: QUEUE_NAME_READS });
  expect(run.events).toHaveLength(PROFILES);
  expect(stackMetrics(run)).toMatchObject({ DriftedProfiles: PROFILES, DriftedFields: PROFILES });
});

test('20 drifted profiles under correct: the 41 reads, a Describe per finding and 1 ListQueues, 20 writes (one UpdateRoutingProfileQueues each), 2 PutEvents calls', async () => {
  await deployStack('correct');
  await editEveryProfile();
  const run = await d.run();
  const calls = tally(await d.handlers.calls());
  const reads = TEAM_MINIMUM + PROFILES * DESCRIBE_PER_FINDING + QUEUE_NAME_READS;
  expect(calls).toMatchObject({ reads, writes: PROFILES, putEvents: 2 });
  expect(calls.byOperation.UpdateRoutingProfileQueues).toBe(PROFILES);
  expect(run.summary).toMatchObject({ connectReads: reads, connectWrites: PROFILES, correctedProfiles: PROFILES });
});

test('a concurrency drift found from Search is described before it is corrected: the behaviours Search leaves out are sent back as they are', async () => {
  await deployStack('correct');
  // The console gives every profile's chat a behaviour the stack never declared, and a new concurrency.
  for (const p of profiles) {
    await d.handlers.connect.send(new UpdateRoutingProfileConcurrencyCommand({
      InstanceId: d.emulator.instanceId,
      RoutingProfileId: p.id,
      MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: 1 }, { Channel: 'CHAT', Concurrency: 5, CrossChannelBehavior: { BehaviorType: 'ROUTE_ANY_CHANNEL' } }],
    }));
  }
  await d.emulator.control.clearCalls();

  const run = await d.run();

  const calls = tally(await d.handlers.calls());
  // The minimum plus the one Describe each finding gets (the correction's request body carries every live behaviour).
  expect(calls).toMatchObject({
    reads: TEAM_MINIMUM + PROFILES * DESCRIBE_PER_FINDING, writes: PROFILES, byOperation: { DescribeRoutingProfile: PROFILES },
  });
  expect(run.summary).toMatchObject({ correctedProfiles: PROFILES });
  const live = await d.handlers.readProfile(profiles[0].id);
  expect(live!.mediaConcurrencies).toEqual([{ channel: 'VOICE', concurrency: 1 }, { channel: 'CHAT', concurrency: 2, crossChannelBehavior: 'ROUTE_ANY_CHANNEL' }]);
});

test('a channel the stack does not declare, found from Search, is described before it is reported: the event shows its behaviour', async () => {
  await deployStack('report');
  await d.handlers.connect.send(new UpdateRoutingProfileConcurrencyCommand({
    InstanceId: d.emulator.instanceId,
    RoutingProfileId: profiles[0].id,
    MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: 1 }, { Channel: 'CHAT', Concurrency: 2 }, { Channel: 'TASK', Concurrency: 3, CrossChannelBehavior: { BehaviorType: 'ROUTE_ANY_CHANNEL' } }],
  }));
  await d.emulator.control.clearCalls();

  const run = await d.run();

  expect(tally(await d.handlers.calls())).toMatchObject({ reads: TEAM_MINIMUM + 1, byOperation: { DescribeRoutingProfile: 1 } });
  expect(run.summary.outcomes.find((o) => o.logicalResourceId === 'Team01')!.differences).toEqual([
    { field: 'mediaConcurrencies[TASK]', expected: null, actual: { concurrency: 3, crossChannelBehavior: 'ROUTE_ANY_CHANNEL' } },
  ]);
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
    for (const operation of ['ListRoutingProfileQueues', 'ListRoutingProfileManualAssignmentQueues', 'UpdateRoutingProfileQueues']) {
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
    expect(run.summary).toMatchObject({
      driftedProfiles: PROFILES, uncheckedProfiles: 0, connectReads: TEAM_MINIMUM + PROFILES * DESCRIBE_PER_FINDING + QUEUE_NAME_READS,
    });
    expect(run.events).toHaveLength(PROFILES);
  });
});
