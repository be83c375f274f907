import * as fc from 'fast-check';
import { recordedConcurrencyProblem } from '../../lambda/drift/recorded-concurrency';
import { BehaviorType, Channel, MediaConcurrency, planConcurrency } from '../../lambda/reconcile';
import { concurrencyDifferences } from '../../lambda/reconcile/differences';

const RCO = 'ROUTE_CURRENT_CHANNEL_ONLY';
const ANY = 'ROUTE_ANY_CHANNEL';
const CHANNELS: Channel[] = ['VOICE', 'CHAT', 'TASK', 'EMAIL'];

describe('concurrencyDifferences', () => {
  const live: MediaConcurrency[] = [
    { channel: 'VOICE', concurrency: 1, crossChannelBehavior: RCO },
    { channel: 'CHAT', concurrency: 2 },
    { channel: 'EMAIL', workloadTypeConcurrencies: [{ workloadType: 'BILLING', concurrency: 3 }] },
  ];

  test('only declared channels are compared: an undeclared channel or an undeclared behaviour is never drift', () => {
    expect(concurrencyDifferences([{ channel: 'CHAT', concurrency: 2 }], [...live, { channel: 'TASK', concurrency: 9, crossChannelBehavior: ANY }])).toEqual([]);
  });

  test('a behaviour Connect reports as absent is its default', () => {
    expect(concurrencyDifferences([{ channel: 'CHAT', concurrency: 2, crossChannelBehavior: RCO }], live)).toEqual([]);
    expect(concurrencyDifferences([{ channel: 'CHAT', concurrency: 2, crossChannelBehavior: ANY }], live)).toEqual([
      { field: 'mediaConcurrencies[CHAT].crossChannelBehavior', expected: ANY, actual: RCO },
    ]);
  });

  test('each declared field that differs is one entry; a missing channel is one entry with its declared value; workload types only is a null concurrency', () => {
    const desired: MediaConcurrency[] = [
      { channel: 'CHAT', concurrency: 4, crossChannelBehavior: ANY },
      { channel: 'TASK', concurrency: 2, crossChannelBehavior: ANY },
      { channel: 'EMAIL', concurrency: 1 },
    ];
    expect(concurrencyDifferences(desired, live)).toEqual([
      { field: 'mediaConcurrencies[CHAT].concurrency', expected: 4, actual: 2 },
      { field: 'mediaConcurrencies[CHAT].crossChannelBehavior', expected: ANY, actual: RCO },
      { field: 'mediaConcurrencies[TASK]', expected: { concurrency: 2, crossChannelBehavior: ANY }, actual: null },
      { field: 'mediaConcurrencies[EMAIL].concurrency', expected: 1, actual: null },
    ]);
  });

  test('property: differences exist exactly when planConcurrency plans a call', () => {
    const behavior = fc.option(fc.constantFrom<BehaviorType>(RCO, ANY), { nil: undefined });
    const concurrencyOf = (channel: Channel) => (channel === 'VOICE' ? fc.constant(1) : fc.integer({ min: 1, max: 10 }));
    const list = fc.shuffledSubarray(CHANNELS, { minLength: 1 }).chain((channels) => fc.tuple(...channels.map((channel) =>
      fc.record({ channel: fc.constant(channel), concurrency: concurrencyOf(channel), crossChannelBehavior: behavior },
        { requiredKeys: ['channel', 'concurrency'] }))));
    fc.assert(fc.property(list, list, (liveList: MediaConcurrency[], desired: MediaConcurrency[]) => {
      expect(concurrencyDifferences(desired, liveList).length > 0).toBe(planConcurrency(desired, liveList).length > 0);
    }), { numRuns: 500 });
  });
});

describe('recordedConcurrencyProblem', () => {
  test('none for what the provider records', () => {
    expect(recordedConcurrencyProblem({ mediaConcurrencies: [{ channel: 'CHAT', concurrency: 5, crossChannelBehavior: ANY }, { channel: 'TASK', concurrency: 2 }] }))
      .toBeUndefined();
  });

  test.each([
    ['not an object', [], '`Desired` must be an object, got: []'],
    ['no channel', { mediaConcurrencies: [] }, '`Desired.mediaConcurrencies` must list {channel, concurrency, crossChannelBehavior?}, each channel once, got: []'],
    ['a concurrency as a string', { mediaConcurrencies: [{ channel: 'CHAT', concurrency: '5' }] }, 'got: [{"channel":"CHAT","concurrency":"5"}]'],
    ['a channel twice', { mediaConcurrencies: [{ channel: 'CHAT', concurrency: 5 }, { channel: 'CHAT', concurrency: 3 }] }, 'each channel once'],
    ['a behaviour that is not a string', { mediaConcurrencies: [{ channel: 'CHAT', concurrency: 5, crossChannelBehavior: 1 }] }, '"crossChannelBehavior":1'],
  ])('%s', (_label, desired, message) => {
    expect(recordedConcurrencyProblem(desired)).toContain(message);
  });
});
