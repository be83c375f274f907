/**
 * A plan's differences and calls in people's terms: queues by name with their channel, old → new, seconds as
 * seconds. Pure: the queue names come with the plan.
 */
import type { PlannedCallView } from './resource-plan';
import type { FieldDifference } from '../../lambda/reconcile/differences';
import { compareStrings } from '../../lambda/reconcile/order';
import type {
  AssociateRoutingProfileQueuesBody, CreateRoutingProfileBody, DisassociateRoutingProfileQueuesBody, MediaConcurrencyBody, QueueConfigBody,
  QueueReferenceBody, UpdateRoutingProfileQueuesBody,
} from '../../lambda/reconcile/types';

type Names = Readonly<Record<string, string>>;

const QUEUE_FIELD = /^(queueConfigs|manualAssignmentQueueConfigs)\[([^/\]]+)\/([^\]]+)\](?:\.(priority|delay))?$/;
const CHANNEL_FIELD = /^mediaConcurrencies\[([^\]]+)\](?:\.workloadTypeConcurrencies\[(.+)\])?(?:\.(concurrency|crossChannelBehavior|crossChannelWorkloadBehavior))?$/;

/**
 * The differences in the order people read them: the queue pairs of a list by queue name rather than by queue id,
 * so the lines keep their order from one instance to another (queue ids differ). Everything else keeps its place.
 */
export function inReadingOrder(differences: readonly FieldDifference[], names: Names): FieldDifference[] {
  const firstOfList = new Map<string, number>();
  const keyed = differences.map((d, index) => {
    const queue = QUEUE_FIELD.exec(d.field);
    if (!queue) return { d, place: index, pair: '' };
    const [, list, queueId, channel] = queue;
    if (!firstOfList.has(list)) firstOfList.set(list, index);
    return { d, place: firstOfList.get(list)!, pair: `${names[queueId] ?? queueId}\u0000${channel}` };
  });
  // Array.prototype.sort is stable: a pair's priority and delay keep their order.
  return keyed.sort((a, b) => a.place - b.place || compareStrings(a.pair, b.pair)).map(({ d }) => d);
}

/** One difference as a line: what, then live → declared. */
export function describeDifference(d: FieldDifference, names: Names): string {
  const queue = QUEUE_FIELD.exec(d.field);
  if (queue) {
    const [, list, queueId, channel, member] = queue;
    const pair = `${names[queueId] ?? queueId} ${channel}${list === 'manualAssignmentQueueConfigs' ? ' (manual assignment)' : ''}`;
    if (member === 'priority') return `~ ${pair} priority: ${d.actual} → ${d.expected}`;
    if (member === 'delay') return `~ ${pair} delay: ${d.actual} s → ${d.expected} s`;
    if (d.actual === null) return `+ ${pair}${list === 'queueConfigs' ? `: ${routing(d.expected)}` : ''}`;
    return `- ${pair}${list === 'queueConfigs' ? ` (was ${routing(d.actual)})` : ''}`;
  }
  const channel = CHANNEL_FIELD.exec(d.field);
  if (channel) {
    const [, name, workloadType, member] = channel;
    const what = `${name}${workloadType !== undefined ? ` workload type ${workloadType}` : ''}`;
    if (member === undefined) {
      if (d.actual === null) return `+ ${what}: ${concurrencyValue(d.expected)}`;
      if (d.expected === null) return `- ${what} (was ${concurrencyValue(d.actual)})`;
    } else {
      const label = member === 'concurrency' ? 'concurrency' : 'cross-channel behaviour';
      return `~ ${what} ${label}: ${shown(d.actual)} → ${shown(d.expected)}`;
    }
  }
  if (d.field.startsWith('tags.')) {
    const key = d.field.slice('tags.'.length);
    if (d.actual === null) return `+ tag ${key} = ${shown(d.expected)}`;
    if (d.expected === null) return `- tag ${key} (was ${shown(d.actual)})`;
    return `~ tag ${key}: ${shown(d.actual)} → ${shown(d.expected)}`;
  }
  const label = ({
    name: 'name',
    description: 'description',
    defaultOutboundQueueId: 'default outbound queue',
    agentAvailabilityTimer: 'agent availability timer',
  } as Record<string, string>)[d.field] ?? d.field;
  const value = (v: unknown) => (d.field === 'defaultOutboundQueueId' && typeof v === 'string' ? names[v] ?? v : shown(v));
  return `~ ${label}: ${value(d.actual)} → ${value(d.expected)}`;
}

/** One call as a line: the operation, then what it carries (a queue's channels together when their routing is the same). */
export function describeCall(call: PlannedCallView, names: Names): string {
  const input = call.input as Record<string, unknown>;
  const nameOf = (id: string) => names[id] ?? id;
  const routed = (list: readonly QueueConfigBody[] | undefined) => pairs((list ?? []).map((q) => ({
    queue: nameOf(q.QueueReference.QueueId), channel: q.QueueReference.Channel, routing: `priority ${q.Priority}, delay ${q.Delay} s`,
  })));
  const manual = (list: ReadonlyArray<{ QueueReference: QueueReferenceBody }> | undefined) =>
    pairs((list ?? []).map((q) => ({ queue: nameOf(q.QueueReference.QueueId), channel: q.QueueReference.Channel })), ' manual-assignment');
  const references = (list: readonly QueueReferenceBody[] | undefined, kind = '') =>
    pairs((list ?? []).map((q) => ({ queue: nameOf(q.QueueId), channel: q.Channel })), kind);
  let detail: string[];
  switch (call.operation) {
    case 'CreateRoutingProfile': {
      const body = input as unknown as CreateRoutingProfileBody;
      detail = [shown(body.Name), concurrencies(body.MediaConcurrencies), ...routed(body.QueueConfigs), ...manual(body.ManualAssignmentQueueConfigs),
        ...(body.AgentAvailabilityTimer ? [`timer ${body.AgentAvailabilityTimer}`] : []),
        ...(body.Tags ? [`tags ${Object.keys(body.Tags).join(', ')}`] : [])];
      break;
    }
    case 'UpdateRoutingProfileConcurrency': detail = [concurrencies(input.MediaConcurrencies as MediaConcurrencyBody[])]; break;
    case 'UpdateRoutingProfileDefaultOutboundQueue': detail = [nameOf(String(input.DefaultOutboundQueueId))]; break;
    case 'AssociateRoutingProfileQueues': {
      const body = input as AssociateRoutingProfileQueuesBody;
      detail = [...routed(body.QueueConfigs), ...manual(body.ManualAssignmentQueueConfigs)];
      break;
    }
    case 'UpdateRoutingProfileQueues': detail = routed((input as unknown as UpdateRoutingProfileQueuesBody).QueueConfigs); break;
    case 'DisassociateRoutingProfileQueues': {
      const body = input as DisassociateRoutingProfileQueuesBody;
      detail = [...references(body.QueueReferences), ...references(body.ManualAssignmentQueueReferences, ' manual-assignment')];
      break;
    }
    case 'TagResource': detail = [Object.entries(input.tags as Record<string, string>).map(([k, v]) => `${k}=${shown(v)}`).join(', ')]; break;
    case 'UntagResource': detail = [(input.tagKeys as string[]).join(', ')]; break;
    default: detail = Object.entries(input).map(([key, value]) => `${key} ${shown(value)}`);
  }
  return `${call.operation}  ${detail.join('; ')}`;
}

/** `3 pairs: Returns CHAT+VOICE (priority 2, delay 0 s), VIP VOICE (…)`; nothing for none. */
function pairs(list: ReadonlyArray<{ queue: string; channel: string; routing?: string }>, kind = ''): string[] {
  if (list.length === 0) return [];
  const groups = new Map<string, { queue: string; channels: string[]; routing?: string }>();
  for (const pair of list) {
    const key = `${pair.queue}\u0000${pair.routing ?? ''}`;
    const group = groups.get(key) ?? { queue: pair.queue, channels: [], routing: pair.routing };
    group.channels.push(pair.channel);
    groups.set(key, group);
  }
  // By name, not by the call's queue-id order, which differs from one instance to another.
  const shownGroups = [...groups.values()].sort((a, b) => compareStrings(a.queue, b.queue)).map((g) => `${g.queue} ${g.channels.join('+')}${g.routing ? ` (${g.routing})` : ''}`);
  return [`${list.length}${kind} pair${list.length === 1 ? '' : 's'}: ${shownGroups.join(', ')}`];
}

/** A concurrency list: `VOICE 1, CHAT 3 (ROUTE_ANY_CHANNEL), TASK billing 3 + returns 2`. */
function concurrencies(list: readonly MediaConcurrencyBody[]): string {
  return list.map((m) => {
    const model = m.WorkloadTypeConcurrencies?.map((w) => `${w.WorkloadType} ${w.Concurrency}`).join(' + ') ?? String(m.Concurrency);
    return `${m.Channel} ${model}${m.CrossChannelBehavior ? ` (${m.CrossChannelBehavior.BehaviorType})` : ''}`;
  }).join(', ');
}

function routing(value: unknown): string {
  const v = value as { priority?: number; delay?: number };
  return `priority ${v.priority}, delay ${v.delay} s`;
}

function concurrencyValue(value: unknown): string {
  const v = value as {
    concurrency?: number | null; crossChannelBehavior?: string; workloadTypeConcurrencies?: Array<{ workloadType: string; concurrency: number }>;
  };
  const model = v.workloadTypeConcurrencies?.map((w) => `${w.workloadType} ${w.concurrency}`).join(' + ') ?? `concurrency ${v.concurrency}`;
  return `${model}${v.crossChannelBehavior ? ` (${v.crossChannelBehavior})` : ''}`;
}

function shown(value: unknown): string {
  return value === null ? '(none)' : JSON.stringify(value);
}
