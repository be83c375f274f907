import { App, Stack, aws_connect as connect, aws_logs as logs } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Construct } from 'constructs';
import { INSTANCE_ARN, LOOKUP_TYPE, OTHER_INSTANCE_ARN, PROFILE_TYPE, minimalProps, newStack } from './fixtures';
import { MediaConcurrency, RoutingProfile, RoutingProfileConcurrency, RoutingProfileTarget } from '../../src';

/** Written out here, not imported, so a change to the provider's list shows up as a failing test. */
const EXPECTED_ACTIONS = [
  'CreateRoutingProfile', 'DescribeRoutingProfile', 'ListRoutingProfiles', 'SearchRoutingProfiles',
  'ListRoutingProfileQueues', 'ListRoutingProfileManualAssignmentQueues', 'AssociateRoutingProfileQueues',
  'DisassociateRoutingProfileQueues', 'UpdateRoutingProfileQueues', 'UpdateRoutingProfileConcurrency',
  'UpdateRoutingProfileName', 'UpdateRoutingProfileDefaultOutboundQueue', 'UpdateRoutingProfileAgentAvailabilityTimer',
  'TagResource', 'UntagResource', 'ListTagsForResource', 'ListQueues', 'DescribeQueue',
].map((action) => `connect:${action}`);

/** Deleting: only a profile carrying the ownership tag the handler puts on every profile it creates. */
const DELETE_OWNED = (instanceArn = INSTANCE_ARN) => ({
  Action: 'connect:DeleteRoutingProfile',
  Condition: { Null: { 'aws:ResourceTag/cdk-connect-routing:owner': 'false' } },
  Effect: 'Allow',
  Resource: `${instanceArn}/routing-profile/*`,
});

/** Every statement of the provider role's policies (the stack's drift reconciler has its own role). */
function providerRoleStatements(stack: Stack): any[] {
  const policies = Object.values(Template.fromStack(stack).findResources('AWS::IAM::Policy'))
    .filter((policy) => policy.Properties.Roles.some((role: any) => String(role.Ref).startsWith('CdkConnectRoutingProfileProvider')));
  return policies.flatMap((policy) => policy.Properties.PolicyDocument.Statement);
}

/** The provider role's Connect statements without conditions (the conditional delete is checked on its own). */
function statementsOf(stack: Stack): any[] {
  return providerRoleStatements(stack).filter((statement) => statement.Condition === undefined
    && [statement.Action].flat().every((action: string) => action.startsWith('connect:')));
}

/** The provider functions of a stack, by logical id (the drift reconciler is a function too). */
function providerFunctions(stack: Stack): Record<string, any> {
  return Object.fromEntries(Object.entries(Template.fromStack(stack).findResources('AWS::Lambda::Function'))
    .filter(([id]) => id.startsWith('CdkConnectRoutingProfileProvider')));
}

function providerFunctionCount(stack: Stack): number {
  return Object.keys(providerFunctions(stack)).length;
}

/** The grant every stack with a drift-watched resource adds: the provider writes and removes its records. */
/** The provider writes its logs to its own log group only (no AWSLambdaBasicExecutionRole). */
const LOG_WRITES = {
  Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
  Effect: 'Allow',
  Resource: { 'Fn::GetAtt': [expect.stringMatching(/^CdkConnectRoutingProfileProviderLogGroup/), 'Arn'] },
};
const TABLE_ARN = [{ 'Fn::GetAtt': [expect.stringMatching(/^CdkConnectRoutingDesiredStateTable/), 'Arn'] }];
/** What a handler that keeps a profile's original (a concurrency resource, an adoption) reads back on removal. */
const ORIGINAL_READS = { Action: 'dynamodb:GetItem', Effect: 'Allow', Resource: TABLE_ARN };
const RECORD_WRITES = {
  Action: ['dynamodb:PutItem', 'dynamodb:DeleteItem'],
  Effect: 'Allow',
  Resource: TABLE_ARN,
};

const CONCURRENCY_ACTIONS = ['ListRoutingProfiles', 'DescribeRoutingProfile', 'UpdateRoutingProfileConcurrency']
  .map((action) => `connect:${action}`);

function basicConcurrency(stack: Stack, id = 'BasicConcurrency', instanceArn = INSTANCE_ARN): RoutingProfileConcurrency {
  return new RoutingProfileConcurrency(stack, id, {
    routingProfile: RoutingProfileTarget.fromName(instanceArn, 'Basic Routing Profile'),
    mediaConcurrencies: [MediaConcurrency.chat(2)],
  });
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
    expect(providerFunctionCount(stack)).toBe(1);
    Template.fromStack(stack).resourceCountIs(PROFILE_TYPE, 3);
    const [functionId] = Object.keys(providerFunctions(stack));
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
    new RoutingProfile(second, 'Profile', minimalProps({ routingProfileName: 'Other agents' }));
    expect(providerFunctionCount(first)).toBe(1);
    expect(providerFunctionCount(second)).toBe(1);
    // Each profile's service token is its own stack's function, not a cross-stack reference.
    for (const stack of [first, second]) {
      const [functionId] = Object.keys(providerFunctions(stack));
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
    const [fn] = Object.values(providerFunctions(stack));
    expect(fn.Properties).toMatchObject({ Runtime: 'nodejs22.x', Handler: 'index.handler', Timeout: 14 * 60 });
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
  test('one statement with exactly the handler\'s Connect actions on the instance, its profiles and queues; delete only with the ownership tag; no user access', () => {
    const stack = newStack();
    new RoutingProfile(stack, 'Profile', minimalProps());
    const statements = statementsOf(stack);
    expect(statements).toHaveLength(1);
    expect([...statements[0].Action].sort()).toEqual([...EXPECTED_ACTIONS].sort());
    expect(statements[0].Resource).toEqual([INSTANCE_ARN, `${INSTANCE_ARN}/routing-profile/*`, `${INSTANCE_ARN}/queue/*`]);
    // Nothing else on the role than its own logs, that, the conditional delete and its drift records.
    expect(providerRoleStatements(stack)).toEqual([LOG_WRITES, { ...statements[0], Effect: 'Allow' }, DELETE_OWNED(), RECORD_WRITES]);
  });

  test('a profile with a fallbackRoutingProfile adds the two user actions, on the instance\'s agents; once per instance', () => {
    const stack = newStack();
    const fallback = new RoutingProfile(stack, 'Fallback', minimalProps({ routingProfileName: 'Fallback' }));
    new RoutingProfile(stack, 'A', minimalProps({ routingProfileName: 'A', fallbackRoutingProfile: fallback }));
    new RoutingProfile(stack, 'B', minimalProps({ routingProfileName: 'B', fallbackRoutingProfile: fallback }));
    const [statement] = statementsOf(stack);
    expect([...statement.Action].sort()).toEqual([...EXPECTED_ACTIONS, 'connect:SearchUsers', 'connect:UpdateUserRoutingProfile'].sort());
    expect(statement.Resource).toEqual([INSTANCE_ARN, `${INSTANCE_ARN}/routing-profile/*`, `${INSTANCE_ARN}/queue/*`, `${INSTANCE_ARN}/agent/*`]);
    expect(providerRoleStatements(stack).filter((s) => s.Condition !== undefined)).toEqual([DELETE_OWNED()]);
  });

  test('a stack that only manages concurrency: the three actions its handler calls, on the instance and its profiles only', () => {
    const stack = newStack();
    basicConcurrency(stack);
    expect(providerRoleStatements(stack)).toEqual([
      LOG_WRITES,
      { Action: CONCURRENCY_ACTIONS, Effect: 'Allow', Resource: [INSTANCE_ARN, `${INSTANCE_ARN}/routing-profile/*`] },
      RECORD_WRITES,
      ORIGINAL_READS,
    ]);
  });

  test('a stack that only looks a profile up by name: ListRoutingProfiles alone, and no drift records', () => {
    const stack = newStack();
    RoutingProfile.fromRoutingProfileName(stack, 'Basic', INSTANCE_ARN, 'Basic Routing Profile');
    expect(providerRoleStatements(stack)).toEqual([
      LOG_WRITES,
      { Action: 'connect:ListRoutingProfiles', Effect: 'Allow', Resource: [INSTANCE_ARN, `${INSTANCE_ARN}/routing-profile/*`] },
    ]);
  });

  test.each([
    ['concurrency first', (stack: Stack) => { basicConcurrency(stack); new RoutingProfile(stack, 'Profile', minimalProps()); }],
    ['profile first', (stack: Stack) => { new RoutingProfile(stack, 'Profile', minimalProps()); basicConcurrency(stack); }],
  ])('beside a RoutingProfile of the same instance (%s): one statement, the union, each action and resource once', (_label, declare) => {
    const stack = newStack();
    declare(stack);
    const statements = statementsOf(stack);
    expect(statements).toHaveLength(1);
    expect([...statements[0].Action].sort()).toEqual([...EXPECTED_ACTIONS].sort());
    expect([...statements[0].Resource].sort()).toEqual([INSTANCE_ARN, `${INSTANCE_ARN}/routing-profile/*`, `${INSTANCE_ARN}/queue/*`].sort());
  });

  test('concurrency in one instance, a profile in another: each instance gets only what its resources need', () => {
    const stack = newStack();
    basicConcurrency(stack, 'BasicConcurrency', OTHER_INSTANCE_ARN);
    new RoutingProfile(stack, 'Profile', minimalProps());
    const byInstance = Object.fromEntries(statementsOf(stack).map((statement) => [statement.Resource[0], statement]));
    expect(byInstance[OTHER_INSTANCE_ARN]).toEqual({
      Action: CONCURRENCY_ACTIONS, Effect: 'Allow', Resource: [OTHER_INSTANCE_ARN, `${OTHER_INSTANCE_ARN}/routing-profile/*`],
    });
    expect([...byInstance[INSTANCE_ARN].Action].sort()).toEqual([...EXPECTED_ACTIONS].sort());
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
    expect(providerRoleStatements(stack).filter((s) => s.Condition !== undefined)).toEqual([DELETE_OWNED(), DELETE_OWNED(OTHER_INSTANCE_ARN)]);
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
    ]);
  });

  test('the profiles wait for the role\'s policy (the function depends on it)', () => {
    const stack = newStack();
    new RoutingProfile(stack, 'Profile', minimalProps());
    const policyId = Object.keys(Template.fromStack(stack).findResources('AWS::IAM::Policy'))
      .find((id) => id.startsWith('CdkConnectRoutingProfileProviderServiceRoleDefaultPolicy'));
    expect(policyId).toBeDefined();
    const [fn] = Object.values(providerFunctions(stack));
    expect(fn.DependsOn).toEqual(expect.arrayContaining([policyId]));
  });
});

describe('logs', () => {
  test('its own log group, kept a year by default; the role carries no managed policy', () => {
    const stack = newStack();
    new RoutingProfile(stack, 'Profile', minimalProps());
    const template = Template.fromStack(stack);
    const [[groupId, group]] = Object.entries(template.findResources('AWS::Logs::LogGroup'));
    expect(groupId).toMatch(/^CdkConnectRoutingProfileProviderLogGroup/);
    expect(group).toMatchObject({ Properties: { RetentionInDays: 365 }, DeletionPolicy: 'Retain' });
    const [fn] = Object.values(providerFunctions(stack));
    expect(fn.Properties.LoggingConfig).toEqual({ LogGroup: { Ref: groupId } });
    for (const role of Object.values(template.findResources('AWS::IAM::Role'))) expect(role.Properties.ManagedPolicyArns).toBeUndefined();
  });

  test('RoutingProfile.configureProvider() sets the retention, before or after the profiles', () => {
    const before = newStack();
    RoutingProfile.configureProvider(before, { logRetention: logs.RetentionDays.ONE_WEEK });
    new RoutingProfile(before, 'Profile', minimalProps());
    const after = newStack();
    new RoutingProfile(after, 'Profile', minimalProps());
    RoutingProfile.configureProvider(after, { logRetention: logs.RetentionDays.INFINITE });
    Template.fromStack(before).hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 7 });
    Template.fromStack(after).hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: Match.absent() });
    Template.fromStack(before).resourceCountIs('AWS::Lambda::Function', 2);
  });
});
