import * as fc from 'fast-check';
import { desiredProfile, reconcileCase } from './arbitraries';
import { ReadState } from './fixtures';
import { lowerBound } from './lower-bound';
import { matchesDeclared } from './media-concurrency-arbitraries';
import { pairKeyOf, simulate, simulateCreate } from './simulator';
import { DesiredProfile, PlannedCall, QueueConfig, QueuePair, planCreate, planReconcile } from '../../lambda/reconcile';
import { OWNERSHIP_TAG_KEY } from '../../src/private/contract';

const RUNS = { numRuns: 400 };
const DEFAULT_BEHAVIOR = 'ROUTE_CURRENT_CHANNEL_ONLY';
const withIds = (s: ReadState) => ({ ...s, routingProfileId: 'rp', routingProfileArn: 'arn' });
const byKey = <T extends QueuePair>(list: readonly T[]) => new Map(list.map(c => [pairKeyOf(c), c]));
const isSystemTag = (k: string) => k.startsWith('aws:') || k === OWNERSHIP_TAG_KEY;

/** `final` is the desired state in every managed field and the live state in every other. */
function expectDesiredReached(desired: DesiredProfile, live: ReadState, final: ReadState): void {
  expect(final.name).toBe(desired.name);
  expect(final.description).toBe(desired.description);
  expect(final.defaultOutboundQueue).toBe(desired.defaultOutboundQueue);
  expect(final.agentAvailabilityTimer).toBe(desired.agentAvailabilityTimer ?? live.agentAvailabilityTimer);

  const liveConc = new Map(live.mediaConcurrencies.map(m => [m.channel, m]));
  expect(final.mediaConcurrencies.map(m => m.channel)).toEqual(desired.mediaConcurrencies.map(m => m.channel));
  desired.mediaConcurrencies.forEach((want, i) => {
    const have = final.mediaConcurrencies[i];
    expect(matchesDeclared(want, have)).toBe(true);
    const had = liveConc.get(want.channel);
    // Unmanaged behaviours are kept: the channel's, and each workload type's.
    if (want.crossChannelBehavior === undefined && had) {
      expect(have.crossChannelBehavior ?? DEFAULT_BEHAVIOR).toBe(had.crossChannelBehavior ?? DEFAULT_BEHAVIOR);
    }
    for (const w of want.workloadTypeConcurrencies ?? []) {
      const before = had?.workloadTypeConcurrencies?.find(h => h.workloadType === w.workloadType);
      const after = have.workloadTypeConcurrencies!.find(h => h.workloadType === w.workloadType)!;
      if (w.crossChannelWorkloadBehavior === undefined) expect(after.crossChannelWorkloadBehavior).toBe(before?.crossChannelWorkloadBehavior);
    }
  });

  const std = (list: readonly QueueConfig[]) =>
    [...list].map(c => `${pairKeyOf(c)}:${c.priority}:${c.delaySeconds}`).sort();
  expect(std(final.queueConfigs)).toEqual(std(desired.queueConfigs ?? live.queueConfigs));
  const keys = (list: readonly QueuePair[]) => list.map(pairKeyOf).sort();
  expect(keys(final.manualAssignmentQueueConfigs)).toEqual(keys(desired.manualAssignmentQueueConfigs ?? live.manualAssignmentQueueConfigs));

  if (desired.tags === undefined) {
    expect(final.tags).toEqual(live.tags);
  } else {
    const system = Object.fromEntries(Object.entries(live.tags).filter(([k]) => isSystemTag(k)));
    expect(final.tags).toEqual({ ...system, ...desired.tags });
  }
}

/** Pairs on both sides (per kind) are present in every intermediate state. */
function expectKeptAlwaysPresent(desired: DesiredProfile, live: ReadState, states: readonly ReadState[]): void {
  const keptStd = desired.queueConfigs ? [...byKey(desired.queueConfigs).keys()].filter(k => byKey(live.queueConfigs).has(k)) : [];
  const keptManual = desired.manualAssignmentQueueConfigs
    ? [...byKey(desired.manualAssignmentQueueConfigs).keys()].filter(k => byKey(live.manualAssignmentQueueConfigs).has(k)) : [];
  for (const state of states) {
    const std = byKey(state.queueConfigs);
    const manual = byKey(state.manualAssignmentQueueConfigs);
    expect(keptStd.filter(k => !std.has(k))).toEqual([]);
    expect(keptManual.filter(k => !manual.has(k))).toEqual([]);
  }
}

function additions(desired: DesiredProfile, live: ReadState) {
  const liveStd = byKey(live.queueConfigs);
  const liveManual = byKey(live.manualAssignmentQueueConfigs);
  return {
    standard: (desired.queueConfigs ?? []).filter(c => !liveStd.has(pairKeyOf(c))).length,
    manual: (desired.manualAssignmentQueueConfigs ?? []).filter(c => !liveManual.has(pairKeyOf(c))).length,
  };
}

describe('planReconcile properties', () => {
  test('applied to live, the plan reaches desired in the minimum number of calls, within every API limit and the quota', () => {
    fc.assert(fc.property(reconcileCase, ({ live, desired, quota }) => {
      const calls = planReconcile(desired, live);
      // simulate() throws on a call over a per-call limit, an Update of a pair not associated, a pair
      // associated twice or removed while absent, a state over the quota, a touched aws:/ownership tag.
      const { final, states } = simulate(live, calls, quota);
      expect(calls).toHaveLength(lowerBound(desired, live));
      expectDesiredReached(desired, live, final);
      expectKeptAlwaysPresent(desired, live, states);
      for (const s of states) {
        expect(s.queueConfigs.length).toBeLessThanOrEqual(quota);
        expect(s.manualAssignmentQueueConfigs.length).toBeLessThanOrEqual(quota);
      }
      expect(planReconcile(desired, withIds(final))).toEqual([]);
    }), RUNS);
  });

  test('no Disassociate precedes an Associate unless the quota forces it', () => {
    fc.assert(fc.property(reconcileCase, ({ live, desired, quota }) => {
      const add = additions(desired, live);
      const forced = live.queueConfigs.length + add.standard > quota || live.manualAssignmentQueueConfigs.length + add.manual > quota;
      const ops = planReconcile(desired, live).map(c => c.operation);
      const firstDisassociate = ops.indexOf('DisassociateRoutingProfileQueues');
      const lastAssociate = ops.lastIndexOf('AssociateRoutingProfileQueues');
      if (!forced && firstDisassociate >= 0) expect(firstDisassociate).toBeGreaterThan(lastAssociate);
      // Updates only touch kept pairs and come after the last Associate, before the trailing Disassociates.
      const updates = ops.flatMap((op, i) => (op === 'UpdateRoutingProfileQueues' ? [i] : []));
      for (const i of updates) expect(i).toBeGreaterThan(lastAssociate);
    }), RUNS);
  });

  test('the plan does not depend on the order of live or desired lists and tags', () => {
    fc.assert(fc.property(reconcileCase, fc.boolean(), ({ live, desired }, reverseDesired) => {
      const reversedLive = {
        ...live,
        queueConfigs: [...live.queueConfigs].reverse(),
        manualAssignmentQueueConfigs: [...live.manualAssignmentQueueConfigs].reverse(),
        tags: Object.fromEntries(Object.entries(live.tags).reverse()),
      };
      const reordered: DesiredProfile = reverseDesired ? {
        ...desired,
        queueConfigs: desired.queueConfigs && [...desired.queueConfigs].reverse(),
        manualAssignmentQueueConfigs: desired.manualAssignmentQueueConfigs && [...desired.manualAssignmentQueueConfigs].reverse(),
        tags: desired.tags && Object.fromEntries(Object.entries(desired.tags).reverse()),
      } : desired;
      const serialize = (calls: PlannedCall[]) => JSON.stringify(calls);
      expect(serialize(planReconcile(reordered, reversedLive))).toBe(serialize(planReconcile(desired, live)));
    }), RUNS);
  });
});

describe('planCreate properties', () => {
  test('Create then the follow-up reaches desired in 1 + the minimum follow-up calls', () => {
    const desired = fc.oneof(fc.constant(undefined), fc.integer({ min: 1, max: 50 }))
      .chain(q => fc.tuple(desiredProfile(q ?? 50, q), fc.option(fc.constant('Stack/Profile'), { nil: undefined })));
    fc.assert(fc.property(desired, ([want, owner]) => {
      const plan = planCreate(want, { ownershipTagValue: owner });
      const quota = want.maxQueuePairs ?? 50;
      const created = simulateCreate(plan.create, quota);
      const { final } = simulate(created, plan.followUp, quota);

      const beyond = (n: number) => Math.ceil(Math.max(0, n - 10) / 10);
      const tagCount = Object.keys(want.tags ?? {}).filter(k => k !== OWNERSHIP_TAG_KEY).length + (owner === undefined ? 0 : 1);
      expect(plan.followUp).toHaveLength(
        Math.max(beyond(want.queueConfigs?.length ?? 0), beyond(want.manualAssignmentQueueConfigs?.length ?? 0))
        + Math.ceil(Math.max(0, tagCount - 50) / 50),
      );
      // Compared with an empty profile: every field must be the desired one (unmanaged tags = none but the owner's).
      const empty: ReadState = {
        ...final, queueConfigs: [], manualAssignmentQueueConfigs: [], tags: {}, agentAvailabilityTimer: undefined, mediaConcurrencies: [],
      };
      const userTags = Object.fromEntries(Object.entries(final.tags).filter(([k]) => k !== OWNERSHIP_TAG_KEY));
      expectDesiredReached({ ...want, tags: want.tags ?? {} }, empty, { ...final, tags: userTags });
      if (owner !== undefined) expect(final.tags[OWNERSHIP_TAG_KEY]).toBe(owner);
      expect(planReconcile(want, withIds(final))).toEqual([]);
    }), RUNS);
  });
});
