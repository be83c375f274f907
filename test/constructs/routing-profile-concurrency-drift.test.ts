import { Aspects, Duration, Stack, aws_events as events } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { INSTANCE_ARN, OTHER_INSTANCE_ARN, minimalProps, newStack } from './fixtures';
import {
  DriftPolicy,
  DriftReconciler,
  MediaConcurrency,
  RoutingProfile,
  RoutingProfileConcurrency,
  RoutingProfileConcurrencyProps,
  RoutingProfileTarget,
} from '../../src';

const CONCURRENCY_TYPE = 'Custom::ConnectRoutingProfileConcurrency';
const BASIC = 'Basic Routing Profile';
const CONCURRENCY_READS = ['connect:SearchRoutingProfiles', 'connect:DescribeRoutingProfile'];

function props(overrides: Partial<RoutingProfileConcurrencyProps> = {}): RoutingProfileConcurrencyProps {
  return { routingProfile: RoutingProfileTarget.fromName(INSTANCE_ARN, BASIC), mediaConcurrencies: [MediaConcurrency.chat(3)], ...overrides };
}

function policiesOf(stack: Stack, rolePrefix: string): any[] {
  return Object.values(Template.fromStack(stack).findResources('AWS::IAM::Policy'))
    .filter((p) => p.Properties.Roles.some((r: any) => String(r.Ref).startsWith(rolePrefix)))
    .flatMap((p) => p.Properties.PolicyDocument.Statement);
}

/** The reconciler's Connect statements (a reconciler declared as `Drift` included). */
function reconcilerConnectStatements(stack: Stack): any[] {
  return [...policiesOf(stack, 'CdkConnectRoutingDriftReconciler'), ...policiesOf(stack, 'DriftServiceRole')]
    .filter((s) => [s.Action].flat().some((a: string) => a.startsWith('connect:')));
}

describe('driftPolicy', () => {
  test('is carried to the handler: report by default, correct, ignore', () => {
    const stack = newStack();
    new RoutingProfileConcurrency(stack, 'A', props());
    new RoutingProfileConcurrency(stack, 'B', props({ routingProfile: RoutingProfileTarget.fromId(INSTANCE_ARN, 'rp-b'), driftPolicy: DriftPolicy.CORRECT }));
    new RoutingProfileConcurrency(stack, 'C', props({ routingProfile: RoutingProfileTarget.fromId(INSTANCE_ARN, 'rp-c'), driftPolicy: DriftPolicy.IGNORE }));
    const policies = Object.values(Template.fromStack(stack).findResources(CONCURRENCY_TYPE)).map((r) => r.Properties.DriftPolicy);
    expect(policies).toEqual(['report', 'correct', 'ignore']);
  });

  test('a stack with only a concurrency resource gets the table and the reconciler; the provider records in the table', () => {
    const stack = newStack();
    new RoutingProfileConcurrency(stack, 'Basic', props());
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::DynamoDB::Table', 1);
    template.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'rate(15 minutes)' });
    expect(stack.node.tryFindChild('CdkConnectRoutingDriftReconciler')).toBeInstanceOf(DriftReconciler);
    const tableRef = { Ref: Match.stringLikeRegexp('^CdkConnectRoutingDesiredStateTable') };
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('reconciles Amazon Connect routing profiles'),
      Environment: { Variables: { DESIRED_STATE_TABLE: tableRef } },
    });
    const writes = policiesOf(stack, 'CdkConnectRoutingProfileProvider').filter((s) => [s.Action].flat().some((a: string) => a.startsWith('dynamodb:')));
    expect(writes.map((s) => s.Action)).toEqual([['dynamodb:PutItem', 'dynamodb:DeleteItem'], 'dynamodb:GetItem']);
  });

  test('under IGNORE it still gets the table, where its first deploy keeps what the profile had, but no reconciler', () => {
    const stack = newStack();
    new RoutingProfileConcurrency(stack, 'Basic', props({ driftPolicy: DriftPolicy.IGNORE }));
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::DynamoDB::Table', 1);
    template.resourceCountIs('AWS::Events::Rule', 0);
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('reconciles Amazon Connect routing profiles'),
      Environment: { Variables: { DESIRED_STATE_TABLE: { Ref: Match.stringLikeRegexp('^CdkConnectRoutingDesiredStateTable') } } },
    });
  });

  test('metricDriftedFields: the stack and the resource\'s logical id, maximum over an hour', () => {
    const stack = newStack();
    const basic = new RoutingProfileConcurrency(stack, 'Basic', props());
    const logicalId = Object.keys(Template.fromStack(stack).findResources(CONCURRENCY_TYPE))[0];
    const metric = basic.metricDriftedFields();
    expect(metric).toMatchObject({ namespace: 'CdkConnectRouting/Drift', metricName: 'DriftedFields', statistic: 'Maximum' });
    expect(stack.resolve(metric.dimensions)).toEqual({ StackName: 'Stack', LogicalResourceId: logicalId });
    expect(metric.period.toMinutes()).toBe(60);
  });
});

describe('the reconciler\'s permissions for a concurrency resource', () => {
  test('report: the two reads it makes, on the instance and its profiles; no write', () => {
    const stack = newStack();
    new RoutingProfileConcurrency(stack, 'Basic', props());
    expect(reconcilerConnectStatements(stack)).toEqual([
      { Action: CONCURRENCY_READS, Effect: 'Allow', Resource: [INSTANCE_ARN, `${INSTANCE_ARN}/routing-profile/*`] },
    ]);
  });

  test('correct: UpdateRoutingProfileConcurrency only, on the instance\'s profiles only (no queue)', () => {
    const stack = newStack();
    new RoutingProfileConcurrency(stack, 'Basic', props({ driftPolicy: DriftPolicy.CORRECT }));
    expect(reconcilerConnectStatements(stack)).toEqual([
      { Action: CONCURRENCY_READS, Effect: 'Allow', Resource: [INSTANCE_ARN, `${INSTANCE_ARN}/routing-profile/*`] },
      { Action: 'connect:UpdateRoutingProfileConcurrency', Effect: 'Allow', Resource: `${INSTANCE_ARN}/routing-profile/*` },
    ]);
  });

  test('ignore: no Connect permission at all', () => {
    const stack = newStack();
    new RoutingProfileConcurrency(stack, 'Basic', props({ driftPolicy: DriftPolicy.IGNORE }));
    expect(reconcilerConnectStatements(stack)).toEqual([]);
  });

  test('the write is granted only for the instance with a correct resource; each action once per instance', () => {
    const stack = newStack();
    new RoutingProfileConcurrency(stack, 'Corrected', props({ driftPolicy: DriftPolicy.CORRECT }));
    new RoutingProfileConcurrency(stack, 'CorrectedToo', props({ routingProfile: RoutingProfileTarget.fromId(INSTANCE_ARN, 'rp-2'), driftPolicy: DriftPolicy.CORRECT }));
    new RoutingProfileConcurrency(stack, 'Reported', props({ routingProfile: RoutingProfileTarget.fromName(OTHER_INSTANCE_ARN, BASIC) }));
    const statements = reconcilerConnectStatements(stack);
    const writes = statements.filter((s) => [s.Action].flat().includes('connect:UpdateRoutingProfileConcurrency'));
    expect(writes.map((s) => s.Resource)).toEqual([`${INSTANCE_ARN}/routing-profile/*`]);
    expect(statements.filter((s) => [s.Action].flat().includes('connect:DescribeRoutingProfile')).map((s) => s.Resource[0]))
      .toEqual([INSTANCE_ARN, OTHER_INSTANCE_ARN]);
  });

  test('beside a RoutingProfile in the same instance: its reads and writes are added once, nothing granted twice', () => {
    const stack = newStack();
    new RoutingProfileConcurrency(stack, 'Basic', props({ driftPolicy: DriftPolicy.CORRECT }));
    new RoutingProfile(stack, 'Support', minimalProps({ driftPolicy: DriftPolicy.CORRECT }));
    const statements = reconcilerConnectStatements(stack);
    const actions = statements.flatMap((s) => [s.Action].flat());
    expect(new Set(actions).size).toBe(actions.length);
    expect(actions).toEqual(expect.arrayContaining(['connect:ListRoutingProfileQueues', 'connect:UpdateRoutingProfileQueues', 'connect:UpdateRoutingProfileConcurrency']));
    // The profile's own writes reach queues; the concurrency write stays on profiles.
    const profileWrites = statements.find((s) => [s.Action].flat().includes('connect:UpdateRoutingProfileQueues'));
    expect(profileWrites.Resource).toEqual([`${INSTANCE_ARN}/routing-profile/*`, `${INSTANCE_ARN}/queue/*`]);
    expect([profileWrites.Action].flat()).not.toContain('connect:UpdateRoutingProfileConcurrency');
  });

  test('a reconciler declared before the resource gets exactly its grants', () => {
    const stack = newStack();
    new DriftReconciler(stack, 'Drift', { schedule: events.Schedule.rate(Duration.hours(1)) });
    new RoutingProfileConcurrency(stack, 'Basic', props({ driftPolicy: DriftPolicy.CORRECT }));
    expect(stack.node.tryFindChild('CdkConnectRoutingDriftReconciler')).toBeUndefined();
    expect(reconcilerConnectStatements(stack)).toEqual([
      { Action: CONCURRENCY_READS, Effect: 'Allow', Resource: [INSTANCE_ARN, `${INSTANCE_ARN}/routing-profile/*`] },
      { Action: 'connect:UpdateRoutingProfileConcurrency', Effect: 'Allow', Resource: `${INSTANCE_ARN}/routing-profile/*` },
    ]);
  });
});

test('cdk-nag AwsSolutions: no unsuppressed error or warning under correct', () => {
  const stack = newStack();
  new RoutingProfileConcurrency(stack, 'Basic', props({ driftPolicy: DriftPolicy.CORRECT }));
  Aspects.of(stack).add(new AwsSolutionsChecks({ verbose: true }));
  const annotations = Annotations.fromStack(stack);
  expect(annotations.findError('*', Match.stringLikeRegexp('AwsSolutions-'))).toEqual([]);
  expect(annotations.findWarning('*', Match.stringLikeRegexp('AwsSolutions-'))).toEqual([]);
});
