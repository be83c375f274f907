/**
 * Chooses the action for a contact: the first rule whose conditions all hold, else the default action. Pure: no
 * I/O, so every condition is unit-tested without Connect.
 */
import type { FlowContact } from './parse-event';
import {
  ConditionSource,
  ConditionTest,
  ContactRoutingConfigSpec,
  DEFAULT_RULE_NAME,
  RoutingActionSpec,
  RoutingConditionSpec,
} from '../../src/private/contact-routing-contract';

export interface Decision {
  /** The matching rule's name, or `default`. */
  readonly rule: string;
  readonly action: RoutingActionSpec;
}

/** The first matching rule's action, the default action, or `undefined` when neither applies. */
export function chooseAction(config: ContactRoutingConfigSpec, contact: FlowContact): Decision | undefined {
  for (const rule of config.rules) {
    if (rule.conditions.every((condition) => conditionHolds(condition, contact))) {
      return { rule: rule.name, action: actionOf(rule) };
    }
  }
  return config.defaultAction !== undefined ? { rule: DEFAULT_RULE_NAME, action: actionOf(config.defaultAction) } : undefined;
}

/** Whether one condition holds for the contact. An unknown source or test never holds. */
export function conditionHolds(condition: RoutingConditionSpec, contact: FlowContact): boolean {
  switch (condition.source) {
    case ConditionSource.ATTRIBUTE:
      return valueHolds(condition, ownValue(contact.attributes, condition.key));
    case ConditionSource.PARAMETER:
      return valueHolds(condition, ownValue(contact.parameters, condition.key));
    case ConditionSource.CHANNEL:
      return contact.channel !== undefined && (condition.values ?? []).includes(contact.channel);
    case ConditionSource.INITIATION_METHOD:
      return contact.initiationMethod !== undefined && (condition.values ?? []).includes(contact.initiationMethod);
    case ConditionSource.QUEUE:
      return queueHolds(condition, contact);
    default:
      return false;
  }
}

/**
 * The contact's own value for the key: a key like `constructor` or `toString` must not read what every object
 * inherits (a function, "present" on every contact).
 */
function ownValue(values: Readonly<Record<string, string>>, key: string | undefined): string | undefined {
  return key !== undefined && Object.hasOwn(values, key) ? values[key] : undefined;
}

/** Decimal numbers as a flow would write them; anything else is "not a number" and fails a comparison. */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

function valueHolds(condition: RoutingConditionSpec, value: string | undefined): boolean {
  if (value === undefined) return false;
  switch (condition.test) {
    case ConditionTest.EQUALS:
    case ConditionTest.ONE_OF:
      return (condition.values ?? []).includes(value);
    case ConditionTest.PRESENT:
      return value !== '';
    default:
      return compare(condition.test, value, condition.number);
  }
}

function compare(test: string, value: string, operand: number | undefined): boolean {
  const text = value.trim();
  if (operand === undefined || !DECIMAL.test(text)) return false;
  const number = Number(text);
  switch (test) {
    case ConditionTest.GREATER_THAN: return number > operand;
    case ConditionTest.AT_LEAST: return number >= operand;
    case ConditionTest.LESS_THAN: return number < operand;
    case ConditionTest.AT_MOST: return number <= operand;
    default: return false;
  }
}

function queueHolds(condition: RoutingConditionSpec, contact: FlowContact): boolean {
  const wanted = condition.queue;
  const queue = contact.queue;
  if (wanted === undefined || queue === undefined) return false;
  if (wanted.Arn !== undefined) return queue.arn === wanted.Arn;
  if (wanted.Id !== undefined) return queue.id === wanted.Id;
  return wanted.Name !== undefined && queue.name === wanted.Name;
}

function actionOf(action: RoutingActionSpec): RoutingActionSpec {
  return action.queuePriority !== undefined
    ? { queuePriority: action.queuePriority }
    : { queueTimeAdjustmentSeconds: action.queueTimeAdjustmentSeconds };
}
