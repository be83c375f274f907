/**
 * Random Connect instances for the export round trip: names that test quoting and ids (quotes, backslashes, `${`,
 * unicode, line separators, names that differ only in case), and profiles across
 * every channel and both concurrency models, with up to 50 queue pairs and 50 manual-assignment pairs, timers and
 * up to 49 tags.
 */
import * as fc from 'fast-check';
import type { InstanceSpec, ProfileSpec } from './connect-instance';
import type { AgentAvailabilityTimer, Channel } from '../../lambda/reconcile/types';
import { OWNERSHIP_TAG_KEY } from '../../src/private/contract';
import { CHANNELS } from '../reconcile/fixtures';
import { mediaConcurrencyList } from '../reconcile/media-concurrency-arbitraries';

const TRICKY_NAMES = [
  'Tier 1 Support', 'Sales', 'sales', 'Café Ñandú', 'Queue "quoted"', 'O\'Brien\'s desk', 'back\\slash', '${not.a.template}',
  '*/ still a name', '日本語サポート', '1st line', 'tab\there', 'line\u2028separator', 'CdkConnectRoutingDriftReconciler',
];

/** Connect counts characters as code points (Smithy's `@length`): a grapheme may hold several. */
const name = (maxLength: number) => fc.oneof(
  fc.constantFrom(...TRICKY_NAMES),
  fc.string({ minLength: 1, maxLength, unit: 'grapheme' }),
  fc.string({ minLength: 1, maxLength }),
).filter((value) => [...value].length <= maxLength);

const tagKey = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 _.:/=+\-@]{0,30}$/).filter((key) => !key.startsWith('aws:') && key !== OWNERSHIP_TAG_KEY);
const tagValue = fc.string({ maxLength: 40, unit: 'grapheme' }).filter((value) => [...value].length <= 256);

function profile(profileName: string, queueCount: number): fc.Arbitrary<ProfileSpec> {
  const queue = fc.integer({ min: -1, max: queueCount - 1 });
  return fc.record({
    mediaConcurrencies: fc.boolean().chain((zero) => mediaConcurrencyList({ zeroBesideWorkloadTypes: zero })),
    manualAssignmentQueueConfigs: fc.uniqueArray(fc.record({ queue, channel: fc.constantFrom<Channel>(...CHANNELS) }),
      { selector: (q) => `${q.queue}/${q.channel}`, maxLength: 50, size: 'max' }),
    description: name(120),
    defaultOutboundQueue: queue,
    agentAvailabilityTimer: fc.option(fc.constantFrom<AgentAvailabilityTimer>('TIME_SINCE_LAST_ACTIVITY', 'TIME_SINCE_LAST_INBOUND'), { nil: undefined }),
    tags: fc.oneof(fc.dictionary(tagKey, tagValue, { maxKeys: 5 }), fc.dictionary(tagKey, tagValue, { maxKeys: 49, size: 'max' })),
  }).chain((rest) => fc.uniqueArray(fc.record({
    queue,
    // Pairs on the profile's own channels: the construct refuses others, so such a profile is left out of an export.
    channel: fc.constantFrom(...rest.mediaConcurrencies.map((m) => m.channel)),
    priority: fc.integer({ min: 1, max: 99 }),
    delaySeconds: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 9999 })),
  }), { selector: (q) => `${q.queue}/${q.channel}`, maxLength: 50, size: 'max' }).map((queueConfigs) => ({
    ...rest,
    name: profileName,
    queueConfigs,
  })));
}

/** An instance: 1 to 30 queues and 0 to 3 profiles beside the default one. */
export const instanceSpec: fc.Arbitrary<InstanceSpec> = fc.record({
  queueNames: fc.uniqueArray(name(40).filter((n) => n !== 'BasicQueue'), { minLength: 1, maxLength: 30 }),
  profileNames: fc.uniqueArray(name(60).filter((n) => n !== 'Basic Routing Profile'), { maxLength: 3 }),
}).chain(({ queueNames, profileNames }) => fc.tuple(...profileNames.map((n) => profile(n, queueNames.length)))
  .map((profiles) => ({ queueNames, profiles })));
