import * as fc from 'fast-check';
import { queueArnError } from '../../src/private/connect-arn';
import { DEFAULT_MAX_QUEUE_PAIRS, OWNERSHIP_TAG_KEY } from '../../src/private/contract';
import {
  agentAvailabilityTimerError,
  channelError,
  concurrencyError,
  crossChannelBehaviorError,
  delaySecondsError,
  manualAssignmentQueueConfigsErrors,
  maxQueuePairsError,
  mediaConcurrenciesErrors,
  priorityError,
  queueConfigsErrors,
  queueIdError,
  queueNameError,
  queuePairCountError,
  queueRefSpecError,
  routingProfileDescriptionError,
  routingProfileNameError,
  tagCountError,
  tagKeyError,
  tagsErrors,
  tagValueError,
} from '../../src/private/rules';

const ARN = 'arn:aws:connect:us-east-1:123456789012:instance/inst-1/queue/q-1';
const queueConfig = (queue: object, channel: unknown, priority: unknown = 1, delay: unknown = 0) =>
  ({ Queue: queue, Channel: channel, Priority: priority, Delay: delay });
const pairs = (count: number) => Array.from({ length: count }, (_, index) => ({ Queue: { Id: `q-${index}` }, Channel: 'CHAT' }));

describe('enum values', () => {
  test.each([
    ['channel', channelError, 'VOICE'],
    ['channel', channelError, 'EMAIL'],
    ['crossChannelBehavior', crossChannelBehaviorError, 'ROUTE_ANY_CHANNEL'],
    ['agentAvailabilityTimer', agentAvailabilityTimerError, 'TIME_SINCE_LAST_INBOUND'],
  ])('%s accepts the known value %s', (_prop, rule, value) => {
    expect(rule(value)).toBeUndefined();
  });

  test('reject an upper-case token Connect does not document, naming the prop and the values it takes', () => {
    expect(channelError('FAX', 'mediaConcurrencies[0].channel')).toBe(
      '`mediaConcurrencies[0].channel` must be a Connect channel: one of VOICE, CHAT, TASK, EMAIL, got: "FAX"');
    expect(crossChannelBehaviorError('ROUTE_ANY_CHANNEL_ANY_WORKLOAD_TYPE')).toBe(
      '`crossChannelBehavior` must be a cross-channel behavior: one of ROUTE_CURRENT_CHANNEL_ONLY, ROUTE_ANY_CHANNEL, '
      + 'got: "ROUTE_ANY_CHANNEL_ANY_WORKLOAD_TYPE"');
    expect(agentAvailabilityTimerError('TIME_SINCE_LAST_OUTBOUND')).toBe(
      '`agentAvailabilityTimer` must be an agent availability timer: one of TIME_SINCE_LAST_ACTIVITY, TIME_SINCE_LAST_INBOUND, '
      + 'got: "TIME_SINCE_LAST_OUTBOUND"');
  });

  test('reject another spelling of a known value', () => {
    expect(channelError('chat')).toMatch(/got: "chat"$/);
    expect(crossChannelBehaviorError('route_any_channel')).toMatch(/got: "route_any_channel"$/);
    expect(agentAvailabilityTimerError('')).toMatch(/got: ""$/);
  });

  test('reject what is not a string, as a handler given a malformed spec could see', () => {
    expect(channelError(3)).toBe('`channel` must be a Connect channel: one of VOICE, CHAT, TASK, EMAIL, got: 3');
    expect(channelError(undefined)).toMatch(/got: undefined$/);
    expect(channelError(' CHAT')).toMatch(/got: " CHAT"$/);
  });
});

describe('routingProfileNameError', () => {
  test('accepts 1 and 127 characters', () => {
    expect(routingProfileNameError('a')).toBeUndefined();
    expect(routingProfileNameError('a'.repeat(127))).toBeUndefined();
  });

  test('rejects an empty name', () => {
    expect(routingProfileNameError('')).toBe('`name` must be 1 to 127 characters long, got: ""');
  });

  test('rejects 128 characters, showing the length', () => {
    expect(routingProfileNameError('a'.repeat(128))).toBe(
      `\`name\` must be 1 to 127 characters long, got: "${'a'.repeat(128)}" (128 characters)`);
  });

  test('counts code points as Smithy does, so 127 emoji pass and 128 do not', () => {
    expect(routingProfileNameError('😀'.repeat(127))).toBeUndefined();
    expect(routingProfileNameError('😀'.repeat(128))).toMatch(/\(128 characters\)$/);
  });

  test('rejects a value that is not a string, under the prop given', () => {
    expect(routingProfileNameError(42, 'Name')).toBe('`Name` must be 1 to 127 characters long, got: 42');
    expect(routingProfileNameError(undefined)).toBe('`name` must be 1 to 127 characters long, got: undefined');
  });
});

describe('routingProfileDescriptionError', () => {
  test('accepts 1 and 250 characters', () => {
    expect(routingProfileDescriptionError('d')).toBeUndefined();
    expect(routingProfileDescriptionError('d'.repeat(250))).toBeUndefined();
  });

  test('rejects 0 and 251 characters', () => {
    expect(routingProfileDescriptionError('')).toBe('`description` must be 1 to 250 characters long, got: ""');
    expect(routingProfileDescriptionError('d'.repeat(251))).toMatch(/^`description` must be 1 to 250 characters long, got: "d{200}"… \(251 characters\)$/);
  });
});

describe('concurrencyError', () => {
  test('VOICE accepts exactly 1', () => {
    expect(concurrencyError('VOICE', 1)).toBeUndefined();
  });

  test('VOICE rejects 0 and 2', () => {
    expect(concurrencyError('VOICE', 2, 'mediaConcurrencies[0].concurrency'))
      .toBe('`mediaConcurrencies[0].concurrency` for VOICE must be exactly 1, got: 2');
    expect(concurrencyError('VOICE', 0)).toBe('`concurrency` for VOICE must be exactly 1, got: 0');
  });

  test.each(['CHAT', 'TASK', 'EMAIL', 'VIDEO'])('%s accepts 1 and 10', (channel) => {
    expect(concurrencyError(channel, 1)).toBeUndefined();
    expect(concurrencyError(channel, 10)).toBeUndefined();
  });

  test.each(['CHAT', 'TASK', 'EMAIL'])('%s rejects 0, 11 and 2.5', (channel) => {
    expect(concurrencyError(channel, 0)).toBe(`\`concurrency\` for ${channel} must be a whole number from 1 to 10, got: 0`);
    expect(concurrencyError(channel, 11, 'mediaConcurrencies[1].concurrency'))
      .toBe(`\`mediaConcurrencies[1].concurrency\` for ${channel} must be a whole number from 1 to 10, got: 11`);
    expect(concurrencyError(channel, 2.5)).toBe(`\`concurrency\` for ${channel} must be a whole number from 1 to 10, got: 2.5`);
  });

  test('rejects a number sent as a string, which the handler must parse first', () => {
    expect(concurrencyError('CHAT', '3')).toBe('`concurrency` for CHAT must be a whole number from 1 to 10, got: "3"');
  });

  test('property: CHAT accepts exactly the whole numbers 1..10', () => {
    fc.assert(fc.property(fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.double()), (value) => {
      const valid = Number.isInteger(value) && value >= 1 && value <= 10;
      expect(concurrencyError('CHAT', value) === undefined).toBe(valid);
    }));
  });

  test('property: VOICE accepts 1 and nothing else', () => {
    fc.assert(fc.property(fc.oneof(fc.integer(), fc.double()), (value) => {
      expect(concurrencyError('VOICE', value) === undefined).toBe(value === 1);
    }));
  });
});

describe('priorityError', () => {
  test('accepts 1 and 99', () => {
    expect(priorityError(1)).toBeUndefined();
    expect(priorityError(99)).toBeUndefined();
  });

  test('rejects 0, 100 and 1.5', () => {
    expect(priorityError(0, 'queueConfigs[2].priority')).toBe('`queueConfigs[2].priority` must be a whole number from 1 to 99, got: 0');
    expect(priorityError(100)).toBe('`priority` must be a whole number from 1 to 99, got: 100');
    expect(priorityError(1.5)).toBe('`priority` must be a whole number from 1 to 99, got: 1.5');
  });

  test('property: accepts exactly the whole numbers 1..99', () => {
    fc.assert(fc.property(fc.oneof(fc.integer({ min: -500, max: 500 }), fc.double()), (value) => {
      expect(priorityError(value) === undefined).toBe(Number.isInteger(value) && value >= 1 && value <= 99);
    }));
  });
});

describe('delaySecondsError', () => {
  test('accepts 0 and 9999', () => {
    expect(delaySecondsError(0)).toBeUndefined();
    expect(delaySecondsError(9999)).toBeUndefined();
  });

  test('rejects -1, 10000 and 0.5', () => {
    expect(delaySecondsError(-1)).toBe('`delay` must be a whole number of seconds from 0 to 9999, got: -1');
    expect(delaySecondsError(10000, 'queueConfigs[0].delay')).toBe('`queueConfigs[0].delay` must be a whole number of seconds from 0 to 9999, got: 10000');
    expect(delaySecondsError(0.5)).toBe('`delay` must be a whole number of seconds from 0 to 9999, got: 0.5');
  });

  test('property: accepts exactly the whole numbers 0..9999', () => {
    fc.assert(fc.property(fc.oneof(fc.integer({ min: -20000, max: 20000 }), fc.double()), (value) => {
      expect(delaySecondsError(value) === undefined).toBe(Number.isInteger(value) && value >= 0 && value <= 9999);
    }));
  });
});

describe('maxQueuePairsError and queuePairCountError', () => {
  test('an override accepts 50 and more, whole', () => {
    expect(maxQueuePairsError(50)).toBeUndefined();
    expect(maxQueuePairsError(1000)).toBeUndefined();
  });

  test('an override rejects 49 and fractions', () => {
    expect(maxQueuePairsError(49)).toBe("`maxQueuePairs` must be a whole number of at least 50 (Connect's default quota), got: 49");
    expect(maxQueuePairsError(60.5)).toMatch(/got: 60\.5$/);
  });

  test('the count accepts 50 by default and the override when raised', () => {
    expect(queuePairCountError(50)).toBeUndefined();
    expect(queuePairCountError(80, 80)).toBeUndefined();
  });

  test('the count rejects 51 by default and one over the override', () => {
    expect(queuePairCountError(51)).toBe('`queueConfigs` must hold at most 50 queue/channel pairs (the queues-per-routing-profile quota; '
      + 'pass a quota override if yours is raised), got: 51');
    expect(queuePairCountError(81, 80, 'manualAssignmentQueueConfigs')).toMatch(/^`manualAssignmentQueueConfigs` must hold at most 80 .*got: 81$/);
  });
});

describe('queue references', () => {
  test('an ARN must be a Connect queue ARN in any partition', () => {
    expect(queueArnError(ARN)).toBeUndefined();
    expect(queueArnError('arn:aws-cn:connect:cn-north-1:123456789012:instance/i/queue/q')).toBeUndefined();
    expect(queueArnError('arn:aws:connect:us-east-1:123456789012:instance/i/routing-profile/q')).toBe(
      '`queueArn` must be a Connect queue ARN (arn:<partition>:connect:<region>:<12-digit account>:instance/<instanceId>/queue/<queueId>), '
      + 'got: "arn:aws:connect:us-east-1:123456789012:instance/i/routing-profile/q"');
    expect(queueArnError('q-1')).toMatch(/got: "q-1"$/);
  });

  test('an id must be non-empty and not an ARN or path', () => {
    expect(queueIdError('q-1')).toBeUndefined();
    expect(queueIdError('')).toBe('`queueId` must be a non-empty Connect queue id without "/", got: ""');
    expect(queueIdError('instance/i/queue/q')).toMatch(/got: "instance\/i\/queue\/q"$/);
  });

  test('a name must be 1 to 256 characters', () => {
    expect(queueNameError('B')).toBeUndefined();
    expect(queueNameError('B'.repeat(256))).toBeUndefined();
    expect(queueNameError('')).toBe('`queueName` must be 1 to 256 characters long, got: ""');
    expect(queueNameError('B'.repeat(257))).toMatch(/\(257 characters\)$/);
  });

  test('a spec names exactly one of Arn, Id, Name', () => {
    expect(queueRefSpecError({ Name: 'BasicQueue' })).toBeUndefined();
    expect(queueRefSpecError({ Id: 'q', Name: 'BasicQueue' }, 'queueConfigs[0].queue'))
      .toBe('`queueConfigs[0].queue` must name a queue by exactly one of Arn, Id or Name, got: {"Id":"q","Name":"BasicQueue"}');
    expect(queueRefSpecError({})).toBe('`queue` must name a queue by exactly one of Arn, Id or Name, got: {}');
    expect(queueRefSpecError('BasicQueue')).toMatch(/got: "BasicQueue"$/);
    expect(queueRefSpecError(null)).toMatch(/got: null$/);
  });

  test('a spec checks the member it names', () => {
    expect(queueRefSpecError({ Arn: 'nope' }, 'q')).toMatch(/^`q\.Arn` must be a Connect queue ARN .*got: "nope"$/);
    expect(queueRefSpecError({ Id: '' }, 'q')).toMatch(/^`q\.Id` must be a non-empty .*got: ""$/);
    expect(queueRefSpecError({ Name: '' }, 'q')).toMatch(/^`q\.Name` must be 1 to 256 .*got: ""$/);
  });
});

describe('mediaConcurrenciesErrors', () => {
  test('accepts one of each channel at its bounds', () => {
    expect(mediaConcurrenciesErrors([
      { Channel: 'VOICE', Concurrency: 1, CrossChannelBehavior: 'ROUTE_ANY_CHANNEL' },
      { Channel: 'CHAT', Concurrency: 10 },
      { Channel: 'TASK', Concurrency: 1 },
      { Channel: 'EMAIL', Concurrency: 10, CrossChannelBehavior: 'ROUTE_CURRENT_CHANNEL_ONLY' },
    ])).toEqual([]);
  });

  test('names the item whose concurrency is out of range', () => {
    expect(mediaConcurrenciesErrors([{ Channel: 'VOICE', Concurrency: 1 }, { Channel: 'CHAT', Concurrency: 11 }])).toEqual([
      '`mediaConcurrencies[1].concurrency` for CHAT must be a whole number from 1 to 10, got: 11',
    ]);
  });

  test('rejects a channel given twice, naming both places', () => {
    expect(mediaConcurrenciesErrors([
      { Channel: 'CHAT', Concurrency: 2 }, { Channel: 'VOICE', Concurrency: 1 }, { Channel: 'CHAT', Concurrency: 3 },
    ])).toEqual(['`mediaConcurrencies[2].channel` must not repeat the channel of `mediaConcurrencies[0]`, got: "CHAT"']);
  });

  test('checks channel and behaviour names, under the prop given', () => {
    expect(mediaConcurrenciesErrors([{ Channel: 'chat', Concurrency: 2, CrossChannelBehavior: 'any' }], { prop: 'MediaConcurrencies' })).toEqual([
      expect.stringMatching(/^`MediaConcurrencies\[0\]\.channel` must be a Connect channel.*got: "chat"$/),
      expect.stringMatching(/^`MediaConcurrencies\[0\]\.crossChannelBehavior` must be a cross-channel behavior.*got: "any"$/),
    ]);
  });

  test('skips what isUnresolved marks, and still checks the rest', () => {
    const unresolved = (value: unknown) => value === 'TOKEN' || value === -1;
    expect(mediaConcurrenciesErrors([
      { Channel: 'TOKEN', Concurrency: 99 }, { Channel: 'TOKEN', Concurrency: 1 },
      { Channel: 'CHAT', Concurrency: -1 }, { Channel: 'TASK', Concurrency: 0 },
    ], { isUnresolved: unresolved })).toEqual(['`mediaConcurrencies[3].concurrency` for TASK must be a whole number from 1 to 10, got: 0']);
  });
});

describe('queueConfigsErrors', () => {
  test('accepts valid configs at every bound', () => {
    expect(queueConfigsErrors([
      queueConfig({ Arn: ARN }, 'VOICE', 1, 0),
      queueConfig({ Name: 'BasicQueue' }, 'CHAT', 99, 9999),
      queueConfig({ Id: 'q-1' }, 'CHAT', 5, 30),
    ])).toEqual([]);
  });

  test('names every bad field of an item', () => {
    expect(queueConfigsErrors([queueConfig({ Id: 'q' }, 'CHAT', 0, 10000)])).toEqual([
      '`queueConfigs[0].priority` must be a whole number from 1 to 99, got: 0',
      '`queueConfigs[0].delay` must be a whole number of seconds from 0 to 9999, got: 10000',
    ]);
  });

  test('accepts a queue on a channel the profile gives no media concurrency, as Connect does', () => {
    expect(queueConfigsErrors([queueConfig({ Id: 'q' }, 'VOICE'), queueConfig({ Id: 'q' }, 'TASK')])).toEqual([]);
  });

  test('rejects a (queue, channel) pair given twice, an ARN and its id being the same queue', () => {
    expect(queueConfigsErrors([
      queueConfig({ Arn: ARN }, 'CHAT'), queueConfig({ Id: 'q-1' }, 'VOICE'), queueConfig({ Id: 'q-1' }, 'CHAT', 2),
    ])).toEqual([
      '`queueConfigs[2]` must not repeat the queue/channel pair of `queueConfigs[0]`, got: {"queue":"Id:q-1","channel":"CHAT"}',
    ]);
  });

  test('does not call two names, or a name and an id, the same queue', () => {
    expect(queueConfigsErrors([
      queueConfig({ Name: 'q-1' }, 'CHAT'), queueConfig({ Id: 'q-1' }, 'CHAT'), queueConfig({ Name: 'Q-1' }, 'CHAT'),
    ])).toEqual([]);
  });

  test('does not compare queues not known yet', () => {
    const unresolved = (value: unknown) => value === 'TOKEN';
    expect(queueConfigsErrors([queueConfig({ Arn: 'TOKEN' }, 'CHAT'), queueConfig({ Arn: 'TOKEN' }, 'CHAT')], 50,
      { isUnresolved: unresolved })).toEqual([]);
  });

  test('accepts 50 pairs and rejects 51 unless the quota is raised', () => {
    const configs = (count: number) => pairs(count).map((pair) => queueConfig(pair.Queue, 'CHAT'));
    expect(queueConfigsErrors(configs(DEFAULT_MAX_QUEUE_PAIRS))).toEqual([]);
    expect(queueConfigsErrors(configs(51))).toEqual([expect.stringMatching(/^`queueConfigs` must hold at most 50 .*got: 51$/)]);
    expect(queueConfigsErrors(configs(51), 60)).toEqual([]);
  });

  test('reports a malformed queue reference and leaves it out of the duplicate check', () => {
    expect(queueConfigsErrors([queueConfig({}, 'CHAT'), queueConfig({}, 'CHAT')])).toEqual([
      '`queueConfigs[0].queue` must name a queue by exactly one of Arn, Id or Name, got: {}',
      '`queueConfigs[1].queue` must name a queue by exactly one of Arn, Id or Name, got: {}',
    ]);
  });
});

describe('manualAssignmentQueueConfigsErrors', () => {
  test('accepts VOICE (agent-first callbacks) and 50 pairs', () => {
    expect(manualAssignmentQueueConfigsErrors([{ Queue: { Id: 'q' }, Channel: 'VOICE' }])).toEqual([]);
    expect(manualAssignmentQueueConfigsErrors(pairs(50))).toEqual([]);
  });

  test('rejects 51 pairs unless the quota is raised', () => {
    expect(manualAssignmentQueueConfigsErrors(pairs(51))).toEqual([
      expect.stringMatching(/^`manualAssignmentQueueConfigs` must hold at most 50 queue\/channel pairs .*got: 51$/),
    ]);
    expect(manualAssignmentQueueConfigsErrors(pairs(51), 51)).toEqual([]);
  });

  test('rejects a pair given twice, and a bad channel', () => {
    expect(manualAssignmentQueueConfigsErrors([
      { Queue: { Name: 'Callbacks' }, Channel: 'VOICE' }, { Queue: { Name: 'Callbacks' }, Channel: 'voice' },
      { Queue: { Name: 'Callbacks' }, Channel: 'VOICE' },
    ])).toEqual([
      expect.stringMatching(/^`manualAssignmentQueueConfigs\[1\]\.channel` must be a Connect channel.*got: "voice"$/),
      '`manualAssignmentQueueConfigs[2]` must not repeat the queue/channel pair of `manualAssignmentQueueConfigs[0]`, '
      + 'got: {"queue":"Name:Callbacks","channel":"VOICE"}',
    ]);
  });
});

describe('tags', () => {
  test('a key accepts 1 and 128 characters and every allowed character class', () => {
    expect(tagKeyError('k')).toBeUndefined();
    expect(tagKeyError('k'.repeat(128))).toBeUndefined();
    expect(tagKeyError('Équipe 1_.:/=+-@ név')).toBeUndefined();
    expect(tagKeyError('AWS:upper-case')).toBeUndefined(); // Connect's pattern reserves only the lower-case prefix
  });

  test('a key rejects 0 and 129 characters', () => {
    expect(tagKeyError('')).toBe('`tags` keys must be 1 to 128 characters long, got: ""');
    expect(tagKeyError('k'.repeat(129))).toMatch(/^`tags` keys must be 1 to 128 characters long, got: .*\(129 characters\)$/);
  });

  test('a key rejects the aws: prefix', () => {
    expect(tagKeyError('aws:cloudformation:stack-name')).toBe('`tags` keys must not start with "aws:", which AWS reserves, got: "aws:cloudformation:stack-name"');
  });

  test('a key rejects the ownership tag the handler sets', () => {
    expect(tagKeyError(OWNERSHIP_TAG_KEY)).toBe(
      `\`tags\` keys must not be "${OWNERSHIP_TAG_KEY}", which this library sets on the profiles it creates, got: "${OWNERSHIP_TAG_KEY}"`);
  });

  test('a key rejects characters outside the pattern', () => {
    expect(tagKeyError('cost#center')).toBe('`tags` keys may hold only letters, digits, spaces and the characters _ . : / = + - @, got: "cost#center"');
  });

  test('a value accepts 0 and 256 characters and rejects 257 or a non-string', () => {
    expect(tagValueError('env', '')).toBeUndefined();
    expect(tagValueError('env', 'v'.repeat(256))).toBeUndefined();
    expect(tagValueError('env', 'v'.repeat(257))).toMatch(/^`tags\["env"\]` must be a string of at most 256 characters, got: .*\(257 characters\)$/);
    expect(tagValueError('env', 3)).toBe('`tags["env"]` must be a string of at most 256 characters, got: 3');
  });

  test('the count accepts 50 and rejects 51, or fewer when the library adds its own', () => {
    expect(tagCountError(50)).toBeUndefined();
    expect(tagCountError(51)).toBe('`tags` must hold at most 50 tags, got: 51');
    expect(tagCountError(50, 49)).toBe('`tags` must hold at most 49 tags, got: 50');
  });

  test('tagsErrors collects every problem and skips unresolved keys and values', () => {
    const many = Object.fromEntries(Array.from({ length: 51 }, (_, index) => [`k${index}`, 'v']));
    expect(tagsErrors(many)).toEqual(['`tags` must hold at most 50 tags, got: 51']);
    expect(tagsErrors({ 'aws:x': 'v', 'ok': 'v'.repeat(257), 'TOKEN': 'TOKEN' }, 50, { isUnresolved: (v) => v === 'TOKEN' })).toEqual([
      expect.stringMatching(/^`tags` keys must not start with "aws:"/),
      expect.stringMatching(/^`tags\["ok"\]` must be a string of at most 256 characters/),
    ]);
    expect(tagsErrors(['a'], 50, { prop: 'Tags' })).toEqual(['`Tags` must be a map of tag keys to tag values, got: ["a"]']);
  });

  test('property: a key passes exactly when 1..128 code points, no aws: prefix, not reserved, and all allowed characters', () => {
    const allowed = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]$/u;
    const key = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 140 }),
      fc.string({ unit: fc.constantFrom('a', 'Z', '9', ' ', '_', '.', ':', '/', '=', '+', '-', '@', 'é', '#', '*', '😀'), maxLength: 140 }),
      fc.string({ maxLength: 10 }).map((rest) => `aws:${rest}`),
    );
    fc.assert(fc.property(key, (value) => {
      const characters = Array.from(value);
      const valid = characters.length >= 1 && characters.length <= 128 && !value.startsWith('aws:')
        && value !== OWNERSHIP_TAG_KEY && characters.every((character) => allowed.test(character));
      expect(tagKeyError(value) === undefined).toBe(valid);
    }));
  });
});
