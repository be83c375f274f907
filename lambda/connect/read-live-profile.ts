import {
  DescribeRoutingProfileCommand,
  ListRoutingProfileManualAssignmentQueuesCommand,
  ListRoutingProfileQueuesCommand,
  ListTagsForResourceCommand,
  RoutingProfile,
} from '@aws-sdk/client-connect';
import { ConnectApi } from './connect-api';
import type {
  AgentAvailabilityTimer,
  BehaviorType,
  Channel,
  LiveProfile,
  ManualAssignmentQueueSpec,
  MediaConcurrencySpec,
  QueueConfigSpec,
} from '../reconcile/types';

/** Connect's page size limit for the routing-profile queue lists. */
const QUEUE_PAGE_SIZE = 100;

/** A live profile plus the Describe fields the lifecycle needs beyond what the planner compares. */
export interface LiveProfileDetails {
  readonly profile: LiveProfile;
  readonly isDefault: boolean;
  readonly numberOfAssociatedUsers: number;
}

/**
 * Reads the whole live state of a profile: Describe, every page of both queue lists, and the tags.
 * Describe never returns the associated queue ids (a documented quirk), hence the lists.
 * Returns undefined when the profile does not exist.
 */
export async function readLiveProfile(api: ConnectApi, instanceId: string, routingProfileId: string): Promise<LiveProfileDetails | undefined> {
  let described: RoutingProfile | undefined;
  try {
    const out = await api.read('DescribeRoutingProfile', (c) => c.send(new DescribeRoutingProfileCommand({
      InstanceId: instanceId,
      RoutingProfileId: routingProfileId,
    })));
    described = out.RoutingProfile;
  } catch (error) {
    if ((error as Error).name === 'ResourceNotFoundException') return undefined;
    throw error;
  }
  if (!described?.RoutingProfileArn) return undefined;
  const arn = described.RoutingProfileArn;

  const [queueConfigs, manualAssignmentQueues, tags] = [
    await listQueueConfigs(api, instanceId, routingProfileId),
    await listManualAssignmentQueues(api, instanceId, routingProfileId),
    await listTags(api, arn),
  ];

  return {
    profile: {
      routingProfileId,
      routingProfileArn: arn,
      name: described.Name ?? '',
      description: described.Description,
      defaultOutboundQueueId: described.DefaultOutboundQueueId ?? '',
      mediaConcurrencies: (described.MediaConcurrencies ?? []).map((m): MediaConcurrencySpec => ({
        channel: m.Channel as Channel,
        concurrency: m.Concurrency ?? 0,
        crossChannelBehavior: m.CrossChannelBehavior?.BehaviorType as BehaviorType | undefined,
      })),
      queueConfigs,
      manualAssignmentQueues,
      agentAvailabilityTimer: described.AgentAvailabilityTimer as AgentAvailabilityTimer | undefined,
      tags,
    },
    isDefault: described.IsDefault ?? false,
    numberOfAssociatedUsers: Number(described.NumberOfAssociatedUsers ?? 0),
  };
}

async function listQueueConfigs(api: ConnectApi, instanceId: string, routingProfileId: string): Promise<QueueConfigSpec[]> {
  const configs: QueueConfigSpec[] = [];
  let nextToken: string | undefined;
  do {
    const page = await api.read('ListRoutingProfileQueues', (c) => c.send(new ListRoutingProfileQueuesCommand({
      InstanceId: instanceId,
      RoutingProfileId: routingProfileId,
      MaxResults: QUEUE_PAGE_SIZE,
      NextToken: nextToken,
    })));
    for (const q of page.RoutingProfileQueueConfigSummaryList ?? []) {
      configs.push({ queueId: q.QueueId!, channel: q.Channel as Channel, priority: q.Priority!, delay: q.Delay! });
    }
    nextToken = page.NextToken;
  } while (nextToken);
  return configs;
}

async function listManualAssignmentQueues(api: ConnectApi, instanceId: string, routingProfileId: string): Promise<ManualAssignmentQueueSpec[]> {
  const pairs: ManualAssignmentQueueSpec[] = [];
  let nextToken: string | undefined;
  do {
    const page = await api.read('ListRoutingProfileManualAssignmentQueues', (c) => c.send(new ListRoutingProfileManualAssignmentQueuesCommand({
      InstanceId: instanceId,
      RoutingProfileId: routingProfileId,
      MaxResults: QUEUE_PAGE_SIZE,
      NextToken: nextToken,
    })));
    for (const q of page.RoutingProfileManualAssignmentQueueConfigSummaryList ?? []) {
      pairs.push({ queueId: q.QueueId!, channel: q.Channel as Channel });
    }
    nextToken = page.NextToken;
  } while (nextToken);
  return pairs;
}

async function listTags(api: ConnectApi, resourceArn: string): Promise<Record<string, string>> {
  const out = await api.read('ListTagsForResource', (c) => c.send(new ListTagsForResourceCommand({ resourceArn })));
  return { ...(out.tags ?? {}) };
}
