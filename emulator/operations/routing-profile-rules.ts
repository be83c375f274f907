/**
 * Business rules for routing profiles that the model's constraint traits do not express, from the API
 * Reference and the service quotas page (CONNECT-API.md §2, §3, §5).
 */
import type { MediaConcurrency, RoutingProfileManualAssignmentQueueConfig, RoutingProfileQueueConfig, RoutingProfileQueueReference } from '@aws-sdk/client-connect';
import { invalidParameter, limitExceeded } from '../http/errors';
import { Store } from '../state/store';
import { Channel, InstanceRecord, ManualPair, MediaConcurrencyRecord, QueuePair, RoutingProfileRecord } from '../state/types';

/** DisassociateRoutingProfileQueues takes at most 10 references per list; the model has no length trait. */
export const MAX_REFERENCES_PER_DISASSOCIATE = 10;

/** Per-channel concurrency from the API docs: VOICE exactly 1, CHAT/TASK 1..10 (EMAIL: 1..10, our choice). */
const CONCURRENCY_RANGE: Record<Channel, readonly [number, number]> = {
  VOICE: [1, 1],
  CHAT: [1, 10],
  TASK: [1, 10],
  EMAIL: [1, 10],
};

export function checkMediaConcurrencies(media: readonly MediaConcurrency[]): MediaConcurrencyRecord[] {
  const seen = new Set<string>();
  media.forEach((m, i) => {
    const channel = m.Channel as Channel;
    const path = `MediaConcurrencies[${i}]`;
    if (seen.has(channel)) throw invalidParameter(`${path}.Channel: duplicate channel ${channel}`);
    seen.add(channel);
    const [min, max] = CONCURRENCY_RANGE[channel];
    if (m.Concurrency === undefined) {
      // npm 3.1136 made Concurrency optional; it is only meaningful to omit it when workload types carry it.
      if (!m.WorkloadTypeConcurrencies) {
        throw invalidParameter(`${path}.Concurrency: required unless WorkloadTypeConcurrencies is given (channel ${channel})`);
      }
    } else if (m.Concurrency < min || m.Concurrency > max) {
      throw invalidParameter(`${path}.Concurrency: must be between ${min} and ${max} for ${channel}, got: ${m.Concurrency}`);
    }
    const workloadTypes = new Set<string>();
    (m.WorkloadTypeConcurrencies ?? []).forEach((w, j) => {
      const wpath = `${path}.WorkloadTypeConcurrencies[${j}]`;
      if (workloadTypes.has(w.WorkloadType!)) throw invalidParameter(`${wpath}.WorkloadType: duplicate workload type ${w.WorkloadType}`);
      workloadTypes.add(w.WorkloadType!);
      if (w.Concurrency! < min || w.Concurrency! > max) {
        throw invalidParameter(`${wpath}.Concurrency: must be between ${min} and ${max} for ${channel}, got: ${w.Concurrency}`);
      }
    });
  });
  return structuredClone(media) as MediaConcurrencyRecord[];
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
