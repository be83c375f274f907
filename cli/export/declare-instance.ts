import { constructIds } from './construct-ids';
import {
  DeclaredManualAssignmentQueueConfig, DeclaredProfile, DeclaredQueueConfig, ExportDeclaration, LeftOutProfile, QueueReference,
} from './declaration';
import type { InstanceRead } from './read-instance';
import type { WholeLiveProfile } from '../../lambda/connect/read-live-profile';
import { AWS_RESERVED_TAG_PREFIX } from '../../lambda/reconcile/limits';
import { compareStrings } from '../../lambda/reconcile/order';
import type { MediaConcurrency } from '../../lambda/reconcile/types';
import { channelConcurrencyOf, usesWorkloadTypes } from '../../lambda/reconcile/workload-types';
import { childArn } from '../../src/private/connect-arn';
import {
  DEFAULT_MAX_QUEUE_PAIRS, MediaConcurrencyEntry, OWNERSHIP_TAG_KEY, QueueRefSpec, RemovalMode, SPEC_VERSION,
} from '../../src/private/contract';
import { KNOWN_CHANNELS } from '../../src/private/rules';
import { routingProfileSpecErrors } from '../../src/private/spec-rules';

/**
 * Turns what was read into what to declare. Only writable fields are taken, each by name (an allow-list: Connect keeps
 * adding read-only fields to Describe, which must never reach the code). A profile this library already manages
 * (it carries the ownership tag) is left out, as is one the construct's own rules would refuse as it is, with the
 * rules' messages: a declared profile is one that synthesizes and deploys with no change.
 */
export function declareInstance(read: InstanceRead): ExportDeclaration {
  const queues = queueReferences(read);
  const leftOut: LeftOutProfile[] = [];
  const declared: Array<Omit<DeclaredProfile, 'constructId'>> = [];
  for (const live of sortProfiles(read.profiles)) {
    const owner = live.tags[OWNERSHIP_TAG_KEY];
    if (owner !== undefined) {
      leftOut.push({
        name: live.name,
        reasons: [`a cdk-connect-routing stack already manages it (its ${OWNERSHIP_TAG_KEY} tag is `
        + `${JSON.stringify(owner)}): declare it in that stack`],
      });
      continue;
    }
    const profile = declareProfile(live, queues.of);
    const problems = routingProfileSpecErrors(specOf(profile, read.instance.instanceArn));
    if (problems.length > 0) leftOut.push({ name: live.name, reasons: problems.map((p) => `the construct would refuse it: ${p}`) });
    else declared.push(profile);
  }
  const ids = constructIds(declared.map((p) => p.name));
  const profiles = declared.map((p, i) => ({ constructId: ids[i], ...p }));
  return {
    instance: read.instance,
    profileCount: read.profileCount,
    profiles,
    leftOut,
    queuesByArn: queues.byArn(profiles),
  };
}

function declareProfile(live: WholeLiveProfile, queue: (id: string) => QueueReference): Omit<DeclaredProfile, 'constructId'> {
  const notes: string[] = [];
  if (live.isDefault) notes.push('The instance\'s default routing profile: a deploy adopts it, and this library never deletes it.');

  // Tags are always managed by a RoutingProfile: every user tag is declared. AWS's own and the ownership tag are not
  // (neither can be set), and the planner never compares them.
  const tags = Object.fromEntries(Object.entries(live.tags)
    .filter(([key]) => !key.startsWith(AWS_RESERVED_TAG_PREFIX) && key !== OWNERSHIP_TAG_KEY)
    .sort(([a], [b]) => compareStrings(a, b)));

  const pairs = Math.max(live.queueConfigs.length, live.manualAssignmentQueueConfigs.length);
  if (pairs > DEFAULT_MAX_QUEUE_PAIRS) {
    notes.push(`It holds ${pairs} queue/channel pairs of one kind, more than Connect's default quota of ${DEFAULT_MAX_QUEUE_PAIRS}: `
      + 'the instance\'s quota was raised, and `maxQueuePairs` says so.');
  }

  // Connect accepts queues on a channel the profile gives no concurrency; the construct warns at synth, and so does this.
  const served = new Set(live.mediaConcurrencies.map((m) => m.channel));
  const unserved = [...new Set(live.queueConfigs.map((q) => q.channel).filter((c) => !served.has(c)))].sort(compareChannels);
  if (unserved.length > 0) {
    notes.push(`It routes queues on ${unserved.join(', ')}, a channel it gives no media concurrency: agents with this profile never `
      + 'get those contacts (Connect accepts it; synth warns).');
  }

  const queueConfigs: DeclaredQueueConfig[] = live.queueConfigs
    .map((q) => ({ queue: queue(q.queue), channel: q.channel, priority: q.priority, delaySeconds: q.delaySeconds }))
    .sort((a, b) => a.priority - b.priority || a.delaySeconds - b.delaySeconds || compareQueues(a, b));
  const manualAssignmentQueueConfigs: DeclaredManualAssignmentQueueConfig[] = live.manualAssignmentQueueConfigs
    .map((q) => ({ queue: queue(q.queue), channel: q.channel }))
    .sort(compareQueues);

  return {
    isDefault: live.isDefault,
    name: live.name,
    description: live.description,
    defaultOutboundQueue: queue(live.defaultOutboundQueue),
    mediaConcurrencies: [...live.mediaConcurrencies].sort((a, b) => compareChannels(a.channel, b.channel)).map(declaredChannel),
    queueConfigs,
    manualAssignmentQueueConfigs,
    ...(live.agentAvailabilityTimer !== undefined ? { agentAvailabilityTimer: live.agentAvailabilityTimer } : {}),
    tags,
    ...(pairs > DEFAULT_MAX_QUEUE_PAIRS ? { maxQueuePairs: pairs } : {}),
    notes,
  };
}

/**
 * A live channel as the construct declares it: its model (a channel-level concurrency, or workload types by type;
 * a 0 beside workload types counts as none, as the planner reads it), and its behaviours as Connect reports them.
 */
function declaredChannel(m: MediaConcurrency): MediaConcurrency {
  const concurrency = channelConcurrencyOf(m);
  return {
    channel: m.channel,
    ...(concurrency !== undefined ? { concurrency } : {}),
    ...(m.crossChannelBehavior !== undefined ? { crossChannelBehavior: m.crossChannelBehavior } : {}),
    ...(usesWorkloadTypes(m)
      ? { workloadTypeConcurrencies: [...m.workloadTypeConcurrencies!].sort((a, b) => compareStrings(a.workloadType, b.workloadType)) }
      : {}),
  };
}

/**
 * How each queue is referenced: by the name a deploy resolves, else by ARN: a queue ListQueues does not list as a
 * standard queue with a name, or one whose name another queue shares (CreateQueue refuses a duplicate name, but the
 * model does not say names are unique, and a name that resolves to another queue would deploy a change).
 */
function queueReferences(read: InstanceRead) {
  const holders = new Map<string, number>();
  for (const q of read.queues) if (q.name !== undefined) holders.set(q.name, (holders.get(q.name) ?? 0) + 1);
  const named = new Map(read.queues.flatMap((q) => (q.name !== undefined && holders.get(q.name) === 1 ? [[q.id, q.name] as const] : [])));
  const of = (id: string): QueueReference => {
    const name = named.get(id);
    return name !== undefined ? { by: 'name', name } : { by: 'arn', arn: childArn(read.instance, 'queue', id) };
  };
  const byArn = (profiles: ReadonlyArray<Omit<DeclaredProfile, 'constructId'>>): string[] => [...new Set(profiles
    .flatMap((p) => [p.defaultOutboundQueue, ...p.queueConfigs.map((q) => q.queue), ...p.manualAssignmentQueueConfigs.map((q) => q.queue)])
    .flatMap((q) => (q.by === 'arn' ? [q.arn] : [])))].sort(compareStrings);
  return { of, byArn };
}

/** The wire spec the construct would write for the profile, checked with the handler's rules before it is declared. */
function specOf(profile: Omit<DeclaredProfile, 'constructId'>, instanceArn: string): Record<string, unknown> {
  return {
    SpecVersion: SPEC_VERSION,
    InstanceArn: instanceArn,
    Name: profile.name,
    Description: profile.description,
    DefaultOutboundQueue: queueRefSpec(profile.defaultOutboundQueue),
    MediaConcurrencies: profile.mediaConcurrencies.map(mediaConcurrencyEntry),
    QueueConfigs: profile.queueConfigs.map((q) => ({
      Queue: queueRefSpec(q.queue), Channel: q.channel, Priority: q.priority, Delay: q.delaySeconds,
    })),
    ManualAssignmentQueues: profile.manualAssignmentQueueConfigs.map((q) => ({ Queue: queueRefSpec(q.queue), Channel: q.channel })),
    ...(profile.agentAvailabilityTimer !== undefined ? { AgentAvailabilityTimer: profile.agentAvailabilityTimer } : {}),
    Tags: profile.tags,
    RemovalPolicy: RemovalMode.RETAIN,
    AdoptExisting: true,
    ...(profile.maxQueuePairs !== undefined ? { MaxQueuePairs: profile.maxQueuePairs } : {}),
  };
}

function mediaConcurrencyEntry(m: MediaConcurrency): MediaConcurrencyEntry {
  return {
    Channel: m.channel,
    ...(m.concurrency !== undefined ? { Concurrency: m.concurrency } : {}),
    ...(m.crossChannelBehavior !== undefined ? { CrossChannelBehavior: m.crossChannelBehavior } : {}),
    ...(m.workloadTypeConcurrencies !== undefined ? {
      WorkloadTypeConcurrencies: m.workloadTypeConcurrencies.map((w) => ({
        WorkloadType: w.workloadType,
        Concurrency: w.concurrency,
        ...(w.crossChannelWorkloadBehavior !== undefined ? { CrossChannelWorkloadBehavior: w.crossChannelWorkloadBehavior } : {}),
      })),
    } : {}),
  };
}

function queueRefSpec(queue: QueueReference): QueueRefSpec {
  return queue.by === 'name' ? { Name: queue.name } : { Arn: queue.arn };
}

/** The default profile first, then by name (code-unit order, the same on every machine). */
function sortProfiles(profiles: readonly WholeLiveProfile[]): WholeLiveProfile[] {
  return [...profiles].sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || compareStrings(a.name, b.name)
    || compareStrings(a.routingProfileId, b.routingProfileId));
}

function compareChannels(a: string, b: string): number {
  // Connect's order of channels; a newer channel follows, by name.
  const rank = (channel: string) => (KNOWN_CHANNELS.includes(channel) ? KNOWN_CHANNELS.indexOf(channel) : KNOWN_CHANNELS.length);
  return rank(a) - rank(b) || compareStrings(a, b);
}

function compareQueues(a: { queue: QueueReference; channel: string }, b: { queue: QueueReference; channel: string }): number {
  return compareStrings(queueLabel(a.queue), queueLabel(b.queue)) || compareChannels(a.channel, b.channel);
}

function queueLabel(queue: QueueReference): string {
  return queue.by === 'name' ? queue.name : queue.arn;
}
