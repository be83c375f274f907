/**
 * Business rules for routing profiles that the model's constraint traits do not express, from the API Reference
 * (https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateRoutingProfile.html and the pages it links), the
 * Admin Guide and the service quotas page (https://docs.aws.amazon.com/connect/latest/adminguide/amazon-connect-service-limits.html).
 */
import type { MediaConcurrency, RoutingProfileManualAssignmentQueueConfig, RoutingProfileQueueConfig, RoutingProfileQueueReference } from '@aws-sdk/client-connect';
import { invalidParameter, limitExceeded } from '../http/errors';
import { EmulatorSettings } from '../runtime/settings';
import { Store } from '../state/store';
import { Channel, InstanceRecord, ManualPair, MediaConcurrencyRecord, QueuePair, RoutingProfileRecord } from '../state/types';

/** DisassociateRoutingProfileQueues takes at most 10 references per list; the model has no length trait. */
export const MAX_REFERENCES_PER_DISASSOCIATE = 10;

/**
 * Per-channel concurrency from the API Reference: VOICE exactly 1, CHAT/TASK 1..10 (EMAIL: 1..10, our choice; the
 * docs give no EMAIL range). https://docs.aws.amazon.com/connect/latest/APIReference/API_MediaConcurrency.html
 */
const CONCURRENCY_RANGE: Record<Channel, readonly [number, number]> = {
  VOICE: [1, 1],
  CHAT: [1, 10],
  TASK: [1, 10],
  EMAIL: [1, 10],
};

/**
 * Workload-type concurrency rules of the Admin Guide that no model states: workload types on TASK and EMAIL only;
 * at most 5 per channel (the model's list length also says so); their concurrencies sum to at most 10 per channel;
 * a workload type at most once per channel; a channel uses a channel-level concurrency or workload types, not both.
 * https://docs.aws.amazon.com/connect/latest/adminguide/routing-profiles.html
 */
const WORKLOAD_TYPE_CHANNELS: readonly Channel[] = ['TASK', 'EMAIL'];
const MAX_WORKLOAD_TYPES_PER_CHANNEL = 5;
const MAX_WORKLOAD_TYPE_CONCURRENCY_PER_CHANNEL = 10;

export function checkMediaConcurrencies(media: readonly MediaConcurrency[], settings: EmulatorSettings): MediaConcurrencyRecord[] {
  const seen = new Set<string>();
  return media.map((m, i) => {
    const channel = m.Channel as Channel;
    const path = `MediaConcurrencies[${i}]`;
    if (seen.has(channel)) throw invalidParameter(`${path}.Channel: duplicate channel ${channel}`);
    seen.add(channel);
    const record = structuredClone(m) as MediaConcurrencyRecord;
    if (m.WorkloadTypeConcurrencies) return checkWorkloadTypes(record, path, settings);
    const [min, max] = CONCURRENCY_RANGE[channel];
    if (m.Concurrency === undefined) {
      throw invalidParameter(`${path}.Concurrency: required unless WorkloadTypeConcurrencies is given (channel ${channel})`);
    }
    if (m.Concurrency < min || m.Concurrency > max) {
      throw invalidParameter(`${path}.Concurrency: must be between ${min} and ${max} for ${channel}, got: ${m.Concurrency}`);
    }
    return record;
  });
}

function checkWorkloadTypes(m: MediaConcurrencyRecord, path: string, settings: EmulatorSettings): MediaConcurrencyRecord {
  const channel = m.Channel;
  const workloads = m.WorkloadTypeConcurrencies!;
  const wpath = `${path}.WorkloadTypeConcurrencies`;
  if (!WORKLOAD_TYPE_CHANNELS.includes(channel)) {
    throw invalidParameter(`${wpath}: workload types are supported on the ${WORKLOAD_TYPE_CHANNELS.join(' and ')} channels only, got channel ${channel}`);
  }
  if (workloads.length > MAX_WORKLOAD_TYPES_PER_CHANNEL) {
    throw invalidParameter(`${wpath}: at most ${MAX_WORKLOAD_TYPES_PER_CHANNEL} workload types per channel, got: ${workloads.length} on ${channel}`);
  }
  const names = new Set<string>();
  workloads.forEach((w, j) => {
    if (names.has(w.WorkloadType)) {
      throw invalidParameter(`${wpath}[${j}].WorkloadType: workload type ${JSON.stringify(w.WorkloadType)} is listed more than once on ${channel}`);
    }
    names.add(w.WorkloadType);
  });
  const total = workloads.reduce((sum, w) => sum + w.Concurrency, 0);
  if (total > MAX_WORKLOAD_TYPE_CONCURRENCY_PER_CHANNEL) {
    throw invalidParameter(`${wpath}: the workload-type concurrencies of a channel sum to at most ${MAX_WORKLOAD_TYPE_CONCURRENCY_PER_CHANNEL}, `
      + `got: ${total} on ${channel} (${workloads.map((w) => `${w.WorkloadType}=${w.Concurrency}`).join(', ')})`);
  }
  return checkChannelConcurrencyBesideWorkloadTypes(m, path, settings);
}

/** A channel-level Concurrency beside workload types: the emulator's setting decides (see runtime/settings.ts). */
function checkChannelConcurrencyBesideWorkloadTypes(m: MediaConcurrencyRecord, path: string, settings: EmulatorSettings): MediaConcurrencyRecord {
  const mode = settings.workloadTypeChannelConcurrency;
  const value = m.Concurrency;
  const both = `${path}.Concurrency: channel ${m.Channel} uses WorkloadTypeConcurrencies, so it takes no channel-level concurrency`;
  switch (mode) {
    case 'ignore': {
      const { Concurrency: _dropped, ...rest } = m;
      return rest;
    }
    case 'reject':
      if (value !== undefined) throw invalidParameter(`${both}; leave Concurrency out, got: ${value}`);
      return m;
    case 'require-zero':
      if (value !== 0) throw invalidParameter(`${both}; send Concurrency 0, got: ${value ?? 'none'}`);
      return m;
    case 'allow-zero':
      if (value !== undefined && value !== 0) throw invalidParameter(`${both}; leave Concurrency out or send 0, got: ${value}`);
      return m;
  }
}

const pairKey = (queueId: string, channel: string): string => `${queueId}|${channel}`;

/** A queue a profile may route from: it must exist in the instance and be a standard queue. */
export function checkStandardQueue(store: Store, instance: InstanceRecord, queueId: string, path: string): void {
  const queue = store.queue(instance, queueId);
  if (queue.type !== 'STANDARD') throw invalidParameter(`${path}: queue ${queueId} is an agent queue; routing profiles take standard queues only`);
}

export function checkQueueConfigs(store: Store, instance: InstanceRecord, configs: readonly RoutingProfileQueueConfig[], path: string): QueuePair[] {
  const seen = new Set<string>();
  return configs.map((c, i) => {
    const ref = c.QueueReference!;
    const key = pairKey(ref.QueueId!, ref.Channel!);
    if (seen.has(key)) throw invalidParameter(`${path}[${i}]: duplicate queue ${ref.QueueId} on channel ${ref.Channel}`);
    seen.add(key);
    checkStandardQueue(store, instance, ref.QueueId!, `${path}[${i}].QueueReference.QueueId`);
    return { queueId: ref.QueueId!, channel: ref.Channel as Channel, priority: c.Priority!, delay: c.Delay! };
  });
}

export function checkManualConfigs(
  store: Store, instance: InstanceRecord, configs: readonly RoutingProfileManualAssignmentQueueConfig[], path: string,
): ManualPair[] {
  return checkReferences(store, instance, configs.map((c) => c.QueueReference!), path);
}

export function checkReferences(store: Store, instance: InstanceRecord, refs: readonly RoutingProfileQueueReference[], path: string): ManualPair[] {
  const seen = new Set<string>();
  return refs.map((ref, i) => {
    const key = pairKey(ref.QueueId!, ref.Channel!);
    if (seen.has(key)) throw invalidParameter(`${path}[${i}]: duplicate queue ${ref.QueueId} on channel ${ref.Channel}`);
    seen.add(key);
    checkStandardQueue(store, instance, ref.QueueId!, `${path}[${i}].QueueId`);
    return { queueId: ref.QueueId!, channel: ref.Channel as Channel };
  });
}

export function hasPair(pairs: ReadonlyArray<{ queueId: string; channel: string }>, p: { queueId: string; channel: string }): boolean {
  return pairs.some((x) => x.queueId === p.queueId && x.channel === p.channel);
}

/** The 50-pair quotas (queue+channel pairs; manual-assignment pairs counted separately). */
export function checkPairQuotas(store: Store, profile: Pick<RoutingProfileRecord, 'queueConfigs' | 'manualQueues'>): void {
  const { queuesPerRoutingProfile, manualAssignmentQueuesPerRoutingProfile } = store.quotas;
  if (profile.queueConfigs.length > queuesPerRoutingProfile) {
    throw limitExceeded(
      `The allowed limit for the resource has been exceeded: a routing profile can have at most ${queuesPerRoutingProfile} `
      + `queue and channel pairs, this request would make ${profile.queueConfigs.length}`);
  }
  if (profile.manualQueues.length > manualAssignmentQueuesPerRoutingProfile) {
    throw limitExceeded(
      `The allowed limit for the resource has been exceeded: a routing profile can have at most ${manualAssignmentQueuesPerRoutingProfile} `
      + `manual-assignment queue and channel pairs, this request would make ${profile.manualQueues.length}`);
  }
}
