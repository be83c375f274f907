import * as fc from 'fast-check';
import { mediaConcurrencyList } from './media-concurrency-arbitraries';
import { recordedConcurrencyProblem } from '../../lambda/drift/recorded-concurrency';
import { MediaConcurrency, planConcurrency } from '../../lambda/reconcile';
import { concurrencyDifferences } from '../../lambda/reconcile/differences';

const RCO = 'ROUTE_CURRENT_CHANNEL_ONLY';
const ANY = 'ROUTE_ANY_CHANNEL';
const CC = 'ROUTE_CURRENT_CHANNEL_CURRENT_WORKLOADTYPE_ONLY';
const CA = 'ROUTE_CURRENT_CHANNEL_ANY_WORKLOADTYPE_ONLY';
const AA = 'ROUTE_ANY_CHANNEL_ANY_WORKLOAD_TYPE';

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
      { field: 'mediaConcurrencies[EMAIL].workloadTypeConcurrencies[BILLING]', expected: null, actual: { concurrency: 3 } },
    ]);
  });

  test('workload types are compared by type, each difference naming its type', () => {
    const liveTask: MediaConcurrency[] = [{
      channel: 'TASK',
      concurrency: 0,
      workloadTypeConcurrencies: [
        { workloadType: 'billing', concurrency: 2, crossChannelWorkloadBehavior: CA },
        { workloadType: 'returns', concurrency: 2 },
        { workloadType: 'general', concurrency: 1 },
      ],
    }];
    const desired: MediaConcurrency[] = [{
      channel: 'TASK',
      workloadTypeConcurrencies: [
        { workloadType: 'general', concurrency: 1 },
        { workloadType: 'billing', concurrency: 3, crossChannelWorkloadBehavior: AA },
        { workloadType: 'vip', concurrency: 1 },
      ],
    }];
    expect(concurrencyDifferences(desired, liveTask)).toEqual([
      { field: 'mediaConcurrencies[TASK].workloadTypeConcurrencies[billing].concurrency', expected: 3, actual: 2 },
      { field: 'mediaConcurrencies[TASK].workloadTypeConcurrencies[billing].crossChannelWorkloadBehavior', expected: AA, actual: CA },
      { field: 'mediaConcurrencies[TASK].workloadTypeConcurrencies[vip]', expected: { concurrency: 1 }, actual: null },
      { field: 'mediaConcurrencies[TASK].workloadTypeConcurrencies[returns]', expected: null, actual: { concurrency: 2 } },
    ]);
  });

  test('declared per workload type against a channel-level concurrency: the concurrency and each type', () => {
    expect(concurrencyDifferences([{ channel: 'CHAT', concurrency: 2 }, { channel: 'TASK', workloadTypeConcurrencies: [{ workloadType: 'billing', concurrency: 3 }] }],
      [...live, { channel: 'TASK', concurrency: 4 }])).toEqual([
      { field: 'mediaConcurrencies[TASK].concurrency', expected: null, actual: 4 },
      { field: 'mediaConcurrencies[TASK].workloadTypeConcurrencies[billing]', expected: { concurrency: 3 }, actual: null },
    ]);
    expect(concurrencyDifferences([{ channel: 'TASK', workloadTypeConcurrencies: [{ workloadType: 'billing', concurrency: 3, crossChannelWorkloadBehavior: CC }] }], live))
      .toEqual([{
        field: 'mediaConcurrencies[TASK]',
        expected: { concurrency: null, workloadTypeConcurrencies: [{ workloadType: 'billing', concurrency: 3, crossChannelWorkloadBehavior: CC }] },
        actual: null,
      }]);
  });

  test('property: differences exist exactly when planConcurrency plans a call', () => {
    const liveList = mediaConcurrencyList({ maxConcurrency: 3, zeroBesideWorkloadTypes: true });
    fc.assert(fc.property(liveList, mediaConcurrencyList({ maxConcurrency: 3 }), (have: MediaConcurrency[], desired: MediaConcurrency[]) => {
      expect(concurrencyDifferences(desired, have).length > 0).toBe(planConcurrency(desired, have).length > 0);
    }), { numRuns: 500 });
  });
});

describe('recordedConcurrencyProblem', () => {
  test('none for what the provider records', () => {
    expect(recordedConcurrencyProblem({ mediaConcurrencies: [{ channel: 'CHAT', concurrency: 5, crossChannelBehavior: ANY }, { channel: 'TASK', concurrency: 2 }] }))
      .toBeUndefined();
    expect(recordedConcurrencyProblem({ mediaConcurrencies: [{ channel: 'TASK', workloadTypeConcurrencies: [{ workloadType: 'b', concurrency: 2, crossChannelWorkloadBehavior: AA }] }] }))
      .toBeUndefined();
  });

  test.each([
    ['not an object', [], '`Desired` must be an object, got: []'],
    ['no channel', { mediaConcurrencies: [] },
      '`Desired.mediaConcurrencies` must list {channel, concurrency or workloadTypeConcurrencies, crossChannelBehavior?}, each channel once, got: []'],
    ['both models', { mediaConcurrencies: [{ channel: 'TASK', concurrency: 2, workloadTypeConcurrencies: [{ workloadType: 'b', concurrency: 1 }] }] }, 'got: [{"channel":"TASK"'],
    ['an empty workload-type list', { mediaConcurrencies: [{ channel: 'TASK', workloadTypeConcurrencies: [] }] }, '"workloadTypeConcurrencies":[]'],
    ['a workload type without its concurrency', { mediaConcurrencies: [{ channel: 'TASK', workloadTypeConcurrencies: [{ workloadType: 'b' }] }] }, '"workloadType":"b"'],
    ['a concurrency as a string', { mediaConcurrencies: [{ channel: 'CHAT', concurrency: '5' }] }, 'got: [{"channel":"CHAT","concurrency":"5"}]'],
    ['a channel twice', { mediaConcurrencies: [{ channel: 'CHAT', concurrency: 5 }, { channel: 'CHAT', concurrency: 3 }] }, 'each channel once'],
    ['a behaviour that is not a string', { mediaConcurrencies: [{ channel: 'CHAT', concurrency: 5, crossChannelBehavior: 1 }] }, '"crossChannelBehavior":1'],
  ])('%s', (_label, desired, message) => {
    expect(recordedConcurrencyProblem(desired)).toContain(message);
  });
});
