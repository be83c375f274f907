/**
 * The contract between `ContactRoutingFunction` (src/) and its handler (lambda/contact-routing/): the
 * environment variable that carries the rules, their JSON shape, the flow parameters the handler reads and the
 * keys and values of the result it returns to the flow. Plain constants and types, no aws-cdk-lib import, because
 * the handler bundle imports this file too.
 *
 * Frozen API once released: flows branch on the result keys and outcome values, and pass the parameter names.
 */

/** Version of the rule configuration. The handler refuses a version it does not know instead of guessing. */
export const CONTACT_ROUTING_CONFIG_VERSION = '1';

/** Environment variables of the contact-routing function. */
export const ContactRoutingEnv = {
  /** The rule configuration, JSON (`ContactRoutingConfigSpec`). */
  CONFIG: 'CONTACT_ROUTING_CONFIG',
} as const;

/**
 * Lambda's limit on a function's environment variables, keys and values together.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html
 */
export const LAMBDA_ENVIRONMENT_MAX_BYTES = 4096;

/**
 * Names of the flow parameters (the flow's "function input parameters", `LambdaInvocationAttributes` in the flow
 * language) through which a flow passes the value itself instead of letting the rules choose it.
 */
export const ContactRoutingParameter = {
  /** A queue priority: a whole number of at least 1; lower routes first. */
  PRIORITY: 'queuePriority',
  /** A queue time adjustment in whole seconds; positive moves the contact forward, negative back. */
  QUEUE_TIME_ADJUSTMENT_SECONDS: 'queueTimeAdjustmentSeconds',
} as const;

/** What the handler did, under the result key `outcome`. */
export const ContactRoutingOutcome = {
  /** UpdateContactRoutingData succeeded with the value in the result. */
  UPDATED: 'UPDATED',
  /** No rule matched and there is no default: nothing was changed, no call was made. */
  NO_MATCH: 'NO_MATCH',
  /** Connect no longer has the contact waiting in a queue (answered, transferred, or ended). */
  NOT_IN_QUEUE: 'NOT_IN_QUEUE',
  /** The event or the flow parameters were not usable; `reason` says which field and why. */
  INVALID_INPUT: 'INVALID_INPUT',
  /** Anything else (access denied, throttled past the time budget, a Connect fault); `reason` says what. */
  ERROR: 'ERROR',
} as const;
export type ContactRoutingOutcome = typeof ContactRoutingOutcome[keyof typeof ContactRoutingOutcome];

/** Keys of the flat string map returned to the flow (read as `$.External.<key>`). */
export const ContactRoutingResultKey = {
  OUTCOME: 'outcome',
  /** The rule that chose the value: a rule's name, `default`, or `parameter`. */
  RULE: 'rule',
  /** The priority applied, when the action was a priority. */
  QUEUE_PRIORITY: 'queuePriority',
  /** The adjustment applied in seconds, when the action was an age adjustment. */
  QUEUE_TIME_ADJUSTMENT_SECONDS: 'queueTimeAdjustmentSeconds',
  /** Why the outcome is not `UPDATED` or `NO_MATCH`. */
  REASON: 'reason',
} as const;

/** The `rule` value when the default action applied. Reserved: no rule may take this name. */
export const DEFAULT_RULE_NAME = 'default';
/** The `rule` value when the flow passed the value as a parameter. Reserved: no rule may take this name. */
export const PARAMETER_RULE_NAME = 'parameter';

/** What a condition looks at. */
export const ConditionSource = {
  ATTRIBUTE: 'attribute',
  PARAMETER: 'parameter',
  CHANNEL: 'channel',
  QUEUE: 'queue',
  INITIATION_METHOD: 'initiationMethod',
} as const;

/** How a condition tests what it looks at. */
export const ConditionTest = {
  EQUALS: 'equals',
  ONE_OF: 'oneOf',
  PRESENT: 'present',
  GREATER_THAN: 'greaterThan',
  AT_LEAST: 'atLeast',
  LESS_THAN: 'lessThan',
  AT_MOST: 'atMost',
} as const;

/**
 * One condition as the configuration carries it.
 *
 * - attribute / parameter: `key`, and `values` (equals, oneOf), `number` (comparisons) or neither (present)
 * - channel / initiationMethod: `values` with test `oneOf`
 * - queue: `queue` (exactly one of Arn, Id, Name) with test `equals`
 */
export interface RoutingConditionSpec {
  readonly source: string;
  readonly test: string;
  readonly key?: string;
  readonly values?: readonly string[];
  readonly number?: number;
  readonly queue?: { readonly Arn?: string; readonly Id?: string; readonly Name?: string };
}

/** An action: exactly one of the two. */
export interface RoutingActionSpec {
  readonly queuePriority?: number;
  readonly queueTimeAdjustmentSeconds?: number;
}

/** The priority Connect gives a new contact (lower routes first). */
export const CONNECT_DEFAULT_QUEUE_PRIORITY = 5;

/**
 * The most a flow may ask for through the parameters: flows often fill them from contact attributes, some of which
 * customers can set (in chat, for instance), so the construct bounds them.
 */
export interface FlowLimitsSpec {
  /** The lowest (best) `queuePriority` a flow may pass. */
  readonly bestQueuePriority: number;
  /** The largest positive `queueTimeAdjustmentSeconds` a flow may pass (moving a contact back is always allowed). */
  readonly maxQueueTimeAdjustmentSeconds: number;
}

/** A rule: every condition must hold (AND); the first rule that matches wins. */
export interface ContactRoutingRuleSpec extends RoutingActionSpec {
  readonly name: string;
  readonly conditions: readonly RoutingConditionSpec[];
}

/** The whole configuration, JSON in `ContactRoutingEnv.CONFIG`. */
export interface ContactRoutingConfigSpec {
  readonly version: string;
  readonly rules: readonly ContactRoutingRuleSpec[];
  /** Applied when no rule matches. Absent: `NO_MATCH`. */
  readonly defaultAction?: RoutingActionSpec;
  /** Bounds on the values a flow passes. Absent (a configuration written without them): none. */
  readonly flowLimits?: FlowLimitsSpec;
}
