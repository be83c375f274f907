import { ContactRoutingAction } from './contact-routing-action';
import { RoutingCondition } from './routing-condition';

/**
 * A rule of a `ContactRoutingFunction`: when every condition holds, set the contact's priority or queue time
 * adjustment. Rules are tried in order and the first that matches wins.
 */
export interface ContactRoutingRule extends ContactRoutingAction {
  /**
   * The rule's name, returned to the flow as `$.External.rule` when it matches: 1 to 64 letters, digits, spaces or
   * `_ . : -`, unique among the function's rules, and neither `default` nor `parameter`.
   */
  readonly name: string;

  /**
   * What must all hold for the rule to match: at least one condition. For an action that applies when no rule
   * matches, use the function's `defaultAction`.
   */
  readonly conditions: RoutingCondition[];
}
