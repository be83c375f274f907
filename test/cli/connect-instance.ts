/**
 * A Connect instance with routing profiles made the way a console user's are: queues seeded through the emulator's
 * control API, then every profile created through the real SDK (CreateRoutingProfile with what fits, the remaining
 * queue pairs in AssociateRoutingProfileQueues batches of 10). Shared by the export and plan tests, the round-trip
 * property and the benchmark.
 */
import { AssociateRoutingProfileQueuesCommand, ConnectClient, CreateRoutingProfileCommand } from '@aws-sdk/client-connect';
import type { ControlClient } from '../../emulator';
import { toMediaConcurrencyBody } from '../../lambda/reconcile/media-concurrency-body';
import type { AgentAvailabilityTimer, Channel, MediaConcurrency } from '../../lambda/reconcile/types';

/** A queue by its index in `InstanceSpec.queueNames`; -1 is the instance's own BasicQueue. */
export type QueueIndex = number;

export interface ProfileSpec {
  readonly name: string;
  readonly description: string;
  readonly defaultOutboundQueue: QueueIndex;
  readonly mediaConcurrencies: readonly MediaConcurrency[];
  readonly queueConfigs: ReadonlyArray<{
    readonly queue: QueueIndex; readonly channel: Channel; readonly priority: number; readonly delaySeconds: number;
  }>;
  readonly manualAssignmentQueueConfigs: ReadonlyArray<{ readonly queue: QueueIndex; readonly channel: Channel }>;
  readonly agentAvailabilityTimer?: AgentAvailabilityTimer;
  readonly tags: Readonly<Record<string, string>>;
}

export interface InstanceSpec {
  /** Standard queues to add beside BasicQueue (names are unique in an instance). */
  readonly queueNames: readonly string[];
  readonly profiles: readonly ProfileSpec[];
}

export interface SeededInstance {
  readonly instanceId: string;
  readonly instanceArn: string;
  /** Queue ids by `QueueIndex` (BasicQueue under -1). */
  readonly queueIds: ReadonlyMap<QueueIndex, string>;
  /** Routing profile ids by name. */
  readonly profileIds: ReadonlyMap<string, string>;
}

/** Adds a new instance to the emulator with the queues and profiles of `spec`. */
export async function seedInstance(control: ControlClient, connect: ConnectClient, spec: InstanceSpec): Promise<SeededInstance> {
  const [instance] = (await control.seed({ instances: [{}] })).instances;
  const queues = spec.queueNames.length === 0 ? []
    : (await control.seed({ queues: spec.queueNames.map((name) => ({ instanceId: instance.instanceId, name })) })).queues;
  const queueIds = new Map<QueueIndex, string>([[-1, instance.queues.find((q) => q.name === 'BasicQueue')!.id]]);
  queues.forEach((q, i) => queueIds.set(i, q.id));
  const profileIds = new Map<string, string>();
  for (const profile of spec.profiles) {
    profileIds.set(profile.name, await createProfile(connect, instance.instanceId, profile, queueIds));
  }
  return { instanceId: instance.instanceId, instanceArn: instance.instanceArn, queueIds, profileIds };
}

async function createProfile(
  connect: ConnectClient, instanceId: string, profile: ProfileSpec, queueIds: ReadonlyMap<QueueIndex, string>,
): Promise<string> {
  const routed = profile.queueConfigs.map((q) => ({
    QueueReference: { QueueId: queueIds.get(q.queue)!, Channel: q.channel }, Priority: q.priority, Delay: q.delaySeconds,
  }));
  const manual = profile.manualAssignmentQueueConfigs.map((q) => ({ QueueReference: { QueueId: queueIds.get(q.queue)!, Channel: q.channel } }));
  const created = await connect.send(new CreateRoutingProfileCommand({
    InstanceId: instanceId,
    Name: profile.name,
    Description: profile.description,
    DefaultOutboundQueueId: queueIds.get(profile.defaultOutboundQueue)!,
    MediaConcurrencies: profile.mediaConcurrencies.map((m) => ({ ...toMediaConcurrencyBody(m) })),
    QueueConfigs: routed.length > 0 ? routed.slice(0, 10) : undefined,
    ManualAssignmentQueueConfigs: manual.length > 0 ? manual.slice(0, 10) : undefined,
    AgentAvailabilityTimer: profile.agentAvailabilityTimer,
    Tags: Object.keys(profile.tags).length > 0 ? { ...profile.tags } : undefined,
  }));
  for (let i = 10; i < Math.max(routed.length, manual.length); i += 10) {
    const [more, moreManual] = [routed.slice(i, i + 10), manual.slice(i, i + 10)];
    await connect.send(new AssociateRoutingProfileQueuesCommand({
      InstanceId: instanceId,
      RoutingProfileId: created.RoutingProfileId!,
      QueueConfigs: more.length > 0 ? more : undefined,
      ManualAssignmentQueueConfigs: moreManual.length > 0 ? moreManual : undefined,
    }));
  }
  return created.RoutingProfileId!;
}
