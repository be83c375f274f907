/**
 * The validation rules of contact-routing rules and actions, as pure functions over plain data. The construct
 * applies them at synth time (skipping unresolved tokens); the handler applies them to its configuration at cold
 * start and to the values a flow passes, before any Connect call. So no aws-cdk-lib import here.
 *
 * Same style as `rules.ts`: a rule over one value returns the message or `undefined`; a rule over a list returns
 * every message. Messages read "`<prop>` <rule>, got: <value>".
 *
 * Limits: QueuePriority is a `long` of at least 1, QueueTimeAdjustmentSeconds an `integer` (32-bit, either sign);
 * exactly one of the two per call.
 * https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateContactRoutingData.html
 */
import {
  ConditionSource,
  ConditionTest,
  CONTACT_ROUTING_CONFIG_VERSION,
  DEFAULT_RULE_NAME,
  PARAMETER_RULE_NAME,
  ContactRoutingParameter,
  FlowLimitsSpec,
  RoutingActionSpec,
  RoutingConditionSpec,
} from './contact-routing-contract';
import { ruleMessage } from './rule-message';
import { queueRefSpecError, RuleResult } from './rules';

/** QueuePriority: at least 1 (routed first); the model's upper bound is past JavaScript's exact integers. */
export const QUEUE_PRIORITY_RANGE = { min: 1, max: Number.MAX_SAFE_INTEGER } as const;
/** QueueTimeAdjustmentSeconds: a Smithy `integer`, so a signed 32-bit number. */
export const QUEUE_TIME_ADJUSTMENT_RANGE = { min: -2_147_483_648, max: 2_147_483_647 } as const;
/** Rule names travel back to the flow in `rule`: short, and plain enough to compare in a flow. */
export const RULE_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9 _.:-]{0,63}$/;
/** Attribute and parameter names: 1 to 256 characters. */
export const CONDITION_KEY_LENGTH = { min: 1, max: 256 } as const;

const ENUM_VALUE_PATTERN = /^[A-Z][A-Z0-9_]*$/;
const RESERVED_RULE_NAMES: readonly string[] = [DEFAULT_RULE_NAME, PARAMETER_RULE_NAME];
const RESERVED_PARAMETERS: readonly string[] = Object.values(ContactRoutingParameter);
const NEVER_UNRESOLVED = (): boolean => false;

function isWholeNumberIn(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** A queue priority: a whole number of at least 1 (Connect's default is 5; lower routes first). */
export function queuePriorityError(value: unknown, prop = 'priority'): RuleResult {
  return isWholeNumberIn(value, QUEUE_PRIORITY_RANGE.min, QUEUE_PRIORITY_RANGE.max)
    ? undefined
    : ruleMessage(prop, `must be a whole number from ${QUEUE_PRIORITY_RANGE.min} to ${QUEUE_PRIORITY_RANGE.max} `
      + '(1 routes first; a new contact has 5)', value);
}

/** A queue time adjustment: whole seconds within Connect's 32-bit integer, positive or negative. */
export function queueTimeAdjustmentSecondsError(value: unknown, prop = 'queueTimeAdjustment'): RuleResult {
  return isWholeNumberIn(value, QUEUE_TIME_ADJUSTMENT_RANGE.min, QUEUE_TIME_ADJUSTMENT_RANGE.max)
    ? undefined
    : ruleMessage(prop, `must be a whole number of seconds from ${QUEUE_TIME_ADJUSTMENT_RANGE.min} to `
      + `${QUEUE_TIME_ADJUSTMENT_RANGE.max}`, value);
}

/** A bound on the forward adjustments a flow may pass: whole seconds from 0 to Connect's largest. */
export function maxQueueTimeAdjustmentSecondsError(value: unknown, prop = 'maxFlowQueueTimeAdjustment'): RuleResult {
  return isWholeNumberIn(value, 0, QUEUE_TIME_ADJUSTMENT_RANGE.max)
    ? undefined
    : ruleMessage(prop, `must be a whole number of seconds from 0 to ${QUEUE_TIME_ADJUSTMENT_RANGE.max}`, value);
}

/** The bounds on what a flow passes: a valid best priority and a valid largest forward adjustment. */
export function flowLimitsErrors(
  limits: Partial<FlowLimitsSpec>, names: { readonly priority: string; readonly adjustment: string },
  isUnresolved: (value: unknown) => boolean = NEVER_UNRESOLVED,
): string[] {
  return compact([
    isUnresolved(limits.bestQueuePriority) ? undefined : queuePriorityError(limits.bestQueuePriority, names.priority),
    isUnresolved(limits.maxQueueTimeAdjustmentSeconds) ? undefined
      : maxQueueTimeAdjustmentSecondsError(limits.maxQueueTimeAdjustmentSeconds, names.adjustment),
  ]);
}

/** How the two members of an action are called in messages. */
export interface ActionMemberNames {
  readonly priority: string;
  readonly adjustment: string;
}
/** The construct's prop names. */
export const CONSTRUCT_MEMBER_NAMES: ActionMemberNames = { priority: 'priority', adjustment: 'queueTimeAdjustment' };
/** The configuration's member names. */
export const CONFIG_MEMBER_NAMES: ActionMemberNames = { priority: 'queuePriority', adjustment: 'queueTimeAdjustmentSeconds' };

/**
 * An action: exactly one of a priority and a queue time adjustment, that one valid.
 *
 * @param names how the two members are called in the messages (the construct's prop names by default)
 */
export function actionErrors(
  action: RoutingActionSpec,
  prop: string,
  isUnresolved: (value: unknown) => boolean = NEVER_UNRESOLVED,
  names: ActionMemberNames = CONSTRUCT_MEMBER_NAMES,
): string[] {
  const hasPriority = action.queuePriority !== undefined;
  const hasAdjustment = action.queueTimeAdjustmentSeconds !== undefined;
  if (hasPriority === hasAdjustment) {
    return [ruleMessage(prop, `must set exactly one of \`${names.priority}\` and \`${names.adjustment}\` `
      + '(Connect takes a priority or an age adjustment, never both)',
    { [names.priority]: action.queuePriority, [names.adjustment]: action.queueTimeAdjustmentSeconds })];
  }
  if (hasPriority) {
    return isUnresolved(action.queuePriority) ? [] : compact([queuePriorityError(action.queuePriority, `${prop}.${names.priority}`)]);
  }
  return isUnresolved(action.queueTimeAdjustmentSeconds) ? []
    : compact([queueTimeAdjustmentSecondsError(action.queueTimeAdjustmentSeconds, `${prop}.${names.adjustment}`)]);
}

/** A rule's name: 1 to 64 letters, digits, spaces and `_ . : -`, starting with a letter or digit, not reserved. */
export function ruleNameError(value: unknown, prop = 'name'): RuleResult {
  if (typeof value !== 'string' || !RULE_NAME_PATTERN.test(value)) {
    return ruleMessage(prop, 'must be 1 to 64 letters, digits, spaces or the characters _ . : -, starting with a letter or digit', value);
  }
  if (RESERVED_RULE_NAMES.includes(value)) {
    return ruleMessage(prop, `must not be ${RESERVED_RULE_NAMES.map((n) => JSON.stringify(n)).join(' or ')}, which the `
      + 'result uses for the default action and for values passed by the flow', value);
  }
  return undefined;
}

/** The name of a contact attribute or flow parameter a condition reads: 1 to 256 characters. */
export function conditionKeyError(value: unknown, source: string, prop = 'key'): RuleResult {
  if (typeof value !== 'string' || Array.from(value).length < CONDITION_KEY_LENGTH.min
    || Array.from(value).length > CONDITION_KEY_LENGTH.max) {
    return ruleMessage(prop, `must be the name of ${source === ConditionSource.PARAMETER ? 'a flow parameter' : 'a contact attribute'}, `
      + `${CONDITION_KEY_LENGTH.min} to ${CONDITION_KEY_LENGTH.max} characters long`, value);
  }
  if (source === ConditionSource.PARAMETER && RESERVED_PARAMETERS.includes(value)) {
    return ruleMessage(prop, `must not be ${RESERVED_PARAMETERS.map((n) => JSON.stringify(n)).join(' or ')}, the parameters `
      + 'through which a flow passes the value itself', value);
  }
  return undefined;
}

/** One condition, whatever it looks at. A member for which `isUnresolved` returns true is not checked. */
export function conditionErrors(
  condition: RoutingConditionSpec, prop: string, isUnresolved: (value: unknown) => boolean = NEVER_UNRESOLVED): string[] {
  if (typeof condition !== 'object' || condition === null) {
    return [ruleMessage(prop, 'must be a condition', condition)];
  }
  const errors: Array<string | undefined> = [];
  const values = condition.values;
  switch (condition.source) {
    case ConditionSource.ATTRIBUTE:
    case ConditionSource.PARAMETER:
      if (!isUnresolved(condition.key)) errors.push(conditionKeyError(condition.key, condition.source, `${prop}.key`));
      errors.push(...keyedTestErrors(condition, prop, isUnresolved));
      break;
    case ConditionSource.CHANNEL:
    case ConditionSource.INITIATION_METHOD:
      if (condition.test !== ConditionTest.ONE_OF) errors.push(ruleMessage(`${prop}.test`, 'must be "oneOf"', condition.test));
      errors.push(...valuesErrors(values, `${prop}.values`, isUnresolved));
      (Array.isArray(values) ? values : []).forEach((value, index) => {
        if (!isUnresolved(value) && (typeof value !== 'string' || !ENUM_VALUE_PATTERN.test(value))) {
          errors.push(ruleMessage(`${prop}.values[${index}]`, `must be a Connect ${condition.source === ConditionSource.CHANNEL
            ? 'channel (VOICE, CHAT, TASK, EMAIL, …)' : 'initiation method (INBOUND, CALLBACK, TRANSFER, …)'} in upper case`, value));
        }
      });
      break;
    case ConditionSource.QUEUE:
      if (condition.test !== ConditionTest.EQUALS) errors.push(ruleMessage(`${prop}.test`, 'must be "equals"', condition.test));
      errors.push(queueRefSpecError(condition.queue, `${prop}.queue`, isUnresolved));
      break;
    default:
      errors.push(ruleMessage(`${prop}.source`, `must be one of ${Object.values(ConditionSource).join(', ')}`, condition.source));
  }
  return compact(errors);
}

/** The test of an attribute or parameter condition and the operand it needs. */
function keyedTestErrors(condition: RoutingConditionSpec, prop: string, isUnresolved: (value: unknown) => boolean): string[] {
  switch (condition.test) {
    case ConditionTest.EQUALS:
      if (!Array.isArray(condition.values) || condition.values.length !== 1) {
        return [ruleMessage(`${prop}.values`, 'must hold exactly one value to compare with', condition.values)];
      }
      return valuesErrors(condition.values, `${prop}.values`, isUnresolved);
    case ConditionTest.ONE_OF:
      return valuesErrors(condition.values, `${prop}.values`, isUnresolved);
    case ConditionTest.PRESENT:
      return [];
    case ConditionTest.GREATER_THAN:
    case ConditionTest.AT_LEAST:
    case ConditionTest.LESS_THAN:
    case ConditionTest.AT_MOST:
      return isUnresolved(condition.number) || (typeof condition.number === 'number' && Number.isFinite(condition.number))
        ? [] : [ruleMessage(`${prop}.number`, 'must be a finite number to compare with', condition.number)];
    default:
      return [ruleMessage(`${prop}.test`, `must be one of ${Object.values(ConditionTest).join(', ')}`, condition.test)];
  }
}

/** A list of strings to compare with: at least one (an empty list could never match). */
function valuesErrors(values: unknown, prop: string, isUnresolved: (value: unknown) => boolean): string[] {
  if (!Array.isArray(values) || values.length === 0) {
    return [ruleMessage(prop, 'must hold at least one value (an empty list never matches)', values)];
  }
  return compact(values.map((value, index) => (isUnresolved(value) || typeof value === 'string'
    ? undefined : ruleMessage(`${prop}[${index}]`, 'must be a string', value))));
}

/** Plain data of one rule, as the construct or the configuration holds it. */
export interface RuleData extends RoutingActionSpec {
  readonly name: unknown;
  readonly conditions: unknown;
}

/**
 * Rules: each named (unique, not reserved), with at least one condition (a rule that always applies is the
 * default action), each condition valid, and exactly one valid action.
 */
export function rulesErrors(
  rules: readonly RuleData[],
  prop = 'rules',
  isUnresolved: (value: unknown) => boolean = NEVER_UNRESOLVED,
  names: ActionMemberNames = CONSTRUCT_MEMBER_NAMES,
): string[] {
  const errors: string[] = [];
  const firstIndexOfName = new Map<string, number>();
  rules.forEach((rule, index) => {
    const ruleProp = `${prop}[${index}]`;
    if (typeof rule !== 'object' || rule === null) {
      errors.push(ruleMessage(ruleProp, 'must be a rule', rule));
      return;
    }
    if (!isUnresolved(rule.name)) {
      const nameError = ruleNameError(rule.name, `${ruleProp}.name`);
      const first = firstIndexOfName.get(String(rule.name));
      if (nameError !== undefined) {
        errors.push(nameError);
      } else if (first !== undefined) {
        errors.push(ruleMessage(`${ruleProp}.name`,
          `must differ from the name of \`${prop}[${first}]\` (the result names the rule that matched)`, rule.name));
      } else {
        firstIndexOfName.set(String(rule.name), index);
      }
    }
    if (!Array.isArray(rule.conditions) || rule.conditions.length === 0) {
      errors.push(ruleMessage(`${ruleProp}.conditions`, 'must hold at least one condition (for an action that applies when no rule '
        + 'matches, use `defaultAction`)', rule.conditions));
    } else {
      rule.conditions.forEach((condition: RoutingConditionSpec, c: number) =>
        errors.push(...conditionErrors(condition, `${ruleProp}.conditions[${c}]`, isUnresolved)));
    }
    errors.push(...actionErrors(rule, ruleProp, isUnresolved, names));
  });
  return errors;
}

/** The configuration the handler receives: a known version, valid rules, a valid default action if any. */
export function configErrors(config: unknown): string[] {
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    return [ruleMessage('config', 'must be a JSON object', config)];
  }
  const spec = config as Record<string, unknown>;
  if (spec.version !== CONTACT_ROUTING_CONFIG_VERSION) {
    return [ruleMessage('config.version', `must be ${JSON.stringify(CONTACT_ROUTING_CONFIG_VERSION)} (a construct newer than this `
      + 'handler wrote it)', spec.version)];
  }
  if (!Array.isArray(spec.rules)) {
    return [ruleMessage('config.rules', 'must be a list', spec.rules)];
  }
  const errors = rulesErrors(spec.rules as RuleData[], 'config.rules', NEVER_UNRESOLVED, CONFIG_MEMBER_NAMES);
  if (spec.defaultAction !== undefined && (typeof spec.defaultAction !== 'object' || spec.defaultAction === null)) {
    errors.push(ruleMessage('config.defaultAction', 'must be an object', spec.defaultAction));
  } else if (spec.defaultAction !== undefined) {
    errors.push(...actionErrors(spec.defaultAction as RoutingActionSpec, 'config.defaultAction', NEVER_UNRESOLVED, CONFIG_MEMBER_NAMES));
  }
  if (spec.flowLimits !== undefined && (typeof spec.flowLimits !== 'object' || spec.flowLimits === null)) {
    errors.push(ruleMessage('config.flowLimits', 'must be an object', spec.flowLimits));
  } else if (spec.flowLimits !== undefined) {
    errors.push(...flowLimitsErrors(spec.flowLimits as Partial<FlowLimitsSpec>,
      { priority: 'config.flowLimits.bestQueuePriority', adjustment: 'config.flowLimits.maxQueueTimeAdjustmentSeconds' }));
  }
  return errors;
}

function compact(results: ReadonlyArray<string | undefined>): string[] {
  return results.filter((result): result is string => result !== undefined);
}
