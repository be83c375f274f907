import { Duration, Lazy, Token } from 'aws-cdk-lib';
import { Channel, ManualAssignmentQueueConfig, MediaConcurrency, QueueConfig, QueueRef } from '../../src';
import {
  delaySeconds,
  validateManualAssignmentQueueConfigs,
  validateMaxQueuePairs,
  validateMediaConcurrencies,
  validateQueueConfigs,
  validateRoutingProfileDescription,
  validateRoutingProfileName,
  validateTags,
} from '../../src/private/validate';

const lazyString = (value: string) => Lazy.string({ produce: () => value });
const lazyNumber = (value: number) => Lazy.number({ produce: () => value });
const CONCURRENCIES = [MediaConcurrency.voice(), MediaConcurrency.chat(3)];
const config = (queueId: string, channel: Channel, priority = 1, delay?: Duration): QueueConfig =>
  ({ queue: QueueRef.fromQueueId(queueId), channel, priority, delay });

describe('name and description', () => {
  test('pass at their bounds', () => {
    expect(() => validateRoutingProfileName('a')).not.toThrow();
    expect(() => validateRoutingProfileName('a'.repeat(127))).not.toThrow();
    expect(() => validateRoutingProfileDescription('d'.repeat(250))).not.toThrow();
  });

  test('throw the rule message just outside', () => {
    expect(() => validateRoutingProfileName('')).toThrow('`name` must be 1 to 127 characters long, got: ""');
    expect(() => validateRoutingProfileName('a'.repeat(128), 'routingProfileName')).toThrow(/^`routingProfileName` must be 1 to 127 .*\(128 characters\)$/);
    expect(() => validateRoutingProfileDescription('')).toThrow('`description` must be 1 to 250 characters long, got: ""');
  });

  test('skip tokens', () => {
    expect(() => validateRoutingProfileName(lazyString(''))).not.toThrow();
    expect(() => validateRoutingProfileDescription(lazyString(''))).not.toThrow();
  });
});

describe('validateMaxQueuePairs', () => {
  test('passes 50, throws 49, skips a token', () => {
    expect(() => validateMaxQueuePairs(50)).not.toThrow();
    expect(() => validateMaxQueuePairs(49)).toThrow("`maxQueuePairs` must be a whole number of at least 50 (Connect's default quota), got: 49");
    expect(() => validateMaxQueuePairs(lazyNumber(1))).not.toThrow();
  });
});

describe('validateMediaConcurrencies', () => {
  test('passes one of each channel', () => {
    expect(() => validateMediaConcurrencies([...CONCURRENCIES, MediaConcurrency.task(10), MediaConcurrency.email(1)])).not.toThrow();
  });

  test('throws on a channel given twice', () => {
    expect(() => validateMediaConcurrencies([MediaConcurrency.chat(2), MediaConcurrency.of(Channel.CHAT, 4)]))
      .toThrow('`mediaConcurrencies[1].channel` must not repeat the channel of `mediaConcurrencies[0]`, got: "CHAT"');
  });

  test('does not compare channels that are tokens', () => {
    const token = lazyString('CHAT');
    expect(() => validateMediaConcurrencies([MediaConcurrency.chat(2), MediaConcurrency.of(Channel.of(token), 2)])).not.toThrow();
  });
});

describe('validateQueueConfigs', () => {
  test('passes configs at every bound, with the delay defaulting to 0', () => {
    expect(() => validateQueueConfigs([
      config('q-1', Channel.VOICE, 1),
      config('q-1', Channel.CHAT, 99, Duration.seconds(9999)),
      config('q-2', Channel.CHAT, 5, Duration.minutes(2)),
    ], CONCURRENCIES)).not.toThrow();
  });

  test('throws on priority 0 and 100', () => {
    expect(() => validateQueueConfigs([config('q-1', Channel.CHAT, 0)], CONCURRENCIES))
      .toThrow('`queueConfigs[0].priority` must be a whole number from 1 to 99, got: 0');
    expect(() => validateQueueConfigs([config('q-1', Channel.CHAT, 100)], CONCURRENCIES))
      .toThrow('`queueConfigs[0].priority` must be a whole number from 1 to 99, got: 100');
  });

  test('throws on a delay of 10000 s or of a fraction of a second, in seconds', () => {
    expect(() => validateQueueConfigs([config('q-1', Channel.CHAT, 1, Duration.seconds(10000))], CONCURRENCIES))
      .toThrow('`queueConfigs[0].delay` must be a whole number of seconds from 0 to 9999, got: 10000');
    expect(() => validateQueueConfigs([config('q-1', Channel.CHAT, 1, Duration.millis(1500))], CONCURRENCIES))
      .toThrow('`queueConfigs[0].delay` must be a whole number of seconds from 0 to 9999, got: 1.5');
  });

  test('throws on a channel with no concurrency, and on a duplicate pair', () => {
    expect(() => validateQueueConfigs([config('q-1', Channel.TASK)], CONCURRENCIES))
      .toThrow('`queueConfigs[0].channel` must be a channel the profile gives a media concurrency (it gives: VOICE, CHAT), got: "TASK"');
    expect(() => validateQueueConfigs([
      { queue: QueueRef.fromQueueArn('arn:aws:connect:us-east-1:123456789012:instance/i/queue/q-1'), channel: Channel.CHAT, priority: 1 },
      config('q-1', Channel.CHAT, 2),
    ], CONCURRENCIES)).toThrow('`queueConfigs[1]` must not repeat the queue/channel pair of `queueConfigs[0]`, got: {"queue":"Id:q-1","channel":"CHAT"}');
  });

  test('lists every problem, one per line', () => {
    expect(() => validateQueueConfigs([config('q-1', Channel.CHAT, 0, Duration.seconds(10000))], CONCURRENCIES)).toThrow(
      '`queueConfigs[0].priority` must be a whole number from 1 to 99, got: 0\n'
      + '`queueConfigs[0].delay` must be a whole number of seconds from 0 to 9999, got: 10000');
  });

  test('passes 50 pairs, throws 51, passes 51 with a raised quota or a token quota', () => {
    const configs = (count: number) => Array.from({ length: count }, (_, index) => config(`q-${index}`, Channel.CHAT));
    expect(() => validateQueueConfigs(configs(50), CONCURRENCIES)).not.toThrow();
    expect(() => validateQueueConfigs(configs(51), CONCURRENCIES)).toThrow(/^`queueConfigs` must hold at most 50 queue\/channel pairs .*got: 51$/);
    expect(() => validateQueueConfigs(configs(51), CONCURRENCIES, 51)).not.toThrow();
    expect(() => validateQueueConfigs(configs(51), CONCURRENCIES, lazyNumber(50))).not.toThrow();
  });

  test('skips tokens: priority, delay, queue and the channel check when a concurrency channel is a token', () => {
    expect(() => validateQueueConfigs([
      config('q-1', Channel.CHAT, lazyNumber(0), Duration.seconds(lazyNumber(99999))),
      config('q-2', Channel.CHAT, 1, Duration.minutes(lazyNumber(1))),
      { queue: QueueRef.fromQueueArn(lazyString('x')), channel: Channel.CHAT, priority: 1 },
      { queue: QueueRef.fromQueueArn(lazyString('x')), channel: Channel.CHAT, priority: 1 },
    ], CONCURRENCIES)).not.toThrow();
    expect(() => validateQueueConfigs([config('q-1', Channel.TASK)],
      [MediaConcurrency.of(Channel.of(lazyString('TASK')), 1)])).not.toThrow();
  });

  test('skips the channel check when the concurrencies are not managed', () => {
    expect(() => validateQueueConfigs([config('q-1', Channel.TASK)], undefined)).not.toThrow();
  });
});

describe('validateManualAssignmentQueueConfigs', () => {
  const manual = (name: string, channel: Channel): ManualAssignmentQueueConfig => ({ queue: QueueRef.fromQueueName(name), channel });

  test('passes VOICE and 50 pairs, throws 51 and a duplicate pair', () => {
    const configs = (count: number) => Array.from({ length: count }, (_, index) => manual(`Q${index}`, Channel.VOICE));
    expect(() => validateManualAssignmentQueueConfigs(configs(50))).not.toThrow();
    expect(() => validateManualAssignmentQueueConfigs(configs(51)))
      .toThrow(/^`manualAssignmentQueueConfigs` must hold at most 50 queue\/channel pairs .*got: 51$/);
    expect(() => validateManualAssignmentQueueConfigs(configs(51), 100)).not.toThrow();
    expect(() => validateManualAssignmentQueueConfigs([manual('Callbacks', Channel.VOICE), manual('Callbacks', Channel.VOICE)]))
      .toThrow('`manualAssignmentQueueConfigs[1]` must not repeat the queue/channel pair of `manualAssignmentQueueConfigs[0]`, '
        + 'got: {"queue":"Name:Callbacks","channel":"VOICE"}');
  });

  test('allows one queue on two channels', () => {
    expect(() => validateManualAssignmentQueueConfigs([manual('Callbacks', Channel.VOICE), manual('Callbacks', Channel.CHAT)])).not.toThrow();
  });
});

describe('validateTags', () => {
  test('passes 50 tags at the key and value bounds', () => {
    const tags = Object.fromEntries(Array.from({ length: 50 }, (_, index) => [`${index}`.padEnd(128, 'k'), 'v'.repeat(256)]));
    expect(() => validateTags(tags)).not.toThrow();
    expect(() => validateTags({ k: '' })).not.toThrow();
  });

  test('throws on 51 tags, an aws: key and a 257-character value', () => {
    const tags = Object.fromEntries(Array.from({ length: 51 }, (_, index) => [`k${index}`, 'v']));
    expect(() => validateTags(tags)).toThrow('`tags` must hold at most 50 tags, got: 51');
    expect(() => validateTags({ 'aws:owner': 'me' })).toThrow('`tags` keys must not start with "aws:", which AWS reserves, got: "aws:owner"');
    expect(() => validateTags({ env: 'v'.repeat(257) })).toThrow(/^`tags\["env"\]` must be a string of at most 256 characters/);
  });

  test('takes a lower count when the library adds its own tag', () => {
    const tags = Object.fromEntries(Array.from({ length: 50 }, (_, index) => [`k${index}`, 'v']));
    expect(() => validateTags(tags, 49)).toThrow('`tags` must hold at most 49 tags, got: 50');
  });

  test('skips token keys and values', () => {
    expect(() => validateTags({ [lazyString('aws:x')]: lazyString('v'.repeat(300)) })).not.toThrow();
  });
});

describe('delaySeconds', () => {
  test('is 0 when not given and whole seconds otherwise', () => {
    expect(delaySeconds(undefined)).toBe(0);
    expect(delaySeconds(Duration.minutes(2))).toBe(120);
  });

  test('keeps a fraction so the rule can report it', () => {
    expect(delaySeconds(Duration.millis(500))).toBe(0.5);
  });

  test('marks a token duration in any unit as unknown', () => {
    expect(typeof delaySeconds(Duration.minutes(lazyNumber(1)))).toBe('symbol');
    expect(Token.isUnresolved(delaySeconds(Duration.seconds(lazyNumber(1))))).toBe(false);
  });
});
