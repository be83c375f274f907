import {
  DescribeRoutingProfileCommand,
  ListRoutingProfileManualAssignmentQueuesCommand,
  ListRoutingProfileQueuesCommand,
  ListTagsForResourceCommand,
} from '@aws-sdk/client-connect';
import { ConnectApi } from './connect-api';
import { fromMediaConcurrencyBody } from '../reconcile/media-concurrency-body';
import type { AgentAvailabilityTimer, Channel, LiveProfile, QueueConfig, QueuePair } from '../reconcile/types';

/** Connect's page size limit for the routing-profile queue lists. */
const QUEUE_PAGE_SIZE = 100;

/** What one DescribeRoutingProfile tells of a profile: everything but its queue lists and tags. */
export type DescribedProfile = Omit<LiveProfile, 'queueConfigs' | 'manualAssignmentQueueConfigs' | 'tags'>;

/**
 * Reads the whole live state of a profile: Describe, every page of both queue lists, and the tags.
 * Describe never returns the associated queue ids (a documented quirk), hence the lists.
 * Returns undefined when the profile does not exist.
 */
export async function readLiveProfile(api: ConnectApi, instanceId: string, routingProfileId: string): Promise<LiveProfile | undefined> {
  const described = await describeProfile(api, instanceId, routingProfileId);
  if (!described) return undefined;
  return {
    ...described,
    queueConfigs: await listQueueConfigs(api, instanceId, routingProfileId),
    manualAssignmentQueueConfigs: await listManualAssignmentQueueConfigs(api, instanceId, routingProfileId),
    tags: await listTags(api, described.routingProfileArn),
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
  if (!described?.RoutingProfileArn) return undefined;
  return {
    routingProfileId: described.RoutingProfileId ?? routingProfileId,
    routingProfileArn: described.RoutingProfileArn,
    name: described.Name ?? '',
    description: described.Description ?? '',
    defaultOutboundQueue: described.DefaultOutboundQueueId ?? '',
    mediaConcurrencies: (described.MediaConcurrencies ?? []).map(fromMediaConcurrencyBody),
    ...(described.AgentAvailabilityTimer !== undefined ? { agentAvailabilityTimer: described.AgentAvailabilityTimer as AgentAvailabilityTimer } : {}),
    isDefault: described.IsDefault ?? false,
    numberOfAssociatedUsers: Number(described.NumberOfAssociatedUsers ?? 0),
    ...(described.LastModifiedRegion !== undefined ? { lastModifiedRegion: described.LastModifiedRegion } : {}),
  };
}

async function listQueueConfigs(api: ConnectApi, instanceId: string, routingProfileId: string): Promise<QueueConfig[]> {
  const configs: QueueConfig[] = [];
  let nextToken: string | undefined;
  do {
    const page = await api.read('ListRoutingProfileQueues', (c) => c.send(new ListRoutingProfileQueuesCommand({
      InstanceId: instanceId,
      RoutingProfileId: routingProfileId,
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

async function listManualAssignmentQueueConfigs(api: ConnectApi, instanceId: string, routingProfileId: string): Promise<QueuePair[]> {
  const pairs: QueuePair[] = [];
  let nextToken: string | undefined;
  do {
    const page = await api.read('ListRoutingProfileManualAssignmentQueues', (c) => c.send(new ListRoutingProfileManualAssignmentQueuesCommand({
      InstanceId: instanceId,
      RoutingProfileId: routingProfileId,
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

/** The profile's tags (the concurrency resource reads them to refuse a profile a `RoutingProfile` owns). */
export async function listTags(api: ConnectApi, resourceArn: string): Promise<Record<string, string>> {
  const out = await api.read('ListTagsForResource', (c) => c.send(new ListTagsForResourceCommand({ resourceArn })));
  return { ...(out.tags ?? {}) };
}
