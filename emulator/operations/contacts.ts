/**
 * UpdateContactRoutingData and the routing order it changes. Per queue, waiting contacts are routed by
 * QueuePriority ascending (lower first; default 5), then by effective enqueue time ascending, where the
 * effective time is the enqueue time minus QueueTimeAdjustmentSeconds (a positive adjustment makes the
 * contact look older, so it moves forward).
 * https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateContactRoutingData.html
 */
import { OperationHandler } from './context';
import { ConnectError, invalidParameter } from '../http/errors';
import { ContactRecord, InstanceRecord } from '../state/types';

export interface QueuedContactView {
  readonly position: number;
  readonly contactId: string;
  readonly channel: string;
  readonly priority: number;
  /** Epoch seconds. */
  readonly enqueuedAt: number;
  readonly queueTimeAdjustmentSeconds: number;
  /** enqueuedAt − queueTimeAdjustmentSeconds: what the routing order compares. */
  readonly effectiveEnqueuedAt: number;
}

export function routingOrder(instance: InstanceRecord, queueId: string): QueuedContactView[] {
  return [...instance.contacts.values()]
    .filter((c) => c.queueId === queueId && c.state === 'QUEUED')
    .map((c) => ({ c, effective: c.enqueuedAt - c.queueTimeAdjustmentSeconds }))
    .sort((a, b) => a.c.priority - b.c.priority || a.effective - b.effective)
    .map(({ c, effective }, index) => view(c, effective, index + 1));
}

function view(c: ContactRecord, effective: number, position: number): QueuedContactView {
  return {
    position,
    contactId: c.id,
    channel: c.channel,
    priority: c.priority,
    enqueuedAt: c.enqueuedAt,
    queueTimeAdjustmentSeconds: c.queueTimeAdjustmentSeconds,
    effectiveEnqueuedAt: effective,
  };
}

/** The range of a Smithy `integer`. */
const INT32 = { min: -2_147_483_648, max: 2_147_483_647 } as const;

const updateContactRoutingData: OperationHandler = (ctx, input) => {
  const hasPriority = input.QueuePriority !== undefined;
  const hasAge = input.QueueTimeAdjustmentSeconds !== undefined;
  // The docs: "Either QueuePriority or QueueTimeAdjustmentInSeconds should be provided ..., but not both."
  if (hasPriority && hasAge) {
    throw invalidParameter('Provide either QueuePriority or QueueTimeAdjustmentSeconds, not both');
  }
  if (!hasPriority && !hasAge && input.RoutingCriteria === undefined) {
    throw invalidParameter('Provide one of QueuePriority, QueueTimeAdjustmentSeconds or RoutingCriteria');
  }
  // The model gives no range trait, but a Smithy `integer` is 32-bit: AWS cannot read a larger value.
  if (hasAge && (input.QueueTimeAdjustmentSeconds < INT32.min || input.QueueTimeAdjustmentSeconds > INT32.max)) {
    throw invalidParameter(`1 validation error detected: Value '${input.QueueTimeAdjustmentSeconds}' at 'QueueTimeAdjustmentSeconds' `
      + `failed to satisfy constraint: Member must be a 32-bit integer (${INT32.min} to ${INT32.max})`);
  }
  const instance = ctx.store.instance(input.InstanceId);
  const contact = ctx.store.contact(instance, input.ContactId);
  if (contact.state !== 'QUEUED') {
    throw new ConnectError('ResourceConflictException',
      `Contact ${contact.id} is not waiting in a queue (state ${contact.state}); its routing data can no longer change`);
  }
  if (hasPriority) contact.priority = input.QueuePriority;
  // The adjustment is relative to the real enqueue time, so repeating the same call is idempotent.
  if (hasAge) contact.queueTimeAdjustmentSeconds = input.QueueTimeAdjustmentSeconds;
  if (input.RoutingCriteria !== undefined) contact.routingCriteria = structuredClone(input.RoutingCriteria);
  return {};
};

export const CONTACT_OPERATIONS: Record<string, OperationHandler> = {
  UpdateContactRoutingData: updateContactRoutingData,
};
