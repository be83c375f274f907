import { UpdateRoutingProfileConcurrencyCommand, UpdateRoutingProfileConcurrencyCommandInput } from '@aws-sdk/client-connect';
import * as fc from 'fast-check';
import {
  BehaviorType,
  Channel,
  ConcurrencyCall,
  MediaConcurrency,
  liveAfter,
  planConcurrency,
  planConcurrencyChange,
  planConcurrencyRestore,
  rememberConcurrency,
} from '../../lambda/reconcile';

const CHANNELS: readonly Channel[] = ['VOICE', 'CHAT', 'TASK', 'EMAIL'];
const RCO = 'ROUTE_CURRENT_CHANNEL_ONLY' as const;
const ANY = 'ROUTE_ANY_CHANNEL' as const;

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

  test('workload-type concurrencies are sent back untouched, on undeclared and declared channels alike', () => {
    const sent = [{ WorkloadType: 'Billing', Concurrency: 2, CrossChannelWorkloadBehavior: { ChannelWorkloadBehaviorType: 'ROUTE_ANY_CHANNEL_ANY_WORKLOAD_TYPE' as const } }];
    const workload = [{ workloadType: 'Billing', concurrency: 2, crossChannelWorkloadBehavior: 'ROUTE_ANY_CHANNEL_ANY_WORKLOAD_TYPE' as const }];
    const live: MediaConcurrency[] = [
      { channel: 'VOICE', concurrency: 1 },
      { channel: 'TASK', workloadTypeConcurrencies: workload },
      { channel: 'CHAT', concurrency: 1, workloadTypeConcurrencies: workload },
    ];
    const [call] = planConcurrency([{ channel: 'CHAT', concurrency: 3 }], live);
    expect(call.input.MediaConcurrencies).toEqual([
      { Channel: 'VOICE', Concurrency: 1 },
      { Channel: 'TASK', WorkloadTypeConcurrencies: sent },
      { Channel: 'CHAT', Concurrency: 3, WorkloadTypeConcurrencies: sent },
    ]);
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
});

describe('properties', () => {
  const RUNS = { numRuns: 500 };
  const behavior = fc.option(fc.constantFrom<BehaviorType>(RCO, ANY), { nil: undefined });
  const concurrencyOf = (channel: Channel) => (channel === 'VOICE' ? fc.constant(1) : fc.integer({ min: 1, max: 10 }));
  const liveList = fc.shuffledSubarray([...CHANNELS], { minLength: 1 }).chain((channels) => fc.tuple(...channels.map((channel) =>
    fc.record({ channel: fc.constant(channel), concurrency: concurrencyOf(channel), crossChannelBehavior: behavior },
      { requiredKeys: ['channel', 'concurrency'] }))));
  const desiredList = fc.shuffledSubarray([...CHANNELS], { minLength: 1 }).chain((channels) => fc.tuple(...channels.map((channel) =>
    fc.record({ channel: fc.constant(channel), concurrency: concurrencyOf(channel), crossChannelBehavior: behavior },
      { requiredKeys: ['channel', 'concurrency'] }))));
  const effective = (m: MediaConcurrency) => ({ channel: m.channel, concurrency: m.concurrency, behavior: m.crossChannelBehavior ?? RCO });

  test('at most one call; after it the declared channels match and a second plan is empty', () => {
    fc.assert(fc.property(liveList, desiredList, (live: MediaConcurrency[], desired: MediaConcurrency[]) => {
      const calls = planConcurrency(desired, live);
      expect(calls.length).toBeLessThanOrEqual(1);
      const after = apply(live, calls);
      expect(planConcurrency(desired, after)).toEqual([]);
      for (const want of desired) {
        const have = after.find((m) => m.channel === want.channel)!;
        expect(have.concurrency).toBe(want.concurrency);
        if (want.crossChannelBehavior) expect(effective(have).behavior).toBe(want.crossChannelBehavior);
      }
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
      const differs = desired.some((want) => {
        const have = live.find((m) => m.channel === want.channel);
        return !have || have.concurrency !== want.concurrency
          || (want.crossChannelBehavior !== undefined && effective(have).behavior !== want.crossChannelBehavior);
      });
      expect(planConcurrency(desired, live)).toHaveLength(differs ? 1 : 0);
    }), RUNS);
  });

  test('change then restore gives back exactly the original list, order and behaviours included', () => {
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
