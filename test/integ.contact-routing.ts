/**
 * Integration test (run by @aws-cdk/integ-runner): a Connect instance of its own and a `ContactRoutingFunction`
 * associated with it. The assertions check the association, then invoke the function as a flow would for a
 * contact that is not in any queue: the VIP rule matches, the function's only permission
 * (`connect:UpdateContactRoutingData` on the instance's contacts) lets the call reach Connect, and Connect's
 * "not found" comes back as the `NOT_IN_QUEUE` outcome a flow branches on (an IAM denial would be `ERROR`).
 *
 * Snapshot check (no AWS account): `npx projen test` (test/local-deploy/integ-snapshots.test.ts).
 * Deploy and assert for real: README, "Integration tests".
 */
import { ExpectedResult, IntegTest, Match } from '@aws-cdk/integ-tests-alpha';
import { App, Aws, Fn, Stack, aws_connect as connect } from 'aws-cdk-lib';
import { ContactRoutingFunction, RoutingCondition } from '../src';

const app = new App();
const stack = new Stack(app, 'ConnectContactRoutingInteg');

const instance = new connect.CfnInstance(stack, 'Instance', {
  identityManagementType: 'CONNECT_MANAGED',
  // Instance aliases are unique across AWS: the account id makes this one the test account's own.
  instanceAlias: Fn.join('', ['contact-routing-integ-', Aws.ACCOUNT_ID]),
  attributes: { inboundCalls: true, outboundCalls: false },
});

const routing = new ContactRoutingFunction(stack, 'ContactRouting', {
  instanceArn: instance.attrArn,
  rules: [{ name: 'vip', conditions: [RoutingCondition.attributeEquals('tier', 'gold')], priority: 1 }],
});

const integ = new IntegTest(app, 'ContactRouting', { testCases: [stack] });

integ.assertions.awsApiCall('Connect', 'listIntegrationAssociations', {
  InstanceId: instance.attrId,
  IntegrationType: 'LAMBDA_FUNCTION',
}).expect(ExpectedResult.objectLike({
  IntegrationAssociationSummaryList: Match.arrayWith([Match.objectLike({ IntegrationArn: routing.functionArn })]),
}));

// The shape of the event Connect sends to a flow's "Invoke AWS Lambda function" block.
const flowEvent = {
  Name: 'ContactFlowEvent',
  Details: {
    ContactData: {
      ContactId: '00000000-0000-4000-8000-000000000000',
      InitialContactId: '00000000-0000-4000-8000-000000000000',
      InstanceARN: instance.attrArn,
      Channel: 'VOICE',
      InitiationMethod: 'INBOUND',
      Attributes: { tier: 'gold' },
    },
    Parameters: {},
  },
};
integ.assertions.invokeFunction({
  functionName: routing.function.functionName,
  payload: Stack.of(stack).toJsonString(flowEvent),
}).expect(ExpectedResult.objectLike({
  Payload: Match.serializedJson(Match.objectLike({ outcome: 'NOT_IN_QUEUE', rule: 'vip' })),
}));
