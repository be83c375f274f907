import { MAX_QUEUES_PER_CALL } from './limits';
import { chunk, comparePairs, pairKey } from './order';
import {
  AssociateRoutingProfileQueuesBody,
  DisassociateRoutingProfileQueuesBody,
  PlannedCall,
  QueueConfig,
  QueueConfigBody,
  QueuePair,
  QueueReferenceBody,
} from './types';

/** What differs between the desired and live queue lists, each list sorted by (queueId, channel). */
export interface QueueDiff {
  /** Standard pairs to associate. */
  readonly addStandard: readonly QueueConfig[];
  /** Standard pairs present on both sides whose priority or delay differs (desired values). */
  readonly changeStandard: readonly QueueConfig[];
  /** Standard pairs to disassociate. */
  readonly removeStandard: readonly QueuePair[];
  /** Manual-assignment pairs to associate. */
  readonly addManual: readonly QueuePair[];
  /** Manual-assignment pairs to disassociate. */
  readonly removeManual: readonly QueuePair[];
}

/**
 * Diffs queue lists keyed by (queueId, channel). An undefined desired list is not managed: it yields no change,
 * and its live list need not have been read (undefined). A managed list compared with an unread one is a bug in
 * the caller, never a guess: it throws.
 */
export function diffQueues(
  desiredStandard: readonly QueueConfig[] | undefined,
  liveStandard: readonly QueueConfig[] | undefined,
  desiredManual: readonly QueuePair[] | undefined,
  liveManual: readonly QueuePair[] | undefined,
): QueueDiff {
  const addStandard: QueueConfig[] = [];
  const changeStandard: QueueConfig[] = [];
  const removeStandard: QueuePair[] = [];
  if (desiredStandard) {
    const live = indexByPair(readList(liveStandard, 'queueConfigs'), 'live queueConfigs');
    const desired = indexByPair(desiredStandard, 'desired queueConfigs');
    for (const [key, want] of desired) {
      const have = live.get(key);
      if (!have) {
        addStandard.push(want);
      } else if (have.priority !== want.priority || have.delaySeconds !== want.delaySeconds) {
        changeStandard.push(want);
      }
    }
    for (const [key, have] of live) {
      if (!desired.has(key)) removeStandard.push(have);
    }
  }

  const addManual: QueuePair[] = [];
  const removeManual: QueuePair[] = [];
  if (desiredManual) {
    const live = indexByPair(readList(liveManual, 'manualAssignmentQueueConfigs'), 'live manualAssignmentQueues');
    const desired = indexByPair(desiredManual, 'desired manualAssignmentQueues');
    for (const [key, want] of desired) {
      if (!live.has(key)) addManual.push(want);
    }
    for (const [key, have] of live) {
      if (!desired.has(key)) removeManual.push(have);
    }
  }

  return {
    addStandard: addStandard.sort(comparePairs),
    changeStandard: changeStandard.sort(comparePairs),
    removeStandard: removeStandard.sort(comparePairs).map(toPair),
    addManual: addManual.sort(comparePairs).map(toPair),
    removeManual: removeManual.sort(comparePairs).map(toPair),
  };
}

/** Per-kind numbers the scheduler works with. */
interface KindState<TAdd> {
  /** Pairs of this kind on the profile right now (during the simulated execution). */
  count: number;
  /** Most pairs of this kind the profile may hold at any moment. */
  readonly quota: number;
  readonly toAdd: TAdd[];
  readonly toRemove: QueuePair[];
}

type Step =
  | { readonly kind: 'associate'; readonly standard: QueueConfig[]; readonly manual: QueuePair[] }
  | { readonly kind: 'disassociate'; readonly standard: QueuePair[]; readonly manual: QueuePair[] };

/**
 * Plans the queue calls: Associate, UpdateRoutingProfileQueues and Disassociate, in the fewest calls the
 * API allows, never exceeding the pair quota and never removing a pair that stays.
 *
 * Why it is minimal: one Associate carries ≤10 standard and ≤10 manual configs, so at least
 * max(⌈addStd/10⌉, ⌈addManual/10⌉) Associates are needed; likewise for Disassociate; priority/delay changes
 * need ⌈changed/10⌉ Updates (changing them through disassociate + associate would drop the queue). Those
 * counts are always enough: removing everything first, then adding, never exceeds the quota because neither
 * the live nor the desired count does.
 *
 * Ordering: associate first (a replaced queue is served until its replacement is there), then update, then
 * disassociate. When an Associate would push a kind over its quota, the scheduler disassociates only as many
 * pairs as make room, or as the call budget forces into an early call, then associates again as much as fits.
 * Updates touch only pairs present on both sides, which are never removed, so they are placed after the
 * last Associate.
 *
 * @param liveStandardCount pairs of standard queues on the live profile
 * @param liveManualCount pairs of manual-assignment queues on the live profile
 * @param maxQueuePairs the per-kind quota; a live count above it (a raised quota) is taken as the ceiling
 */
export function planQueueCalls(
  diff: QueueDiff,
  liveStandardCount: number,
  liveManualCount: number,
  maxQueuePairs: number,
): PlannedCall[] {
  const standard: KindState<QueueConfig> = {
    count: liveStandardCount,
    quota: Math.max(maxQueuePairs, liveStandardCount),
    toAdd: [...diff.addStandard],
    toRemove: [...diff.removeStandard],
  };
  const manual: KindState<QueuePair> = {
    count: liveManualCount,
    quota: Math.max(maxQueuePairs, liveManualCount),
    toAdd: [...diff.addManual],
    toRemove: [...diff.removeManual],
  };
  for (const [label, kind] of [['queueConfigs', standard], ['manualAssignmentQueueConfigs', manual]] as const) {
    const finalCount = kind.count + kind.toAdd.length - kind.toRemove.length;
    if (finalCount > kind.quota) {
      throw new RangeError(`desired \`${label}\` must hold at most maxQueuePairs (${kind.quota}) queue/channel pairs; got: ${finalCount}`);
    }
  }

  let associatesLeft = Math.max(calls(standard.toAdd.length), calls(manual.toAdd.length));
  let disassociatesLeft = Math.max(calls(standard.toRemove.length), calls(manual.toRemove.length));
  const steps: Step[] = [];

  while (associatesLeft > 0) {
    // Each kind must take at least `least` now so the rest fits in the remaining Associates, and can take
    // at most `most` (the batch limit, the room under the quota, what is left).
    const least = (k: KindState<unknown>) => Math.max(0, k.toAdd.length - MAX_QUEUES_PER_CALL * (associatesLeft - 1));
    const room = (k: KindState<unknown>) => k.quota - k.count;
    const most = (k: KindState<unknown>) => Math.min(MAX_QUEUES_PER_CALL, room(k), k.toAdd.length);
    const fits = (k: KindState<unknown>) => least(k) <= most(k);

    // Some kind always has least ≥ 1 (associatesLeft is the max over kinds of the batches still needed, and
    // a call never takes more than 10 of a kind), so a call that fits both kinds is never empty.
    if (fits(standard) && fits(manual)) {
      const step: Step = {
        kind: 'associate',
        standard: standard.toAdd.splice(0, most(standard)),
        manual: manual.toAdd.splice(0, most(manual)),
      };
      standard.count += step.standard.length;
      manual.count += step.manual.length;
      steps.push(step);
      associatesLeft--;
      continue;
    }

    if (disassociatesLeft === 0) {
      // Unreachable when the final counts fit the quota (checked above); kept so a bug cannot loop forever.
      throw new Error('reconcile planner: no room to associate queues and nothing left to disassociate');
    }
    // The quota forces removals before this Associate. Remove just what makes it possible, plus what the
    // call budget forces into this call (so the total stays minimal).
    const needed = (k: KindState<unknown>) => Math.max(0, least(k) - room(k));
    const take = (k: KindState<unknown>, need: number) =>
      Math.min(MAX_QUEUES_PER_CALL, k.toRemove.length, Math.max(need, k.toRemove.length - MAX_QUEUES_PER_CALL * (disassociatesLeft - 1)));
    const step: Step = {
      kind: 'disassociate',
      standard: standard.toRemove.splice(0, take(standard, needed(standard))),
      manual: manual.toRemove.splice(0, take(manual, needed(manual))),
    };
    standard.count -= step.standard.length;
    manual.count -= step.manual.length;
    steps.push(step);
    disassociatesLeft--;
  }

  const lastAssociate = steps.length;
  while (standard.toRemove.length > 0 || manual.toRemove.length > 0) {
    steps.push({
      kind: 'disassociate',
      standard: standard.toRemove.splice(0, MAX_QUEUES_PER_CALL),
      manual: manual.toRemove.splice(0, MAX_QUEUES_PER_CALL),
    });
  }

  const updates: PlannedCall[] = chunk(diff.changeStandard, MAX_QUEUES_PER_CALL).map(batch => ({
    operation: 'UpdateRoutingProfileQueues',
    input: { QueueConfigs: batch.map(toQueueConfigBody) },
  }));

  const planned = steps.map(toCall);
  return [...planned.slice(0, lastAssociate), ...updates, ...planned.slice(lastAssociate)];
}

/** The standard and manual configs of one Associate (or Create) body; empty lists are left out (min length 1). */
export function associateBody(standard: readonly QueueConfig[], manual: readonly QueuePair[]): AssociateRoutingProfileQueuesBody {
  return {
    ...(standard.length > 0 ? { QueueConfigs: standard.map(toQueueConfigBody) } : {}),
    ...(manual.length > 0 ? { ManualAssignmentQueueConfigs: manual.map(p => ({ QueueReference: toReference(p) })) } : {}),
  };
}

export function toQueueConfigBody(config: QueueConfig): QueueConfigBody {
  return { QueueReference: toReference(config), Priority: config.priority, Delay: config.delaySeconds };
}

function toCall(step: Step): PlannedCall {
  if (step.kind === 'associate') {
    return { operation: 'AssociateRoutingProfileQueues', input: associateBody(step.standard, step.manual) };
  }
  const input: DisassociateRoutingProfileQueuesBody = {
    ...(step.standard.length > 0 ? { QueueReferences: step.standard.map(toReference) } : {}),
    ...(step.manual.length > 0 ? { ManualAssignmentQueueReferences: step.manual.map(toReference) } : {}),
  };
  return { operation: 'DisassociateRoutingProfileQueues', input };
}

function toReference(pair: QueuePair): QueueReferenceBody {
  return { QueueId: pair.queue, Channel: pair.channel };
}

function toPair(pair: QueuePair): QueuePair {
  return { queue: pair.queue, channel: pair.channel };
}

function calls(items: number): number {
  return Math.ceil(items / MAX_QUEUES_PER_CALL);
}

function readList<T>(live: readonly T[] | undefined, field: string): readonly T[] {
  if (live === undefined) throw new Error(`live ${field} must be read when the desired state manages them; got: not read`);
  return live;
}

function indexByPair<T extends QueuePair>(items: readonly T[], label: string): Map<string, T> {
  const byKey = new Map<string, T>();
  for (const item of items) {
    const key = pairKey(item);
    if (byKey.has(key)) {
      throw new Error(`${label} lists the queue/channel pair (${item.queue}, ${item.channel}) twice; got: ${JSON.stringify(items)}`);
    }
    byKey.set(key, item);
  }
  return byKey;
}
