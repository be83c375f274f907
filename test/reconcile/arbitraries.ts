import * as fc from 'fast-check';
import { CHANNELS, ReadState } from './fixtures';
import { channelArbitrary } from './media-concurrency-arbitraries';
import { DesiredProfile, LiveProfile, MediaConcurrency, QueueConfig, QueuePair } from '../../lambda/reconcile';
import { OWNERSHIP_TAG_KEY } from '../../src/private/contract';

// A small id space (15 queues × 4 channels = 60 pairs) so live and desired overlap a lot and, with lists of
// up to 50 pairs, often press against the quota. Lengths are drawn over the whole range (fast-check's default
// sizes would keep lists short and never need a second batch).
const ALL_PAIRS: QueuePair[] = Array.from({ length: 60 }, (_, i) => ({ queue: `q${String(Math.floor(i / 4)).padStart(2, '0')}`, channel: CHANNELS[i % 4] }));

const someOf = <T>(all: readonly T[], max: number): fc.Arbitrary<T[]> =>
  fc.integer({ min: 0, max: Math.min(max, all.length) }).chain(n => fc.shuffledSubarray([...all], { minLength: n, maxLength: n }));

const queueConfigs = (max: number): fc.Arbitrary<QueueConfig[]> => someOf(ALL_PAIRS, max).chain(pairs => fc.tuple(
  ...pairs.map(p => fc.record({ priority: fc.integer({ min: 1, max: 3 }), delaySeconds: fc.constantFrom(0, 5) }).map(pd => ({ ...p, ...pd }))),
));
const manualQueues = (max: number): fc.Arbitrary<QueuePair[]> => someOf(ALL_PAIRS, max);

// Both models (channel-level, or per workload type on TASK and EMAIL), with small values so both sides often agree.
const concurrencies: fc.Arbitrary<MediaConcurrency[]> = fc.subarray([...CHANNELS]).chain(channels => fc.tuple(
  ...channels.map(c => channelArbitrary(c, { maxConcurrency: 2 })),
));

const USER_TAG_KEYS = Array.from({ length: 70 }, (_, i) => `k${i}`);
const tagValue = fc.constantFrom('a', 'b');
const userTags: fc.Arbitrary<Record<string, string>> = someOf(USER_TAG_KEYS, 50)
  .chain(keys => fc.tuple(...keys.map(k => tagValue.map(v => [k, v] as const))))
  .map(entries => Object.fromEntries(entries));
const timer = fc.constantFrom('TIME_SINCE_LAST_ACTIVITY' as const, 'TIME_SINCE_LAST_INBOUND' as const);
const quota = fc.oneof(fc.constant(undefined), fc.integer({ min: 1, max: 50 }));

export const liveProfile = (max: number): fc.Arbitrary<LiveProfile & ReadState> => fc.record({
  routingProfileId: fc.constant('rp'),
  routingProfileArn: fc.constant('arn:aws:connect:us-east-1:111111111111:instance/i/routing-profile/rp'),
  isDefault: fc.constant(false),
  numberOfAssociatedUsers: fc.constant(0),
  name: fc.constantFrom('A', 'B'),
  description: fc.constantFrom('d1', 'd2', ''),
  defaultOutboundQueue: fc.constantFrom('o1', 'o2'),
  mediaConcurrencies: concurrencies,
  queueConfigs: queueConfigs(max),
  manualAssignmentQueueConfigs: manualQueues(max),
  agentAvailabilityTimer: fc.option(timer, { nil: undefined }),
  tags: fc.record({
    user: userTags,
    aws: fc.dictionary(fc.constantFrom('aws:cloudformation:stack-name', 'aws:x'), tagValue),
    owner: fc.option(fc.constant('Stack/Profile'), { nil: undefined }),
  }).map(({ user, aws, owner }) => ({ ...user, ...aws, ...(owner ? { [OWNERSHIP_TAG_KEY]: owner } : {}) })),
}, { requiredKeys: ['routingProfileId', 'routingProfileArn', 'isDefault', 'numberOfAssociatedUsers', 'name', 'description', 'defaultOutboundQueue', 'mediaConcurrencies', 'queueConfigs', 'manualAssignmentQueueConfigs', 'tags'] });

export const desiredProfile = (max: number, maxQueuePairs: number | undefined): fc.Arbitrary<DesiredProfile> => fc.record({
  name: fc.constantFrom('A', 'B'),
  description: fc.constantFrom('d1', 'd2'),
  defaultOutboundQueue: fc.constantFrom('o1', 'o2'),
  mediaConcurrencies: concurrencies,
  queueConfigs: fc.option(queueConfigs(max), { nil: undefined, freq: 8 }),
  manualAssignmentQueueConfigs: fc.option(manualQueues(max), { nil: undefined, freq: 8 }),
  agentAvailabilityTimer: fc.option(timer, { nil: undefined }),
  tags: fc.option(userTags, { nil: undefined, freq: 8 }),
  maxQueuePairs: fc.constant(maxQueuePairs),
}, { requiredKeys: ['name', 'description', 'defaultOutboundQueue', 'mediaConcurrencies', 'maxQueuePairs'] });

/** A live and a desired profile that both fit one quota (default 50, or a smaller one to press on it). */
export const reconcileCase = quota.chain(maxQueuePairs => {
  const max = maxQueuePairs ?? 50;
  return fc.record({ live: liveProfile(max), desired: desiredProfile(max, maxQueuePairs), quota: fc.constant(max) });
});
