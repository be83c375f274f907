/**
 * The flat string map a flow reads as `$.External.<key>`: Connect's `STRING_MAP` response validation takes string
 * values only, so every value is a string and keys without a value are left out.
 */
import {
  ContactRoutingOutcome,
  ContactRoutingResultKey,
  RoutingActionSpec,
} from '../../src/private/contact-routing-contract';

export type FlowResult = Record<string, string>;

/**
 * Longest reason returned: it ends up in a contact attribute if the flow saves it, and attributes share a
 * 32 KB budget per contact.
 */
const MAX_REASON_CHARACTERS = 1_000;

export function flowResult(outcome: ContactRoutingOutcome, details: {
  readonly rule?: string;
  readonly action?: RoutingActionSpec;
  readonly reason?: string;
} = {}): FlowResult {
  const result: FlowResult = { [ContactRoutingResultKey.OUTCOME]: outcome };
  if (details.rule !== undefined) result[ContactRoutingResultKey.RULE] = details.rule;
  if (details.action?.queuePriority !== undefined) {
    result[ContactRoutingResultKey.QUEUE_PRIORITY] = String(details.action.queuePriority);
  }
  if (details.action?.queueTimeAdjustmentSeconds !== undefined) {
    result[ContactRoutingResultKey.QUEUE_TIME_ADJUSTMENT_SECONDS] = String(details.action.queueTimeAdjustmentSeconds);
  }
  if (details.reason !== undefined) {
    result[ContactRoutingResultKey.REASON] = details.reason.length > MAX_REASON_CHARACTERS
      ? `${details.reason.slice(0, MAX_REASON_CHARACTERS)}…` : details.reason;
  }
  return result;
}
