/**
 * What differs between a desired and a live profile, in plain field terms a person can read (the drift event,
 * the CLI's plan): one entry per field, with the declared (`expected`) and the live (`actual`) value, `null` for
 * "absent". Pure.
 *
 * The field paths and values are the drift event's documented format (docs/drift.md), which users' rules and
 * dashboards read: they keep the names that format gave them (`defaultOutboundQueueId`, a queue's `delay` in
 * seconds) rather than the handler's.
 *
 * They follow the planners' rules exactly, so there are differences if and only if a plan has a call: unmanaged
 * fields (undefined on the desired side) are never compared, an undeclared cross-channel behaviour is not
 * compared, live `aws:` tags and the ownership tag are not compared, queue pairs are keyed by (queue, channel),
 * workload types by type (`mediaConcurrencies[TASK].workloadTypeConcurrencies[billing].concurrency`).
 */
import { behaviorOf, channelDiffers } from './concurrency-plan';
import { AWS_RESERVED_TAG_PREFIX } from './limits';
import { compareStrings } from './order';
import { diffQueues } from './queue-plan';
import type { DesiredProfile, LiveState, MediaConcurrency, QueuePair, WorkloadTypeConcurrency } from './types';
import { byWorkloadType, channelConcurrencyOf } from './workload-types';
import { OWNERSHIP_TAG_KEY } from '../../src/private/contract';

/** One drifted field. */
export interface FieldDifference {
  /**
   * A path a person can read: `name`, `mediaConcurrencies[CHAT].concurrency`,
   * `mediaConcurrencies[TASK].workloadTypeConcurrencies[billing].concurrency`, `queueConfigs[<queueId>/VOICE].priority`, `tags.team`.
   */
  readonly field: string;
  /** The declared value; `null` when the stack declares the field absent. */
  readonly expected: unknown;
  /** The live value; `null` when it is absent in Connect. */
  readonly actual: unknown;
}

/** A queue pair's field path: its queue id comes first inside the brackets. */
const QUEUE_PAIR_FIELD = /^(?:queueConfigs|manualAssignmentQueueConfigs)\[([^/\]]+)\//;

/** The queue ids differences mention: in queue pairs' paths, and the default outbound queue's values (for naming them). */
export function mentionedQueueIds(differences: readonly FieldDifference[]): string[] {
  const ids = differences.flatMap((difference) => {
    if (difference.field === 'defaultOutboundQueueId') {
      return [difference.expected, difference.actual].filter((id): id is string => typeof id === 'string');
    }
    const pair = QUEUE_PAIR_FIELD.exec(difference.field);
    return pair ? [pair[1]] : [];
  });
  return [...new Set(ids)];
}

/** The differences `planReconcile` would correct: the stack owns the whole profile. */
export function profileDifferences(desired: DesiredProfile, live: LiveState): FieldDifference[] {
  const differences: FieldDifference[] = [];
  const differ = (field: string, expected: unknown, actual: unknown) => differences.push({ field, expected, actual });

  if (desired.name !== live.name) differ('name', desired.name, live.name);
  if (desired.description !== live.description) differ('description', desired.description, live.description || null);
  if (desired.defaultOutboundQueue !== live.defaultOutboundQueue) {
    differ('defaultOutboundQueueId', desired.defaultOutboundQueue, live.defaultOutboundQueue || null);
  }
  differences.push(...mediaConcurrencyDifferences(desired.mediaConcurrencies, live.mediaConcurrencies));
  if (desired.agentAvailabilityTimer !== undefined && desired.agentAvailabilityTimer !== live.agentAvailabilityTimer) {
    differ('agentAvailabilityTimer', desired.agentAvailabilityTimer, live.agentAvailabilityTimer ?? null);
  }

  const queues = diffQueues(desired.queueConfigs, live.queueConfigs, desired.manualAssignmentQueueConfigs, live.manualAssignmentQueueConfigs);
  const liveStandard = new Map((live.queueConfigs ?? []).map((q) => [pairLabel(q), q]));
  for (const q of queues.addStandard) differ(`queueConfigs[${pairLabel(q)}]`, { priority: q.priority, delay: q.delaySeconds }, null);
  for (const q of queues.changeStandard) {
    const have = liveStandard.get(pairLabel(q))!;
    if (have.priority !== q.priority) differ(`queueConfigs[${pairLabel(q)}].priority`, q.priority, have.priority);
    if (have.delaySeconds !== q.delaySeconds) differ(`queueConfigs[${pairLabel(q)}].delay`, q.delaySeconds, have.delaySeconds);
  }
  for (const q of queues.removeStandard) {
    const have = liveStandard.get(pairLabel(q))!;
    differ(`queueConfigs[${pairLabel(q)}]`, null, { priority: have.priority, delay: have.delaySeconds });
  }
  for (const q of queues.addManual) differ(`manualAssignmentQueueConfigs[${pairLabel(q)}]`, 'associated', null);
  for (const q of queues.removeManual) differ(`manualAssignmentQueueConfigs[${pairLabel(q)}]`, null, 'associated');

  if (desired.tags !== undefined) differences.push(...tagDifferences(desired.tags, live.tags));
  return differences;
}

/**
 * The differences `planConcurrency` would correct: only the declared channels are compared (the rest of the
 * profile belongs to someone else), a behaviour only when declared, a live behaviour Connect reports as absent
 * as its default. A channel uses one model, so the other model's live values are differences too.
 */
export function concurrencyDifferences(desired: readonly MediaConcurrency[], live: readonly MediaConcurrency[]): FieldDifference[] {
  const liveByChannel = new Map(live.map((m) => [m.channel, m]));
  return desired.flatMap((want): FieldDifference[] => {
    const have = liveByChannel.get(want.channel);
    if (!channelDiffers(want, have)) return [];
    const at = `mediaConcurrencies[${want.channel}]`;
    if (have === undefined) return [{ field: at, expected: concurrencyValue(want), actual: null }];
    const differences: FieldDifference[] = [];
    // A channel configured per workload type has no channel-level concurrency: `null`.
    const [expected, actual] = [want.concurrency ?? null, channelConcurrencyOf(have) ?? null];
    if (expected !== actual) differences.push({ field: `${at}.concurrency`, expected, actual });
    if (want.crossChannelBehavior !== undefined && want.crossChannelBehavior !== behaviorOf(have)) {
      differences.push({ field: `${at}.crossChannelBehavior`, expected: want.crossChannelBehavior, actual: behaviorOf(have) });
    }
    differences.push(...workloadTypeDifferences(`${at}.workloadTypeConcurrencies`, want.workloadTypeConcurrencies, have.workloadTypeConcurrencies));
    return differences;
  });
}

/**
 * Workload types keyed by type: a declared one missing live, a declared field that differs (a behaviour only when
 * declared, compared exactly: AWS documents no default), and a live one not declared (every live one, on a channel
 * declared with a channel-level concurrency).
 */
function workloadTypeDifferences(
  at: string, want: readonly WorkloadTypeConcurrency[] | undefined, have: readonly WorkloadTypeConcurrency[] | undefined,
): FieldDifference[] {
  const live = byWorkloadType(have);
  const declared = byWorkloadType(want);
  const differences: FieldDifference[] = [];
  for (const w of want ?? []) {
    const h = live.get(w.workloadType);
    const field = `${at}[${w.workloadType}]`;
    if (h === undefined) {
      differences.push({ field, expected: workloadTypeValue(w), actual: null });
      continue;
    }
    if (h.concurrency !== w.concurrency) differences.push({ field: `${field}.concurrency`, expected: w.concurrency, actual: h.concurrency });
    if (w.crossChannelWorkloadBehavior !== undefined && w.crossChannelWorkloadBehavior !== h.crossChannelWorkloadBehavior) {
      differences.push({ field: `${field}.crossChannelWorkloadBehavior`, expected: w.crossChannelWorkloadBehavior, actual: h.crossChannelWorkloadBehavior ?? null });
    }
  }
  for (const h of have ?? []) {
    if (!declared.has(h.workloadType)) differences.push({ field: `${at}[${h.workloadType}]`, expected: null, actual: workloadTypeValue(h) });
  }
  return differences;
}

/** Since the stack owns the whole profile, a live channel it lacks is drift too. */
function mediaConcurrencyDifferences(desired: readonly MediaConcurrency[], live: readonly MediaConcurrency[]): FieldDifference[] {
  const desiredChannels = new Set(desired.map((m) => m.channel));
  const undeclared = live.filter((have) => !desiredChannels.has(have.channel))
    .map((have) => ({ field: `mediaConcurrencies[${have.channel}]`, expected: null, actual: concurrencyValue(have) }));
  return [...concurrencyDifferences(desired, live), ...undeclared];
}

/** A whole channel as a difference shows it: its concurrency, and its behaviour and workload types when there are any. */
function concurrencyValue(m: MediaConcurrency): Record<string, unknown> {
  return {
    concurrency: channelConcurrencyOf(m) ?? null,
    ...(m.crossChannelBehavior !== undefined ? { crossChannelBehavior: m.crossChannelBehavior } : {}),
    ...(m.workloadTypeConcurrencies !== undefined
      ? { workloadTypeConcurrencies: m.workloadTypeConcurrencies.map((w) => ({ workloadType: w.workloadType, ...workloadTypeValue(w) })) } : {}),
  };
}

/** A workload type as a difference shows it: its concurrency, and its behaviour when there is one. */
function workloadTypeValue(w: WorkloadTypeConcurrency): Record<string, unknown> {
  const behavior = w.crossChannelWorkloadBehavior;
  return { concurrency: w.concurrency, ...(behavior !== undefined ? { crossChannelWorkloadBehavior: behavior } : {}) };
}

/** The same rules as the planner's `planTags`. */
function tagDifferences(desired: Readonly<Record<string, string>>, live: Readonly<Record<string, string>>): FieldDifference[] {
  const keys = new Set([...Object.keys(desired), ...Object.keys(live)]);
  return [...keys].sort(compareStrings).flatMap((key): FieldDifference[] => {
    if (key.startsWith(AWS_RESERVED_TAG_PREFIX) || key === OWNERSHIP_TAG_KEY) return [];
    const expected = Object.hasOwn(desired, key) ? desired[key] : null;
    const actual = Object.hasOwn(live, key) ? live[key] : null;
    return expected === actual ? [] : [{ field: `tags.${key}`, expected, actual }];
  });
}

function pairLabel(pair: QueuePair): string {
  return `${pair.queue}/${pair.channel}`;
}
