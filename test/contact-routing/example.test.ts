import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { ContactRoutingStack } from '../../examples/contact-routing/contact-routing-stack';

test('the example app synthesizes its four rules, in order, for the instance it is given', () => {
  const instanceArn = 'arn:aws:connect:us-east-1:123456789012:instance/00000000-0000-4000-8000-000000000000';
  const stack = new ContactRoutingStack(new App(), 'ContactRouting', { instanceArn, env: { account: '123456789012', region: 'us-east-1' } });
  const template = Template.fromStack(stack);
  const fn = Object.values(template.findResources('AWS::Lambda::Function'))[0];
  const config = JSON.parse(fn.Properties.Environment.Variables.CONTACT_ROUTING_CONFIG);
  expect(config.rules.map((r: any) => [r.name, r.queuePriority ?? r.queueTimeAdjustmentSeconds]))
    .toEqual([['vip', 1], ['churn-risk', 2], ['callbacks', 600], ['low-urgency-tasks', -120]]);
  template.hasResourceProperties('AWS::Connect::IntegrationAssociation', { InstanceId: instanceArn, IntegrationType: 'LAMBDA_FUNCTION' });
  template.hasOutput('ContactRoutingFunctionArn', {});
});
