import { channelDiffers, declaredChannel } from './concurrency-plan';
import { AWS_RESERVED_TAG_PREFIX, MAX_QUEUES_PER_CALL, MAX_TAGS_PER_CALL } from './limits';
import { toMediaConcurrencyBody } from './media-concurrency-body';
import { chunk, compareStrings, comparePairs } from './order';
import { associateBody, diffQueues, planQueueCalls } from './queue-plan';
import {
  CreatePlan,
  DesiredProfile,
  LiveState,
  MediaConcurrency,
  MediaConcurrencyBody,
  PlannedCall,
  UpdateRoutingProfileNameBody,
} from './types';
import { DEFAULT_MAX_QUEUE_PAIRS, OWNERSHIP_TAG_KEY } from '../../src/private/contract';

/** Options of {@link planCreate}. */
export interface PlanCreateOptions {
  /**
   * Value of the ownership tag (OWNERSHIP_TAG_KEY) to put on the profile in the Create call itself, so a
   * retried Create can find and adopt the profile it made.
   * @default - no ownership tag
   */
  readonly ownershipTagValue?: string;
}

/**
 * Plans the write calls that turn the live profile into the desired one, in the order to apply them.
 *
 * Zero calls when nothing differs; otherwise the fewest calls the API allows: one per differing scalar
 * (name and description share UpdateRoutingProfileName), one UpdateRoutingProfileConcurrency with the full
 * desired list, queue calls as {@link planQueueCalls} explains, tags in batches of 50 (UntagResource first,
 * so a profile near Connect's 50-tags limit has room for the new ones).
 *
 * Pure: no I/O, no clock, no randomness; the same input gives the same calls in the same order.
 */
export function planReconcile(desired: DesiredProfile, live: LiveState): PlannedCall[] {
  return planChanges(desired, live);
}

/**
 * Plans the creation of a profile: one CreateRoutingProfile carrying what fits in it (the first ≤10 standard
 * and ≤10 manual-assignment configs in (queueId, channel) order, ≤50 tags with the ownership tag first),
 * then the calls that add the rest to the new profile.
 */
export function planCreate(desired: DesiredProfile, options: PlanCreateOptions = {}): CreatePlan {
  const standard = [...(desired.queueConfigs ?? [])].sort(comparePairs);
  const manual = [...(desired.manualAssignmentQueueConfigs ?? [])].sort(comparePairs);
  const firstQueues = associateBody(standard.slice(0, MAX_QUEUES_PER_CALL), manual.slice(0, MAX_QUEUES_PER_CALL));

  const tags: Array<[string, string]> = [];
  if (options.ownershipTagValue !== undefined) tags.push([OWNERSHIP_TAG_KEY, options.ownershipTagValue]);
  for (const [key, value] of sortedEntries(desired.tags ?? {})) {
    if (key !== OWNERSHIP_TAG_KEY || options.ownershipTagValue === undefined) tags.push([key, value]);
  }
  const createTags = Object.fromEntries(tags.slice(0, MAX_TAGS_PER_CALL));

  const create = {
    Name: desired.name,
    Description: desired.description,
    DefaultOutboundQueueId: desired.defaultOutboundQueue,
    MediaConcurrencies: desired.mediaConcurrencies.map(toMediaConcurrencyBody),
    ...firstQueues,
    ...(desired.agentAvailabilityTimer !== undefined ? { AgentAvailabilityTimer: desired.agentAvailabilityTimer } : {}),
    ...(tags.length > 0 ? { Tags: createTags } : {}),
  };

  // The follow-up is the reconcile of the desired state against the profile as Create leaves it, so it
  // obeys every rule of planReconcile (batching, quota, minimality) by construction.
  const afterCreate: LiveState = {
    name: desired.name,
    description: desired.description,
    defaultOutboundQueue: desired.defaultOutboundQueue,
    mediaConcurrencies: desired.mediaConcurrencies,
    queueConfigs: standard.slice(0, MAX_QUEUES_PER_CALL),
    manualAssignmentQueueConfigs: manual.slice(0, MAX_QUEUES_PER_CALL),
    agentAvailabilityTimer: desired.agentAvailabilityTimer,
    tags: createTags,
  };
  // Tags the user did not ask for but the handler adds (the ownership tag) must stay, even when they are
  // the only reason Create's tags differ from the desired ones.
  const desiredAfterCreate: DesiredProfile = desired.tags === undefined ? desired : { ...desired, tags: Object.fromEntries(tags) };
  return { create, followUp: planChanges(desiredAfterCreate, afterCreate) };
}

function planChanges(desired: DesiredProfile, live: LiveState): PlannedCall[] {
  const calls: PlannedCall[] = [];

  const rename: { -readonly [K in keyof UpdateRoutingProfileNameBody]: UpdateRoutingProfileNameBody[K] } = {};
  if (desired.name !== live.name) rename.Name = desired.name;
  if (desired.description !== live.description) rename.Description = desired.description;
  if (rename.Name !== undefined || rename.Description !== undefined) {
    calls.push({ operation: 'UpdateRoutingProfileName', input: rename });
  }

  if (desired.defaultOutboundQueue !== live.defaultOutboundQueue) {
    calls.push({ operation: 'UpdateRoutingProfileDefaultOutboundQueue', input: { DefaultOutboundQueueId: desired.defaultOutboundQueue } });
  }

  const concurrencies = planConcurrencies(desired.mediaConcurrencies, live.mediaConcurrencies);
  if (concurrencies) {
    calls.push({ operation: 'UpdateRoutingProfileConcurrency', input: { MediaConcurrencies: concurrencies } });
  }

  if (desired.agentAvailabilityTimer !== undefined && desired.agentAvailabilityTimer !== live.agentAvailabilityTimer) {
    calls.push({ operation: 'UpdateRoutingProfileAgentAvailabilityTimer', input: { AgentAvailabilityTimer: desired.agentAvailabilityTimer } });
  }

  const queueDiff = diffQueues(desired.queueConfigs, live.queueConfigs, desired.manualAssignmentQueueConfigs, live.manualAssignmentQueueConfigs);
  // A live count matters only to a kind that gains pairs, and a kind that gains pairs is managed, hence read.
  calls.push(...planQueueCalls(
    queueDiff,
    live.queueConfigs?.length ?? 0,
    live.manualAssignmentQueueConfigs?.length ?? 0,
    desired.maxQueuePairs ?? DEFAULT_MAX_QUEUE_PAIRS,
  ));

  if (desired.tags !== undefined) calls.push(...planTags(desired.tags, live.tags));
  return calls;
}

/**
 * Returns the full list to send when any channel differs, undefined when none does.
 *
 * Connect replaces the whole list, so a channel missing from the desired list is removed and every desired
 * channel is sent, in the model it declares (channel-level or per workload type, never both). A desired channel
 * without crossChannelBehavior leaves the behaviour unmanaged: it never causes an update by itself, and when
 * another channel does, the live behaviour is sent back so Connect does not reset it to its default (the same
 * for a workload type's behaviour). A live channel without a behaviour is Connect's default,
 * ROUTE_CURRENT_CHANNEL_ONLY.
 */
function planConcurrencies(
  desired: readonly MediaConcurrency[],
  live: readonly MediaConcurrency[],
): MediaConcurrencyBody[] | undefined {
  const liveByChannel = new Map(live.map(m => [m.channel, m]));
  const desiredChannels = new Set(desired.map(m => m.channel));
  if (desiredChannels.size !== desired.length) {
    throw new Error(`desired mediaConcurrencies lists a channel twice; got: ${JSON.stringify(desired)}`);
  }
  const differs = live.some(m => !desiredChannels.has(m.channel))
    || desired.some(want => channelDiffers(want, liveByChannel.get(want.channel)));
  if (!differs) return undefined;
  return desired.map(want => toMediaConcurrencyBody(declaredChannel(want, liveByChannel.get(want.channel))));
}

/**
 * UntagResource for managed keys the desired map lacks, TagResource for keys added or changed, ≤50 per call.
 * Live keys under `aws:` belong to AWS, and the ownership tag to the handler: neither is ever removed.
 */
function planTags(desired: Readonly<Record<string, string>>, live: Readonly<Record<string, string>>): PlannedCall[] {
  for (const key of Object.keys(desired)) {
    if (key.startsWith(AWS_RESERVED_TAG_PREFIX)) {
      throw new Error(`desired tag keys must not start with '${AWS_RESERVED_TAG_PREFIX}'; got: ${key}`);
    }
  }
  const remove = Object.keys(live)
    .filter(key => !key.startsWith(AWS_RESERVED_TAG_PREFIX) && key !== OWNERSHIP_TAG_KEY && !Object.hasOwn(desired, key))
    .sort(compareStrings);
  const set = sortedEntries(desired).filter(([key, value]) => !Object.hasOwn(live, key) || live[key] !== value);
  return [
    ...chunk(remove, MAX_TAGS_PER_CALL).map((tagKeys): PlannedCall => ({ operation: 'UntagResource', input: { tagKeys } })),
    ...chunk(set, MAX_TAGS_PER_CALL).map((batch): PlannedCall => ({ operation: 'TagResource', input: { tags: Object.fromEntries(batch) } })),
  ];
}

function sortedEntries(map: Readonly<Record<string, string>>): Array<[string, string]> {
  return Object.entries(map).sort(([a], [b]) => compareStrings(a, b));
}
