import { DescribeRoutingProfileCommand, ListTagsForResourceCommand } from '@aws-sdk/client-connect';
import { ConnectApi } from '../connect/connect-api';
import type { BehaviorType, Channel, ChannelWorkloadBehaviorType, LiveChannelConcurrency } from '../reconcile';

/** What a concurrency resource reads of a profile: one DescribeRoutingProfile, nothing about queues or tags. */
export interface LiveConcurrency {
  readonly routingProfileArn: string;
  readonly routingProfileId: string;
  readonly name: string;
  readonly mediaConcurrencies: readonly LiveChannelConcurrency[];
}

/** The profile's media concurrencies as Describe reports them (workload types kept), or undefined when it does not exist. */
export async function readLiveConcurrency(api: ConnectApi, instanceId: string, routingProfileId: string): Promise<LiveConcurrency | undefined> {
  let profile;
  try {
    profile = (await api.read('DescribeRoutingProfile', (c) => c.send(new DescribeRoutingProfileCommand({
      InstanceId: instanceId,
      RoutingProfileId: routingProfileId,
    })))).RoutingProfile;
  } catch (error) {
    if ((error as Error).name === 'ResourceNotFoundException') return undefined;
    throw error;
  }
  if (!profile?.RoutingProfileArn) return undefined;
  return {
    routingProfileArn: profile.RoutingProfileArn,
    routingProfileId: profile.RoutingProfileId ?? routingProfileId,
    name: profile.Name ?? '',
    mediaConcurrencies: (profile.MediaConcurrencies ?? []).map((m): LiveChannelConcurrency => ({
      channel: m.Channel as Channel,
      ...(m.Concurrency !== undefined ? { concurrency: m.Concurrency } : {}),
      ...(m.CrossChannelBehavior?.BehaviorType !== undefined ? { crossChannelBehavior: m.CrossChannelBehavior.BehaviorType as BehaviorType } : {}),
      ...(m.WorkloadTypeConcurrencies !== undefined ? {
        workloadTypeConcurrencies: m.WorkloadTypeConcurrencies.map((w) => ({
          WorkloadType: w.WorkloadType!,
          Concurrency: w.Concurrency!,
          ...(w.CrossChannelWorkloadBehavior !== undefined ? {
            CrossChannelWorkloadBehavior: {
              ChannelWorkloadBehaviorType: w.CrossChannelWorkloadBehavior.ChannelWorkloadBehaviorType as ChannelWorkloadBehaviorType | undefined,
            },
          } : {}),
        })),
      } : {}),
    })),
  };
}

/** The profile's tags (to recognise one a `RoutingProfile` resource owns). */
export async function readTags(api: ConnectApi, routingProfileArn: string): Promise<Record<string, string>> {
  const out = await api.read('ListTagsForResource', (c) => c.send(new ListTagsForResourceCommand({ resourceArn: routingProfileArn })));
  return { ...(out.tags ?? {}) };
}
