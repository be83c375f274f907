/**
 * A pure, strict model of Connect's routing-profile write API, for checking plans without I/O. It applies
 * planned calls to a live state, throws on anything Connect would reject (or that a plan must never do),
 * and records the state after every call.
 */
import { ReadState } from './fixtures';
import {
  Channel,
  CreateRoutingProfileBody,
  MediaConcurrencyBody,
  MediaConcurrency,
  PlannedCall,
  QueueConfig,
  QueuePair,
  QueueReferenceBody,
} from '../../lambda/reconcile';
import { OWNERSHIP_TAG_KEY } from '../../src/private/contract';

export class SimulatedApiError extends Error {
  constructor(operation: string, message: string) {
    super(`${operation}: ${message}`);
  }
}

export interface SimulationResult {
  /** The state after the last call. */
  readonly final: ReadState;
  /** The state before the first call, then after each call. */
  readonly states: readonly ReadState[];
}

const QUEUE_LIMIT = 10;
const TAG_LIMIT = 50;

export const pairKeyOf = (p: QueuePair) => `${p.queue}|${p.channel}`;

/** Applies `calls` in order to `initial`, enforcing per-call limits and a per-kind quota of `quota` pairs. */
export function simulate(initial: ReadState, calls: readonly PlannedCall[], quota: number): SimulationResult {
  const states: ReadState[] = [initial];
  let state = initial;
  for (const call of calls) {
    state = applyCall(state, call, quota);
    states.push(state);
  }
  return { final: state, states };
}

/** What CreateRoutingProfile leaves, with the same checks. */
export function simulateCreate(body: CreateRoutingProfileBody, quota: number): ReadState {
  const op = 'CreateRoutingProfile';
  checkList(op, 'QueueConfigs', body.QueueConfigs, QUEUE_LIMIT);
  checkList(op, 'ManualAssignmentQueueConfigs', body.ManualAssignmentQueueConfigs, QUEUE_LIMIT);
  if (body.Tags !== undefined) checkTags(op, body.Tags);
  const empty: ReadState = {
    name: body.Name,
    description: body.Description,
    defaultOutboundQueue: body.DefaultOutboundQueueId,
    mediaConcurrencies: applyConcurrencies(op, body.MediaConcurrencies),
    queueConfigs: [],
    manualAssignmentQueueConfigs: [],
    agentAvailabilityTimer: body.AgentAvailabilityTimer,
    tags: { ...body.Tags },
  };
  if (body.QueueConfigs === undefined && body.ManualAssignmentQueueConfigs === undefined) return empty;
  return applyCall(empty, {
    operation: 'AssociateRoutingProfileQueues',
    input: { QueueConfigs: body.QueueConfigs, ManualAssignmentQueueConfigs: body.ManualAssignmentQueueConfigs },
  }, quota);
}

function applyCall(state: ReadState, call: PlannedCall, quota: number): ReadState {
  const op = call.operation;
  switch (call.operation) {
    case 'UpdateRoutingProfileName': {
      const { Name, Description } = call.input;
      if (Name === undefined && Description === undefined) throw new SimulatedApiError(op, 'needs Name or Description');
      return { ...state, name: Name ?? state.name, description: Description ?? state.description };
    }
    case 'UpdateRoutingProfileDefaultOutboundQueue':
      return { ...state, defaultOutboundQueue: call.input.DefaultOutboundQueueId };
    case 'UpdateRoutingProfileConcurrency':
      return { ...state, mediaConcurrencies: applyConcurrencies(op, call.input.MediaConcurrencies) };
    case 'UpdateRoutingProfileAgentAvailabilityTimer':
      return { ...state, agentAvailabilityTimer: call.input.AgentAvailabilityTimer };
    case 'AssociateRoutingProfileQueues': {
      const { QueueConfigs, ManualAssignmentQueueConfigs } = call.input;
      if (QueueConfigs === undefined && ManualAssignmentQueueConfigs === undefined) throw new SimulatedApiError(op, 'needs a list');
      checkList(op, 'QueueConfigs', QueueConfigs, QUEUE_LIMIT);
      checkList(op, 'ManualAssignmentQueueConfigs', ManualAssignmentQueueConfigs, QUEUE_LIMIT);
      const standard = new Map(state.queueConfigs.map(c => [pairKeyOf(c), c]));
      for (const c of QueueConfigs ?? []) {
        const config: QueueConfig = { ...fromRef(c.QueueReference), priority: c.Priority, delaySeconds: c.Delay };
        if (standard.has(pairKeyOf(config))) throw new SimulatedApiError(op, `already associated: ${pairKeyOf(config)}`);
        standard.set(pairKeyOf(config), config);
      }
      const manual = new Map(state.manualAssignmentQueueConfigs.map(p => [pairKeyOf(p), p]));
      for (const c of ManualAssignmentQueueConfigs ?? []) {
        const pair = fromRef(c.QueueReference);
        if (manual.has(pairKeyOf(pair))) throw new SimulatedApiError(op, `already associated (manual): ${pairKeyOf(pair)}`);
        manual.set(pairKeyOf(pair), pair);
      }
      if (standard.size > quota) throw new SimulatedApiError(op, `quota exceeded: ${standard.size} > ${quota} queue pairs`);
      if (manual.size > quota) throw new SimulatedApiError(op, `quota exceeded: ${manual.size} > ${quota} manual pairs`);
      return { ...state, queueConfigs: [...standard.values()], manualAssignmentQueueConfigs: [...manual.values()] };
    }
    case 'UpdateRoutingProfileQueues': {
      checkList(op, 'QueueConfigs', call.input.QueueConfigs, QUEUE_LIMIT);
      const standard = new Map(state.queueConfigs.map(c => [pairKeyOf(c), c]));
      const seen = new Set<string>();
      for (const c of call.input.QueueConfigs) {
        const key = pairKeyOf(fromRef(c.QueueReference));
        if (!standard.has(key)) throw new SimulatedApiError(op, `not associated: ${key}`);
        if (seen.has(key)) throw new SimulatedApiError(op, `listed twice: ${key}`);
        seen.add(key);
        standard.set(key, { ...fromRef(c.QueueReference), priority: c.Priority, delaySeconds: c.Delay });
      }
      return { ...state, queueConfigs: [...standard.values()] };
    }
    case 'DisassociateRoutingProfileQueues': {
      const { QueueReferences, ManualAssignmentQueueReferences } = call.input;
      if (QueueReferences === undefined && ManualAssignmentQueueReferences === undefined) throw new SimulatedApiError(op, 'needs a list');
      checkList(op, 'QueueReferences', QueueReferences, QUEUE_LIMIT);
      checkList(op, 'ManualAssignmentQueueReferences', ManualAssignmentQueueReferences, QUEUE_LIMIT);
      return {
        ...state,
        queueConfigs: removePairs(op, state.queueConfigs, QueueReferences ?? []),
        manualAssignmentQueueConfigs: removePairs(op, state.manualAssignmentQueueConfigs, ManualAssignmentQueueReferences ?? []),
      };
    }
    case 'TagResource':
      checkTags(op, call.input.tags);
      return { ...state, tags: { ...state.tags, ...call.input.tags } };
    case 'UntagResource': {
      checkList(op, 'tagKeys', call.input.tagKeys, TAG_LIMIT);
      const tags = { ...state.tags };
      for (const key of call.input.tagKeys) {
        if (key.startsWith('aws:')) throw new SimulatedApiError(op, `reserved key: ${key}`);
        if (key === OWNERSHIP_TAG_KEY) throw new SimulatedApiError(op, 'a plan must never remove the ownership tag');
        delete tags[key];
      }
      return { ...state, tags };
    }
  }
}

/**
 * Connect replaces the whole list and reports the behaviour it applied (its default when none is sent). A channel
 * uses a channel-level concurrency or (TASK and EMAIL) workload types, not both; workload types are kept as sent.
 */
function applyConcurrencies(op: string, list: readonly MediaConcurrencyBody[]): MediaConcurrency[] {
  const channels = new Set<Channel>();
  return list.map(m => {
    if (channels.has(m.Channel)) throw new SimulatedApiError(op, `channel twice: ${m.Channel}`);
    channels.add(m.Channel);
    const workloadTypes = m.WorkloadTypeConcurrencies;
    if (workloadTypes === undefined && m.Concurrency === undefined) throw new SimulatedApiError(op, `${m.Channel} has no concurrency`);
    if (workloadTypes !== undefined && (m.Concurrency ?? 0) !== 0) throw new SimulatedApiError(op, `${m.Channel} has both models`);
    if (workloadTypes !== undefined && m.Channel !== 'TASK' && m.Channel !== 'EMAIL') throw new SimulatedApiError(op, `workload types on ${m.Channel}`);
    return {
      channel: m.Channel,
      ...(m.Concurrency !== undefined ? { concurrency: m.Concurrency } : {}),
      crossChannelBehavior: m.CrossChannelBehavior?.BehaviorType ?? 'ROUTE_CURRENT_CHANNEL_ONLY',
      ...(workloadTypes !== undefined ? {
        workloadTypeConcurrencies: workloadTypes.map(w => ({
          workloadType: w.WorkloadType,
          concurrency: w.Concurrency,
          ...(w.CrossChannelWorkloadBehavior?.ChannelWorkloadBehaviorType
            ? { crossChannelWorkloadBehavior: w.CrossChannelWorkloadBehavior.ChannelWorkloadBehaviorType } : {}),
        })),
      } : {}),
    };
  });
}

function removePairs<T extends QueuePair>(op: string, from: readonly T[], refs: readonly QueueReferenceBody[]): T[] {
  const byKey = new Map(from.map(p => [pairKeyOf(p), p]));
  for (const ref of refs) {
    const key = pairKeyOf(fromRef(ref));
    if (!byKey.delete(key)) throw new SimulatedApiError(op, `not associated: ${key}`);
  }
  return [...byKey.values()];
}

function checkList(op: string, member: string, list: readonly unknown[] | undefined, max: number): void {
  if (list === undefined) return;
  if (list.length < 1 || list.length > max) throw new SimulatedApiError(op, `${member} must hold 1..${max} items, got ${list.length}`);
}

function checkTags(op: string, tags: Readonly<Record<string, string>>): void {
  const keys = Object.keys(tags);
  checkList(op, 'tags', keys, TAG_LIMIT);
  const reserved = keys.find(k => k.startsWith('aws:'));
  if (reserved !== undefined) throw new SimulatedApiError(op, `reserved key: ${reserved}`);
}

function fromRef(ref: QueueReferenceBody): QueuePair {
  return { queue: ref.QueueId, channel: ref.Channel };
}
