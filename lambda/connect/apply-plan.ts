import {
  AssociateRoutingProfileQueuesCommand,
  DisassociateRoutingProfileQueuesCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateRoutingProfileAgentAvailabilityTimerCommand,
  UpdateRoutingProfileConcurrencyCommand,
  UpdateRoutingProfileDefaultOutboundQueueCommand,
  UpdateRoutingProfileNameCommand,
  UpdateRoutingProfileQueuesCommand,
} from '@aws-sdk/client-connect';
import { sendWithChannelConcurrencyFallback } from './channel-concurrency-fallback';
import { ConnectApi } from './connect-api';
import type { PlannedCall } from '../reconcile/types';

/** The profile a plan is applied to. */
export interface ProfileTarget {
  readonly instanceId: string;
  readonly routingProfileId: string;
  readonly routingProfileArn: string;
}

/**
 * Sends a plan's calls in order, one at a time: the planner's order is what keeps every kept queue pair
 * present and the quota respected, so calls are never reordered or run in parallel. Each call is retried on
 * throttling; a call that fails for good stops the plan, and the next reconcile starts from the live state.
 */
export async function applyPlan(api: ConnectApi, target: ProfileTarget, plan: readonly PlannedCall[]): Promise<void> {
  for (const call of plan) {
    await applyCall(api, target, call);
  }
}

async function applyCall(api: ConnectApi, target: ProfileTarget, call: PlannedCall): Promise<void> {
  const ids = { InstanceId: target.instanceId, RoutingProfileId: target.routingProfileId };
  const op = call.operation;
  switch (call.operation) {
    case 'UpdateRoutingProfileName':
      await api.write(op, (c) => c.send(new UpdateRoutingProfileNameCommand({ ...ids, ...call.input })));
      return;
    case 'UpdateRoutingProfileDefaultOutboundQueue':
      await api.write(op, (c) => c.send(new UpdateRoutingProfileDefaultOutboundQueueCommand({ ...ids, ...call.input })));
      return;
    case 'UpdateRoutingProfileConcurrency':
      await sendWithChannelConcurrencyFallback(call.input.MediaConcurrencies, (list) => api.write(op, (c) => c.send(
        new UpdateRoutingProfileConcurrencyCommand({ ...ids, MediaConcurrencies: list.map((m) => ({ ...m })) }))));
      return;
    case 'UpdateRoutingProfileAgentAvailabilityTimer':
      await api.write(op, (c) => c.send(new UpdateRoutingProfileAgentAvailabilityTimerCommand({ ...ids, ...call.input })));
      return;
    case 'AssociateRoutingProfileQueues':
      await api.write(op, (c) => c.send(new AssociateRoutingProfileQueuesCommand({
        ...ids,
        QueueConfigs: call.input.QueueConfigs?.map((q) => ({ ...q })),
        ManualAssignmentQueueConfigs: call.input.ManualAssignmentQueueConfigs?.map((q) => ({ ...q })),
      })));
      return;
    case 'UpdateRoutingProfileQueues':
      await api.write(op, (c) => c.send(new UpdateRoutingProfileQueuesCommand({
        ...ids,
        QueueConfigs: call.input.QueueConfigs.map((q) => ({ ...q })),
      })));
      return;
    case 'DisassociateRoutingProfileQueues':
      await api.write(op, (c) => c.send(new DisassociateRoutingProfileQueuesCommand({
        ...ids,
        QueueReferences: call.input.QueueReferences?.map((q) => ({ ...q })),
        ManualAssignmentQueueReferences: call.input.ManualAssignmentQueueReferences?.map((q) => ({ ...q })),
      })));
      return;
    case 'TagResource':
      await api.write(op, (c) => c.send(new TagResourceCommand({ resourceArn: target.routingProfileArn, tags: { ...call.input.tags } })));
      return;
    case 'UntagResource':
      await api.write(op, (c) => c.send(new UntagResourceCommand({ resourceArn: target.routingProfileArn, tagKeys: [...call.input.tagKeys] })));
      return;
  }
}
