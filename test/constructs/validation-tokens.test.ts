// Synth-time checks at their bounds and with tokens: a value that is a token is left for the handler to check at
// deploy time; every other value is checked where the prop is given, with every problem listed, one per line.
import { Duration, Lazy } from 'aws-cdk-lib';
import { newProfile, profileProperties, newStack } from './fixtures';
import { Channel, MediaConcurrency, QueueConfig, QueueRef } from '../../src';

const lazyString = (value: string) => Lazy.string({ produce: () => value });
const lazyNumber = (value: number) => Lazy.number({ produce: () => value });
const config = (queueId: string, channel: Channel, priority = 1, delay?: Duration): QueueConfig =>
  ({ queue: QueueRef.fromQueueId(queueId), channel, priority, delay });

describe('names and quotas given as tokens', () => {
  test('are left for the handler', () => {
    expect(() => newProfile({ routingProfileName: lazyString(''), description: lazyString(''), maxQueuePairs: lazyNumber(1) })).not.toThrow();
  });

  test('a token quota lifts the pair count check at synth', () => {
    const configs = Array.from({ length: 51 }, (_, index) => config(`q-${index}`, Channel.CHAT));
    expect(() => newProfile({ queueConfigs: configs, maxQueuePairs: lazyNumber(50) })).not.toThrow();
  });
});

describe('media concurrencies', () => {
  test('one of each channel passes', () => {
    const mediaConcurrencies = [MediaConcurrency.voice(), MediaConcurrency.chat(3), MediaConcurrency.task(10), MediaConcurrency.email(1)];
    expect(() => newProfile({ mediaConcurrencies })).not.toThrow();
  });

  test('channels that are tokens are not compared', () => {
    expect(() => newProfile({ mediaConcurrencies: [MediaConcurrency.chat(2), MediaConcurrency.of(Channel.of(lazyString('CHAT')), 2)] })).not.toThrow();
  });

  test('an empty list has no channel to route', () => {
    expect(() => newProfile({ mediaConcurrencies: [] })).toThrow('`mediaConcurrencies` must give at least one channel, got: []');
  });
});

describe('queue configs', () => {
  test('pass at every bound, and the template carries whole seconds (0 when no delay is given)', () => {
    const stack = newStack();
    newProfile({
      queueConfigs: [
        config('q-1', Channel.VOICE, 1), config('q-1', Channel.CHAT, 99, Duration.seconds(9999)), config('q-2', Channel.CHAT, 5, Duration.minutes(2)),
      ],
    }, stack);
    const rendered = profileProperties(stack).QueueConfigs.map((q: { Priority: number; Delay: number }) => [q.Priority, q.Delay]);
    expect(rendered).toEqual([[1, 0], [99, 9999], [5, 120]]);
  });

  test('a delay of 10000 s or of a fraction of a second is reported in seconds', () => {
    expect(() => newProfile({ queueConfigs: [config('q-1', Channel.CHAT, 1, Duration.seconds(10000))] }))
      .toThrow('`queueConfigs[0].delay` must be a whole number of seconds from 0 to 9999, got: 10000');
    expect(() => newProfile({ queueConfigs: [config('q-1', Channel.CHAT, 1, Duration.millis(1500))] }))
      .toThrow('`queueConfigs[0].delay` must be a whole number of seconds from 0 to 9999, got: 1.5');
  });

  test('every problem is listed, one per line', () => {
    expect(() => newProfile({ queueConfigs: [config('q-1', Channel.CHAT, 0, Duration.seconds(10000))] })).toThrow(
      '`queueConfigs[0].priority` must be a whole number from 1 to 99, got: 0\n'
      + '`queueConfigs[0].delay` must be a whole number of seconds from 0 to 9999, got: 10000');
  });

  test('tokens are skipped: priority, delay in seconds, queue, and the channel check when a concurrency channel is a token', () => {
    expect(() => newProfile({
      queueConfigs: [
        config('q-1', Channel.CHAT, lazyNumber(0), Duration.seconds(lazyNumber(99999))),
        { queue: QueueRef.fromQueueArn(lazyString('x')), channel: Channel.CHAT, priority: 1 },
        { queue: QueueRef.fromQueueArn(lazyString('x')), channel: Channel.CHAT, priority: 1 },
      ],
    })).not.toThrow();
    expect(() => newProfile({
      mediaConcurrencies: [MediaConcurrency.voice(), MediaConcurrency.of(Channel.of(lazyString('TASK')), 1)],
      queueConfigs: [config('q-1', Channel.TASK)],
    })).not.toThrow();
  });

  test('a token delay must be given in seconds, which the template can carry', () => {
    expect(() => newProfile({ queueConfigs: [config('q-1', Channel.CHAT, 1, Duration.minutes(lazyNumber(1)))] }))
      .toThrow(/Duration must be specified as 'Duration.seconds\(\)' here/);
  });
});

describe('tags', () => {
  test('token keys and values are skipped', () => {
    expect(() => newProfile({ tags: { [lazyString('aws:x')]: lazyString('v'.repeat(300)) } })).not.toThrow();
  });

  test('keys and values at their bounds pass', () => {
    expect(() => newProfile({ tags: { ['k'.repeat(128)]: 'v'.repeat(256), empty: '' } })).not.toThrow();
  });
});
