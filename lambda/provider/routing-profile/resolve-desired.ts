import { QueueRefSpec } from '../../../src/private/contract';
import { queueIdKey } from '../../../src/private/queue-ref-spec';
import { duplicateQueuePairErrors } from '../../../src/private/rules';
import { QueueResolver } from '../../connect/resolve-queues';
import type { DesiredProfile, ManualAssignmentQueueConfig } from '../../reconcile/types';
import { InvalidSpecError } from '../result';

/**
 * The declared profile with every queue reference resolved to a queue id, what the planner compares.
 * Duplicates are checked again on the resolved ids: `BasicQueue` by name and the same queue by ARN are one pair.
 * Reads only; a failure here leaves Connect untouched.
 */
export async function resolveDesired(desired: DesiredProfile<QueueRefSpec>, queues: QueueResolver): Promise<DesiredProfile> {
  const resolved: DesiredProfile = {
    ...desired,
    defaultOutboundQueue: await queues.resolve(desired.defaultOutboundQueue, 'defaultOutboundQueue'),
    queueConfigs: desired.queueConfigs && await Promise.all(desired.queueConfigs.map(
      async (q, i) => ({ ...q, queue: await queues.resolve(q.queue, `queueConfigs[${i}].queue`) }))),
    manualAssignmentQueueConfigs: desired.manualAssignmentQueueConfigs && await Promise.all(desired.manualAssignmentQueueConfigs.map(
      async (q, i) => ({ ...q, queue: await queues.resolve(q.queue, `manualAssignmentQueueConfigs[${i}].queue`) }))),
  };
  const problems = [
    ...duplicateQueuePairErrors(comparable(resolved.queueConfigs), 'queueConfigs'),
    ...duplicateQueuePairErrors(comparable(resolved.manualAssignmentQueueConfigs), 'manualAssignmentQueueConfigs'),
  ];
  if (problems.length > 0) throw new InvalidSpecError(problems);
  return resolved;
}

function comparable(configs: readonly ManualAssignmentQueueConfig[] | undefined) {
  return (configs ?? []).map((q) => ({ queueKey: queueIdKey(q.queue), channel: q.channel }));
}
