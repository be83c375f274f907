import { Token } from 'aws-cdk-lib';
import * as fc from 'fast-check';
import { Channel, CrossChannelBehavior, CrossChannelWorkloadBehavior, MediaConcurrency } from '../../src';

describe('MediaConcurrency', () => {
  test('voice() is VOICE at 1, with the behaviour given', () => {
    const voice = MediaConcurrency.voice({ crossChannelBehavior: CrossChannelBehavior.ROUTE_ANY_CHANNEL });
    expect(voice.channel).toBe(Channel.VOICE);
    expect(voice.concurrency).toBe(1);
    expect(voice.crossChannelBehavior).toBe(CrossChannelBehavior.ROUTE_ANY_CHANNEL);
  });

  test('leaves the behaviour unset when not given', () => {
    expect(MediaConcurrency.chat(2).crossChannelBehavior).toBeUndefined();
  });

  test.each([
    ['chat', MediaConcurrency.chat, Channel.CHAT],
    ['task', MediaConcurrency.task, Channel.TASK],
    ['email', MediaConcurrency.email, Channel.EMAIL],
  ])('%s() accepts 1 and 10 on its channel', (_name, factory, channel) => {
    expect(factory(1).channel).toBe(channel);
    expect(factory(10).concurrency).toBe(10);
  });

  test.each([
    ['chat', MediaConcurrency.chat, 'CHAT'],
    ['task', MediaConcurrency.task, 'TASK'],
    ['email', MediaConcurrency.email, 'EMAIL'],
  ])('%s() rejects 0, 11 and 1.5 at once', (_name, factory, channel) => {
    expect(() => factory(0)).toThrow(`\`concurrency\` for ${channel} must be a whole number from 1 to 10, got: 0`);
    expect(() => factory(11)).toThrow(`\`concurrency\` for ${channel} must be a whole number from 1 to 10, got: 11`);
    expect(() => factory(1.5)).toThrow(`\`concurrency\` for ${channel} must be a whole number from 1 to 10, got: 1.5`);
  });

  test('of() applies the VOICE rule', () => {
    expect(MediaConcurrency.of(Channel.VOICE, 1).concurrency).toBe(1);
    expect(() => MediaConcurrency.of(Channel.VOICE, 2)).toThrow('`concurrency` for VOICE must be exactly 1, got: 2');
  });

  test('of() applies 1..10 to a channel Connect adds later', () => {
    expect(MediaConcurrency.of(Channel.of('VIDEO'), 10).concurrency).toBe(10);
    expect(() => MediaConcurrency.of(Channel.of('VIDEO'), 11)).toThrow('`concurrency` for VIDEO must be a whole number from 1 to 10, got: 11');
  });

  test('a token concurrency is left for the handler to check', () => {
    const token = Token.asNumber({ resolve: () => 11 });
    expect(MediaConcurrency.chat(token).concurrency).toBe(token);
    expect(MediaConcurrency.of(Channel.VOICE, token).concurrency).toBe(token);
  });

  test('property: chat() succeeds exactly for the whole numbers 1..10', () => {
    fc.assert(fc.property(fc.oneof(fc.integer({ min: -50, max: 50 }), fc.double({ noNaN: true, min: -50, max: 50 })), (value) => {
      const valid = Number.isInteger(value) && value >= 1 && value <= 10;
      let threw = false;
      try {
        MediaConcurrency.chat(value);
      } catch {
        threw = true;
      }
      expect(threw).toBe(!valid);
    }));
  });
});

describe('MediaConcurrency per workload type', () => {
  test.each([
    ['taskByWorkloadType', MediaConcurrency.taskByWorkloadType, Channel.TASK],
    ['emailByWorkloadType', MediaConcurrency.emailByWorkloadType, Channel.EMAIL],
  ])('%s() gives the channel, its workload types and no channel-level concurrency', (_name, factory, channel) => {
    const billing = { workloadType: 'billing', concurrency: 10, crossChannelWorkloadBehavior: CrossChannelWorkloadBehavior.ROUTE_ANY_CHANNEL_ANY_WORKLOAD_TYPE };
    const m = factory([billing], { crossChannelBehavior: CrossChannelBehavior.ROUTE_ANY_CHANNEL });
    expect(m.channel).toBe(channel);
    expect(m.concurrency).toBeUndefined();
    expect(m.workloadTypeConcurrencies).toEqual([billing]);
    expect(m.crossChannelBehavior).toBe(CrossChannelBehavior.ROUTE_ANY_CHANNEL);
  });

  test('the list is copied: a later change to the caller\'s array is not seen', () => {
    const list = [{ workloadType: 'billing', concurrency: 1 }];
    const m = MediaConcurrency.taskByWorkloadType(list);
    list.push({ workloadType: 'returns', concurrency: 1 });
    expect(m.workloadTypeConcurrencies).toHaveLength(1);
  });

  test('every rule at its bound, naming the prop, the rule and the value', () => {
    const types = (...concurrencies: number[]) => concurrencies.map((concurrency, i) => ({ workloadType: `t${i}`, concurrency }));
    expect(() => MediaConcurrency.taskByWorkloadType(types(2, 2, 2, 2, 2))).not.toThrow();
    expect(() => MediaConcurrency.taskByWorkloadType(types(1, 1, 1, 1, 1, 1)))
      .toThrow('`workloadTypeConcurrencies` must hold 1 to 5 workload types per channel, got: 6');
    expect(() => MediaConcurrency.emailByWorkloadType([])).toThrow('`workloadTypeConcurrencies` must hold 1 to 5 workload types per channel, got: 0');
    expect(() => MediaConcurrency.taskByWorkloadType(types(11)))
      .toThrow('`workloadTypeConcurrencies[0].concurrency` must be a whole number from 1 to 10, got: 11');
    expect(() => MediaConcurrency.taskByWorkloadType(types(0)))
      .toThrow('`workloadTypeConcurrencies[0].concurrency` must be a whole number from 1 to 10, got: 0');
    expect(() => MediaConcurrency.taskByWorkloadType(types(6, 4))).not.toThrow();
    expect(() => MediaConcurrency.taskByWorkloadType(types(6, 5)))
      .toThrow('`workloadTypeConcurrencies` must have concurrencies that sum to at most 10 per channel, got: 11');
    expect(() => MediaConcurrency.taskByWorkloadType([{ workloadType: 'billing', concurrency: 1 }, { workloadType: 'billing', concurrency: 1 }]))
      .toThrow('`workloadTypeConcurrencies[1].workloadType` must not repeat the workload type of `workloadTypeConcurrencies[0]`, got: "billing"');
  });

  test('token values are left for the handler to check', () => {
    const token = Token.asNumber({ resolve: () => 11 });
    const name = Token.asString({ resolve: () => '' });
    expect(MediaConcurrency.taskByWorkloadType([{ workloadType: name, concurrency: token }, { workloadType: 'b', concurrency: 10 }]).workloadTypeConcurrencies)
      .toHaveLength(2);
  });
});

describe('CrossChannelWorkloadBehavior', () => {
  test('spells the behaviours as Connect does, WORKLOADTYPE included', () => {
    expect([
      CrossChannelWorkloadBehavior.ROUTE_CURRENT_CHANNEL_CURRENT_WORKLOADTYPE_ONLY,
      CrossChannelWorkloadBehavior.ROUTE_CURRENT_CHANNEL_ANY_WORKLOADTYPE_ONLY,
      CrossChannelWorkloadBehavior.ROUTE_ANY_CHANNEL_ANY_WORKLOAD_TYPE,
    ].map((b) => `${b}`)).toEqual([
      'ROUTE_CURRENT_CHANNEL_CURRENT_WORKLOADTYPE_ONLY', 'ROUTE_CURRENT_CHANNEL_ANY_WORKLOADTYPE_ONLY', 'ROUTE_ANY_CHANNEL_ANY_WORKLOAD_TYPE',
    ]);
    expect(CrossChannelWorkloadBehavior.of('ROUTE_ANY_CHANNEL_ANY_WORKLOAD_TYPE')).toBe(CrossChannelWorkloadBehavior.ROUTE_ANY_CHANNEL_ANY_WORKLOAD_TYPE);
    expect(CrossChannelWorkloadBehavior.of('ROUTE_NEWER').value).toBe('ROUTE_NEWER');
  });

  test('of() rejects a malformed value', () => {
    expect(() => CrossChannelWorkloadBehavior.of('route any')).toThrow(
      /^`crossChannelWorkloadBehavior` must be a cross-channel workload behavior in upper case \(.*\), got: "route any"$/);
  });
});
