import { Duration, aws_connect as connect } from 'aws-cdk-lib';
import { Channel, ContactRoutingFunction, QueueRef, QueueTimeAdjustment, RoutingCondition } from '../../src';
import { INSTANCE_ARN, maskedTemplate, newStack } from '../constructs/fixtures';

// Golden templates: a change here is a change to what users deploy. Review it, then `npx projen test:update`.

test('a rules-only function on a literal instance', () => {
  const stack = newStack('ContactRouting');
  new ContactRoutingFunction(stack, 'ContactRouting', {
    instanceArn: INSTANCE_ARN,
    rules: [{ name: 'vip', conditions: [RoutingCondition.attributeOneOf('tier', ['gold', 'platinum'])], priority: 1 }],
  });
  expect(maskedTemplate(stack)).toMatchSnapshot();
});

test('a contact center: new instance, L1 queue, every kind of condition, a default and a shorter timeout', () => {
  const stack = newStack('ContactCenterRouting');
  const instance = new connect.CfnInstance(stack, 'Instance', {
    identityManagementType: 'CONNECT_MANAGED',
    instanceAlias: 'acme-support',
    attributes: { inboundCalls: true, outboundCalls: true },
  });
  const callbacks = new connect.CfnQueue(stack, 'CallbacksQueue', {
    instanceArn: instance.attrArn,
    name: 'Callbacks',
    hoursOfOperationArn: `${INSTANCE_ARN}/operating-hours/24x7`,
  });
  const routing = new ContactRoutingFunction(stack, 'ContactRouting', {
    instanceArn: instance.attrArn,
    timeout: Duration.seconds(3),
    rules: [
      { name: 'vip', conditions: [RoutingCondition.attributeEquals('tier', 'platinum')], priority: 1 },
      {
        name: 'callbacks',
        conditions: [RoutingCondition.initiationMethodOneOf(['CALLBACK']), RoutingCondition.queueIs(QueueRef.fromCfnQueue(callbacks))],
        queueTimeAdjustment: QueueTimeAdjustment.forward(Duration.minutes(10)),
      },
      {
        name: 'high-value-chat',
        conditions: [RoutingCondition.channelIs(Channel.CHAT), RoutingCondition.attributeAtLeast('lifetimeValue', 10000)],
        priority: 2,
      },
    ],
    defaultAction: { queueTimeAdjustment: QueueTimeAdjustment.back(Duration.seconds(30)) },
  });
  routing.addRule({ name: 'retention', conditions: [RoutingCondition.parameterEquals('intent', 'cancel')], priority: 3 });
  expect(maskedTemplate(stack)).toMatchSnapshot();
});
