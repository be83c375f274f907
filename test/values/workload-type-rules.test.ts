import * as fc from 'fast-check';
import { crossChannelWorkloadBehaviorError, mediaConcurrenciesErrors, workloadTypeConcurrenciesErrors } from '../../src/private/rules';

const type = (WorkloadType: unknown, Concurrency: unknown = 1, CrossChannelWorkloadBehavior?: unknown) =>
  ({ WorkloadType, Concurrency, ...(CrossChannelWorkloadBehavior !== undefined ? { CrossChannelWorkloadBehavior } : {}) });
const types = (...concurrencies: number[]) => concurrencies.map((c, i) => type(`type-${i}`, c));
const PROP = 'workloadTypeConcurrencies';

describe('workloadTypeConcurrenciesErrors', () => {
  test.each(['TASK', 'EMAIL'])('accepted on %s', (channel) => {
    expect(workloadTypeConcurrenciesErrors(channel, types(3, 2))).toEqual([]);
  });

  test.each(['CHAT', 'VOICE', 'VIDEO'])('refused on %s, naming the channel', (channel) => {
    expect(workloadTypeConcurrenciesErrors(channel, types(1))).toEqual([
      `\`${PROP}\` must be on the TASK or EMAIL channel (Connect takes workload types there only), got: "${channel}"`,
    ]);
  });

  test('1 and 5 workload types are accepted; 0 and 6 are not', () => {
    expect(workloadTypeConcurrenciesErrors('TASK', types(1))).toEqual([]);
    expect(workloadTypeConcurrenciesErrors('TASK', types(2, 2, 2, 2, 2))).toEqual([]);
    expect(workloadTypeConcurrenciesErrors('TASK', [])).toEqual([`\`${PROP}\` must hold 1 to 5 workload types per channel, got: 0`]);
    expect(workloadTypeConcurrenciesErrors('TASK', types(1, 1, 1, 1, 1, 1))).toEqual([`\`${PROP}\` must hold 1 to 5 workload types per channel, got: 6`]);
  });

  test('a concurrency from 1 to 10 (CloudFormation\'s strings included); 0, 11, 1.5 and text are not', () => {
    expect(workloadTypeConcurrenciesErrors('TASK', [type('billing', 1)])).toEqual([]);
    expect(workloadTypeConcurrenciesErrors('TASK', [type('billing', 10)])).toEqual([]);
    expect(workloadTypeConcurrenciesErrors('TASK', [type('billing', '10')])).toEqual([]);
    for (const [bad, shown] of [[0, '0'], [11, '11'], [1.5, '1.5'], ['x', '"x"']]) {
      expect(workloadTypeConcurrenciesErrors('TASK', [type('billing', bad)]))
        .toEqual([`\`${PROP}[0].concurrency\` must be a whole number from 1 to 10, got: ${shown}`]);
    }
  });

  test('the concurrencies sum to at most 10 on a channel: 10 passes, 11 does not', () => {
    expect(workloadTypeConcurrenciesErrors('EMAIL', types(4, 6))).toEqual([]);
    expect(workloadTypeConcurrenciesErrors('EMAIL', types(5, 6))).toEqual([`\`${PROP}\` must have concurrencies that sum to at most 10 per channel, got: 11`]);
  });

  test('a workload type once per channel, non-empty', () => {
    expect(workloadTypeConcurrenciesErrors('TASK', [type('billing'), type('returns'), type('billing')]))
      .toEqual([`\`${PROP}[2].workloadType\` must not repeat the workload type of \`${PROP}[0]\`, got: "billing"`]);
    expect(workloadTypeConcurrenciesErrors('TASK', [type(''), type(7)])).toEqual([
      `\`${PROP}[0].workloadType\` must be a non-empty string (a value of the instance's connect:WorkloadType), got: ""`,
      `\`${PROP}[1].workloadType\` must be a non-empty string (a value of the instance's connect:WorkloadType), got: 7`,
    ]);
  });

  test('a behaviour is one of Connect\'s three, spelt as Connect spells them', () => {
    for (const behavior of ['ROUTE_CURRENT_CHANNEL_CURRENT_WORKLOADTYPE_ONLY', 'ROUTE_CURRENT_CHANNEL_ANY_WORKLOADTYPE_ONLY',
      'ROUTE_ANY_CHANNEL_ANY_WORKLOAD_TYPE']) {
      expect(workloadTypeConcurrenciesErrors('TASK', [type('billing', 1, behavior)])).toEqual([]);
    }
    for (const behavior of ['any', 'ROUTE_SOMETHING_NEWER', 'ROUTE_ANY_CHANNEL_ANY_WORKLOADTYPE']) {
      expect(workloadTypeConcurrenciesErrors('TASK', [type('billing', 1, behavior)])).toEqual([
        `\`${PROP}[0].crossChannelWorkloadBehavior\` must be a cross-channel workload behavior: one of `
        + 'ROUTE_CURRENT_CHANNEL_CURRENT_WORKLOADTYPE_ONLY, ROUTE_CURRENT_CHANNEL_ANY_WORKLOADTYPE_ONLY, ROUTE_ANY_CHANNEL_ANY_WORKLOAD_TYPE, '
        + `got: ${JSON.stringify(behavior)}`,
      ]);
    }
    expect(crossChannelWorkloadBehaviorError(undefined)).toContain('got: undefined');
  });

  test('values not known yet are skipped, and so is the sum they are part of', () => {
    const isUnresolved = (value: unknown) => value === 'TOKEN';
    expect(workloadTypeConcurrenciesErrors('TASK', [type('TOKEN', 6), type('TOKEN', 'TOKEN')], { isUnresolved })).toEqual([]);
    expect(workloadTypeConcurrenciesErrors('TOKEN', types(1), { isUnresolved })).toEqual([]);
  });

  test('property: no error exactly for 1..5 distinct types of 1..10 summing to at most 10 on TASK or EMAIL', () => {
    const entry = fc.record({ WorkloadType: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), Concurrency: fc.integer({ min: -1, max: 11 }) });
    fc.assert(fc.property(fc.constantFrom('TASK', 'EMAIL', 'CHAT'), fc.array(entry, { maxLength: 7 }), (channel, list) => {
      const valid = channel !== 'CHAT' && list.length >= 1 && list.length <= 5
        && new Set(list.map((w) => w.WorkloadType)).size === list.length
        && list.every((w) => w.Concurrency >= 1 && w.Concurrency <= 10)
        && list.reduce((sum, w) => sum + w.Concurrency, 0) <= 10;
      expect(workloadTypeConcurrenciesErrors(channel, list).length === 0).toBe(valid);
    }), { numRuns: 500 });
  });
});

describe('mediaConcurrenciesErrors with workload types', () => {
  test('a channel gives workload types or a concurrency, never both; each list is checked under its channel\'s path', () => {
    expect(mediaConcurrenciesErrors([
      { Channel: 'VOICE', Concurrency: '1' },
      { Channel: 'TASK', WorkloadTypeConcurrencies: types(3, 2) },
      { Channel: 'EMAIL', WorkloadTypeConcurrencies: [type('type-0', 5)] },
    ])).toEqual([]);
    expect(mediaConcurrenciesErrors([
      { Channel: 'TASK', Concurrency: 0, WorkloadTypeConcurrencies: types(3) },
      { Channel: 'CHAT', WorkloadTypeConcurrencies: types(11) },
    ])).toEqual([
      '`mediaConcurrencies[0].concurrency` must be left out on a channel configured per workload type (a channel uses one model or the other), got: 0',
      '`mediaConcurrencies[1].workloadTypeConcurrencies` must be on the TASK or EMAIL channel (Connect takes workload types there only), got: "CHAT"',
      '`mediaConcurrencies[1].workloadTypeConcurrencies[0].concurrency` must be a whole number from 1 to 10, got: 11',
    ]);
  });

  test('a channel with neither is a missing concurrency', () => {
    expect(mediaConcurrenciesErrors([{ Channel: 'TASK' }])).toEqual(['`mediaConcurrencies[0].concurrency` for TASK must be a whole number from 1 to 10, got: undefined']);
  });
});
