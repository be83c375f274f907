/**
 * The validation rules of the desired-state spec, as pure functions over the spec as it travels between the
 * constructs and the handler (the wire entries of `contract.ts`).
 *
 * Two layers call them: the constructs at synth time, on the entries they write into the template (members that
 * are still CDK tokens are skipped through `isUnresolved`; the handler checks those), and the custom-resource
 * handler at deploy time, on the properties it receives, before any Connect call (`spec-rules.ts` composes them
 * per resource type). CloudFormation delivers every number and boolean as a string, so numbers are read with
 * `wholeNumberOf`. This file imports no aws-cdk-lib and no constructs: the handler bundles import it.
 *
 * Style, kept throughout: a rule over one value returns `undefined` when the value is fine, or the message
 * (`RuleResult`); a rule over a list or map returns every message it finds (`string[]`, empty when fine).
 * No rule throws. Every message reads "`<prop>` <rule>, got: <value>" (see `rule-message.ts`), where `<prop>` is
 * the path of the construct prop the user wrote.
 *
 * Limits: https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateRoutingProfile.html and
 * https://docs.aws.amazon.com/connect/latest/adminguide/amazon-connect-service-limits.html; workload types:
 * https://docs.aws.amazon.com/connect/latest/APIReference/API_WorkloadTypeConcurrency.html and the Admin Guide's
 * https://docs.aws.amazon.com/connect/latest/adminguide/routing-profiles.html
 */
import { wholeNumberOf } from './cfn-values';
import { queueArnError } from './connect-arn';
import {
  DEFAULT_MAX_QUEUE_PAIRS,
  ManualAssignmentQueueEntry,
  MediaConcurrencyEntry,
  OWNERSHIP_TAG_KEY,
  QueueConfigEntry,
  QueueRefSpec,
  WorkloadTypeConcurrencyEntry,
} from './contract';
import { queueRefKey } from './queue-ref-spec';
import { formatValue, ruleMessage } from './rule-message';

/** A rule's verdict on one value: `undefined` when it passes, otherwise the message. */
export type RuleResult = string | undefined;

/** Options of the rules over lists and maps. */
export interface ListRuleOptions {
  /** Path of the list or map in the messages, e.g. `queueConfigs`. Each rule has its own default. */
  readonly prop?: string;
  /**
   * Values for which this returns true are not checked, because they are not known yet: at synth time,
   * unresolved CDK tokens. The handler leaves it out, so every value is checked.
   */
  readonly isUnresolved?: (value: unknown) => boolean;
}

// ---------------------------------------------------------------------------------------------------------
// Limits (API Reference and the service quotas page, above)

/** Name: length 1..127 (RoutingProfileName). */
export const NAME_LENGTH = { min: 1, max: 127 } as const;
/** Description: length 1..250 (RoutingProfileDescription). */
export const DESCRIPTION_LENGTH = { min: 1, max: 250 } as const;
/** VOICE concurrency: exactly 1 (an agent takes one call at a time). */
export const VOICE_CONCURRENCY = 1;
/** Every other channel's concurrency: 1..10. */
export const CONCURRENCY_RANGE = { min: 1, max: 10 } as const;
/** Queue priority: 1..99, 1 is routed first. */
export const PRIORITY_RANGE = { min: 1, max: 99 } as const;
/** Queue delay in seconds: 0..9999. */
export const DELAY_SECONDS_RANGE = { min: 0, max: 9999 } as const;
/** Tag key: length 1..128. */
export const TAG_KEY_LENGTH = { min: 1, max: 128 } as const;
/** Tag value: length 0..256. */
export const TAG_VALUE_MAX_LENGTH = 256;
/** Tags per resource (TagMap 1..50 entries). */
export const MAX_TAGS = 50;
/** Queue names: length 1..256 (QueueName in the summaries Connect returns). */
export const QUEUE_NAME_LENGTH = { min: 1, max: 256 } as const;

/** The channels Connect takes workload-type concurrencies on (the Admin Guide; no model says so). */
export const WORKLOAD_TYPE_CHANNELS: readonly string[] = ['TASK', 'EMAIL'];
/** Workload types per channel: 1..5 (WorkloadTypeConcurrencies' list length). */
export const WORKLOAD_TYPES_PER_CHANNEL = { min: 1, max: 5 } as const;
/** One workload type's concurrency: 1..10. */
export const WORKLOAD_TYPE_CONCURRENCY_RANGE = { min: 1, max: 10 } as const;
/** The most a channel's workload-type concurrencies may add up to (the Admin Guide; no model says so). */
export const MAX_WORKLOAD_TYPE_CONCURRENCY_SUM = 10;

/** Connect's TagKey pattern. The `u` flag makes `\p{…}` match Unicode classes as the model intends. */
export const TAG_KEY_PATTERN = /^(?!aws:)[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;

/**
 * Connect's `Channel` values. Only these pass: the API Reference documents no others, and a value Connect adds
 * later needs a release of this library anyway, since the handler validates what it receives too.
 */
export const KNOWN_CHANNELS: readonly string[] = ['VOICE', 'CHAT', 'TASK', 'EMAIL'];
/** Connect's BehaviorType values. */
export const KNOWN_CROSS_CHANNEL_BEHAVIORS: readonly string[] = ['ROUTE_CURRENT_CHANNEL_ONLY', 'ROUTE_ANY_CHANNEL'];
/** Connect's ChannelWorkloadBehaviorType values (its spelling: `WORKLOADTYPE` in two of them). */
export const KNOWN_CROSS_CHANNEL_WORKLOAD_BEHAVIORS: readonly string[] = [
  'ROUTE_CURRENT_CHANNEL_CURRENT_WORKLOADTYPE_ONLY',
  'ROUTE_CURRENT_CHANNEL_ANY_WORKLOADTYPE_ONLY',
  'ROUTE_ANY_CHANNEL_ANY_WORKLOAD_TYPE',
];
/** Connect's AgentAvailabilityTimer values. */
export const KNOWN_AGENT_AVAILABILITY_TIMERS: readonly string[] = ['TIME_SINCE_LAST_ACTIVITY', 'TIME_SINCE_LAST_INBOUND'];

// ---------------------------------------------------------------------------------------------------------
// Helpers

function isWholeNumberIn(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** Smithy's `@length` counts Unicode code points, not UTF-16 units. */
function characterCount(value: string): number {
  return Array.from(value).length;
}

function isStringOfLength(value: unknown, min: number, max: number): value is string {
  return typeof value === 'string' && characterCount(value) >= min && characterCount(value) <= max;
}

/** One of the values Connect documents for an enum, exactly as spelt. */
function enumValueError(value: unknown, prop: string, kind: string, known: readonly string[]): RuleResult {
  return typeof value === 'string' && known.includes(value)
    ? undefined
    : ruleMessage(prop, `must be ${kind}: one of ${known.join(', ')}`, value);
}

const NEVER_UNRESOLVED = (): boolean => false;

/** Length rules show the length received. */
const SHOW_LENGTH = { showLength: true } as const;

// ---------------------------------------------------------------------------------------------------------
// Enum values (the handler receives them as strings)

/** A channel name: `VOICE`, `CHAT`, `TASK` or `EMAIL`. */
export function channelError(value: unknown, prop = 'channel'): RuleResult {
  return enumValueError(value, prop, 'a Connect channel', KNOWN_CHANNELS);
}

/** A cross-channel behaviour type: `ROUTE_CURRENT_CHANNEL_ONLY` or `ROUTE_ANY_CHANNEL`. */
export function crossChannelBehaviorError(value: unknown, prop = 'crossChannelBehavior'): RuleResult {
  return enumValueError(value, prop, 'a cross-channel behavior', KNOWN_CROSS_CHANNEL_BEHAVIORS);
}

/** A cross-channel workload behaviour type: one of Connect's three. */
export function crossChannelWorkloadBehaviorError(value: unknown, prop = 'crossChannelWorkloadBehavior'): RuleResult {
  return enumValueError(value, prop, 'a cross-channel workload behavior', KNOWN_CROSS_CHANNEL_WORKLOAD_BEHAVIORS);
}

/** An agent availability timer: `TIME_SINCE_LAST_ACTIVITY` or `TIME_SINCE_LAST_INBOUND`. */
export function agentAvailabilityTimerError(value: unknown, prop = 'agentAvailabilityTimer'): RuleResult {
  return enumValueError(value, prop, 'an agent availability timer', KNOWN_AGENT_AVAILABILITY_TIMERS);
}

// ---------------------------------------------------------------------------------------------------------
// Routing profile scalars

/** Routing profile name: 1 to 127 characters. */
export function routingProfileNameError(value: unknown, prop = 'name'): RuleResult {
  return isStringOfLength(value, NAME_LENGTH.min, NAME_LENGTH.max)
    ? undefined
    : ruleMessage(prop, `must be ${NAME_LENGTH.min} to ${NAME_LENGTH.max} characters long`, value, SHOW_LENGTH);
}

/** Routing profile description: 1 to 250 characters (Connect requires one on Create). */
export function routingProfileDescriptionError(value: unknown, prop = 'description'): RuleResult {
  return isStringOfLength(value, DESCRIPTION_LENGTH.min, DESCRIPTION_LENGTH.max)
    ? undefined
    : ruleMessage(prop, `must be ${DESCRIPTION_LENGTH.min} to ${DESCRIPTION_LENGTH.max} characters long`, value, SHOW_LENGTH);
}

/**
 * A channel's concurrency: VOICE exactly 1; CHAT, TASK and EMAIL a whole number from 1 to 10.
 *
 * @param channel the channel's name, already checked with `channelError`
 */
export function concurrencyError(channel: string, value: unknown, prop = 'concurrency'): RuleResult {
  if (channel === 'VOICE') {
    return value === VOICE_CONCURRENCY ? undefined : ruleMessage(prop, `for VOICE must be exactly ${VOICE_CONCURRENCY}`, value);
  }
  return isWholeNumberIn(value, CONCURRENCY_RANGE.min, CONCURRENCY_RANGE.max)
    ? undefined
    : ruleMessage(prop, `for ${channel} must be a whole number from ${CONCURRENCY_RANGE.min} to ${CONCURRENCY_RANGE.max}`, value);
}

/** A queue's routing priority: a whole number from 1 (first) to 99. */
export function priorityError(value: unknown, prop = 'priority'): RuleResult {
  return isWholeNumberIn(value, PRIORITY_RANGE.min, PRIORITY_RANGE.max)
    ? undefined
    : ruleMessage(prop, `must be a whole number from ${PRIORITY_RANGE.min} to ${PRIORITY_RANGE.max}`, value);
}

/** A queue's delay before contacts route to agents, in seconds: a whole number from 0 to 9999. */
export function delaySecondsError(value: unknown, prop = 'delay'): RuleResult {
  return isWholeNumberIn(value, DELAY_SECONDS_RANGE.min, DELAY_SECONDS_RANGE.max)
    ? undefined
    : ruleMessage(prop, `must be a whole number of seconds from ${DELAY_SECONDS_RANGE.min} to ${DELAY_SECONDS_RANGE.max}`, value);
}

/** A quota override for queue/channel pairs: a whole number of at least Connect's default of 50. */
export function maxQueuePairsError(value: unknown, prop = 'maxQueuePairs'): RuleResult {
  return isWholeNumberIn(value, DEFAULT_MAX_QUEUE_PAIRS, Number.MAX_SAFE_INTEGER)
    ? undefined
    : ruleMessage(prop, `must be a whole number of at least ${DEFAULT_MAX_QUEUE_PAIRS} (Connect's default quota)`, value);
}

/** The number of queue/channel pairs in one list against the quota (50 unless raised). */
export function queuePairCountError(count: number, maxPairs: number = DEFAULT_MAX_QUEUE_PAIRS, prop = 'queueConfigs'): RuleResult {
  return count <= maxPairs
    ? undefined
    : ruleMessage(prop, `must hold at most ${maxPairs} queue/channel pairs (the queues-per-routing-profile quota; `
      + 'pass a quota override if yours is raised)', count);
}

// ---------------------------------------------------------------------------------------------------------
// Queue references

/** A queue id: a non-empty string without `/` (an ARN goes through `fromQueueArn`). */
export function queueIdError(value: unknown, prop = 'queueId'): RuleResult {
  return typeof value === 'string' && value.length > 0 && !value.includes('/')
    ? undefined
    : ruleMessage(prop, 'must be a non-empty Connect queue id without "/"', value);
}

/** A routing profile id: a non-empty string without `/` (an ARN is given as an ARN). */
export function routingProfileIdError(value: unknown, prop = 'routingProfileId'): RuleResult {
  return typeof value === 'string' && value.length > 0 && !value.includes('/')
    ? undefined
    : ruleMessage(prop, 'must be a non-empty routing profile id without "/" (an ARN goes through `fromArn`)', value);
}

/** A queue name, resolved to an id by the handler: 1 to 256 characters. */
export function queueNameError(value: unknown, prop = 'queueName'): RuleResult {
  return isStringOfLength(value, QUEUE_NAME_LENGTH.min, QUEUE_NAME_LENGTH.max)
    ? undefined
    : ruleMessage(prop, `must be ${QUEUE_NAME_LENGTH.min} to ${QUEUE_NAME_LENGTH.max} characters long`, value, SHOW_LENGTH);
}

/**
 * A queue reference as the spec carries it: an object with exactly one of `Arn`, `Id`, `Name`, that one valid.
 * A member for which `isUnresolved` returns true is not checked.
 */
export function queueRefSpecError(
  value: unknown, prop = 'queue', isUnresolved: (value: unknown) => boolean = NEVER_UNRESOLVED): RuleResult {
  const spec = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const given = (['Arn', 'Id', 'Name'] as const).filter((member) => spec[member] !== undefined);
  if (typeof value !== 'object' || value === null || Array.isArray(value) || given.length !== 1) {
    return ruleMessage(prop, 'must name a queue by exactly one of Arn, Id or Name', value);
  }
  const member = given[0];
  const memberValue = spec[member];
  if (isUnresolved(memberValue)) {
    return undefined;
  }
  switch (member) {
    case 'Arn': return queueArnError(memberValue, `${prop}.Arn`);
    case 'Id': return queueIdError(memberValue, `${prop}.Id`);
    default: return queueNameError(memberValue, `${prop}.Name`);
  }
}

/** The comparable key of a queue reference, or `undefined` when it is invalid or not known yet. */
function comparableQueueKey(value: unknown, isUnresolved: (value: unknown) => boolean): string | undefined {
  if (queueRefSpecError(value, 'queue', isUnresolved) !== undefined) {
    return undefined;
  }
  const spec = value as QueueRefSpec;
  if ([spec.Arn, spec.Id, spec.Name].some((member) => member !== undefined && isUnresolved(member))) {
    return undefined;
  }
  return queueRefKey(spec);
}

// ---------------------------------------------------------------------------------------------------------
// Lists of the spec (wire entries, as the construct writes them or the handler receives them)

/** A wire entry whose members are not checked yet. */
export type Unchecked<T> = { readonly [K in keyof T]?: unknown };

/**
 * Media concurrencies: at least one; each channel valid and given once, each concurrency within its channel's
 * range or (instead, never beside it) workload-type concurrencies that pass `workloadTypeConcurrenciesErrors`,
 * each cross-channel behaviour valid.
 */
export function mediaConcurrenciesErrors(entries: unknown, options: ListRuleOptions = {}): string[] {
  const prop = options.prop ?? 'mediaConcurrencies';
  const isUnresolved = options.isUnresolved ?? NEVER_UNRESOLVED;
  if (!Array.isArray(entries) || entries.length === 0) {
    return [ruleMessage(prop, 'must give at least one channel', entries ?? null)];
  }
  const errors: string[] = [];
  const firstIndexOfChannel = new Map<string, number>();
  (entries as ReadonlyArray<Unchecked<MediaConcurrencyEntry>>).forEach((entry, index) => {
    const itemProp = `${prop}[${index}]`;
    if (!isUnresolved(entry?.Channel)) {
      const channelProblem = channelError(entry?.Channel, `${itemProp}.channel`);
      if (channelProblem !== undefined) {
        errors.push(channelProblem);
      } else {
        const channel = entry.Channel as string;
        if (entry.WorkloadTypeConcurrencies !== undefined) {
          errors.push(...workloadTypeConcurrenciesErrors(channel, entry.WorkloadTypeConcurrencies,
            { prop: `${itemProp}.workloadTypeConcurrencies`, isUnresolved }));
          if (entry.Concurrency !== undefined) {
            errors.push(ruleMessage(`${itemProp}.concurrency`,
              'must be left out on a channel configured per workload type (a channel uses one model or the other)', entry.Concurrency));
          }
        } else if (!isUnresolved(entry.Concurrency)) {
          pushIfDefined(errors, concurrencyError(channel, wholeNumberOf(entry.Concurrency), `${itemProp}.concurrency`));
        }
        const first = firstIndexOfChannel.get(channel);
        if (first === undefined) {
          firstIndexOfChannel.set(channel, index);
        } else {
          errors.push(ruleMessage(`${itemProp}.channel`, `must not repeat the channel of \`${prop}[${first}]\``, channel));
        }
      }
    }
    if (entry?.CrossChannelBehavior !== undefined && !isUnresolved(entry.CrossChannelBehavior)) {
      pushIfDefined(errors, crossChannelBehaviorError(entry.CrossChannelBehavior, `${itemProp}.crossChannelBehavior`));
    }
  });
  return errors;
}

/**
 * A channel's workload-type concurrencies (the Admin Guide's rules, which no model states): on TASK or EMAIL only;
 * 1 to 5 of them; each a non-empty workload type given once, a concurrency from 1 to 10, a valid behaviour; the
 * concurrencies summing to at most 10. Whether each type is a value of the instance's `connect:WorkloadType` is
 * for the handler to check against the instance.
 *
 * @param channel the channel's name, already checked with `channelError`, or a token
 */
export function workloadTypeConcurrenciesErrors(channel: unknown, entries: unknown, options: ListRuleOptions = {}): string[] {
  const prop = options.prop ?? 'workloadTypeConcurrencies';
  const isUnresolved = options.isUnresolved ?? NEVER_UNRESOLVED;
  const errors: string[] = [];
  if (!isUnresolved(channel) && !WORKLOAD_TYPE_CHANNELS.includes(channel as string)) {
    errors.push(ruleMessage(prop, `must be on the ${WORKLOAD_TYPE_CHANNELS.join(' or ')} channel (Connect takes workload types there only)`, channel));
  }
  if (!Array.isArray(entries)) return [...errors, ruleMessage(prop, 'must be a list', entries ?? null)];
  const { min, max } = WORKLOAD_TYPES_PER_CHANNEL;
  if (entries.length < min || entries.length > max) {
    errors.push(ruleMessage(prop, `must hold ${min} to ${max} workload types per channel`, entries.length));
  }
  const firstIndexOfType = new Map<unknown, number>();
  const concurrencies: unknown[] = [];
  (entries as ReadonlyArray<Unchecked<WorkloadTypeConcurrencyEntry>>).forEach((entry, index) => {
    const itemProp = `${prop}[${index}]`;
    const type = entry?.WorkloadType;
    if (!isUnresolved(type)) {
      if (!isStringOfLength(type, 1, Number.POSITIVE_INFINITY)) {
        errors.push(ruleMessage(`${itemProp}.workloadType`, 'must be a non-empty string (a value of the instance\'s connect:WorkloadType)', type ?? null));
      } else if (firstIndexOfType.has(type)) {
        errors.push(ruleMessage(`${itemProp}.workloadType`, `must not repeat the workload type of \`${prop}[${firstIndexOfType.get(type)}]\``, type));
      } else {
        firstIndexOfType.set(type, index);
      }
    }
    const concurrency = isUnresolved(entry?.Concurrency) ? entry?.Concurrency : wholeNumberOf(entry?.Concurrency);
    concurrencies.push(concurrency);
    if (!isUnresolved(concurrency) && !isWholeNumberIn(concurrency, WORKLOAD_TYPE_CONCURRENCY_RANGE.min, WORKLOAD_TYPE_CONCURRENCY_RANGE.max)) {
      errors.push(ruleMessage(`${itemProp}.concurrency`,
        `must be a whole number from ${WORKLOAD_TYPE_CONCURRENCY_RANGE.min} to ${WORKLOAD_TYPE_CONCURRENCY_RANGE.max}`, concurrency ?? null));
    }
    if (entry?.CrossChannelWorkloadBehavior !== undefined && !isUnresolved(entry.CrossChannelWorkloadBehavior)) {
      pushIfDefined(errors, crossChannelWorkloadBehaviorError(entry.CrossChannelWorkloadBehavior, `${itemProp}.crossChannelWorkloadBehavior`));
    }
  });
  // The sum is known only once every concurrency is a valid number.
  if (concurrencies.every((c) => isWholeNumberIn(c, WORKLOAD_TYPE_CONCURRENCY_RANGE.min, WORKLOAD_TYPE_CONCURRENCY_RANGE.max))) {
    const sum = (concurrencies as number[]).reduce((total, c) => total + c, 0);
    if (sum > MAX_WORKLOAD_TYPE_CONCURRENCY_SUM) {
      errors.push(ruleMessage(prop, `must have concurrencies that sum to at most ${MAX_WORKLOAD_TYPE_CONCURRENCY_SUM} per channel`, sum));
    }
  }
  return errors;
}

/**
 * Queue configs: at most `maxPairs` pairs; each queue reference, channel, priority and delay valid; no (queue,
 * channel) pair twice. A channel the profile gives no media concurrency is valid, as Connect accepts it (its agents
 * never get those contacts, so the construct warns).
 *
 * @param maxPairs the queue-pair quota, `DEFAULT_MAX_QUEUE_PAIRS` unless overridden
 */
export function queueConfigsErrors(
  entries: unknown,
  maxPairs: number = DEFAULT_MAX_QUEUE_PAIRS,
  options: ListRuleOptions = {},
): string[] {
  const prop = options.prop ?? 'queueConfigs';
  const isUnresolved = options.isUnresolved ?? NEVER_UNRESOLVED;
  if (!Array.isArray(entries)) return [ruleMessage(prop, 'must be a list', entries)];
  const items = entries as ReadonlyArray<Unchecked<QueueConfigEntry>>;
  const errors: string[] = [];
  pushIfDefined(errors, queuePairCountError(items.length, maxPairs, prop));
  items.forEach((item, index) => {
    const itemProp = `${prop}[${index}]`;
    pushIfDefined(errors, queueRefSpecError(item?.Queue, `${itemProp}.queue`, isUnresolved));
    if (!isUnresolved(item?.Channel)) {
      pushIfDefined(errors, channelError(item?.Channel, `${itemProp}.channel`));
    }
    if (!isUnresolved(item?.Priority)) {
      pushIfDefined(errors, priorityError(wholeNumberOf(item?.Priority), `${itemProp}.priority`));
    }
    if (!isUnresolved(item?.Delay)) {
      pushIfDefined(errors, delaySecondsError(wholeNumberOf(item?.Delay), `${itemProp}.delay`));
    }
  });
  errors.push(...duplicateQueuePairErrors(items.map((item) => queuePairOf(item, isUnresolved)), prop));
  return errors;
}

/**
 * Manual-assignment queue configs: at most `maxPairs` pairs (a quota separate from the queue configs'); each
 * queue reference and channel valid; no (queue, channel) pair twice. VOICE is allowed: Connect supports it for
 * agent-first callbacks.
 *
 * @param maxPairs the manual-assignment pair quota, `DEFAULT_MAX_QUEUE_PAIRS` unless overridden
 */
export function manualAssignmentQueueConfigsErrors(
  entries: unknown,
  maxPairs: number = DEFAULT_MAX_QUEUE_PAIRS,
  options: ListRuleOptions = {},
): string[] {
  const prop = options.prop ?? 'manualAssignmentQueueConfigs';
  const isUnresolved = options.isUnresolved ?? NEVER_UNRESOLVED;
  if (!Array.isArray(entries)) return [ruleMessage(prop, 'must be a list', entries)];
  const items = entries as ReadonlyArray<Unchecked<ManualAssignmentQueueEntry>>;
  const errors: string[] = [];
  pushIfDefined(errors, queuePairCountError(items.length, maxPairs, prop));
  items.forEach((item, index) => {
    const itemProp = `${prop}[${index}]`;
    pushIfDefined(errors, queueRefSpecError(item?.Queue, `${itemProp}.queue`, isUnresolved));
    if (!isUnresolved(item?.Channel)) {
      pushIfDefined(errors, channelError(item?.Channel, `${itemProp}.channel`));
    }
  });
  errors.push(...duplicateQueuePairErrors(items.map((item) => queuePairOf(item, isUnresolved)), prop));
  return errors;
}

/** A queue/channel pair compared for duplicates: `queueKey` undefined when the queue is invalid or not known yet. */
export interface ComparablePair {
  readonly queueKey: string | undefined;
  readonly channel: unknown;
}

/**
 * Every (queue, channel) pair given a second time. The constructs key queues as written (`queueRefKey`: an ARN
 * and its id are the same queue); the handler keys them again once it resolved names to ids.
 */
export function duplicateQueuePairErrors(pairs: readonly ComparablePair[], prop: string): string[] {
  const errors: string[] = [];
  const firstIndexOfPair = new Map<string, number>();
  pairs.forEach(({ queueKey, channel }, index) => {
    if (queueKey === undefined || typeof channel !== 'string') return;
    const pairKey = JSON.stringify([queueKey, channel]);
    const first = firstIndexOfPair.get(pairKey);
    if (first === undefined) {
      firstIndexOfPair.set(pairKey, index);
    } else {
      errors.push(ruleMessage(`${prop}[${index}]`, `must not repeat the queue/channel pair of \`${prop}[${first}]\``,
        { queue: queueKey, channel }));
    }
  });
  return errors;
}

function queuePairOf(item: Unchecked<ManualAssignmentQueueEntry> | undefined, isUnresolved: (value: unknown) => boolean): ComparablePair {
  return {
    queueKey: comparableQueueKey(item?.Queue, isUnresolved),
    channel: isUnresolved(item?.Channel) ? undefined : item?.Channel,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Tags

/**
 * A tag key: 1 to 128 characters of letters, digits, spaces and `_ . : / = + - @`, not starting with `aws:`
 * (reserved by AWS) and not the ownership tag this library sets itself.
 */
export function tagKeyError(key: unknown, prop = 'tags'): RuleResult {
  if (!isStringOfLength(key, TAG_KEY_LENGTH.min, TAG_KEY_LENGTH.max)) {
    return ruleMessage(prop, `keys must be ${TAG_KEY_LENGTH.min} to ${TAG_KEY_LENGTH.max} characters long`, key, SHOW_LENGTH);
  }
  if (key.startsWith('aws:')) {
    return ruleMessage(prop, 'keys must not start with "aws:", which AWS reserves', key);
  }
  if (key === OWNERSHIP_TAG_KEY) {
    return ruleMessage(prop, `keys must not be ${formatValue(OWNERSHIP_TAG_KEY)}, which this library sets on the profiles it creates`, key);
  }
  if (!TAG_KEY_PATTERN.test(key)) {
    return ruleMessage(prop, 'keys may hold only letters, digits, spaces and the characters _ . : / = + - @', key);
  }
  return undefined;
}

/** A tag value: a string of at most 256 characters. */
export function tagValueError(key: string, value: unknown, prop = 'tags'): RuleResult {
  return isStringOfLength(value, 0, TAG_VALUE_MAX_LENGTH)
    ? undefined
    : ruleMessage(`${prop}[${JSON.stringify(key)}]`, `must be a string of at most ${TAG_VALUE_MAX_LENGTH} characters`, value, SHOW_LENGTH);
}

/**
 * The number of tags: at most 50 per resource.
 *
 * @param maxTags lower it by the tags the library adds itself, if any
 */
export function tagCountError(count: number, maxTags: number = MAX_TAGS, prop = 'tags'): RuleResult {
  return count <= maxTags ? undefined : ruleMessage(prop, `must hold at most ${maxTags} tags`, count);
}

/** Tags: a map of strings with at most `maxTags` entries, each key and value valid. */
export function tagsErrors(tags: unknown, maxTags: number = MAX_TAGS, options: ListRuleOptions = {}): string[] {
  const prop = options.prop ?? 'tags';
  const isUnresolved = options.isUnresolved ?? NEVER_UNRESOLVED;
  if (typeof tags !== 'object' || tags === null || Array.isArray(tags)) {
    return [ruleMessage(prop, 'must be a map of tag keys to tag values', tags)];
  }
  const entries = Object.entries(tags);
  const errors: string[] = [];
  pushIfDefined(errors, tagCountError(entries.length, maxTags, prop));
  for (const [key, value] of entries) {
    if (!isUnresolved(key)) {
      pushIfDefined(errors, tagKeyError(key, prop));
    }
    if (!isUnresolved(value)) {
      pushIfDefined(errors, tagValueError(key, value, prop));
    }
  }
  return errors;
}

function pushIfDefined(errors: string[], result: RuleResult): void {
  if (result !== undefined) {
    errors.push(result);
  }
}
