import { Duration, Lazy, RemovalPolicy, Stack, Tags, aws_connect as connect } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { INSTANCE_ARN, PROFILE_TYPE, minimalProps, newProfile, newStack, profileProperties, queueArn, routingProfileArn } from './fixtures';
import {
  AgentAvailabilityTimer,
  Channel,
  CrossChannelBehavior,
  DriftPolicy,
  MediaConcurrency,
  QueueRef,
  RoutingProfile,
} from '../../src';

describe('defaults', () => {
  let stack: Stack;
  let properties: Record<string, any>;
  beforeAll(() => {
    stack = newStack();
    newProfile({}, stack);
    properties = profileProperties(stack);
  });

  test('renders the spec version, instance, name and required members', () => {
    expect(properties).toMatchObject({
      SpecVersion: '1',
      InstanceArn: INSTANCE_ARN,
      Name: 'Agents',
      DefaultOutboundQueue: { Arn: queueArn('outbound') },
      MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: 1 }, { Channel: 'CHAT', Concurrency: 2 }],
    });
  });

  test('description defaults to the name', () => {
    expect(properties.Description).toBe('Agents');
  });

  test('removal policy defaults to destroy, adoption to false', () => {
    expect(properties.RemovalPolicy).toBe('destroy');
    expect(properties.AdoptExisting).toBe(false);
  });

  test('tags are always managed: an empty map when none are given', () => {
    expect(properties.Tags).toEqual({});
  });

  test('optional members are left out of the template', () => {
    for (const key of ['QueueConfigs', 'ManualAssignmentQueues', 'AgentAvailabilityTimer', 'FallbackRoutingProfile', 'MaxQueuePairs']) {
      expect(properties).not.toHaveProperty(key);
    }
  });

  test('a media concurrency without cross-channel behaviour leaves it out', () => {
    for (const entry of properties.MediaConcurrencies) {
      expect(entry).not.toHaveProperty('CrossChannelBehavior');
    }
  });

  test('the CloudFormation resource keeps DeletionPolicy Delete so the handler always sees the delete', () => {
    Template.fromStack(stack).hasResource(PROFILE_TYPE, { DeletionPolicy: 'Delete', UpdateReplacePolicy: 'Delete' });
  });

  test('CloudFormation gives up a little after the function would (ServiceTimeout above the Lambda timeout)', () => {
    const template = Template.fromStack(stack);
    const fn = Object.values(template.findResources('AWS::Lambda::Function'))[0];
    expect(Number(properties.ServiceTimeout)).toBeGreaterThan(fn.Properties.Timeout);
    expect(Number(properties.ServiceTimeout)).toBeLessThanOrEqual(fn.Properties.Timeout + 120);
  });
});

describe('overrides', () => {
  test('description', () => {
    const stack = newStack();
    newProfile({ description: 'Tier 1 agents' }, stack);
    expect(profileProperties(stack).Description).toBe('Tier 1 agents');
  });

  test('queue configs: queue by ARN, id, name and CfnQueue; priority; delay in whole seconds; 0 s by default', () => {
    const stack = newStack();
    const cfnQueue = new connect.CfnQueue(stack, 'Queue', { instanceArn: INSTANCE_ARN, name: 'Sales', hoursOfOperationArn: `${INSTANCE_ARN}/operating-hours/h` });
    newProfile({
      queueConfigs: [
        { queue: QueueRef.fromQueueArn(queueArn('q1')), channel: Channel.VOICE, priority: 1 },
        { queue: QueueRef.fromQueueId('q2'), channel: Channel.CHAT, priority: 2, delay: Duration.seconds(30) },
        { queue: QueueRef.fromQueueName('Support'), channel: Channel.CHAT, priority: 3, delay: Duration.minutes(2) },
        { queue: QueueRef.fromCfnQueue(cfnQueue), channel: Channel.VOICE, priority: 99, delay: Duration.seconds(9999) },
      ],
    }, stack);
    expect(profileProperties(stack).QueueConfigs).toEqual([
      { Queue: { Arn: queueArn('q1') }, Channel: 'VOICE', Priority: 1, Delay: 0 },
      { Queue: { Id: 'q2' }, Channel: 'CHAT', Priority: 2, Delay: 30 },
      { Queue: { Name: 'Support' }, Channel: 'CHAT', Priority: 3, Delay: 120 },
      { Queue: { Arn: { 'Fn::GetAtt': [stack.getLogicalId(cfnQueue), 'QueueArn'] } }, Channel: 'VOICE', Priority: 99, Delay: 9999 },
    ]);
  });

  test('an empty queue config list is rendered: the profile has no queues', () => {
    const stack = newStack();
    newProfile({ queueConfigs: [], manualAssignmentQueueConfigs: [] }, stack);
    expect(profileProperties(stack)).toMatchObject({ QueueConfigs: [], ManualAssignmentQueues: [] });
  });

  test('manual-assignment queues, VOICE included', () => {
    const stack = newStack();
    newProfile({
      manualAssignmentQueueConfigs: [
        { queue: QueueRef.fromQueueId('callbacks'), channel: Channel.VOICE },
        { queue: QueueRef.fromQueueName('Email backlog'), channel: Channel.EMAIL },
      ],
    }, stack);
    expect(profileProperties(stack).ManualAssignmentQueues).toEqual([
      { Queue: { Id: 'callbacks' }, Channel: 'VOICE' },
      { Queue: { Name: 'Email backlog' }, Channel: 'EMAIL' },
    ]);
  });

  test('media concurrencies with cross-channel behaviour and every channel', () => {
    const stack = newStack();
    newProfile({
      mediaConcurrencies: [
        MediaConcurrency.voice({ crossChannelBehavior: CrossChannelBehavior.ROUTE_ANY_CHANNEL }),
        MediaConcurrency.chat(10, { crossChannelBehavior: CrossChannelBehavior.ROUTE_CURRENT_CHANNEL_ONLY }),
        MediaConcurrency.task(5),
        MediaConcurrency.email(1),
      ],
    }, stack);
    expect(profileProperties(stack).MediaConcurrencies).toEqual([
      { Channel: 'VOICE', Concurrency: 1, CrossChannelBehavior: 'ROUTE_ANY_CHANNEL' },
      { Channel: 'CHAT', Concurrency: 10, CrossChannelBehavior: 'ROUTE_CURRENT_CHANNEL_ONLY' },
      { Channel: 'TASK', Concurrency: 5 },
      { Channel: 'EMAIL', Concurrency: 1 },
    ]);
  });

  test('agent availability timer', () => {
    const stack = newStack();
    newProfile({ agentAvailabilityTimer: AgentAvailabilityTimer.TIME_SINCE_LAST_INBOUND }, stack);
    expect(profileProperties(stack).AgentAvailabilityTimer).toBe('TIME_SINCE_LAST_INBOUND');
  });

  test('adoptExisting and maxQueuePairs', () => {
    const stack = newStack();
    newProfile({ adoptExisting: true, maxQueuePairs: 100 }, stack);
    expect(profileProperties(stack)).toMatchObject({ AdoptExisting: true, MaxQueuePairs: 100 });
    expect(profileProperties(stack)).not.toHaveProperty('RestoreOnRemoval');
  });

  test('restoreOnRemoval travels only when declared, and only beside adoptExisting', () => {
    const stack = newStack();
    newProfile({ adoptExisting: true, restoreOnRemoval: false }, stack);
    expect(profileProperties(stack)).toMatchObject({ AdoptExisting: true, RestoreOnRemoval: false });
    expect(() => newProfile({ restoreOnRemoval: false })).toThrow(
      '`restoreOnRemoval` applies only to a profile adopted with `adoptExisting: true` (a profile this resource creates follows `removalPolicy`), got: false');
  });

  test('an adopting profile gets the desired-state table for what it adopts, even when drift is ignored; others do not', () => {
    const adopting = newStack();
    newProfile({ adoptExisting: true, driftPolicy: DriftPolicy.IGNORE }, adopting);
    Template.fromStack(adopting).resourceCountIs('AWS::DynamoDB::Table', 1);
    Template.fromStack(adopting).resourceCountIs('AWS::Events::Rule', 0);
    const creating = newStack();
    newProfile({ driftPolicy: DriftPolicy.IGNORE }, creating);
    Template.fromStack(creating).resourceCountIs('AWS::DynamoDB::Table', 0);
  });

  test.each([
    [RemovalPolicy.RETAIN, 'retain'],
    [RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE, 'retain'],
    [RemovalPolicy.DESTROY, 'destroy'],
  ])('removalPolicy %s travels as %s while DeletionPolicy stays Delete', (policy, mode) => {
    const stack = newStack();
    newProfile({ removalPolicy: policy }, stack);
    expect(profileProperties(stack).RemovalPolicy).toBe(mode);
    Template.fromStack(stack).hasResource(PROFILE_TYPE, { DeletionPolicy: 'Delete' });
  });

  test('applyRemovalPolicy() overrides the prop', () => {
    const stack = newStack();
    const profile = newProfile({ removalPolicy: RemovalPolicy.DESTROY }, stack);
    profile.applyRemovalPolicy(RemovalPolicy.RETAIN);
    expect(profileProperties(stack).RemovalPolicy).toBe('retain');
    Template.fromStack(stack).hasResource(PROFILE_TYPE, { DeletionPolicy: 'Delete' });
  });

  test('a fallback profile of the same stack is referenced by its ARN attribute, so it is deleted after', () => {
    const stack = newStack();
    const fallback = new RoutingProfile(stack, 'Fallback', minimalProps({ routingProfileName: 'Fallback' }));
    new RoutingProfile(stack, 'Profile', minimalProps({ fallbackRoutingProfile: fallback }));
    const template = Template.fromStack(stack);
    const fallbackId = stack.getLogicalId(fallback.node.defaultChild!.node.defaultChild as any);
    template.hasResourceProperties(PROFILE_TYPE, {
      Name: 'Agents',
      FallbackRoutingProfile: { 'Fn::GetAtt': [fallbackId, 'RoutingProfileArn'] },
    });
  });

  test('an imported fallback profile is rendered as its ARN', () => {
    const stack = newStack();
    const fallback = RoutingProfile.fromRoutingProfileArn(stack, 'Basic', routingProfileArn('basic'));
    newProfile({ fallbackRoutingProfile: fallback }, stack);
    expect(profileProperties(stack).FallbackRoutingProfile).toBe(routingProfileArn('basic'));
  });

  test('an instance from CfnInstance.attrArn is a GetAtt', () => {
    const stack = newStack();
    const instance = new connect.CfnInstance(stack, 'Instance', {
      identityManagementType: 'CONNECT_MANAGED',
      instanceAlias: 'demo',
      attributes: { inboundCalls: true, outboundCalls: true },
    });
    newProfile({ instanceArn: instance.attrArn }, stack);
    expect(profileProperties(stack).InstanceArn).toEqual({ 'Fn::GetAtt': [stack.getLogicalId(instance), 'Arn'] });
  });

  test('values that are tokens pass synth validation and are rendered', () => {
    const stack = newStack();
    newProfile({
      routingProfileName: Lazy.string({ produce: () => 'From context' }),
      queueConfigs: [{
        queue: QueueRef.fromQueueId('q1'),
        channel: Channel.CHAT,
        priority: Lazy.number({ produce: () => 7 }),
        delay: Duration.seconds(Lazy.number({ produce: () => 15 })),
      }],
    }, stack);
    expect(profileProperties(stack)).toMatchObject({
      Name: 'From context',
      Description: 'From context',
      QueueConfigs: [{ Queue: { Id: 'q1' }, Channel: 'CHAT', Priority: 7, Delay: 15 }],
    });
  });
});

describe('addQueueConfig and addManualAssignmentQueueConfig', () => {
  test('make unmanaged lists managed', () => {
    const stack = newStack();
    const profile = newProfile({}, stack);
    profile.addQueueConfig({ queue: QueueRef.fromQueueId('q1'), channel: Channel.CHAT, priority: 4 });
    profile.addManualAssignmentQueueConfig({ queue: QueueRef.fromQueueId('q2'), channel: Channel.CHAT });
    expect(profileProperties(stack)).toMatchObject({
      QueueConfigs: [{ Queue: { Id: 'q1' }, Channel: 'CHAT', Priority: 4, Delay: 0 }],
      ManualAssignmentQueues: [{ Queue: { Id: 'q2' }, Channel: 'CHAT' }],
    });
  });

  test('append to the lists given in props', () => {
    const stack = newStack();
    const profile = newProfile({
      queueConfigs: [{ queue: QueueRef.fromQueueId('q1'), channel: Channel.VOICE, priority: 1 }],
    }, stack);
    profile.addQueueConfig({ queue: QueueRef.fromQueueId('q1'), channel: Channel.CHAT, priority: 2, delay: Duration.seconds(10) });
    expect(profileProperties(stack).QueueConfigs).toEqual([
      { Queue: { Id: 'q1' }, Channel: 'VOICE', Priority: 1, Delay: 0 },
      { Queue: { Id: 'q1' }, Channel: 'CHAT', Priority: 2, Delay: 10 },
    ]);
  });
});

describe('attributes', () => {
  test('ARN and id are the custom resource attributes; instanceArn is the prop', () => {
    const stack = newStack();
    const profile = newProfile({}, stack);
    const logicalId = stack.getLogicalId(profile.node.defaultChild!.node.defaultChild as any);
    expect(stack.resolve(profile.routingProfileArn)).toEqual({ 'Fn::GetAtt': [logicalId, 'RoutingProfileArn'] });
    expect(stack.resolve(profile.routingProfileId)).toEqual({ 'Fn::GetAtt': [logicalId, 'RoutingProfileId'] });
    expect(profile.instanceArn).toBe(INSTANCE_ARN);
    expect(profile.routingProfileName).toBe('Agents');
  });
});

describe('tags', () => {
  test('from props', () => {
    const stack = newStack();
    newProfile({ tags: { 'team': 'support', 'cost-center': '42' } }, stack);
    expect(profileProperties(stack).Tags).toEqual({ 'team': 'support', 'cost-center': '42' });
  });

  test('from Tags.of(scope), merged with props; Tags.of wins on the same key', () => {
    const stack = newStack();
    newProfile({ tags: { team: 'support', env: 'props' } }, stack);
    Tags.of(stack).add('env', 'prod');
    Tags.of(stack).add('owner', 'platform');
    expect(profileProperties(stack).Tags).toEqual({ team: 'support', env: 'prod', owner: 'platform' });
  });

  test('Tags.of() exclusions by resource type are honoured', () => {
    const stack = newStack();
    newProfile({}, stack);
    Tags.of(stack).add('env', 'prod', { excludeResourceTypes: [PROFILE_TYPE] });
    expect(profileProperties(stack).Tags).toEqual({});
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', {
      Tags: Match.arrayWith([{ Key: 'env', Value: 'prod' }]),
    });
  });
});
