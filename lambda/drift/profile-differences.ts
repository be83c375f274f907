/**
 * What differs between a profile's recorded desired state and its live state, in plain field terms for the
 * drift event: one entry per field, with the declared (`expected`) and the live (`actual`) value, `null` for
 * "absent". Pure.
 *
 * It follows the planner's rules exactly, so a profile has differences if and only if `planReconcile` plans
 * a call: unmanaged fields (undefined on the desired side) are never compared, an undeclared cross-channel
 * behaviour is not compared, live `aws:` tags and the ownership tag are not compared, queue pairs are keyed
 * by (queue id, channel).
 */
import { concurrencyDifferences, concurrencyValue } from './concurrency-differences';
import { OWNERSHIP_TAG_KEY } from '../../src/private/contract';
import { AWS_RESERVED_TAG_PREFIX } from '../reconcile/limits';
import { compareStrings } from '../reconcile/order';
import { diffQueues } from '../reconcile/queue-plan';
import type { DesiredProfile, LiveProfile, MediaConcurrencySpec, QueuePair } from '../reconcile/types';

/** One drifted field. */
export interface FieldDifference {
  /** A path a person can read: `name`, `mediaConcurrencies[CHAT].concurrency`, `queueConfigs[<queueId>/VOICE].priority`, `tags.team`. */
  readonly field: string;
  /** The declared value; `null` when the stack declares the field absent. */
  readonly expected: unknown;
  /** The live value; `null` when it is absent in Connect. */
  readonly actual: unknown;
}

export function profileDifferences(desired: DesiredProfile, live: LiveProfile): FieldDifference[] {
  const differences: FieldDifference[] = [];
  const differ = (field: string, expected: unknown, actual: unknown) => differences.push({ field, expected, actual });

  if (desired.name !== live.name) differ('name', desired.name, live.name);
  if (desired.description !== live.description) differ('description', desired.description, live.description ?? null);
  if (desired.defaultOutboundQueueId !== live.defaultOutboundQueueId) {
    differ('defaultOutboundQueueId', desired.defaultOutboundQueueId, live.defaultOutboundQueueId || null);
  }
  differences.push(...mediaConcurrencyDifferences(desired.mediaConcurrencies, live.mediaConcurrencies));
  if (desired.agentAvailabilityTimer !== undefined && desired.agentAvailabilityTimer !== live.agentAvailabilityTimer) {
    differ('agentAvailabilityTimer', desired.agentAvailabilityTimer, live.agentAvailabilityTimer ?? null);
  }

  const queues = diffQueues(desired.queueConfigs, live.queueConfigs, desired.manualAssignmentQueues, live.manualAssignmentQueues);
  const liveStandard = new Map(live.queueConfigs.map((q) => [pairLabel(q), q]));
  for (const q of queues.addStandard) differ(`queueConfigs[${pairLabel(q)}]`, { priority: q.priority, delay: q.delay }, null);
  for (const q of queues.changeStandard) {
    const have = liveStandard.get(pairLabel(q))!;
    if (have.priority !== q.priority) differ(`queueConfigs[${pairLabel(q)}].priority`, q.priority, have.priority);
    if (have.delay !== q.delay) differ(`queueConfigs[${pairLabel(q)}].delay`, q.delay, have.delay);
  }
  for (const q of queues.removeStandard) {
    const have = liveStandard.get(pairLabel(q))!;
    differ(`queueConfigs[${pairLabel(q)}]`, null, { priority: have.priority, delay: have.delay });
  }
  for (const q of queues.addManual) differ(`manualAssignmentQueueConfigs[${pairLabel(q)}]`, 'associated', null);
  for (const q of queues.removeManual) differ(`manualAssignmentQueueConfigs[${pairLabel(q)}]`, null, 'associated');

  if (desired.tags !== undefined) differences.push(...tagDifferences(desired.tags, live.tags));
  return differences;
}

/**
 * The same rules as the planner's `planConcurrencies`: the declared channels compared as a concurrency resource
 * compares them, and, since the stack owns the whole profile, a live channel the stack lacks is drift too.
 */
function mediaConcurrencyDifferences(desired: readonly MediaConcurrencySpec[], live: readonly MediaConcurrencySpec[]): FieldDifference[] {
  const desiredChannels = new Set(desired.map((m) => m.channel));
  const undeclared = live.filter((have) => !desiredChannels.has(have.channel))
    .map((have) => ({ field: `mediaConcurrencies[${have.channel}]`, expected: null, actual: concurrencyValue(have) }));
  return [...concurrencyDifferences(desired, live), ...undeclared];
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
  return `${pair.queueId}/${pair.channel}`;
}
