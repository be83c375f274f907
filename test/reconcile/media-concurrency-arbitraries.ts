/**
 * Media concurrency lists for property tests, both models: a channel-level concurrency, or (TASK and EMAIL) up to
 * three workload types out of a small set, so declared and live lists often share types. And an oracle, written
 * from the rules rather than from the planner, of whether a live channel gives what a declared one declares.
 */
import * as fc from 'fast-check';
import { CHANNELS } from './fixtures';
import { BehaviorType, Channel, ChannelWorkloadBehaviorType, MediaConcurrency, WorkloadTypeConcurrency } from '../../lambda/reconcile';

const DEFAULT_BEHAVIOR = 'ROUTE_CURRENT_CHANNEL_ONLY';
const WORKLOAD_TYPES = ['billing', 'returns', 'general'];

const behavior = fc.option(fc.constantFrom<BehaviorType>('ROUTE_CURRENT_CHANNEL_ONLY', 'ROUTE_ANY_CHANNEL'), { nil: undefined });
const workloadBehavior = fc.option(fc.constantFrom<ChannelWorkloadBehaviorType>(
  'ROUTE_CURRENT_CHANNEL_CURRENT_WORKLOADTYPE_ONLY', 'ROUTE_CURRENT_CHANNEL_ANY_WORKLOADTYPE_ONLY', 'ROUTE_ANY_CHANNEL_ANY_WORKLOAD_TYPE',
), { nil: undefined });

const workloadTypes: fc.Arbitrary<WorkloadTypeConcurrency[]> = fc.shuffledSubarray(WORKLOAD_TYPES, { minLength: 1 })
  .chain((types) => fc.tuple(...types.map((workloadType) => fc.record({
    workloadType: fc.constant(workloadType),
    concurrency: fc.integer({ min: 1, max: 3 }),
    crossChannelWorkloadBehavior: workloadBehavior,
  }, { requiredKeys: ['workloadType', 'concurrency'] }))));

export interface ListOptions {
  /** The largest channel-level concurrency drawn (a small one makes equal values common). Default 10. */
  readonly maxConcurrency?: number;
  /** Whether a channel configured per workload type may also report a channel-level 0, as Connect may. Default false. */
  readonly zeroBesideWorkloadTypes?: boolean;
}

/** One channel in either model its channel allows. */
export function channelArbitrary(channel: Channel, options: ListOptions = {}): fc.Arbitrary<MediaConcurrency> {
  const plain = fc.record({
    channel: fc.constant(channel),
    concurrency: channel === 'VOICE' ? fc.constant(1) : fc.integer({ min: 1, max: options.maxConcurrency ?? 10 }),
    crossChannelBehavior: behavior,
  }, { requiredKeys: ['channel', 'concurrency'] });
  if (channel !== 'TASK' && channel !== 'EMAIL') return plain;
  const perWorkloadType = fc.record({
    channel: fc.constant(channel),
    concurrency: options.zeroBesideWorkloadTypes ? fc.constant(0) : fc.constant(undefined),
    crossChannelBehavior: behavior,
    workloadTypeConcurrencies: workloadTypes,
  }, { requiredKeys: ['channel', 'workloadTypeConcurrencies'] });
  return fc.oneof(plain, perWorkloadType);
}

/** A list of distinct channels, at least one. */
export function mediaConcurrencyList(options: ListOptions = {}): fc.Arbitrary<MediaConcurrency[]> {
  return fc.shuffledSubarray([...CHANNELS], { minLength: 1 })
    .chain((channels) => fc.tuple(...channels.map((channel) => channelArbitrary(channel, options))));
}

/**
 * Whether a live channel gives what a declared one declares: the declared model only (a channel-level 0 beside
 * workload types counts as none), workload types as a set by type, behaviours where declared (an absent channel
 * behaviour is Connect's default; an absent workload behaviour is compared as absent).
 */
export function matchesDeclared(want: MediaConcurrency, have: MediaConcurrency | undefined): boolean {
  if (have === undefined) return false;
  if (want.crossChannelBehavior !== undefined && want.crossChannelBehavior !== (have.crossChannelBehavior ?? DEFAULT_BEHAVIOR)) return false;
  const live = have.workloadTypeConcurrencies ?? [];
  if (want.workloadTypeConcurrencies === undefined) return have.concurrency === want.concurrency && live.length === 0;
  return (have.concurrency ?? 0) === 0 && live.length === want.workloadTypeConcurrencies.length
    && want.workloadTypeConcurrencies.every((w) => live.some((h) => h.workloadType === w.workloadType && h.concurrency === w.concurrency
      && (w.crossChannelWorkloadBehavior === undefined || w.crossChannelWorkloadBehavior === h.crossChannelWorkloadBehavior)));
}
