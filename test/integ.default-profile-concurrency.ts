/**
 * Integration test (run by @aws-cdk/integ-runner): a Connect instance of its own, whose default
 * "Basic Routing Profile" (which every new instance has and the stack does not own) gets its chat and task
 * concurrency changed by `RoutingProfileConcurrency`, checked by reading the live profile through the Connect API.
 * Destroying the stack restores the profile before the instance goes.
 *
 * Snapshot check (no AWS account): `npx projen test` (test/local-deploy/integ-snapshots.test.ts).
 * Deploy and assert for real: README, "Integration tests".
 */
import { ExpectedResult, IntegTest, Match } from '@aws-cdk/integ-tests-alpha';
import { App, Aws, Fn, Stack, aws_connect as connect } from 'aws-cdk-lib';
import { CrossChannelBehavior, MediaConcurrency, RoutingProfileConcurrency, RoutingProfileTarget } from '../src';

const app = new App();
const stack = new Stack(app, 'ConnectDefaultProfileConcurrencyInteg');

const instance = new connect.CfnInstance(stack, 'Instance', {
  identityManagementType: 'CONNECT_MANAGED',
  // Instance aliases are unique across AWS: the account id makes this one the test account's own.
  instanceAlias: Fn.join('', ['concurrency-integ-', Aws.ACCOUNT_ID]),
  attributes: { inboundCalls: true, outboundCalls: false },
});

const concurrency = new RoutingProfileConcurrency(stack, 'BasicConcurrency', {
  routingProfile: RoutingProfileTarget.fromName(instance.attrArn, 'Basic Routing Profile'),
  mediaConcurrencies: [
    MediaConcurrency.chat(3, { crossChannelBehavior: CrossChannelBehavior.ROUTE_ANY_CHANNEL }),
    MediaConcurrency.task(2),
  ],
});

const integ = new IntegTest(app, 'DefaultProfileConcurrency', { testCases: [stack] });

integ.assertions.awsApiCall('Connect', 'describeRoutingProfile', {
  InstanceId: instance.attrId,
  RoutingProfileId: concurrency.routingProfileId,
}).expect(ExpectedResult.objectLike({
  RoutingProfile: {
    Name: 'Basic Routing Profile',
    MediaConcurrencies: Match.arrayWith([
      // Not declared, so left as the instance made it.
      Match.objectLike({ Channel: 'VOICE', Concurrency: 1 }),
      Match.objectLike({ Channel: 'CHAT', Concurrency: 3, CrossChannelBehavior: { BehaviorType: 'ROUTE_ANY_CHANNEL' } }),
      Match.objectLike({ Channel: 'TASK', Concurrency: 2 }),
    ]),
  },
}));
