import { App, Duration, RemovalPolicy, Tags } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { CfnInstance } from 'aws-cdk-lib/aws-connect';
import * as fc from 'fast-check';
import { OTHER_INSTANCE_ARN, minimalProps, newProfile, newStack, profileProperties, queueArn, routingProfileArn } from './fixtures';
import { Channel, ManualAssignmentQueueConfig, MediaConcurrency, QueueConfig, QueueRef, RoutingProfile } from '../../src';

const chatQueue = (queueId: string, priority = 1, delay?: Duration): QueueConfig =>
  ({ queue: QueueRef.fromQueueId(queueId), channel: Channel.CHAT, priority, delay });
const manualQueue = (queueId: string, channel = Channel.CHAT): ManualAssignmentQueueConfig =>
  ({ queue: QueueRef.fromQueueId(queueId), channel });
const range = (count: number) => Array.from({ length: count }, (_, index) => index);
const tagsOf = (count: number) => Object.fromEntries(range(count).map((index) => [`key${index}`, 'v']));

describe('single values, in the constructor', () => {
  test.each([
    ['', /^`routingProfileName` must be 1 to 127 characters long, got: ""$/],
    ['n'.repeat(128), /^`routingProfileName` must be 1 to 127 characters long, got: "n+" \(128 characters\)$/],
  ])('routingProfileName %#', (routingProfileName, message) => {
    expect(() => newProfile({ routingProfileName })).toThrow(message);
  });

  test('routingProfileName at its bounds', () => {
    expect(() => newProfile({ routingProfileName: 'n' })).not.toThrow();
    expect(() => newProfile({ routingProfileName: 'n'.repeat(127) })).not.toThrow();
  });

  test('description 1 to 250 characters', () => {
    expect(() => newProfile({ description: '' })).toThrow(/^`description` must be 1 to 250 characters long, got: ""$/);
    expect(() => newProfile({ description: 'd'.repeat(251) })).toThrow(/^`description` must be 1 to 250 .*\(251 characters\)$/);
    expect(() => newProfile({ description: 'd'.repeat(250) })).not.toThrow();
  });

  test('instanceArn must be an ARN, not an instance id', () => {
    expect(() => newProfile({ instanceArn: '11111111-aaaa-bbbb-cccc-000000000001' }))
      .toThrow(/^`instanceArn` must be a Connect instance ARN .*got: "11111111-aaaa-bbbb-cccc-000000000001"$/);
  });

  test('maxQueuePairs at least 50', () => {
    expect(() => newProfile({ maxQueuePairs: 49 })).toThrow(/^`maxQueuePairs` must be a whole number of at least 50.*got: 49$/);
    expect(() => newProfile({ maxQueuePairs: 50.5 })).toThrow(/`maxQueuePairs`.*got: 50.5$/);
    expect(() => newProfile({ maxQueuePairs: 50 })).not.toThrow();
  });

  test('removalPolicy SNAPSHOT is rejected, in the prop and in applyRemovalPolicy()', () => {
    expect(() => newProfile({ removalPolicy: RemovalPolicy.SNAPSHOT }))
      .toThrow(/^`removalPolicy` must be RemovalPolicy.DESTROY or RemovalPolicy.RETAIN \(a routing profile has no snapshot\), got: "snapshot"$/);
    const profile = newProfile();
    expect(() => profile.applyRemovalPolicy(RemovalPolicy.SNAPSHOT)).toThrow(/^`applyRemovalPolicy` must be .*got: "snapshot"$/);
  });

  test('VOICE concurrency exactly 1, others 1 to 10, named by their place in mediaConcurrencies', () => {
    expect(() => newProfile({ mediaConcurrencies: [MediaConcurrency.chat(2), MediaConcurrency.of(Channel.VOICE, 2)] }))
      .toThrow(/^`mediaConcurrencies\[1\]\.concurrency` for VOICE must be exactly 1, got: 2$/);
    expect(() => newProfile({ mediaConcurrencies: [MediaConcurrency.chat(11)] }))
      .toThrow(/^`mediaConcurrencies\[0\]\.concurrency` for CHAT must be a whole number from 1 to 10, got: 11$/);
  });

  test('property: chat(n) passes exactly for the whole numbers 1..10', () => {
    fc.assert(fc.property(fc.oneof(fc.integer({ min: -50, max: 50 }), fc.double({ noNaN: true, min: -50, max: 50 })), (value) => {
      const valid = Number.isInteger(value) && value >= 1 && value <= 10;
      const make = () => new RoutingProfile(newStack(), 'Profile', minimalProps({ mediaConcurrencies: [MediaConcurrency.chat(value)] }));
      if (valid) expect(make).not.toThrow();
      else expect(make).toThrow(/`mediaConcurrencies\[0\]\.concurrency` for CHAT/);
    }), { numRuns: 40 });
  });

  test('a channel given twice in mediaConcurrencies', () => {
    expect(() => newProfile({ mediaConcurrencies: [MediaConcurrency.chat(2), MediaConcurrency.voice(), MediaConcurrency.chat(3)] }))
      .toThrow('`mediaConcurrencies[2].channel` must not repeat the channel of `mediaConcurrencies[0]`, got: "CHAT"');
  });

  test('a fallback profile of another instance', () => {
    const stack = newStack();
    const fallback = RoutingProfile.fromRoutingProfileArn(stack, 'Other', routingProfileArn('p', OTHER_INSTANCE_ARN));
    expect(() => newProfile({ fallbackRoutingProfile: fallback }, stack))
      .toThrow(/^`fallbackRoutingProfile` must belong to the profile's instance .*, got: ".*22222222-aaaa-bbbb-cccc-000000000002\/routing-profile\/p"$/);
  });
});

describe('queue configs', () => {
  test.each([
    [{ priority: 100 }, /`queueConfigs\[0\]\.priority` must be a whole number from 1 to 99, got: 100/],
    [{ priority: 0 }, /`queueConfigs\[0\]\.priority` must be a whole number from 1 to 99, got: 0/],
    [{ priority: 1.5 }, /`queueConfigs\[0\]\.priority` .*got: 1.5/],
    [{ delay: Duration.seconds(10_000) }, /`queueConfigs\[0\]\.delay` must be a whole number of seconds from 0 to 9999, got: 10000/],
    [{ delay: Duration.millis(1500) }, /`queueConfigs\[0\]\.delay` must be a whole number of seconds .*got: 1.5/],
  ])('%o is rejected', (override, message) => {
    expect(() => newProfile({ queueConfigs: [{ ...chatQueue('q1'), ...override }] })).toThrow(message);
  });

  test('a queue on a channel the profile gives no concurrency is valid, as in Connect, with a warning naming the pair', () => {
    const stack = newStack();
    const profile = newProfile({ queueConfigs: [chatQueue('q1'), { queue: QueueRef.fromQueueId('q2'), channel: Channel.TASK, priority: 1 }] }, stack);
    profile.addQueueConfig({ queue: QueueRef.fromQueueName('Mail'), channel: Channel.EMAIL, priority: 1 });
    profile.addQueueConfig(chatQueue('q3'));

    const warnings = Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('queue-channel-without-concurrency'));
    expect(warnings.map((w) => w.entry.data)).toEqual([
      expect.stringMatching(/^`queueConfigs\[1\]` routes Id:q2 on TASK, a channel the profile gives no media concurrency \(it gives: VOICE, CHAT\): agents with this profile never get those contacts\./),
      expect.stringMatching(/^`queueConfigs\[2\]` routes Name:Mail on EMAIL, /),
    ]);
    expect(profileProperties(stack).QueueConfigs.map((q: { Channel: string }) => q.Channel)).toEqual(['CHAT', 'TASK', 'EMAIL', 'CHAT']);
  });

  test('the same queue and channel twice, even as an ARN and its id', () => {
    expect(() => newProfile({
      queueConfigs: [
        { queue: QueueRef.fromQueueArn(queueArn('q1')), channel: Channel.CHAT, priority: 1 },
        { queue: QueueRef.fromQueueId('q1'), channel: Channel.VOICE, priority: 1 },
        { queue: QueueRef.fromQueueId('q1'), channel: Channel.CHAT, priority: 2 },
      ],
    })).toThrow('`queueConfigs[2]` must not repeat the queue/channel pair of `queueConfigs[0]`, got: {"queue":"Id:q1","channel":"CHAT"}');
  });

  test('more than 50 pairs unless maxQueuePairs raises the quota', () => {
    const configs = range(51).map((index) => chatQueue(`q${index}`));
    expect(() => newProfile({ queueConfigs: configs })).toThrow(/`queueConfigs` .*50.*got: 51/);
    expect(() => newProfile({ queueConfigs: configs.slice(0, 50) })).not.toThrow();
    expect(() => newProfile({ queueConfigs: configs, maxQueuePairs: 60 })).not.toThrow();
  });

  test('addQueueConfig() checks the new config against the others at once', () => {
    const profile = newProfile({ queueConfigs: [chatQueue('q1')] });
    expect(() => profile.addQueueConfig(chatQueue('q2', 100))).toThrow(/`queueConfigs\[1\]\.priority` .*got: 100/);
    expect(() => profile.addQueueConfig(chatQueue('q1', 2))).toThrow(/`queueConfigs\[1\]` must not repeat .*`queueConfigs\[0\]`/);
    profile.addQueueConfig(chatQueue('q2', 2));
    expect(() => profile.addQueueConfig(chatQueue('q2', 3))).toThrow(/`queueConfigs\[2\]` must not repeat .*`queueConfigs\[1\]`/);
  });

  test('addQueueConfig() counts against maxQueuePairs', () => {
    const profile = newProfile({ queueConfigs: range(50).map((index) => chatQueue(`q${index}`)) });
    expect(() => profile.addQueueConfig(chatQueue('one-more'))).toThrow(/`queueConfigs` .*got: 51/);
  });

  test('a rejected addQueueConfig() leaves the list as it was', () => {
    const stack = newStack();
    const profile = newProfile({}, stack);
    expect(() => profile.addQueueConfig(chatQueue('q1', 100))).toThrow();
    const properties = Object.values(Template.fromStack(stack).findResources('Custom::ConnectRoutingProfile'))[0].Properties;
    expect(properties).not.toHaveProperty('QueueConfigs');
  });
});

describe('manual-assignment queue configs', () => {
  test('VOICE is allowed (agent-first callbacks)', () => {
    expect(() => newProfile({ manualAssignmentQueueConfigs: [manualQueue('callbacks', Channel.VOICE)] })).not.toThrow();
  });

  test('the same pair twice', () => {
    expect(() => newProfile({ manualAssignmentQueueConfigs: [manualQueue('q1'), manualQueue('q1')] }))
      .toThrow('`manualAssignmentQueueConfigs[1]` must not repeat the queue/channel pair of `manualAssignmentQueueConfigs[0]`, got: {"queue":"Id:q1","channel":"CHAT"}');
  });

  test('more than 50 pairs, a quota separate from the queue configs', () => {
    const manual = range(51).map((index) => manualQueue(`m${index}`));
    expect(() => newProfile({ manualAssignmentQueueConfigs: manual })).toThrow(/`manualAssignmentQueueConfigs` .*got: 51/);
    expect(() => newProfile({
      queueConfigs: range(50).map((index) => chatQueue(`q${index}`)),
      manualAssignmentQueueConfigs: manual.slice(0, 50),
    })).not.toThrow();
    expect(() => newProfile({ manualAssignmentQueueConfigs: manual, maxQueuePairs: 51 })).not.toThrow();
  });

  test('addManualAssignmentQueueConfig() checks duplicates at once', () => {
    const profile = newProfile();
    profile.addManualAssignmentQueueConfig(manualQueue('q1'));
    expect(() => profile.addManualAssignmentQueueConfig(manualQueue('q1')))
      .toThrow(/`manualAssignmentQueueConfigs\[1\]` must not repeat/);
  });
});

describe('tags', () => {
  test('at most 49 user tags, and the message says why', () => {
    expect(() => newProfile({ tags: tagsOf(49) })).not.toThrow();
    expect(() => newProfile({ tags: tagsOf(50) }))
      .toThrow(/^`tags` must hold at most 49 tags \(Connect allows 50 per routing profile and the handler adds its ownership tag "cdk-connect-routing:owner"\), got: 50$/);
  });

  test('keys: 1 to 128 characters, no aws: prefix, not the ownership tag', () => {
    expect(() => newProfile({ tags: { ['k'.repeat(129)]: 'v' } })).toThrow(/^`tags` keys must be 1 to 128 characters long, got: "k+" \(129 characters\)$/);
    expect(() => newProfile({ tags: { 'aws:owner': 'v' } })).toThrow('`tags` keys must not start with "aws:", which AWS reserves, got: "aws:owner"');
    expect(() => newProfile({ tags: { 'cdk-connect-routing:owner': 'v' } })).toThrow(/`tags` keys must not be "cdk-connect-routing:owner"/);
  });

  test('values: at most 256 characters', () => {
    expect(() => newProfile({ tags: { team: 'v'.repeat(257) } })).toThrow(/^`tags\["team"\]` must be a string of at most 256 characters, got: .*\(257 characters\)$/);
    expect(() => newProfile({ tags: { team: 'v'.repeat(256) } })).not.toThrow();
  });

  test('tags added with Tags.of() count too, checked at synth', () => {
    const stack = newStack();
    new RoutingProfile(stack, 'Profile', minimalProps({ tags: tagsOf(48) }));
    Tags.of(stack).add('env', 'prod');
    Tags.of(stack).add('owner', 'platform');
    expect(() => Template.fromStack(stack)).toThrow(/Profile.*`tags` must hold at most 49 tags .*got: 50/s);
  });

  test('a bad key added with Tags.of() is reported at synth', () => {
    const stack = newStack();
    newProfile({}, stack);
    Tags.of(stack).add('k'.repeat(129), 'v');
    expect(() => Template.fromStack(stack)).toThrow(/`tags` keys must be 1 to 128 characters long/);
  });
});

describe('names', () => {
  test('two RoutingProfiles of one app with the same name in the same instance fail at synth, naming both paths', () => {
    const app = new App();
    const first = newStack('First', app);
    newProfile({ routingProfileName: 'Sales' }, first, 'A');
    newProfile({ routingProfileName: 'Sales' }, newStack('Second', app), 'B');

    expect(() => app.synth()).toThrow(/`routingProfileName` of First\/A must differ from that of Second\/B, another routing profile of the same instance \(Connect names are unique per instance\), got: "Sales"/);
  });

  test('the same name in another instance, or names that differ in case, pass', () => {
    const app = new App();
    const stack = newStack('Stack', app);
    newProfile({ routingProfileName: 'Sales' }, stack, 'A');
    newProfile({ routingProfileName: 'Sales', instanceArn: OTHER_INSTANCE_ARN, defaultOutboundQueue: QueueRef.fromQueueArn(queueArn('o', OTHER_INSTANCE_ARN)) }, stack, 'B');
    newProfile({ routingProfileName: 'sales' }, stack, 'C');

    expect(() => app.synth()).not.toThrow();
  });

  test('an instance given as the same token is the same instance', () => {
    const app = new App();
    const stack = newStack('Stack', app);
    const instance = new CfnInstance(stack, 'Instance', { attributes: { inboundCalls: true, outboundCalls: true }, identityManagementType: 'CONNECT_MANAGED', instanceAlias: 'cc' });
    const props = { instanceArn: instance.attrArn, defaultOutboundQueue: QueueRef.fromQueueName('BasicQueue'), routingProfileName: 'Sales' };
    newProfile(props, stack, 'A');
    newProfile(props, stack, 'B');

    expect(() => app.synth()).toThrow(/`routingProfileName` of Stack\/A must differ from that of Stack\/B/);
  });
});
