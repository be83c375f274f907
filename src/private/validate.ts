/**
 * Synth-time validation: the rules of `rules.ts` applied to the public value types, skipping values that are
 * unresolved tokens (the handler checks those at deploy time), throwing an `Error` whose message is every
 * rule message found, one per line.
 */
import { Duration, Token } from 'aws-cdk-lib';
import type { Channel } from '../channel';
import type { MediaConcurrency } from '../media-concurrency';
import type { ManualAssignmentQueueConfig, QueueConfig } from '../queue-config';
import { DEFAULT_MAX_QUEUE_PAIRS } from './contract';
import * as rules from './rules';

/** Stands for a value known only at deploy time that has no token of its own (a token `Duration`). */
const UNRESOLVED = Symbol('unresolved');

/** Whether a value is known only at deploy time. */
export function isUnresolved(value: unknown): boolean {
  return value === UNRESOLVED || Token.isUnresolved(value);
}

function throwIfAny(errors: ReadonlyArray<string | undefined>): void {
  const found = errors.filter((error): error is string => error !== undefined);
  if (found.length > 0) {
    throw new Error(found.join('\n'));
  }
}

const ENUM_RULES = {
  channel: rules.channelError,
  crossChannelBehavior: rules.crossChannelBehaviorError,
  agentAvailabilityTimer: rules.agentAvailabilityTimerError,
} as const;

/** An enum-like value given to `of()`: upper case, the way Connect spells enum values. */
export function validateEnumValue(kind: keyof typeof ENUM_RULES, value: string, prop: string): void {
  if (!isUnresolved(value)) {
    throwIfAny([ENUM_RULES[kind](value, prop)]);
  }
}

/** A channel's concurrency: VOICE exactly 1, other channels 1 to 10. */
export function validateConcurrency(channel: Channel, concurrency: number, prop = 'concurrency'): void {
  if (!isUnresolved(channel.name) && !isUnresolved(concurrency)) {
    throwIfAny([rules.concurrencyError(channel.name, concurrency, prop)]);
  }
}

/** A routing profile's name: 1 to 127 characters. */
export function validateRoutingProfileName(value: string, prop = 'name'): void {
  if (!isUnresolved(value)) {
    throwIfAny([rules.routingProfileNameError(value, prop)]);
  }
}

/** A routing profile's description: 1 to 250 characters. */
export function validateRoutingProfileDescription(value: string, prop = 'description'): void {
  if (!isUnresolved(value)) {
    throwIfAny([rules.routingProfileDescriptionError(value, prop)]);
  }
}

/** A quota override for queue/channel pairs: a whole number of at least 50. */
export function validateMaxQueuePairs(value: number, prop = 'maxQueuePairs'): void {
  if (!isUnresolved(value)) {
    throwIfAny([rules.maxQueuePairsError(value, prop)]);
  }
}

/** A queue ARN given to `QueueRef.fromQueueArn`. */
export function validateQueueArn(value: string, prop = 'queueArn'): void {
  if (!isUnresolved(value)) {
    throwIfAny([rules.queueArnError(value, prop)]);
  }
}

/** A queue id given to `QueueRef.fromQueueId`. */
export function validateQueueId(value: string, prop = 'queueId'): void {
  if (!isUnresolved(value)) {
    throwIfAny([rules.queueIdError(value, prop)]);
  }
}

/** A queue name given to `QueueRef.fromQueueName`. */
export function validateQueueName(value: string, prop = 'queueName'): void {
  if (!isUnresolved(value)) {
    throwIfAny([rules.queueNameError(value, prop)]);
  }
}

/** A profile's media concurrencies: each valid, no channel twice. */
export function validateMediaConcurrencies(concurrencies: readonly MediaConcurrency[], prop = 'mediaConcurrencies'): void {
  throwIfAny(rules.mediaConcurrenciesErrors(concurrencies.map(mediaConcurrencyData), { prop, isUnresolved }));
}

/**
 * A profile's queue configs: at most `maxPairs`, each valid, each on a channel with a media concurrency, no
 * (queue, channel) pair twice.
 *
 * @param concurrencies the profile's media concurrencies; `undefined` when the profile does not manage them
 * @param maxPairs the quota override, `DEFAULT_MAX_QUEUE_PAIRS` when not given; a token skips the count
 */
export function validateQueueConfigs(
  configs: readonly QueueConfig[],
  concurrencies: readonly MediaConcurrency[] | undefined,
  maxPairs: number = DEFAULT_MAX_QUEUE_PAIRS,
  prop = 'queueConfigs',
): void {
  throwIfAny(rules.queueConfigsErrors(
    configs.map(queueConfigData),
    concurrencies?.map((concurrency) => concurrency.channel.name),
    countLimit(maxPairs),
    { prop, isUnresolved },
  ));
}

/**
 * A profile's manual-assignment queue configs: at most `maxPairs`, each valid, no (queue, channel) pair twice.
 *
 * @param maxPairs the quota override, `DEFAULT_MAX_QUEUE_PAIRS` when not given; a token skips the count
 */
export function validateManualAssignmentQueueConfigs(
  configs: readonly ManualAssignmentQueueConfig[],
  maxPairs: number = DEFAULT_MAX_QUEUE_PAIRS,
  prop = 'manualAssignmentQueueConfigs',
): void {
  throwIfAny(rules.manualAssignmentQueueConfigsErrors(
    configs.map((config) => ({ queue: config.queue._toSpec(), channel: config.channel.name })),
    countLimit(maxPairs),
    { prop, isUnresolved },
  ));
}

/**
 * Tags: at most `maxTags`, keys 1 to 128 characters without `aws:`, values at most 256 characters.
 *
 * @param maxTags `rules.MAX_TAGS` less the tags the library adds itself, if any
 */
export function validateTags(tags: { readonly [key: string]: string }, maxTags: number = rules.MAX_TAGS, prop = 'tags'): void {
  throwIfAny(rules.tagsErrors(tags, maxTags, { prop, isUnresolved }));
}

/** A queue config's delay in seconds, `0` when not given. */
export function delaySeconds(delay: Duration | undefined): number | typeof UNRESOLVED {
  if (delay === undefined) {
    return 0;
  }
  if (delay.isUnresolved()) {
    return UNRESOLVED;
  }
  // Not `toSeconds()`: that throws its own message on 1.5 s, and this rule's message should say what it got.
  return delay.toSeconds({ integral: false });
}

function countLimit(maxPairs: number): number {
  return isUnresolved(maxPairs) ? Number.POSITIVE_INFINITY : maxPairs;
}

function mediaConcurrencyData(concurrency: MediaConcurrency): rules.MediaConcurrencyData {
  return {
    channel: concurrency.channel.name,
    concurrency: concurrency.concurrency,
    crossChannelBehavior: concurrency.crossChannelBehavior?.behaviorType,
  };
}

function queueConfigData(config: QueueConfig): rules.QueueConfigData {
  return {
    queue: config.queue._toSpec(),
    channel: config.channel.name,
    priority: config.priority,
    delaySeconds: delaySeconds(config.delay),
  };
}
