import { Duration, Stack, aws_events as events, aws_logs as logs } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { Construct } from 'constructs';
import { DriftPolicy, DriftReconciler, RoutingProfile } from '../../src';
import { DriftReconcilerEnv } from '../../src/private/contract';
import { INSTANCE_ARN, OTHER_INSTANCE_ARN, PROFILE_TYPE, minimalProps, newStack } from '../constructs/fixtures';

const RECONCILER = 'CdkConnectRoutingDriftReconciler';

function reconcilerFunctions(template: Template): Record<string, any> {
  return template.findResources('AWS::Lambda::Function', { Properties: { Description: Match.stringLikeRegexp('checks the stack') } });
}

/** The statements of the reconciler's role. */
function reconcilerStatements(stack: Stack): any[] {
  return Object.values(Template.fromStack(stack).findResources('AWS::IAM::Policy'))
    .filter((p) => p.Properties.Roles.some((r: any) => /DriftReconciler|Drift/.test(String(r.Ref)) && !String(r.Ref).startsWith('CdkConnectRoutingProfileProvider')))
    .flatMap((p) => p.Properties.PolicyDocument.Statement);
}

function providerStatements(stack: Stack): any[] {
  return Object.values(Template.fromStack(stack).findResources('AWS::IAM::Policy'))
    .filter((p) => p.Properties.Roles.some((r: any) => String(r.Ref).startsWith('CdkConnectRoutingProfileProvider')))
    .flatMap((p) => p.Properties.PolicyDocument.Statement);
}

describe('defaults', () => {
  test('the first profile creates one table and one reconciler per stack, scheduled every 15 minutes', () => {
    const stack = newStack();
    new RoutingProfile(stack, 'A', minimalProps({ routingProfileName: 'A' }));
    new RoutingProfile(stack, 'B', minimalProps({ routingProfileName: 'B' }));
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::DynamoDB::Table', 1);
    expect(Object.keys(reconcilerFunctions(template))).toHaveLength(1);
    template.resourceCountIs('AWS::Events::Rule', 1);
    template.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'rate(15 minutes)', State: 'ENABLED' });
    expect(stack.node.tryFindChild(RECONCILER)).toBeInstanceOf(DriftReconciler);
  });

  test('a stack with only an imported profile gets neither table nor reconciler', () => {
    const stack = newStack();
    RoutingProfile.fromRoutingProfileName(stack, 'Basic', INSTANCE_ARN, 'Basic Routing Profile');
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::DynamoDB::Table', 0);
    template.resourceCountIs('AWS::Events::Rule', 0);
  });

  test('a stack whose resources all ignore drift gets no table, no reconciler and no schedule; the provider records nothing', () => {
    const stack = newStack();
    new RoutingProfile(stack, 'A', minimalProps({ driftPolicy: DriftPolicy.IGNORE }));
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::DynamoDB::Table', 0);
    template.resourceCountIs('AWS::Events::Rule', 0);
    expect(Object.keys(reconcilerFunctions(template))).toEqual([]);
    expect(stack.node.tryFindChild(RECONCILER)).toBeUndefined();
    const provider = Object.values(template.findResources('AWS::Lambda::Function', { Properties: { Description: Match.stringLikeRegexp('reconciles') } }));
    expect(provider).toHaveLength(1);
    expect(provider[0].Properties.Environment?.Variables?.DESIRED_STATE_TABLE).toBeUndefined();
    expect(providerStatements(stack).flatMap((s) => [s.Action].flat()).filter((a: string) => a.startsWith('dynamodb:'))).toEqual([]);
  });

  test('an ignored resource beside a watched one: one table, and the provider records (the reconciler skips it)', () => {
    const stack = newStack();
    new RoutingProfile(stack, 'A', minimalProps({ routingProfileName: 'A', driftPolicy: DriftPolicy.IGNORE }));
    new RoutingProfile(stack, 'B', minimalProps({ routingProfileName: 'B' }));
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::DynamoDB::Table', 1);
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('reconciles'),
      Environment: { Variables: { DESIRED_STATE_TABLE: { Ref: Match.stringLikeRegexp('^CdkConnectRoutingDesiredState') } } },
    });
  });

  test('the profile carries its drift policy, report by default', () => {
    const stack = newStack();
    new RoutingProfile(stack, 'A', minimalProps({ routingProfileName: 'A' }));
    new RoutingProfile(stack, 'B', minimalProps({ routingProfileName: 'B', driftPolicy: DriftPolicy.CORRECT }));
    new RoutingProfile(stack, 'C', minimalProps({ routingProfileName: 'C', driftPolicy: DriftPolicy.IGNORE }));
    const policies = Object.values(Template.fromStack(stack).findResources(PROFILE_TYPE)).map((r) => r.Properties.DriftPolicy);
    expect(policies).toEqual(['report', 'correct', 'ignore']);
  });
});

describe('the store', () => {
  test('one DynamoDB table: stack id + logical id keys, on-demand, AWS managed KMS key, point-in-time recovery', () => {
    const stack = newStack();
    new RoutingProfile(stack, 'A', minimalProps());
    const template = Template.fromStack(stack);
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Delete',
      Properties: {
        KeySchema: [{ AttributeName: 'StackId', KeyType: 'HASH' }, { AttributeName: 'LogicalResourceId', KeyType: 'RANGE' }],
        BillingMode: 'PAY_PER_REQUEST',
        SSESpecification: { SSEEnabled: true },
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      },
    });
  });

  test('the provider gets the table name and only PutItem and DeleteItem on it; the reconciler only Query and GetItem', () => {
    const stack = newStack();
    new RoutingProfile(stack, 'A', minimalProps());
    const template = Template.fromStack(stack);
    const table = { Ref: Object.keys(template.findResources('AWS::DynamoDB::Table'))[0] };
    const tableArn = { 'Fn::GetAtt': [table.Ref, 'Arn'] };
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('reconciles'),
      Environment: { Variables: { DESIRED_STATE_TABLE: table } },
    });
    expect(providerStatements(stack).filter((s) => [s.Action].flat().some((a: string) => a.startsWith('dynamodb:'))))
      .toEqual([{ Action: ['dynamodb:PutItem', 'dynamodb:DeleteItem'], Effect: 'Allow', Resource: [tableArn] }]);
    expect(reconcilerStatements(stack).filter((s) => [s.Action].flat().some((a: string) => a.startsWith('dynamodb:'))))
      .toEqual([{ Action: ['dynamodb:Query', 'dynamodb:GetItem'], Effect: 'Allow', Resource: [tableArn] }]);
  });

  test('the reconciler\'s environment is exactly the variables its handler reads', () => {
    const stack = newStack();
    new RoutingProfile(stack, 'A', minimalProps());
    const reconciler = Object.values(reconcilerFunctions(Template.fromStack(stack)))[0];
    expect(Object.keys(reconciler.Properties.Environment.Variables).sort()).toEqual(Object.values(DriftReconcilerEnv).sort());
  });
});

describe('permissions', () => {
  test('report: Connect reads only, on the instance and its profiles; events on the default bus; nothing on "*"', () => {
    const stack = newStack();
    new RoutingProfile(stack, 'A', minimalProps());
    const statements = reconcilerStatements(stack);
    const connect = statements.filter((s) => [s.Action].flat().some((a: string) => a.startsWith('connect:')));
    expect(connect).toEqual([{
      Action: ['connect:SearchRoutingProfiles', 'connect:DescribeRoutingProfile', 'connect:ListRoutingProfileQueues',
        'connect:ListRoutingProfileManualAssignmentQueues', 'connect:ListQueues'],
      Effect: 'Allow',
      Resource: [INSTANCE_ARN, `${INSTANCE_ARN}/routing-profile/*`],
    }]);
    expect(statements).toContainEqual({
      Action: 'events:PutEvents',
      Effect: 'Allow',
      Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':events:eu-west-2:111122223333:event-bus/default']] },
    });
    for (const s of statements) expect([s.Resource].flat()).not.toContain('*');
  });

  test('correct adds the update calls (never Create or Delete) for that instance only; ignore adds nothing', () => {
    const stack = newStack();
    new RoutingProfile(stack, 'A', minimalProps({ routingProfileName: 'A', driftPolicy: DriftPolicy.CORRECT }));
    new RoutingProfile(stack, 'B', minimalProps({ routingProfileName: 'B', instanceArn: OTHER_INSTANCE_ARN }));
    new RoutingProfile(stack, 'C', minimalProps({ routingProfileName: 'C', instanceArn: OTHER_INSTANCE_ARN, driftPolicy: DriftPolicy.IGNORE }));
    const connect = reconcilerStatements(stack).filter((s) => [s.Action].flat().some((a: string) => a.startsWith('connect:')));
    const writes = connect.filter((s) => [s.Action].flat().includes('connect:UpdateRoutingProfileQueues'));
    expect(writes).toHaveLength(1);
    expect(writes[0].Resource).toEqual([`${INSTANCE_ARN}/routing-profile/*`, `${INSTANCE_ARN}/queue/*`]);
    const actions = connect.flatMap((s) => [s.Action].flat());
    expect(actions).not.toContain('connect:CreateRoutingProfile');
    expect(actions).not.toContain('connect:DeleteRoutingProfile');
    // Reads for both instances, once each.
    expect(connect.filter((s) => [s.Action].flat().includes('connect:DescribeRoutingProfile')).map((s) => s.Resource[0]))
      .toEqual([INSTANCE_ARN, OTHER_INSTANCE_ARN]);
  });
});

describe('a reconciler declared in the stack', () => {
  test('configures the stack\'s one reconciler, which the profiles declared after it use', () => {
    const stack = newStack();
    new DriftReconciler(stack, 'Drift', { schedule: events.Schedule.rate(Duration.hours(1)), maxCallsPerSecond: 0.5, enabled: false });
    new RoutingProfile(stack, 'A', minimalProps({ driftPolicy: DriftPolicy.CORRECT }));
    const template = Template.fromStack(stack);
    expect(Object.keys(reconcilerFunctions(template))).toHaveLength(1);
    template.resourceCountIs('AWS::Events::Rule', 1);
    template.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'rate(1 hour)', State: 'DISABLED' });
    template.hasResourceProperties('AWS::Lambda::Function', { Environment: { Variables: { MAX_CALLS_PER_SECOND: '0.5' } } });
    expect(stack.node.tryFindChild(RECONCILER)).toBeUndefined();
    expect(DriftReconciler.of(stack).node.path).toBe('Stack/Drift');
    const actions = reconcilerStatements(stack).flatMap((s) => [s.Action].flat());
    expect(actions).toContain('connect:DescribeRoutingProfile');
    expect(actions).toContain('connect:UpdateRoutingProfileQueues');
  });

  test('declared after a profile made the default one, it is refused, saying to declare it first', () => {
    const stack = newStack();
    new RoutingProfile(stack, 'A', minimalProps());
    expect(() => new DriftReconciler(stack, 'Drift')).toThrow('`scope` must hold one DriftReconciler, and it has a default one, made by the '
      + `first RoutingProfile or RoutingProfileConcurrency of the stack: declare this one before them, got: "Stack/${RECONCILER}"`);
  });

  test('a custom event bus gets the events and the permission', () => {
    const stack = newStack();
    const bus = new events.EventBus(stack, 'Ops');
    new DriftReconciler(stack, 'Drift', { eventBus: bus });
    new RoutingProfile(stack, 'A', minimalProps());
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Lambda::Function', { Environment: { Variables: { EVENT_BUS_NAME: { Ref: Match.stringLikeRegexp('Ops') } } } });
    const busId = Object.keys(template.findResources('AWS::Events::EventBus'))[0];
    expect(reconcilerStatements(stack)).toContainEqual({ Action: 'events:PutEvents', Effect: 'Allow', Resource: { 'Fn::GetAtt': [busId, 'Arn'] } });
  });

  test('its own log group, kept a month unless logRetention says otherwise, and a role that writes only there', () => {
    const byDefault = newStack();
    new RoutingProfile(byDefault, 'A', minimalProps());
    const configured = newStack();
    new DriftReconciler(configured, 'Drift', { logRetention: logs.RetentionDays.THREE_MONTHS });
    new RoutingProfile(configured, 'A', minimalProps());

    const template = Template.fromStack(byDefault);
    const groupId = Object.keys(template.findResources('AWS::Logs::LogGroup', { Properties: { RetentionInDays: 30 } }))
      .find((id) => id.startsWith(RECONCILER))!;
    expect(groupId).toBeDefined();
    const [fn] = Object.values(reconcilerFunctions(template));
    expect(fn.Properties.LoggingConfig).toEqual({ LogGroup: { Ref: groupId } });
    expect(reconcilerStatements(byDefault)[0]).toEqual({
      Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Effect: 'Allow', Resource: { 'Fn::GetAtt': [groupId, 'Arn'] },
    });
    Template.fromStack(configured).hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 90 });
  });

  test('the function is not retried on failure (the next run starts from live state) and runs for at most 10 minutes', () => {
    const stack = newStack();
    new RoutingProfile(stack, 'A', minimalProps());
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', { MaximumRetryAttempts: 0 });
    template.hasResourceProperties('AWS::Lambda::Function', { Description: Match.stringLikeRegexp('checks the stack'), Timeout: 600 });
  });

  test('a rate shorter than a run may take gets a warning', () => {
    const stack = newStack();
    new DriftReconciler(stack, 'Drift', { schedule: events.Schedule.rate(Duration.minutes(5)) });
    Annotations.fromStack(stack).hasWarning('*', Match.stringLikeRegexp('two runs may overlap'));
  });

  test.each([
    ['maxCallsPerSecond 0', () => new DriftReconciler(newStack(), 'Drift', { maxCallsPerSecond: 0 }), '`maxCallsPerSecond` must be greater than 0 and at most 10, got: 0'],
    ['maxCallsPerSecond 11', () => new DriftReconciler(newStack(), 'Drift', { maxCallsPerSecond: 11 }), 'got: 11'],
    ['a scope that is not a stack', () => new DriftReconciler(new Construct(newStack(), 'Nested'), 'Drift'), '`scope` must be a Stack'],
    ['a second reconciler', () => {
      const stack = newStack();
      new DriftReconciler(stack, 'One');
      new DriftReconciler(stack, 'Two');
    }, '`scope` must hold one DriftReconciler, and it has one already, got: "Stack/One"'],
  ])('refuses %s, naming the prop, the rule and the value', (_name, build, message) => {
    expect(build).toThrow(message);
  });
});

describe('alarms', () => {
  test('metric helpers name the namespace, metric and dimensions the reconciler writes', () => {
    const stack = newStack();
    const profile = new RoutingProfile(stack, 'A', minimalProps());
    const drift = DriftReconciler.of(stack);
    expect(stack.resolve(drift.metricDriftedProfiles().toMetricConfig().metricStat)).toMatchObject({
      namespace: 'CdkConnectRouting/Drift', metricName: 'DriftedProfiles', statistic: 'Maximum', dimensions: [{ name: 'StackName', value: 'Stack' }],
    });
    for (const [metric, name] of [[drift.metricDriftedFields(), 'DriftedFields'], [drift.metricCorrectedProfiles(), 'CorrectedProfiles'],
      [drift.metricUncheckedProfiles(), 'UncheckedProfiles']] as const) {
      expect(metric.metricName).toBe(name);
    }
    const fields = stack.resolve(profile.metricDriftedFields({ period: Duration.minutes(30) }).toMetricConfig().metricStat);
    expect(fields).toMatchObject({ metricName: 'DriftedFields', period: Duration.minutes(30) });
    const logicalId = Object.keys(Template.fromStack(stack).findResources(PROFILE_TYPE))[0];
    expect(fields.dimensions).toEqual(expect.arrayContaining([{ name: 'StackName', value: 'Stack' }, { name: 'LogicalResourceId', value: logicalId }]));
    expect(fields.dimensions).toHaveLength(2);
  });

  test('addDriftAlarm: at least one drifted profile in an hour, missing data not breaching', () => {
    const stack = newStack();
    new RoutingProfile(stack, 'A', minimalProps());
    DriftReconciler.of(stack).addDriftAlarm('Drifted');
    Template.fromStack(stack).hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'CdkConnectRouting/Drift',
      MetricName: 'DriftedProfiles',
      Dimensions: [{ Name: 'StackName', Value: 'Stack' }],
      Statistic: 'Maximum',
      Period: 3600,
      Threshold: 1,
      EvaluationPeriods: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      TreatMissingData: 'notBreaching',
    });
  });

  test.each([
    ['threshold', { threshold: 0 }, '`threshold` must be a whole number of at least 1, got: 0'],
    ['evaluationPeriods', { evaluationPeriods: 1.5 }, '`evaluationPeriods` must be a whole number of at least 1, got: 1.5'],
  ])('addDriftAlarm refuses a bad %s', (_prop, props, message) => {
    const stack = newStack();
    new RoutingProfile(stack, 'A', minimalProps());
    expect(() => DriftReconciler.of(stack).addDriftAlarm('Drifted', props)).toThrow(message);
  });
});
