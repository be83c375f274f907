import { InvalidSpecError, ParsedSpec } from './parse-spec';
import * as rules from '../../src/private/rules';
import { QueueResolver } from '../connect/resolve-queues';
import type { DesiredProfile } from '../reconcile/types';

/**
 * Turns a parsed spec into the planner's desired state by resolving every queue reference to a queue id.
 * Duplicates are checked again on the resolved ids: `BasicQueue` by name and the same queue by ARN are one pair.
 * Reads only; a failure here leaves Connect untouched.
 */
export async function resolveDesired(spec: ParsedSpec, queues: QueueResolver): Promise<DesiredProfile> {
  const defaultOutboundQueueId = await queues.resolve(spec.defaultOutboundQueue, 'defaultOutboundQueue');

  const queueConfigs = spec.queueConfigs === undefined ? undefined : await Promise.all(spec.queueConfigs.map(
    async (q, i) => ({ ...q, queueId: await queues.resolve(q.queue, `queueConfigs[${i}].queue`) })));
  const manualAssignmentQueues = spec.manualAssignmentQueues === undefined ? undefined : await Promise.all(spec.manualAssignmentQueues.map(
    async (q, i) => ({ ...q, queueId: await queues.resolve(q.queue, `manualAssignmentQueueConfigs[${i}].queue`) })));

  const problems = [
    ...rules.queueConfigsErrors(
      (queueConfigs ?? []).map((q) => ({ queue: { Id: q.queueId }, channel: q.channel, priority: q.priority, delaySeconds: q.delay })),
      undefined, spec.maxQueuePairs),
    ...rules.manualAssignmentQueueConfigsErrors(
      (manualAssignmentQueues ?? []).map((q) => ({ queue: { Id: q.queueId }, channel: q.channel })),
      spec.maxQueuePairs, { prop: 'manualAssignmentQueueConfigs' }),
  ];
  if (problems.length > 0) throw new InvalidSpecError(problems);

  return {
    name: spec.name,
    description: spec.description,
    defaultOutboundQueueId,
    mediaConcurrencies: spec.mediaConcurrencies,
    queueConfigs: queueConfigs?.map(({ queueId, channel, priority, delay }) => ({ queueId, channel, priority, delay })),
    manualAssignmentQueues: manualAssignmentQueues?.map(({ queueId, channel }) => ({ queueId, channel })),
    agentAvailabilityTimer: spec.agentAvailabilityTimer,
    tags: spec.tags,
    maxQueuePairs: spec.maxQueuePairs,
  };
}
