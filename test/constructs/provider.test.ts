import { App, Stack, aws_connect as connect } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Construct } from 'constructs';
import { INSTANCE_ARN, LOOKUP_TYPE, OTHER_INSTANCE_ARN, PROFILE_TYPE, minimalProps, newStack } from './fixtures';
import { RoutingProfile } from '../../src';

/** Written out here, not imported, so a change to the provider's list shows up as a failing test. */
const EXPECTED_ACTIONS = [
  'CreateRoutingProfile', 'DescribeRoutingProfile', 'ListRoutingProfiles', 'SearchRoutingProfiles',
  'ListRoutingProfileQueues', 'ListRoutingProfileManualAssignmentQueues', 'AssociateRoutingProfileQueues',
  'DisassociateRoutingProfileQueues', 'UpdateRoutingProfileQueues', 'UpdateRoutingProfileConcurrency',
  'UpdateRoutingProfileName', 'UpdateRoutingProfileDefaultOutboundQueue', 'UpdateRoutingProfileAgentAvailabilityTimer',
  'DeleteRoutingProfile', 'TagResource', 'UntagResource', 'ListTagsForResource', 'ListQueues', 'DescribeQueue',
  'SearchUsers', 'DescribeUser', 'UpdateUserRoutingProfile',
].map((action) => `connect:${action}`);

/** The provider role's Connect statements (the stack's drift reconciler and its table have their own). */
function statementsOf(stack: Stack): any[] {
  const policies = Object.values(Template.fromStack(stack).findResources('AWS::IAM::Policy'))
    .filter((policy) => policy.Properties.Roles.some((role: any) => String(role.Ref).startsWith('CdkConnectRoutingProfileProvider')));
  return policies.flatMap((policy) => policy.Properties.PolicyDocument.Statement)
    .filter((statement) => [statement.Action].flat().every((action: string) => action.startsWith('connect:')));
}

/** The provider functions of a stack (the drift reconciler is a function too). */
function providerFunctionCount(stack: Stack): number {
  return Object.keys(Template.fromStack(stack).findResources('AWS::Lambda::Function'))
    .filter((id) => id.startsWith('CdkConnectRoutingProfileProvider')).length;
}

function serviceTokens(stack: Stack, type: string): unknown[] {
  return Object.values(Template.fromStack(stack).findResources(type)).map((resource) => resource.Properties.ServiceToken);
}

describe('one provider per stack', () => {
  test('three profiles and a lookup in a stack share one function', () => {
    const stack = newStack();
    for (const name of ['Tier1', 'Tier2', 'Supervisors']) {
      new RoutingProfile(stack, name, minimalProps({ routingProfileName: name }));
    }
    RoutingProfile.fromRoutingProfileName(stack, 'Basic', INSTANCE_ARN, 'Basic Routing Profile');
    const template = Template.fromStack(stack);
    expect(providerFunctionCount(stack)).toBe(1);
    template.resourceCountIs(PROFILE_TYPE, 3);
    const functionId = Object.keys(template.findResources('AWS::Lambda::Function')).find((id) => id.startsWith('CdkConnectRoutingProfileProvider'));
    const tokens = [...serviceTokens(stack, PROFILE_TYPE), ...serviceTokens(stack, LOOKUP_TYPE)];
    expect(tokens).toHaveLength(4);
    for (const token of tokens) {
      expect(token).toEqual({ 'Fn::GetAtt': [functionId, 'Arn'] });
    }
  });

  test('a profile deep in a construct tree still uses the stack-level provider', () => {
    const stack = newStack();
    const nested = new Construct(new Construct(stack, 'A'), 'B');
    new RoutingProfile(nested, 'Deep', minimalProps());
    new RoutingProfile(stack, 'Shallow', minimalProps({ routingProfileName: 'Shallow' }));
    expect(providerFunctionCount(stack)).toBe(1);
    expect(stack.node.tryFindChild('CdkConnectRoutingProfileProvider')).toBeDefined();
  });

  test('two stacks get a provider each', () => {
    const app = new App();
    const first = newStack('First', app);
    const second = newStack('Second', app);
    new RoutingProfile(first, 'Profile', minimalProps());
    new RoutingProfile(second, 'Profile', minimalProps());
    expect(providerFunctionCount(first)).toBe(1);
    expect(providerFunctionCount(second)).toBe(1);
    // Each profile's service token is its own stack's function, not a cross-stack reference.
    for (const stack of [first, second]) {
      const functionId = Object.keys(Template.fromStack(stack).findResources('AWS::Lambda::Function'))[0];
      expect(serviceTokens(stack, PROFILE_TYPE)).toEqual([{ 'Fn::GetAtt': [functionId, 'Arn'] }]);
    }
  });

  test('the provider id is reserved', () => {
    const stack = newStack();
    new Construct(stack, 'CdkConnectRoutingProfileProvider');
    expect(() => new RoutingProfile(stack, 'Profile', minimalProps()))
      .toThrow(/`CdkConnectRoutingProfileProvider` under stack Stack is reserved .*got: a Construct/);
  });
});

describe('the provider function', () => {
  test('Node.js 22, index.handler, 14 minutes, a few hundred MB', () => {
    const stack = newStack();
    new RoutingProfile(stack, 'Profile', minimalProps());
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs22.x',
      Handler: 'index.handler',
      Timeout: 14 * 60,
      MemorySize: Match.anyValue(),
    });
    const fn = Object.values(Template.fromStack(stack).findResources('AWS::Lambda::Function'))[0];
    expect(fn.Properties.MemorySize).toBeGreaterThanOrEqual(128);
    expect(fn.Properties.MemorySize).toBeLessThanOrEqual(1024);
  });

  test('the lookup resource has the same ServiceTimeout as the profiles', () => {
    const stack = newStack();
    new RoutingProfile(stack, 'Profile', minimalProps());
    RoutingProfile.fromRoutingProfileName(stack, 'Basic', INSTANCE_ARN, 'Basic Routing Profile');
    const template = Template.fromStack(stack);
    template.hasResourceProperties(PROFILE_TYPE, { ServiceTimeout: '900' });
    template.hasResourceProperties(LOOKUP_TYPE, { ServiceTimeout: '900' });
  });
});

describe('IAM: least privilege', () => {
  test('one statement with exactly the handler\'s Connect actions, on the instance and its children only', () => {
    const stack = newStack();
    new RoutingProfile(stack, 'Profile', minimalProps());
    const statements = statementsOf(stack);
    expect(statements).toHaveLength(1);
    expect([...statements[0].Action].sort()).toEqual([...EXPECTED_ACTIONS].sort());
    expect(statements[0].Resource).toEqual([
      INSTANCE_ARN,
      `${INSTANCE_ARN}/routing-profile/*`,
      `${INSTANCE_ARN}/queue/*`,
      `${INSTANCE_ARN}/agent/*`,
    ]);
  });

  test('no statement anywhere in the stack has Resource "*"', () => {
    const stack = newStack();
    new RoutingProfile(stack, 'Profile', minimalProps());
    RoutingProfile.fromRoutingProfileName(stack, 'Basic', OTHER_INSTANCE_ARN, 'Basic Routing Profile');
    for (const statement of statementsOf(stack)) {
      const resources = [statement.Resource].flat();
      expect(resources).not.toContain('*');
      for (const resource of resources) {
        expect(resource).toMatch(/^arn:aws:connect:eu-west-2:111122223333:instance\/[^/*]+(\/(routing-profile|queue|agent)\/\*)?$/);
      }
    }
  });

  test('three profiles of one instance: one statement; a second instance: a second statement', () => {
    const stack = newStack();
    new RoutingProfile(stack, 'A', minimalProps({ routingProfileName: 'A' }));
    new RoutingProfile(stack, 'B', minimalProps({ routingProfileName: 'B' }));
    new RoutingProfile(stack, 'C', minimalProps({ routingProfileName: 'C', instanceArn: OTHER_INSTANCE_ARN }));
    RoutingProfile.fromRoutingProfileName(stack, 'Basic', OTHER_INSTANCE_ARN, 'Basic Routing Profile');
    const statements = statementsOf(stack);
    expect(statements).toHaveLength(2);
    expect(statements.map((statement) => statement.Resource[0])).toEqual([INSTANCE_ARN, OTHER_INSTANCE_ARN]);
  });

  test('an instance given as a token is deduplicated by what it resolves to, and scoped with Fn::Join', () => {
    const stack = newStack();
    const instance = new connect.CfnInstance(stack, 'Instance', {
      identityManagementType: 'CONNECT_MANAGED',
      instanceAlias: 'demo',
      attributes: { inboundCalls: true, outboundCalls: true },
    });
    new RoutingProfile(stack, 'A', minimalProps({ instanceArn: instance.attrArn, routingProfileName: 'A' }));
    new RoutingProfile(stack, 'B', minimalProps({ instanceArn: instance.attrArn, routingProfileName: 'B' }));
    const statements = statementsOf(stack);
    expect(statements).toHaveLength(1);
    const instanceId = stack.getLogicalId(instance);
    expect(statements[0].Resource).toEqual([
      { 'Fn::GetAtt': [instanceId, 'Arn'] },
      { 'Fn::Join': ['', [{ 'Fn::GetAtt': [instanceId, 'Arn'] }, '/routing-profile/*']] },
      { 'Fn::Join': ['', [{ 'Fn::GetAtt': [instanceId, 'Arn'] }, '/queue/*']] },
      { 'Fn::Join': ['', [{ 'Fn::GetAtt': [instanceId, 'Arn'] }, '/agent/*']] },
    ]);
  });

  test('the profiles wait for the role\'s policy (the function depends on it)', () => {
    const stack = newStack();
    new RoutingProfile(stack, 'Profile', minimalProps());
    const template = Template.fromStack(stack);
    const policyId = Object.keys(template.findResources('AWS::IAM::Policy'))[0];
    template.hasResource('AWS::Lambda::Function', { DependsOn: Match.arrayWith([policyId]) });
  });
});
