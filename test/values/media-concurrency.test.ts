import { Token } from 'aws-cdk-lib';
import { Channel, CrossChannelBehavior, MediaConcurrency } from '../../src';

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
