import { UpdateRoutingProfileConcurrencyCommand, UpdateRoutingProfileConcurrencyCommandInput } from '@aws-sdk/client-connect';
import * as fc from 'fast-check';
import { matchesDeclared, mediaConcurrencyList } from './media-concurrency-arbitraries';
import {
  ConcurrencyCall,
  MediaConcurrency,
  liveAfter,
  planConcurrency,
  planConcurrencyChange,
  planConcurrencyRestore,
  rememberConcurrency,
  WorkloadTypeConcurrency,
} from '../../lambda/reconcile';

const RCO = 'ROUTE_CURRENT_CHANNEL_ONLY' as const;
const ANY = 'ROUTE_ANY_CHANNEL' as const;
const CC = 'ROUTE_CURRENT_CHANNEL_CURRENT_WORKLOADTYPE_ONLY' as const;
const CA = 'ROUTE_CURRENT_CHANNEL_ANY_WORKLOADTYPE_ONLY' as const;
const AA = 'ROUTE_ANY_CHANNEL_ANY_WORKLOAD_TYPE' as const;

/** The emulator's (and Connect's) default "Basic Routing Profile". */
const BASIC: MediaConcurrency[] = [
  { channel: 'VOICE', concurrency: 1, crossChannelBehavior: RCO },
  { channel: 'CHAT', concurrency: 2, crossChannelBehavior: RCO },
  { channel: 'TASK', concurrency: 1, crossChannelBehavior: RCO },
];

/** What UpdateRoutingProfileConcurrency does: the list sent becomes the live list, as sent. */
function apply(live: readonly MediaConcurrency[], calls: readonly ConcurrencyCall[]): MediaConcurrency[] {
  let result = [...live];
  for (const call of calls) {
    result = call.input.MediaConcurrencies.map((m) => ({
      channel: m.Channel,
      ...(m.Concurrency !== undefined ? { concurrency: m.Concurrency } : {}),
      ...(m.CrossChannelBehavior ? { crossChannelBehavior: m.CrossChannelBehavior.BehaviorType } : {}),
      ...(m.WorkloadTypeConcurrencies ? {
        workloadTypeConcurrencies: m.WorkloadTypeConcurrencies.map((w) => ({
          workloadType: w.WorkloadType,
          concurrency: w.Concurrency,
          crossChannelWorkloadBehavior: w.CrossChannelWorkloadBehavior?.ChannelWorkloadBehaviorType,
        })),
      } : {}),
    }));
  }
  return result;
}

describe('planConcurrency', () => {
  test('live already as declared: zero calls', () => {
    expect(planConcurrency([{ channel: 'CHAT', concurrency: 2 }], BASIC)).toEqual([]);
    expect(planConcurrency([{ channel: 'CHAT', concurrency: 2, crossChannelBehavior: RCO }], BASIC)).toEqual([]);
  });

  test('a declared behaviour equal to Connect\'s default matches a live channel that reports none', () => {
    expect(planConcurrency([{ channel: 'CHAT', concurrency: 2, crossChannelBehavior: RCO }], [{ channel: 'CHAT', concurrency: 2 }])).toEqual([]);
  });

  test('an undeclared channel never causes a call, whatever its value', () => {
    const live: MediaConcurrency[] = [...BASIC.slice(0, 2), { channel: 'TASK', concurrency: 9, crossChannelBehavior: ANY }];
    expect(planConcurrency([{ channel: 'CHAT', concurrency: 2 }], live)).toEqual([]);
  });

  test('one declared change: one call with every live channel, the undeclared ones exactly as they are', () => {
    expect(planConcurrency([{ channel: 'CHAT', concurrency: 5, crossChannelBehavior: ANY }], BASIC)).toEqual([{
      operation: 'UpdateRoutingProfileConcurrency',
      input: {
        MediaConcurrencies: [
          { Channel: 'VOICE', Concurrency: 1, CrossChannelBehavior: { BehaviorType: RCO } },
          { Channel: 'CHAT', Concurrency: 5, CrossChannelBehavior: { BehaviorType: ANY } },
          { Channel: 'TASK', Concurrency: 1, CrossChannelBehavior: { BehaviorType: RCO } },
        ],
      },
    }]);
  });

  test('an undeclared behaviour keeps the live one; a channel the profile lacks is appended', () => {
    const [call] = planConcurrency([{ channel: 'CHAT', concurrency: 4 }, { channel: 'EMAIL', concurrency: 3 }], BASIC);
    expect(call.input.MediaConcurrencies).toEqual([
      { Channel: 'VOICE', Concurrency: 1, CrossChannelBehavior: { BehaviorType: RCO } },
      { Channel: 'CHAT', Concurrency: 4, CrossChannelBehavior: { BehaviorType: RCO } },
      { Channel: 'TASK', Concurrency: 1, CrossChannelBehavior: { BehaviorType: RCO } },
      { Channel: 'EMAIL', Concurrency: 3 },
    ]);
  });

  test('an undeclared channel\'s workload types go back untouched; a declared channel is sent in its declared model only', () => {
    const sent = [{ WorkloadType: 'Billing', Concurrency: 2, CrossChannelWorkloadBehavior: { ChannelWorkloadBehaviorType: AA } }];
    const workload = [{ workloadType: 'Billing', concurrency: 2, crossChannelWorkloadBehavior: AA }];
    const live: MediaConcurrency[] = [
      { channel: 'VOICE', concurrency: 1 },
      { channel: 'TASK', workloadTypeConcurrencies: workload },
      { channel: 'EMAIL', concurrency: 0, workloadTypeConcurrencies: workload },
    ];
    const [call] = planConcurrency([{ channel: 'EMAIL', concurrency: 3 }], live);
    expect(call.input.MediaConcurrencies).toEqual([
      { Channel: 'VOICE', Concurrency: 1 },
      { Channel: 'TASK', WorkloadTypeConcurrencies: sent },
      { Channel: 'EMAIL', Concurrency: 3 },
    ]);
  });

  describe('a channel declared per workload type', () => {
    const billing3 = { workloadType: 'billing', concurrency: 3 };
    const returns2 = { workloadType: 'returns', concurrency: 2, crossChannelWorkloadBehavior: CA };

    test('replaces a live channel-level concurrency: one call, TASK sent with its workload types and no Concurrency', () => {
      expect(planConcurrency([{ channel: 'TASK', workloadTypeConcurrencies: [billing3, returns2] }], BASIC)).toEqual([{
        operation: 'UpdateRoutingProfileConcurrency',
        input: {
          MediaConcurrencies: [
            { Channel: 'VOICE', Concurrency: 1, CrossChannelBehavior: { BehaviorType: RCO } },
            { Channel: 'CHAT', Concurrency: 2, CrossChannelBehavior: { BehaviorType: RCO } },
            {
              Channel: 'TASK',
              CrossChannelBehavior: { BehaviorType: RCO },
              WorkloadTypeConcurrencies: [
                { WorkloadType: 'billing', Concurrency: 3 },
                { WorkloadType: 'returns', Concurrency: 2, CrossChannelWorkloadBehavior: { ChannelWorkloadBehaviorType: CA } },
              ],
            },
          ],
        },
      }]);
    });

    test('compares as a set keyed by type: another order, an undeclared behaviour, or a live channel-level 0 is no call', () => {
      const live: MediaConcurrency[] = [{ channel: 'TASK', concurrency: 0, workloadTypeConcurrencies: [{ ...returns2 }, { ...billing3, crossChannelWorkloadBehavior: AA }] }];
      expect(planConcurrency([{ channel: 'TASK', workloadTypeConcurrencies: [billing3, returns2] }], live)).toEqual([]);
    });

    test.each<[string, WorkloadTypeConcurrency[]]>([
      ['a concurrency', [{ workloadType: 'billing', concurrency: 4 }, returns2]],
      ['a declared behaviour', [{ ...billing3, crossChannelWorkloadBehavior: CC }, returns2]],
      ['a type fewer', [billing3]],
      ['a type more', [billing3, returns2, { workloadType: 'general', concurrency: 1 }]],
    ])('differs in %s: one call; undeclared behaviours go back as live', (_label, declared) => {
      const live: MediaConcurrency[] = [{ channel: 'TASK', workloadTypeConcurrencies: [{ ...billing3, crossChannelWorkloadBehavior: AA }, returns2] }];
      const [call] = planConcurrency([{ channel: 'TASK', workloadTypeConcurrencies: declared }], live);
      const sent = call.input.MediaConcurrencies[0].WorkloadTypeConcurrencies!;
      expect(sent.map((w) => w.WorkloadType)).toEqual(declared.map((w) => w.workloadType));
      expect(sent[0].CrossChannelWorkloadBehavior?.ChannelWorkloadBehaviorType).toBe(declared[0].crossChannelWorkloadBehavior ?? AA);
    });

    test('a live channel-level concurrency above 0 beside the declared workload types is a difference', () => {
      const live: MediaConcurrency[] = [{ channel: 'TASK', concurrency: 2, workloadTypeConcurrencies: [billing3] }];
      const [call] = planConcurrency([{ channel: 'TASK', workloadTypeConcurrencies: [billing3] }], live);
      expect(call.input.MediaConcurrencies).toEqual([{ Channel: 'TASK', WorkloadTypeConcurrencies: [{ WorkloadType: 'billing', Concurrency: 3 }] }]);
    });

    test('declared back to a channel-level concurrency: the live workload types are dropped', () => {
      const live: MediaConcurrency[] = [{ channel: 'EMAIL', workloadTypeConcurrencies: [billing3] }];
      expect(planConcurrency([{ channel: 'EMAIL', concurrency: 3 }], live)[0].input.MediaConcurrencies).toEqual([{ Channel: 'EMAIL', Concurrency: 3 }]);
    });
  });

  test('a channel declared twice is a programming error, not a plan', () => {
    expect(() => planConcurrency([{ channel: 'CHAT', concurrency: 1 }, { channel: 'CHAT', concurrency: 2 }], BASIC))
      .toThrow('desired media concurrencies list a channel twice; got: ["CHAT","CHAT"]');
  });
});

describe('planConcurrencyRestore', () => {
  const original = rememberConcurrency(BASIC);

  test('remembers channel, concurrency and behaviour, in live order, nothing invented', () => {
    expect(original).toEqual([
      { channel: 'VOICE', concurrency: 1, crossChannelBehavior: RCO },
      { channel: 'CHAT', concurrency: 2, crossChannelBehavior: RCO },
      { channel: 'TASK', concurrency: 1, crossChannelBehavior: RCO },
    ]);
    expect(rememberConcurrency([{ channel: 'TASK', workloadTypeConcurrencies: [] }])).toEqual([{ channel: 'TASK' }]);
  });

  test('remembers workload types, behaviours included', () => {
    const workloadTypeConcurrencies = [{ workloadType: 'billing', concurrency: 3, crossChannelWorkloadBehavior: CA }];
    expect(rememberConcurrency([{ channel: 'TASK', concurrency: 0, workloadTypeConcurrencies }]))
      .toEqual([{ channel: 'TASK', concurrency: 0, workloadTypeConcurrencies }]);
  });

  test('a channel changed to workload types goes back to its channel-level concurrency, and the other way round', () => {
    const workload: MediaConcurrency = { channel: 'EMAIL', workloadTypeConcurrencies: [{ workloadType: 'billing', concurrency: 3 }] };
    const withTask = apply(BASIC, planConcurrency([{ channel: 'TASK', workloadTypeConcurrencies: [{ workloadType: 'returns', concurrency: 4 }] }], BASIC));
    expect(apply(withTask, planConcurrencyRestore(original, ['TASK'], withTask))).toEqual(BASIC);

    const live = [...BASIC, workload];
    const remembered = rememberConcurrency(live);
    const changed = apply(live, planConcurrency([{ channel: 'EMAIL', concurrency: 2 }], live));
    expect(apply(changed, planConcurrencyRestore(remembered, ['EMAIL'], changed))).toEqual(live);
  });

  test('a channel a version-1 memory kept with neither model keeps its live workload types', () => {
    const live: MediaConcurrency[] = [{ channel: 'TASK', crossChannelBehavior: ANY, workloadTypeConcurrencies: [{ workloadType: 'billing', concurrency: 3 }] }];
    expect(planConcurrencyRestore([{ channel: 'TASK', crossChannelBehavior: ANY }], ['TASK'], live)).toEqual([]);
    expect(planConcurrencyRestore([{ channel: 'TASK', crossChannelBehavior: RCO }], ['TASK'], live)[0].input.MediaConcurrencies).toEqual([
      { Channel: 'TASK', CrossChannelBehavior: { BehaviorType: RCO }, WorkloadTypeConcurrencies: [{ WorkloadType: 'billing', Concurrency: 3 }] },
    ]);
  });

  test('nothing changed since: zero calls', () => {
    expect(planConcurrencyRestore(original, ['CHAT', 'TASK'], BASIC)).toEqual([]);
  });

  test('puts the managed channels back and removes a managed channel the profile did not have', () => {
    const changed = apply(BASIC, planConcurrency([
      { channel: 'CHAT', concurrency: 6, crossChannelBehavior: ANY },
      { channel: 'EMAIL', concurrency: 2 },
    ], BASIC));
    const restore = planConcurrencyRestore(original, ['CHAT', 'EMAIL'], changed);
    expect(restore).toHaveLength(1);
    expect(apply(changed, restore)).toEqual(BASIC);
  });

  test('leaves a channel it did not manage as the console left it', () => {
    const changed = apply(BASIC, planConcurrency([{ channel: 'CHAT', concurrency: 6 }], BASIC));
    const consoleEdited = changed.map((m) => (m.channel === 'TASK' ? { ...m, concurrency: 7 } : m));
    const restored = apply(consoleEdited, planConcurrencyRestore(original, ['CHAT'], consoleEdited));
    expect(restored).toEqual([BASIC[0], BASIC[1], { ...BASIC[2], concurrency: 7 }]);
  });

  test('a managed channel removed in the console since is added back; a behaviour the original lacked is sent as none', () => {
    const was = rememberConcurrency([{ channel: 'VOICE', concurrency: 1 }, { channel: 'CHAT', concurrency: 2 }]);
    const live: MediaConcurrency[] = [{ channel: 'VOICE', concurrency: 1, crossChannelBehavior: ANY }];
    expect(planConcurrencyRestore(was, ['VOICE', 'CHAT'], live)[0].input.MediaConcurrencies).toEqual([
      { Channel: 'VOICE', Concurrency: 1 },
      { Channel: 'CHAT', Concurrency: 2 },
    ]);
  });

  test('a restore is exact: a behaviour the original lacked is sent as none even where the live one is Connect\'s default', () => {
    const was = rememberConcurrency([{ channel: 'VOICE', concurrency: 1 }]);
    expect(planConcurrencyRestore(was, ['VOICE'], [{ channel: 'VOICE', concurrency: 1, crossChannelBehavior: RCO }])[0].input.MediaConcurrencies)
      .toEqual([{ Channel: 'VOICE', Concurrency: 1 }]);
    expect(planConcurrencyRestore(was, ['VOICE'], [{ channel: 'VOICE', concurrency: 1 }])).toEqual([]);
  });

  test('a restore that would leave no channel sends the whole original list instead', () => {
    const was = rememberConcurrency([{ channel: 'VOICE', concurrency: 1 }]);
    const live: MediaConcurrency[] = [{ channel: 'EMAIL', concurrency: 2 }];
    expect(planConcurrencyRestore(was, ['EMAIL'], live)[0].input.MediaConcurrencies).toEqual([{ Channel: 'VOICE', Concurrency: 1 }]);
  });
});

describe('planConcurrencyChange', () => {
  const original = rememberConcurrency(BASIC);

  test('declared changes and released channels go in one call', () => {
    const live = apply(BASIC, planConcurrency([{ channel: 'CHAT', concurrency: 6 }, { channel: 'EMAIL', concurrency: 2 }], BASIC));
    const calls = planConcurrencyChange([{ channel: 'TASK', concurrency: 3 }], live, { original, channels: ['CHAT', 'EMAIL'] });
    expect(calls).toHaveLength(1);
    expect(apply(live, calls)).toEqual([BASIC[0], BASIC[1], { ...BASIC[2], concurrency: 3 }]);
  });

  test('only released channels to put back: the restore call', () => {
    const live = apply(BASIC, planConcurrency([{ channel: 'CHAT', concurrency: 6 }, { channel: 'TASK', concurrency: 2 }], BASIC));
    const calls = planConcurrencyChange([{ channel: 'TASK', concurrency: 2 }], live, { original, channels: ['CHAT'] });
    expect(apply(live, calls)).toEqual([BASIC[0], BASIC[1], { ...BASIC[2], concurrency: 2 }]);
  });

  test('a channel both released and declared stays declared; nothing to do is zero calls', () => {
    expect(planConcurrencyChange([{ channel: 'CHAT', concurrency: 2 }], BASIC, { original, channels: ['CHAT', 'TASK'] })).toEqual([]);
    expect(planConcurrencyChange([{ channel: 'CHAT', concurrency: 2 }], BASIC)).toEqual([]);
  });

  test('liveAfter reads a call back as the live list Connect then reports', () => {
    const [call] = planConcurrency([{ channel: 'EMAIL', concurrency: 2 }], BASIC);
    expect(liveAfter(call)).toEqual([...BASIC, { channel: 'EMAIL', concurrency: 2 }]);
  });

  test('an empty workload-type list Connect reports reads as none, so it is never sent back (Connect takes 1 to 5)', () => {
    const live = liveAfter({ operation: 'UpdateRoutingProfileConcurrency', input: { MediaConcurrencies: [{ Channel: 'CHAT', Concurrency: 2, WorkloadTypeConcurrencies: [] }] } });
    expect(live).toEqual([{ channel: 'CHAT', concurrency: 2 }]);
    expect(live[0]).not.toHaveProperty('workloadTypeConcurrencies');
    expect(planConcurrency([{ channel: 'TASK', concurrency: 1 }], live)[0].input.MediaConcurrencies[0]).toEqual({ Channel: 'CHAT', Concurrency: 2 });
  });
});

describe('properties', () => {
  const RUNS = { numRuns: 500 };
  const liveList = mediaConcurrencyList({ zeroBesideWorkloadTypes: true });
  const desiredList = mediaConcurrencyList();

  test('at most one call; after it the declared channels give exactly what they declare and a second plan is empty', () => {
    fc.assert(fc.property(liveList, desiredList, (live: MediaConcurrency[], desired: MediaConcurrency[]) => {
      const calls = planConcurrency(desired, live);
      expect(calls.length).toBeLessThanOrEqual(1);
      const after = apply(live, calls);
      expect(planConcurrency(desired, after)).toEqual([]);
      for (const want of desired) expect(matchesDeclared(want, after.find((m) => m.channel === want.channel))).toBe(true);
    }), RUNS);
  });

  test('undeclared channels are never changed, never dropped', () => {
    fc.assert(fc.property(liveList, desiredList, (live: MediaConcurrency[], desired: MediaConcurrency[]) => {
      const after = apply(live, planConcurrency(desired, live));
      const declared = new Set(desired.map((d) => d.channel));
      expect(after.filter((m) => !declared.has(m.channel))).toEqual(live.filter((m) => !declared.has(m.channel)));
    }), RUNS);
  });

  test('a call is planned exactly when a declared channel differs in effect', () => {
    fc.assert(fc.property(liveList, desiredList, (live: MediaConcurrency[], desired: MediaConcurrency[]) => {
      const differs = desired.some((want) => !matchesDeclared(want, live.find((m) => m.channel === want.channel)));
      expect(planConcurrency(desired, live)).toHaveLength(differs ? 1 : 0);
    }), RUNS);
  });

  test('change then restore gives back exactly the original list, order, behaviours and workload types included', () => {
    type Scenario = [MediaConcurrency[], MediaConcurrency[], MediaConcurrency[]];
    fc.assert(fc.property(fc.tuple(liveList, desiredList, desiredList), ([live, first, second]: Scenario) => {
      const original = rememberConcurrency(live);
      // Two updates (the second may declare other channels), then removal restores every channel ever managed.
      const afterFirst = apply(live, planConcurrency(first, live));
      const afterSecond = apply(afterFirst, planConcurrency(second, afterFirst));
      const managed = [...new Set([...first, ...second].map((d) => d.channel))];
      const restored = apply(afterSecond, planConcurrencyRestore(original, managed, afterSecond));
      expect(restored).toEqual(live);
      expect(planConcurrencyRestore(original, managed, restored)).toEqual([]);
    }), RUNS);
  });
});

test('the planned body plus ids is an SDK UpdateRoutingProfileConcurrency input (checked by tsc)', () => {
  const [call] = planConcurrency([{ channel: 'CHAT', concurrency: 5 }], BASIC);
  const input: UpdateRoutingProfileConcurrencyCommandInput = { InstanceId: 'i', RoutingProfileId: 'rp', ...call.input };
  expect(new UpdateRoutingProfileConcurrencyCommand(input).input).toMatchObject(call.input);
});
