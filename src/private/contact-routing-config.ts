/**
 * The synth side of the rule configuration: the construct's rules and default action, checked and rendered as
 * the JSON the handler reads from its environment, within Lambda's 4 KB for environment variables.
 *
 * Why the environment: the rules are small, known at synth, and change only with a deploy; the handler reads
 * them once per cold start with no extra call, permission or service in the path of a live contact.
 */
import { Duration, Token } from 'aws-cdk-lib';
import {
  CONNECT_DEFAULT_QUEUE_PRIORITY,
  CONTACT_ROUTING_CONFIG_VERSION,
  ContactRoutingConfigSpec,
  ContactRoutingEnv,
  ContactRoutingRuleSpec,
  FlowLimitsSpec,
  LAMBDA_ENVIRONMENT_MAX_BYTES,
  RoutingActionSpec,
} from './contact-routing-contract';
import { actionErrors, flowLimitsErrors, rulesErrors } from './contact-routing-rules';
import { ruleMessage } from './rule-message';
import { isUnresolved } from './synth-checks';
import type { ContactRoutingAction } from '../contact-routing-action';
import type { ContactRoutingRule } from '../contact-routing-rule';

/**
 * Bytes counted for a string token, whose value is known only at deploy time: room for a queue ARN in a
 * partition with a long name (`arn:aws-us-gov:connect:…/queue/<uuid>` is about 120).
 */
export const TOKEN_SIZE_ESTIMATE = 128;

/** An action as the configuration carries it. */
export function actionSpec(action: ContactRoutingAction): RoutingActionSpec {
  return {
    ...(action.priority !== undefined ? { queuePriority: action.priority } : {}),
    ...(action.queueTimeAdjustment !== undefined ? { queueTimeAdjustmentSeconds: action.queueTimeAdjustment.seconds } : {}),
  };
}

/** A rule as the configuration carries it. */
export function ruleSpec(rule: ContactRoutingRule): ContactRoutingRuleSpec {
  return {
    name: rule.name,
    conditions: (rule.conditions ?? []).map((condition) => condition._toSpec()),
    ...actionSpec(rule),
  };
}

/** The construct's bounds on what a flow passes, as given: an absent one is derived from the rules. */
export interface FlowLimitProps {
  readonly bestFlowPriority?: number;
  readonly maxFlowQueueTimeAdjustment?: Duration;
}

/**
 * The bounds the configuration carries: as given, or no better than the rules and the default action give (a
 * priority or adjustment given as a token is not counted). With no priority among them, a flow may not pass one
 * better than Connect's default for a new contact; with no forward adjustment, it may not move a contact forward.
 */
export function flowLimitsSpec(
  rules: readonly ContactRoutingRule[], defaultAction: ContactRoutingAction | undefined, given: FlowLimitProps,
): FlowLimitsSpec {
  const actions = [...rules, ...(defaultAction !== undefined ? [defaultAction] : [])].map(actionSpec);
  const known = (value: number | undefined): value is number => value !== undefined && !Token.isUnresolved(value);
  const priorities = actions.map((action) => action.queuePriority).filter(known);
  const adjustments = actions.map((action) => action.queueTimeAdjustmentSeconds).filter(known);
  return {
    bestQueuePriority: given.bestFlowPriority ?? (priorities.length > 0 ? Math.min(...priorities) : CONNECT_DEFAULT_QUEUE_PRIORITY),
    maxQueueTimeAdjustmentSeconds: given.maxFlowQueueTimeAdjustment?.toSeconds({ integral: false }) ?? Math.max(0, ...adjustments),
  };
}

/** The whole configuration. */
export function configSpec(
  rules: readonly ContactRoutingRule[], defaultAction?: ContactRoutingAction, limits: FlowLimitProps = {},
): ContactRoutingConfigSpec {
  return {
    version: CONTACT_ROUTING_CONFIG_VERSION,
    rules: rules.map(ruleSpec),
    ...(defaultAction !== undefined ? { defaultAction: actionSpec(defaultAction) } : {}),
    flowLimits: flowLimitsSpec(rules, defaultAction, limits),
  };
}

/**
 * Throws every rule message for the rules, the default action and the bounds, then checks that the configuration
 * fits the environment. Token values are skipped (the handler checks them at cold start).
 */
export function validateConfig(
  rules: readonly ContactRoutingRule[], defaultAction: ContactRoutingAction | undefined, limits: FlowLimitProps = {},
): void {
  const errors = rulesErrors(rules.map(ruleSpec), 'rules', isUnresolved);
  if (defaultAction !== undefined) {
    errors.push(...actionErrors(actionSpec(defaultAction), 'defaultAction', isUnresolved));
  }
  errors.push(...flowLimitsErrors({
    bestQueuePriority: limits.bestFlowPriority,
    maxQueueTimeAdjustmentSeconds: limits.maxFlowQueueTimeAdjustment?.toSeconds({ integral: false }),
  }, { priority: 'bestFlowPriority', adjustment: 'maxFlowQueueTimeAdjustment' }, (value) => value === undefined || isUnresolved(value)));
  if (errors.length === 0) {
    const size = environmentBytes(configSpec(rules, defaultAction, limits));
    if (size > LAMBDA_ENVIRONMENT_MAX_BYTES) {
      errors.push(ruleMessage('rules', `must fit in the ${LAMBDA_ENVIRONMENT_MAX_BYTES} bytes Lambda allows for a function's `
        + 'environment variables, which carry them (a token counts as '
        + `${TOKEN_SIZE_ESTIMATE} bytes): merge rules with \`attributeOneOf\`, shorten names and values, or split them `
        + 'across two functions', `${rules.length} rules${defaultAction !== undefined ? ' and a default action' : ''} taking ${size} bytes`));
    }
  }
  if (errors.length > 0) {
    throw new Error(errors.join('\n'));
  }
}

/** The bytes the configuration takes in the environment: the variable's name and its JSON value, UTF-8. */
export function environmentBytes(spec: ContactRoutingConfigSpec): number {
  const json = JSON.stringify(spec, (_key, value: unknown) =>
    (typeof value === 'string' && Token.isUnresolved(value) ? 'x'.repeat(TOKEN_SIZE_ESTIMATE) : value));
  return Buffer.byteLength(ContactRoutingEnv.CONFIG, 'utf8') + Buffer.byteLength(json, 'utf8');
}
