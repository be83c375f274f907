import {
  DescribeRoutingProfileCommand,
  ListRoutingProfileManualAssignmentQueuesCommand,
  ListRoutingProfileQueuesCommand,
  RoutingProfile,
} from '@aws-sdk/client-connect';
import { ConnectApi } from './connect-api';
import { fromMediaConcurrencyBody } from '../reconcile/media-concurrency-body';
import type { AgentAvailabilityTimer, Channel, LiveProfile, QueueConfig, QueuePair, RoutingProfileState } from '../reconcile/types';

/** Connect's page size limit for the routing-profile queue lists. */
const QUEUE_PAGE_SIZE = 100;

/**
 * What one DescribeRoutingProfile tells of a profile: everything but its queue lists (Describe never returns the
 * associated queues, a documented quirk), with how many pairs each list holds.
 */
export interface DescribedProfile extends Omit<LiveProfile, 'queueConfigs' | 'manualAssignmentQueueConfigs'> {
  /** Connect's `NumberOfAssociatedQueues`; undefined when it reported none. */
  readonly numberOfAssociatedQueues?: number;
  /** Connect's `NumberOfAssociatedManualAssignmentQueues`; undefined when it reported none. */
  readonly numberOfAssociatedManualAssignmentQueues?: number;
}

/** The queue lists a desired state manages (undefined = not managed). */
export type ManagedQueueLists = Pick<RoutingProfileState, 'queueConfigs' | 'manualAssignmentQueueConfigs'>;

/**
 * Reads the live state of a profile with the fewest calls that give the truth: one Describe (which carries the
 * tags and how many pairs each queue list holds), then every page of each queue list that `managed` manages and
 * Connect says is not empty. Without `managed`, every non-empty list is read.
 * Returns undefined when the profile does not exist.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribeRoutingProfile.html
 */
export async function readLiveProfile(
  api: ConnectApi, instanceId: string, routingProfileId: string, managed?: ManagedQueueLists,
): Promise<LiveProfile | undefined> {
  const described = await describeProfile(api, instanceId, routingProfileId);
  return described && readQueueLists(api, instanceId, described, managed);
}

/** A profile with both queue lists read, as `readWholeProfile` returns it: for a reader that takes every field. */
export type WholeLiveProfile = LiveProfile & Required<Pick<LiveProfile, 'queueConfigs' | 'manualAssignmentQueueConfigs'>>;

/** Reads a profile with both of its queue lists (every page of each non-empty one); undefined when it does not exist. */
export async function readWholeProfile(api: ConnectApi, instanceId: string, routingProfileId: string): Promise<WholeLiveProfile | undefined> {
  // Without `managed`, readQueueLists reads both lists.
  return await readLiveProfile(api, instanceId, routingProfileId) as WholeLiveProfile | undefined;
}

/**
 * A described (or searched) profile completed with the queue lists a check needs: a list is read when `managed`
 * manages it (or `managed` is not given), every page of it, unless Connect reported it empty; a list nothing
 * compares is left unread (undefined). A count Connect did not report is never taken for zero.
 */
export async function readQueueLists(
  api: ConnectApi, instanceId: string, described: DescribedProfile, managed?: ManagedQueueLists,
): Promise<LiveProfile> {
  const { numberOfAssociatedQueues, numberOfAssociatedManualAssignmentQueues, ...profile } = described;
  const ids = { instanceId, routingProfileId: described.routingProfileId };
  const queueConfigs = managed && managed.queueConfigs === undefined ? undefined
    : numberOfAssociatedQueues === 0 ? [] : await listQueueConfigs(api, ids);
  const manualAssignmentQueueConfigs = managed && managed.manualAssignmentQueueConfigs === undefined ? undefined
    : numberOfAssociatedManualAssignmentQueues === 0 ? [] : await listManualAssignmentQueueConfigs(api, ids);
  return {
    ...profile,
    ...(queueConfigs ? { queueConfigs } : {}),
    ...(manualAssignmentQueueConfigs ? { manualAssignmentQueueConfigs } : {}),
  };
}

/** One DescribeRoutingProfile, or undefined when the profile does not exist. */
export async function describeProfile(api: ConnectApi, instanceId: string, routingProfileId: string): Promise<DescribedProfile | undefined> {
  let described;
  try {
    described = (await api.read('DescribeRoutingProfile', (c) => c.send(new DescribeRoutingProfileCommand({
      InstanceId: instanceId,
      RoutingProfileId: routingProfileId,
    })))).RoutingProfile;
  } catch (error) {
    if ((error as Error).name === 'ResourceNotFoundException') return undefined;
    throw error;
  }
  return described?.RoutingProfileArn ? describedProfileOf(described, routingProfileId) : undefined;
}

/** A `RoutingProfile` as Describe (or Search) returns it, in the handler's shape; its ARN must be there. */
export function describedProfileOf(p: RoutingProfile, routingProfileId: string): DescribedProfile {
  return {
    routingProfileId: p.RoutingProfileId ?? routingProfileId,
    routingProfileArn: p.RoutingProfileArn!,
    name: p.Name ?? '',
    description: p.Description ?? '',
    defaultOutboundQueue: p.DefaultOutboundQueueId ?? '',
    mediaConcurrencies: (p.MediaConcurrencies ?? []).map(fromMediaConcurrencyBody),
    ...(p.AgentAvailabilityTimer !== undefined ? { agentAvailabilityTimer: p.AgentAvailabilityTimer as AgentAvailabilityTimer } : {}),
    tags: { ...p.Tags },
    isDefault: p.IsDefault ?? false,
    numberOfAssociatedUsers: Number(p.NumberOfAssociatedUsers ?? 0),
    ...(p.NumberOfAssociatedQueues !== undefined ? { numberOfAssociatedQueues: Number(p.NumberOfAssociatedQueues) } : {}),
    ...(p.NumberOfAssociatedManualAssignmentQueues !== undefined
      ? { numberOfAssociatedManualAssignmentQueues: Number(p.NumberOfAssociatedManualAssignmentQueues) } : {}),
    ...(p.LastModifiedRegion !== undefined ? { lastModifiedRegion: p.LastModifiedRegion } : {}),
  };
}

interface ProfileIds {
  readonly instanceId: string;
  readonly routingProfileId: string;
}

async function listQueueConfigs(api: ConnectApi, ids: ProfileIds): Promise<QueueConfig[]> {
  const configs: QueueConfig[] = [];
  let nextToken: string | undefined;
  do {
    const page = await api.read('ListRoutingProfileQueues', (c) => c.send(new ListRoutingProfileQueuesCommand({
      InstanceId: ids.instanceId,
      RoutingProfileId: ids.routingProfileId,
      MaxResults: QUEUE_PAGE_SIZE,
      NextToken: nextToken,
    })));
    for (const q of page.RoutingProfileQueueConfigSummaryList ?? []) {
      configs.push({ queue: q.QueueId!, channel: q.Channel as Channel, priority: q.Priority!, delaySeconds: q.Delay! });
    }
    nextToken = page.NextToken;
  } while (nextToken);
  return configs;
}

async function listManualAssignmentQueueConfigs(api: ConnectApi, ids: ProfileIds): Promise<QueuePair[]> {
  const pairs: QueuePair[] = [];
  let nextToken: string | undefined;
  do {
    const page = await api.read('ListRoutingProfileManualAssignmentQueues', (c) => c.send(new ListRoutingProfileManualAssignmentQueuesCommand({
      InstanceId: ids.instanceId,
      RoutingProfileId: ids.routingProfileId,
      MaxResults: QUEUE_PAGE_SIZE,
      NextToken: nextToken,
    })));
    for (const q of page.RoutingProfileManualAssignmentQueueConfigSummaryList ?? []) {
      pairs.push({ queue: q.QueueId!, channel: q.Channel as Channel });
    }
    nextToken = page.NextToken;
  } while (nextToken);
  return pairs;
}
