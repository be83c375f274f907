import { Duration, RemovalPolicy, Tags, aws_connect as connect } from 'aws-cdk-lib';
import { INSTANCE_ARN, maskedTemplate, minimalProps, newStack, queueArn } from './fixtures';
import {
  AgentAvailabilityTimer,
  Channel,
  CrossChannelBehavior,
  MediaConcurrency,
  QueueRef,
  RoutingProfile,
} from '../../src';

// Golden templates: a change here is a change to what users deploy. Review it, then `npx projen test:update`.

test('a minimal profile', () => {
  const stack = newStack('Minimal');
  new RoutingProfile(stack, 'Agents', minimalProps());
  expect(maskedTemplate(stack)).toMatchSnapshot();
});

test('a contact center: new instance, L1 queue, every prop, a fallback found by name, Tags.of()', () => {
  const stack = newStack('ContactCenter');
  const instance = new connect.CfnInstance(stack, 'Instance', {
    identityManagementType: 'CONNECT_MANAGED',
    instanceAlias: 'acme-support',
    attributes: { inboundCalls: true, outboundCalls: true },
  });
  const sales = new connect.CfnQueue(stack, 'SalesQueue', {
    instanceArn: instance.attrArn,
    name: 'Sales',
    hoursOfOperationArn: `${INSTANCE_ARN}/operating-hours/24x7`,
  });
  const basic = RoutingProfile.fromRoutingProfileName(stack, 'Basic', instance.attrArn, 'Basic Routing Profile');
  const profile = new RoutingProfile(stack, 'Omnichannel', {
    instanceArn: instance.attrArn,
    routingProfileName: 'Omnichannel agents',
    description: 'Voice, chat, tasks and email',
    defaultOutboundQueue: QueueRef.fromQueueName('BasicQueue'),
    mediaConcurrencies: [
      MediaConcurrency.voice({ crossChannelBehavior: CrossChannelBehavior.ROUTE_ANY_CHANNEL }),
      MediaConcurrency.chat(3),
      MediaConcurrency.task(5, { crossChannelBehavior: CrossChannelBehavior.ROUTE_CURRENT_CHANNEL_ONLY }),
      MediaConcurrency.email(2),
    ],
    queueConfigs: [
      { queue: QueueRef.fromCfnQueue(sales), channel: Channel.VOICE, priority: 1 },
      { queue: QueueRef.fromCfnQueue(sales), channel: Channel.CHAT, priority: 2, delay: Duration.seconds(20) },
    ],
    manualAssignmentQueueConfigs: [{ queue: QueueRef.fromQueueArn(queueArn('callbacks')), channel: Channel.VOICE }],
    agentAvailabilityTimer: AgentAvailabilityTimer.TIME_SINCE_LAST_INBOUND,
    tags: { team: 'support' },
    removalPolicy: RemovalPolicy.RETAIN,
    adoptExisting: true,
    fallbackRoutingProfile: basic,
    maxQueuePairs: 100,
  });
  profile.addQueueConfig({ queue: QueueRef.fromQueueId('email-queue'), channel: Channel.EMAIL, priority: 5, delay: Duration.minutes(1) });
  Tags.of(stack).add('env', 'prod');
  expect(maskedTemplate(stack)).toMatchSnapshot();
});
