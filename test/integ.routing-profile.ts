/**
 * Integration test (run by @aws-cdk/integ-runner): a Connect instance of its own, two queues, and a routing
 * profile reconciled by the library's handler, checked by reading the live profile through the Connect API.
 *
 * Snapshot check (no AWS account):  npx integ-runner --language typescript        (see README, "Integration tests")
 * Deploy and assert for real:       npx integ-runner --language typescript --update-on-failed --force
 */
import { ExpectedResult, IntegTest, Match } from '@aws-cdk/integ-tests-alpha';
import { App, Aws, Duration, Fn, Stack, aws_connect as connect } from 'aws-cdk-lib';
import { Channel, CrossChannelBehavior, MediaConcurrency, QueueRef, RoutingProfile } from '../src';

const app = new App();
const stack = new Stack(app, 'ConnectRoutingProfileInteg');

const instance = new connect.CfnInstance(stack, 'Instance', {
  identityManagementType: 'CONNECT_MANAGED',
  // Instance aliases are unique across AWS: the account id makes this one the test account's own.
  instanceAlias: Fn.join('', ['routing-integ-', Aws.ACCOUNT_ID]),
  attributes: { inboundCalls: true, outboundCalls: false },
});
const hours = new connect.CfnHoursOfOperation(stack, 'Hours', {
  instanceArn: instance.attrArn,
  name: 'Always open',
  timeZone: 'UTC',
  config: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'].map((day) => ({
    day, startTime: { hours: 0, minutes: 0 }, endTime: { hours: 23, minutes: 59 },
  })),
});
const queue = (id: string, name: string) => new connect.CfnQueue(stack, id, {
  instanceArn: instance.attrArn, name, hoursOfOperationArn: hours.attrHoursOfOperationArn,
});
const vip = queue('VipQueue', 'VIP');
const support = queue('SupportQueue', 'Support');

const profile = new RoutingProfile(stack, 'Support', {
  instanceArn: instance.attrArn,
  routingProfileName: 'Integ Tier 1 Support',
  description: 'Integration test profile',
  defaultOutboundQueue: QueueRef.fromCfnQueue(support),
  mediaConcurrencies: [
    MediaConcurrency.voice(),
    MediaConcurrency.chat(3, { crossChannelBehavior: CrossChannelBehavior.ROUTE_ANY_CHANNEL }),
  ],
  queueConfigs: [
    { queue: QueueRef.fromCfnQueue(vip), channel: Channel.VOICE, priority: 1 },
    { queue: QueueRef.fromCfnQueue(support), channel: Channel.VOICE, priority: 2 },
    { queue: QueueRef.fromCfnQueue(support), channel: Channel.CHAT, priority: 2, delay: Duration.seconds(30) },
    // Resolved by name at deploy time: every new instance has BasicQueue.
    { queue: QueueRef.fromQueueName('BasicQueue'), channel: Channel.CHAT, priority: 9 },
  ],
});

const integ = new IntegTest(app, 'RoutingProfile', { testCases: [stack] });
const ids = { InstanceId: instance.attrId, RoutingProfileId: profile.routingProfileId };

integ.assertions.awsApiCall('Connect', 'describeRoutingProfile', ids).expect(ExpectedResult.objectLike({
  RoutingProfile: {
    Name: 'Integ Tier 1 Support',
    MediaConcurrencies: Match.arrayWith([
      Match.objectLike({ Channel: 'VOICE', Concurrency: 1 }),
      Match.objectLike({ Channel: 'CHAT', Concurrency: 3, CrossChannelBehavior: { BehaviorType: 'ROUTE_ANY_CHANNEL' } }),
    ]),
  },
}));
integ.assertions.awsApiCall('Connect', 'listRoutingProfileQueues', ids).expect(ExpectedResult.objectLike({
  RoutingProfileQueueConfigSummaryList: Match.arrayWith([
    Match.objectLike({ QueueName: 'VIP', Channel: 'VOICE', Priority: 1, Delay: 0 }),
    Match.objectLike({ QueueName: 'Support', Channel: 'VOICE', Priority: 2, Delay: 0 }),
    Match.objectLike({ QueueName: 'Support', Channel: 'CHAT', Priority: 2, Delay: 30 }),
    Match.objectLike({ QueueName: 'BasicQueue', Channel: 'CHAT', Priority: 9, Delay: 0 }),
  ]),
}));
