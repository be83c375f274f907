import { Aspects, Stack, aws_connect as connect, aws_iam as iam, aws_lambda as lambda } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { INSTANCE_ARN, minimalProps, newStack } from './fixtures';
import { RoutingProfile } from '../../src';

function stackWithProfiles(instanceArn?: (stack: Stack) => string): Stack {
  const stack = newStack();
  const arn = instanceArn?.(stack) ?? INSTANCE_ARN;
  new RoutingProfile(stack, 'Tier1', minimalProps({ instanceArn: arn, routingProfileName: 'Tier1' }));
  new RoutingProfile(stack, 'Tier2', minimalProps({ instanceArn: arn, routingProfileName: 'Tier2' }));
  RoutingProfile.fromRoutingProfileName(stack, 'Basic', arn, 'Basic Routing Profile');
  Aspects.of(stack).add(new AwsSolutionsChecks({ verbose: true }));
  return stack;
}

const NAG_FINDING = Match.stringLikeRegexp('AwsSolutions-');

describe('cdk-nag AwsSolutions', () => {
  test.each([
    ['a literal instance ARN', undefined],
    ['CfnInstance.attrArn', (stack: Stack) => new connect.CfnInstance(stack, 'Instance', {
      identityManagementType: 'CONNECT_MANAGED',
      instanceAlias: 'demo',
      attributes: { inboundCalls: true, outboundCalls: true },
    }).attrArn],
  ])('no unsuppressed error or warning with %s', (_name, instanceArn) => {
    const stack = stackWithProfiles(instanceArn);
    const annotations = Annotations.fromStack(stack);
    expect(annotations.findError('*', NAG_FINDING)).toEqual([]);
    expect(annotations.findWarning('*', NAG_FINDING)).toEqual([]);
  });

  test('each finding the library acknowledges carries a specific reason', () => {
    const stack = stackWithProfiles();
    const template = Template.fromStack(stack);
    const acknowledged = Object.values(template.toJSON().Resources as Record<string, any>)
      .flatMap((resource) => resource.Metadata?.cdk_nag?.rules_to_suppress ?? []);
    // The provider and the drift reconciler acknowledge the same two rules, each for its own reasons; no IAM4: their
    // roles write logs to their own log groups only, through inline statements, with no managed policy.
    expect([...new Set(acknowledged.map((rule: any) => rule.id))].sort()).toEqual(['AwsSolutions-IAM5', 'AwsSolutions-L1']);
    for (const rule of acknowledged) {
      expect(rule.reason.length).toBeGreaterThan(40);
    }
    // IAM5 is granular: it covers the instance-scoped wildcards only.
    for (const iam5 of acknowledged.filter((rule: any) => rule.id === 'AwsSolutions-IAM5')) {
      expect(iam5.applies_to).toEqual([{ regex: expect.stringContaining('routing-profile|queue') }]);
    }
  });

  test('a wildcard the library did not write is still reported', () => {
    const stack = stackWithProfiles();
    const handler = stack.node.findChild('CdkConnectRoutingProfileProvider').node.findChild('Handler') as lambda.Function;
    handler.addToRolePolicy(new iam.PolicyStatement({
      actions: ['s3:GetObject'],
      resources: ['arn:aws:s3:::bucket/*'],
    }));
    expect(Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('AwsSolutions-IAM5'))).not.toEqual([]);
  });
});
