/**
 * The value a flow passes itself, as the parameter `queuePriority` or `queueTimeAdjustmentSeconds`, checked with
 * the same rules as the construct's. Pure: no I/O.
 *
 * A parameter whose value is the empty string counts as not passed: a flow that sets it from an attribute the
 * contact does not have sends "" and should fall through to the rules.
 */
import { ContactRoutingParameter, FlowLimitsSpec, RoutingActionSpec } from '../../src/private/contact-routing-contract';
import { queuePriorityError, queueTimeAdjustmentSecondsError } from '../../src/private/contact-routing-rules';
import { ruleMessage } from '../../src/private/rule-message';

export type DirectAction =
  | { readonly kind: 'none' }
  | { readonly kind: 'action'; readonly action: RoutingActionSpec }
  | { readonly kind: 'invalid'; readonly reason: string };

/** Decimal whole numbers only: "1.0", "1e3" or "0x10" are not what a flow designer means by a priority. */
const WHOLE_NUMBER = /^[+-]?\d+$/;

/**
 * The action the flow passes, if any, within `limits` (the construct's `bestFlowPriority` and
 * `maxFlowQueueTimeAdjustment`; none when the configuration carries none).
 */
export function directAction(parameters: Readonly<Record<string, string>>, limits?: FlowLimitsSpec): DirectAction {
  const priority = given(parameters[ContactRoutingParameter.PRIORITY]);
  const adjustment = given(parameters[ContactRoutingParameter.QUEUE_TIME_ADJUSTMENT_SECONDS]);
  if (priority !== undefined && adjustment !== undefined) {
    return {
      kind: 'invalid',
      reason: ruleMessage('Details.Parameters', `must hold at most one of \`${ContactRoutingParameter.PRIORITY}\` and `
        + `\`${ContactRoutingParameter.QUEUE_TIME_ADJUSTMENT_SECONDS}\` (Connect takes a priority or an age adjustment, never both)`,
      { [ContactRoutingParameter.PRIORITY]: priority, [ContactRoutingParameter.QUEUE_TIME_ADJUSTMENT_SECONDS]: adjustment }),
    };
  }
  if (priority !== undefined) {
    const prop = `Details.Parameters.${ContactRoutingParameter.PRIORITY}`;
    const value = wholeNumber(priority);
    const error = value === undefined ? queuePriorityError(priority, prop) : queuePriorityError(value, prop);
    if (error !== undefined) return { kind: 'invalid', reason: error };
    if (limits !== undefined && value! < limits.bestQueuePriority) {
      return {
        kind: 'invalid',
        reason: ruleMessage(prop, `must be at least ${limits.bestQueuePriority}, the best priority this function `
        + 'lets a flow pass (`bestFlowPriority`)', value),
      };
    }
    return { kind: 'action', action: { queuePriority: value } };
  }
  if (adjustment !== undefined) {
    const prop = `Details.Parameters.${ContactRoutingParameter.QUEUE_TIME_ADJUSTMENT_SECONDS}`;
    const value = wholeNumber(adjustment);
    const error = value === undefined ? queueTimeAdjustmentSecondsError(adjustment, prop) : queueTimeAdjustmentSecondsError(value, prop);
    if (error !== undefined) return { kind: 'invalid', reason: error };
    if (limits !== undefined && value! > limits.maxQueueTimeAdjustmentSeconds) {
      return {
        kind: 'invalid',
        reason: ruleMessage(prop, `must be at most ${limits.maxQueueTimeAdjustmentSeconds} seconds forward, the most `
        + 'this function lets a flow move a contact (`maxFlowQueueTimeAdjustment`)', value),
      };
    }
    return { kind: 'action', action: { queueTimeAdjustmentSeconds: value } };
  }
  return { kind: 'none' };
}

function given(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

function wholeNumber(text: string): number | undefined {
  return WHOLE_NUMBER.test(text) ? Number(text) : undefined;
}
