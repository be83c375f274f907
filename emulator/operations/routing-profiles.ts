/**
 * Routing-profile operations, e.g. https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateRoutingProfile.html
 * and https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribeRoutingProfile.html.
 */
import { randomUUID } from 'crypto';
import { changeRegionOf, OperationContext, OperationHandler, regionOf } from './context';
import {
  checkManualConfigs, checkMediaConcurrencies, checkPairQuotas, checkQueueConfigs, checkReferences, checkStandardQueue,
  hasPair, MAX_REFERENCES_PER_DISASSOCIATE,
} from './routing-profile-rules';
import { matchesCriteria, matchesTagFilter, StringFieldReader } from './search';
import { duplicate, invalidParameter, limitExceeded, ConnectError } from '../http/errors';
import { paginate } from '../state/pagination';
import { nowSeconds } from '../state/store';
import { InstanceRecord, RoutingProfileRecord } from '../state/types';

const DEFAULT_PAGE_SIZE = 100;

/** Describe's view. It leaves out AssociatedQueueIds (the docs say the sample response is wrong). */
export function describeView(ctx: OperationContext, instance: InstanceRecord, p: RoutingProfileRecord): Record<string, unknown> {
  return {
    InstanceId: instance.id,
    Name: p.name,
    RoutingProfileArn: p.arn,
    RoutingProfileId: p.id,
    Description: p.description,
    MediaConcurrencies: structuredClone(p.mediaConcurrencies),
    DefaultOutboundQueueId: p.defaultOutboundQueueId,
    Tags: { ...p.tags },
    NumberOfAssociatedQueues: p.queueConfigs.length,
    NumberOfAssociatedManualAssignmentQueues: p.manualQueues.length,
    NumberOfAssociatedUsers: usersOf(instance, p).length,
    // The model declares no default; the console's default is TIME_SINCE_LAST_ACTIVITY.
    AgentAvailabilityTimer: p.agentAvailabilityTimer ?? 'TIME_SINCE_LAST_ACTIVITY',
    LastModifiedTime: p.lastModifiedTime,
    LastModifiedRegion: p.lastModifiedRegion ?? regionOf(ctx),
    IsDefault: p.isDefault,
  };
}

/**
 * Search's view: it does not populate LastModifiedRegion, LastModifiedTime, MediaConcurrencies.CrossChannelBehavior
 * or AgentAvailabilityTimer (https://docs.aws.amazon.com/connect/latest/APIReference/API_SearchRoutingProfiles.html),
 * but does include the associated queue ids.
 */
function searchView(instance: InstanceRecord, p: RoutingProfileRecord): Record<string, unknown> {
  return {
    InstanceId: instance.id,
    Name: p.name,
    RoutingProfileArn: p.arn,
    RoutingProfileId: p.id,
    Description: p.description,
    MediaConcurrencies: p.mediaConcurrencies.map(({ CrossChannelBehavior: _omitted, ...rest }) => structuredClone(rest)),
    DefaultOutboundQueueId: p.defaultOutboundQueueId,
    Tags: { ...p.tags },
    NumberOfAssociatedQueues: p.queueConfigs.length,
    NumberOfAssociatedManualAssignmentQueues: p.manualQueues.length,
    NumberOfAssociatedUsers: usersOf(instance, p).length,
    IsDefault: p.isDefault,
    AssociatedQueueIds: distinct(p.queueConfigs.map((c) => c.queueId)),
    AssociatedManualAssignmentQueueIds: distinct(p.manualQueues.map((c) => c.queueId)),
  };
}

const distinct = (ids: string[]): string[] => [...new Set(ids)];

function usersOf(instance: InstanceRecord, p: RoutingProfileRecord): string[] {
  return [...instance.users.values()].filter((u) => u.routingProfileId === p.id).map((u) => u.arn);
}

function checkUniqueName(instance: InstanceRecord, name: string, exceptId?: string): void {
  for (const other of instance.routingProfiles.values()) {
    if (other.name === name && other.id !== exceptId) {
      throw duplicate(`A resource with the specified name already exists: routing profile "${name}" (${other.id})`);
    }
  }
}

/** Looks up instance and profile; a missing one is ResourceNotFoundException. */
interface Target {
  readonly instance: InstanceRecord;
  readonly profile: RoutingProfileRecord;
}

function target(ctx: OperationContext, input: { InstanceId: string; RoutingProfileId: string }): Target {
  const instance = ctx.store.instance(input.InstanceId);
  return { instance, profile: ctx.store.routingProfile(instance, input.RoutingProfileId) };
}

function touched(ctx: OperationContext, profile: RoutingProfileRecord, operation: string): undefined {
  profile.lastModifiedTime = nowSeconds();
  profile.lastModifiedRegion = changeRegionOf(ctx);
  ctx.store.recordHistory(profile, operation);
  return undefined;
}

const createRoutingProfile: OperationHandler = (ctx, input) => {
  const { store } = ctx;
  const instance = store.instance(input.InstanceId);
  checkUniqueName(instance, input.Name);
  if (instance.routingProfiles.size >= store.quotas.routingProfilesPerInstance) {
    throw limitExceeded(`The allowed limit for the resource has been exceeded: at most ${store.quotas.routingProfilesPerInstance} routing profiles per instance`);
  }
  const mediaConcurrencies = checkMediaConcurrencies(input.MediaConcurrencies, ctx.settings);
  checkStandardQueue(store, instance, input.DefaultOutboundQueueId, 'DefaultOutboundQueueId');
  const queueConfigs = checkQueueConfigs(store, instance, input.QueueConfigs ?? [], 'QueueConfigs');
  const manualQueues = checkManualConfigs(store, instance, input.ManualAssignmentQueueConfigs ?? [], 'ManualAssignmentQueueConfigs');
  checkPairQuotas(store, { queueConfigs, manualQueues });
  const profile = store.addRoutingProfile(instance, {
    id: randomUUID(),
    name: input.Name,
    description: input.Description,
    defaultOutboundQueueId: input.DefaultOutboundQueueId,
    mediaConcurrencies,
    queueConfigs,
    manualQueues,
    agentAvailabilityTimer: input.AgentAvailabilityTimer,
    isDefault: false,
    tags: { ...input.Tags },
    lastModifiedTime: nowSeconds(),
    lastModifiedRegion: changeRegionOf(ctx),
  }, 'CreateRoutingProfile');
  return { RoutingProfileArn: profile.arn, RoutingProfileId: profile.id };
};

const describeRoutingProfile: OperationHandler = (ctx, input) => {
  const { instance, profile } = target(ctx, input);
  return { RoutingProfile: describeView(ctx, instance, profile) };
};

const listRoutingProfiles: OperationHandler = (ctx, input) => {
  const instance = ctx.store.instance(input.InstanceId);
  const all = [...instance.routingProfiles.values()];
  const page = paginate(all, `ListRoutingProfiles/${instance.id}`, input.NextToken, input.MaxResults, DEFAULT_PAGE_SIZE);
  return {
    RoutingProfileSummaryList: page.items.map((p) => ({
      Id: p.id, Arn: p.arn, Name: p.name, LastModifiedTime: p.lastModifiedTime, LastModifiedRegion: p.lastModifiedRegion ?? regionOf(ctx),
    })),
    NextToken: page.nextToken,
  };
};

const profileFields: StringFieldReader<RoutingProfileRecord> = {
  name: (p) => [p.name],
  description: (p) => [p.description],
  resourceID: (p) => [p.id],
  associatedQueueIds: (p) => distinct(p.queueConfigs.map((c) => c.queueId)),
};

const searchRoutingProfiles: OperationHandler = (ctx, input) => {
  const instance = ctx.store.instance(input.InstanceId);
  const matches = [...instance.routingProfiles.values()].filter((p) =>
    matchesCriteria(input.SearchCriteria, p, profileFields, 'SearchCriteria')
    && matchesTagFilter(input.SearchFilter?.TagFilter, p.tags));
  const page = paginate(matches, `SearchRoutingProfiles/${instance.id}/${JSON.stringify([input.SearchCriteria, input.SearchFilter])}`,
    input.NextToken, input.MaxResults, DEFAULT_PAGE_SIZE);
  return {
    RoutingProfiles: page.items.map((p) => searchView(instance, p)),
    NextToken: page.nextToken,
    ApproximateTotalCount: matches.length,
  };
};

const listRoutingProfileQueues: OperationHandler = (ctx, input) => {
  const { instance, profile } = target(ctx, input);
  const page = paginate(profile.queueConfigs, `ListRoutingProfileQueues/${profile.id}`, input.NextToken, input.MaxResults, DEFAULT_PAGE_SIZE);
  return {
    RoutingProfileQueueConfigSummaryList: page.items.map((c) => {
      const queue = instance.queues.get(c.queueId)!;
      return { QueueId: c.queueId, QueueArn: queue.arn, QueueName: queue.name, Priority: c.priority, Delay: c.delay, Channel: c.channel };
    }),
    NextToken: page.nextToken,
    LastModifiedTime: profile.lastModifiedTime,
    LastModifiedRegion: profile.lastModifiedRegion ?? regionOf(ctx),
  };
};

const listRoutingProfileManualAssignmentQueues: OperationHandler = (ctx, input) => {
  const { instance, profile } = target(ctx, input);
  const page = paginate(profile.manualQueues, `ListRoutingProfileManualAssignmentQueues/${profile.id}`,
    input.NextToken, input.MaxResults, DEFAULT_PAGE_SIZE);
  return {
    RoutingProfileManualAssignmentQueueConfigSummaryList: page.items.map((c) => {
      const queue = instance.queues.get(c.queueId)!;
      return { QueueId: c.queueId, QueueArn: queue.arn, QueueName: queue.name, Channel: c.channel };
    }),
    NextToken: page.nextToken,
    LastModifiedTime: profile.lastModifiedTime,
    LastModifiedRegion: profile.lastModifiedRegion ?? regionOf(ctx),
  };
};

const associateRoutingProfileQueues: OperationHandler = (ctx, input) => {
  const { instance, profile } = target(ctx, input);
  if (!input.QueueConfigs && !input.ManualAssignmentQueueConfigs) {
    throw invalidParameter('At least one of QueueConfigs or ManualAssignmentQueueConfigs must be provided');
  }
  const queuePairs = checkQueueConfigs(ctx.store, instance, input.QueueConfigs ?? [], 'QueueConfigs');
  const manualPairs = checkManualConfigs(ctx.store, instance, input.ManualAssignmentQueueConfigs ?? [], 'ManualAssignmentQueueConfigs');
  queuePairs.forEach((p, i) => {
    if (hasPair(profile.queueConfigs, p)) throw invalidParameter(`QueueConfigs[${i}]: queue ${p.queueId} is already associated on channel ${p.channel}; use UpdateRoutingProfileQueues`);
  });
  manualPairs.forEach((p, i) => {
    if (hasPair(profile.manualQueues, p)) throw invalidParameter(`ManualAssignmentQueueConfigs[${i}]: queue ${p.queueId} is already associated on channel ${p.channel}`);
  });
  const next = { queueConfigs: [...profile.queueConfigs, ...queuePairs], manualQueues: [...profile.manualQueues, ...manualPairs] };
  checkPairQuotas(ctx.store, next);
  profile.queueConfigs = next.queueConfigs;
  profile.manualQueues = next.manualQueues;
  return touched(ctx, profile, 'AssociateRoutingProfileQueues');
};

const disassociateRoutingProfileQueues: OperationHandler = (ctx, input) => {
  const { instance, profile } = target(ctx, input);
  if (!input.QueueReferences && !input.ManualAssignmentQueueReferences) {
    throw invalidParameter('At least one of QueueReferences or ManualAssignmentQueueReferences must be provided');
  }
  for (const name of ['QueueReferences', 'ManualAssignmentQueueReferences']) {
    const refs = input[name] as unknown[] | undefined;
    if (refs && refs.length > MAX_REFERENCES_PER_DISASSOCIATE) {
      throw invalidParameter(`${name}: at most ${MAX_REFERENCES_PER_DISASSOCIATE} queue references per request, got: ${refs.length}`);
    }
  }
  const queueRefs = checkReferences(ctx.store, instance, input.QueueReferences ?? [], 'QueueReferences');
  const manualRefs = checkReferences(ctx.store, instance, input.ManualAssignmentQueueReferences ?? [], 'ManualAssignmentQueueReferences');
  queueRefs.forEach((p, i) => {
    if (!hasPair(profile.queueConfigs, p)) throw invalidParameter(`QueueReferences[${i}]: queue ${p.queueId} is not associated on channel ${p.channel}`);
  });
  manualRefs.forEach((p, i) => {
    if (!hasPair(profile.manualQueues, p)) throw invalidParameter(`ManualAssignmentQueueReferences[${i}]: queue ${p.queueId} is not associated on channel ${p.channel}`);
  });
  profile.queueConfigs = profile.queueConfigs.filter((c) => !hasPair(queueRefs, c));
  profile.manualQueues = profile.manualQueues.filter((c) => !hasPair(manualRefs, c));
  return touched(ctx, profile, 'DisassociateRoutingProfileQueues');
};

const updateRoutingProfileQueues: OperationHandler = (ctx, input) => {
  const { instance, profile } = target(ctx, input);
  const updates = checkQueueConfigs(ctx.store, instance, input.QueueConfigs, 'QueueConfigs');
  updates.forEach((p, i) => {
    // The docs: the queues must already be associated through AssociateRoutingProfileQueues.
    if (!hasPair(profile.queueConfigs, p)) throw invalidParameter(`QueueConfigs[${i}]: queue ${p.queueId} is not associated on channel ${p.channel}; associate it first`);
  });
  profile.queueConfigs = profile.queueConfigs.map((c) => updates.find((u) => u.queueId === c.queueId && u.channel === c.channel) ?? c);
  return touched(ctx, profile, 'UpdateRoutingProfileQueues');
};

const updateRoutingProfileConcurrency: OperationHandler = (ctx, input) => {
  const { profile } = target(ctx, input);
  profile.mediaConcurrencies = checkMediaConcurrencies(input.MediaConcurrencies, ctx.settings);
  return touched(ctx, profile, 'UpdateRoutingProfileConcurrency');
};

const updateRoutingProfileName: OperationHandler = (ctx, input) => {
  const { instance, profile } = target(ctx, input);
  if (input.Name === undefined && input.Description === undefined) {
    throw invalidParameter('At least one of Name or Description must be provided');
  }
  if (input.Name !== undefined) checkUniqueName(instance, input.Name, profile.id);
  if (input.Name !== undefined) profile.name = input.Name;
  if (input.Description !== undefined) profile.description = input.Description;
  return touched(ctx, profile, 'UpdateRoutingProfileName');
};

const updateRoutingProfileDefaultOutboundQueue: OperationHandler = (ctx, input) => {
  const { instance, profile } = target(ctx, input);
  checkStandardQueue(ctx.store, instance, input.DefaultOutboundQueueId, 'DefaultOutboundQueueId');
  profile.defaultOutboundQueueId = input.DefaultOutboundQueueId;
  return touched(ctx, profile, 'UpdateRoutingProfileDefaultOutboundQueue');
};

const updateRoutingProfileAgentAvailabilityTimer: OperationHandler = (ctx, input) => {
  const { profile } = target(ctx, input);
  profile.agentAvailabilityTimer = input.AgentAvailabilityTimer;
  return touched(ctx, profile, 'UpdateRoutingProfileAgentAvailabilityTimer');
};

const deleteRoutingProfile: OperationHandler = (ctx, input) => {
  const { instance, profile } = target(ctx, input);
  if (profile.isDefault) {
    throw new ConnectError('ResourceInUseException', `Routing profile ${profile.id} is the instance's default routing profile and cannot be deleted`,
      { ResourceType: 'INSTANCE', ResourceId: instance.arn });
  }
  const users = usersOf(instance, profile);
  if (users.length > 0) {
    throw new ConnectError('ResourceInUseException',
      `Routing profile ${profile.id} is in use by ${users.length} user${users.length === 1 ? '' : 's'}; assign them another routing profile first`,
      { ResourceType: 'USER', ResourceId: users[0] });
  }
  instance.routingProfiles.delete(profile.id);
  ctx.store.recordHistory(profile, 'DeleteRoutingProfile', true);
  return undefined;
};

export const ROUTING_PROFILE_OPERATIONS: Record<string, OperationHandler> = {
  CreateRoutingProfile: createRoutingProfile,
  DescribeRoutingProfile: describeRoutingProfile,
  ListRoutingProfiles: listRoutingProfiles,
  SearchRoutingProfiles: searchRoutingProfiles,
  ListRoutingProfileQueues: listRoutingProfileQueues,
  ListRoutingProfileManualAssignmentQueues: listRoutingProfileManualAssignmentQueues,
  AssociateRoutingProfileQueues: associateRoutingProfileQueues,
  DisassociateRoutingProfileQueues: disassociateRoutingProfileQueues,
  UpdateRoutingProfileQueues: updateRoutingProfileQueues,
  UpdateRoutingProfileConcurrency: updateRoutingProfileConcurrency,
  UpdateRoutingProfileName: updateRoutingProfileName,
  UpdateRoutingProfileDefaultOutboundQueue: updateRoutingProfileDefaultOutboundQueue,
  UpdateRoutingProfileAgentAvailabilityTimer: updateRoutingProfileAgentAvailabilityTimer,
  DeleteRoutingProfile: deleteRoutingProfile,
};
