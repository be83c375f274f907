import { Token } from 'aws-cdk-lib';
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

  test('keeps the values as given: the construct that takes it checks them, naming the prop path', () => {
    expect(MediaConcurrency.chat(11).concurrency).toBe(11);
    expect(MediaConcurrency.of(Channel.VOICE, 2).concurrency).toBe(2);
  });

  test('a token concurrency is left for the handler to check', () => {
    const token = Token.asNumber({ resolve: () => 11 });
    expect(MediaConcurrency.chat(token).concurrency).toBe(token);
    expect(MediaConcurrency.of(Channel.VOICE, token).concurrency).toBe(token);
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

  test('token values are kept as given, for the handler to check', () => {
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
  });

  test.each(['ROUTE_NEWER', 'route any'])('of() rejects %j: only Connect\'s documented values pass', (value) => {
    expect(() => CrossChannelWorkloadBehavior.of(value)).toThrow(
      `\`crossChannelWorkloadBehavior\` must be a cross-channel workload behavior: one of ${[
        'ROUTE_CURRENT_CHANNEL_CURRENT_WORKLOADTYPE_ONLY', 'ROUTE_CURRENT_CHANNEL_ANY_WORKLOADTYPE_ONLY', 'ROUTE_ANY_CHANNEL_ANY_WORKLOAD_TYPE',
      ].join(', ')}, got: ${JSON.stringify(value)}`);
  });
});
