import { App, Duration, Stack } from 'aws-cdk-lib';
import * as connect from 'aws-cdk-lib/aws-connect';
import { Channel, CrossChannelBehavior, MediaConcurrency, QueueRef, RoutingProfile } from 'cdk-connect-routing';

const app = new App();
const stack = new Stack(app, 'ContactCenter', { env: { account: '123456789012', region: 'us-east-1' } });
const instanceArn = 'arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-4333-8444-555555555555';

// Queues three ways: one this stack creates (L1), one found by name at deploy time, one by ARN.
const vipQueue = new connect.CfnQueue(stack, 'VipQueue', {
  instanceArn,
  name: 'VIP',
  hoursOfOperationArn: `${instanceArn}/operating-hours/66666666-7777-4888-8999-000000000000`,
});
const billingQueueArn = `${instanceArn}/queue/aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee`;

const support = new RoutingProfile(stack, 'Support', {
  instanceArn, // or cfnInstance.attrArn
  routingProfileName: 'Tier 1 Support',
  defaultOutboundQueue: QueueRef.fromQueueName('BasicQueue'),
  mediaConcurrencies: [
    MediaConcurrency.voice(),
    MediaConcurrency.chat(3, { crossChannelBehavior: CrossChannelBehavior.ROUTE_ANY_CHANNEL }),
  ],
  queueConfigs: [
    { queue: QueueRef.fromCfnQueue(vipQueue), channel: Channel.VOICE, priority: 1 },
    { queue: QueueRef.fromQueueName('BasicQueue'), channel: Channel.CHAT, priority: 2, delay: Duration.seconds(30) },
  ],
});
support.addQueueConfig({ queue: QueueRef.fromQueueArn(billingQueueArn), channel: Channel.VOICE, priority: 3 });

app.synth();
