import { Token } from 'aws-cdk-lib';
import * as fc from 'fast-check';
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
