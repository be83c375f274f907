import { Aspects, CfnParameter, Duration, Stack, aws_connect as connect, aws_logs as logs } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import {
  Channel,
  ContactRoutingFunction,
  ContactRoutingFunctionProps,
  ContactRoutingRule,
  QueueRef,
  QueueTimeAdjustment,
  RoutingCondition,
} from '../../src';
import { ACCOUNT, INSTANCE_ARN, newStack, queueArn } from '../constructs/fixtures';

const VIP: ContactRoutingRule = { name: 'vip', conditions: [RoutingCondition.attributeOneOf('tier', ['gold', 'platinum'])], priority: 1 };

function newRouting(props: Partial<ContactRoutingFunctionProps> = {}, stack: Stack = newStack()): ContactRoutingFunction {
  return new ContactRoutingFunction(stack, 'ContactRouting', { instanceArn: INSTANCE_ARN, rules: [VIP], ...props });
}

/** The configuration the handler will read, as the template holds it (literal values only). */
function configOf(stack: Stack): any {
  const fn = Object.values(Template.fromStack(stack).findResources('AWS::Lambda::Function'))[0];
  return JSON.parse(fn.Properties.Environment.Variables.CONTACT_ROUTING_CONFIG);
}

function policyStatements(stack: Stack): any[] {
  return Object.values(Template.fromStack(stack).findResources('AWS::IAM::Policy'))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement);
}

/** The function writes its logs to its own log group only. */
const LOG_WRITES = {
  Effect: 'Allow',
  Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
  Resource: { 'Fn::GetAtt': [expect.stringMatching(/^ContactRoutingLogGroup/), 'Arn'] },
};

describe('the function', () => {
  test('Node.js 22, the bundled handler, a 7 s timeout and the rules in its environment', () => {
    const routing = newRouting({
      defaultAction: { queueTimeAdjustment: QueueTimeAdjustment.forward(Duration.seconds(30)) },
    });
    routing.addRule({
      name: 'callbacks',
      conditions: [RoutingCondition.initiationMethodOneOf(['CALLBACK']), RoutingCondition.queueIs(QueueRef.fromQueueName('Callbacks'))],
      queueTimeAdjustment: QueueTimeAdjustment.forward(Duration.minutes(10)),
    });
    const stack = Stack.of(routing);
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs22.x',
      Handler: 'index.handler',
      Timeout: 7,
      MemorySize: 512,
    });
    expect(configOf(stack)).toEqual({
      version: '1',
      rules: [
        { name: 'vip', conditions: [{ source: 'attribute', key: 'tier', test: 'oneOf', values: ['gold', 'platinum'] }], queuePriority: 1 },
        {
          name: 'callbacks',
          conditions: [
            { source: 'initiationMethod', test: 'oneOf', values: ['CALLBACK'] },
            { source: 'queue', test: 'equals', queue: { Name: 'Callbacks' } },
          ],
          queueTimeAdjustmentSeconds: 600,
        },
      ],
      defaultAction: { queueTimeAdjustmentSeconds: 30 },
      // No better than the rules give, addRule() included.
      flowLimits: { bestQueuePriority: 1, maxQueueTimeAdjustmentSeconds: 600 },
    });
  });

  test('exposes the function, its ARN and the association', () => {
    const routing = newRouting();
    const stack = Stack.of(routing);
    const functionId = Object.keys(Template.fromStack(stack).findResources('AWS::Lambda::Function'))[0];
    expect(stack.resolve(routing.functionArn)).toEqual({ 'Fn::GetAtt': [functionId, 'Arn'] });
    expect(stack.resolve(routing.function.functionArn)).toEqual({ 'Fn::GetAtt': [functionId, 'Arn'] });
    expect(routing.integrationAssociation).toBeInstanceOf(connect.CfnIntegrationAssociation);
    expect(routing.instanceArn).toBe(INSTANCE_ARN);
  });

  test('no rules: an empty rule list, so only values the flow passes apply, by default none better than a new contact\'s', () => {
    const routing = new ContactRoutingFunction(newStack(), 'ContactRouting', { instanceArn: INSTANCE_ARN });
    expect(configOf(Stack.of(routing))).toEqual({ version: '1', rules: [], flowLimits: { bestQueuePriority: 5, maxQueueTimeAdjustmentSeconds: 0 } });
  });

  test('bounds on what a flow passes, as given', () => {
    const routing = newRouting({ bestFlowPriority: 3, maxFlowQueueTimeAdjustment: Duration.minutes(2) });
    expect(configOf(Stack.of(routing)).flowLimits).toEqual({ bestQueuePriority: 3, maxQueueTimeAdjustmentSeconds: 120 });
  });

  test.each([
    [{ bestFlowPriority: 0 }, /^`bestFlowPriority` must be a whole number from 1 .*got: 0$/],
    [{ maxFlowQueueTimeAdjustment: Duration.millis(1500) }, /^`maxFlowQueueTimeAdjustment` must be a whole number of seconds from 0 .*got: 1.5$/],
  ])('a bound out of range is refused: %o', (props, message) => {
    expect(() => newRouting(props)).toThrow(message);
  });

  test('a shorter timeout for flows that keep the 3 s default', () => {
    const routing = newRouting({ timeout: Duration.seconds(2) });
    Template.fromStack(Stack.of(routing)).hasResourceProperties('AWS::Lambda::Function', { Timeout: 2 });
  });
});

describe('logs', () => {
  test('the function logs to its own group, kept one month by default (each line names a contact)', () => {
    const routing = newRouting();
    const template = Template.fromStack(Stack.of(routing));
    const [groupId] = Object.keys(template.findResources('AWS::Logs::LogGroup'));
    template.resourceCountIs('AWS::Logs::LogGroup', 1);
    template.hasResource('AWS::Logs::LogGroup', { Properties: { RetentionInDays: 30 }, DeletionPolicy: 'Retain' });
    template.hasResourceProperties('AWS::Lambda::Function', { LoggingConfig: { LogGroup: { Ref: groupId } } });
    expect(Stack.of(routing).resolve(routing.logGroup.logGroupName)).toEqual({ Ref: groupId });
  });

  test('logRetention sets the retention', () => {
    const routing = newRouting({ logRetention: logs.RetentionDays.ONE_WEEK });
    Template.fromStack(Stack.of(routing)).hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 7 });
  });
});

describe('the association and the invoke permission', () => {
  test('the function is associated with the instance as a LAMBDA_FUNCTION, after Connect may invoke it', () => {
    const stack = newRouting().node.scope as Stack;
    const template = Template.fromStack(stack);
    const functionId = Object.keys(template.findResources('AWS::Lambda::Function'))[0];
    const permissionId = Object.keys(template.findResources('AWS::Lambda::Permission'))[0];
    template.resourceCountIs('AWS::Connect::IntegrationAssociation', 1);
    template.hasResource('AWS::Connect::IntegrationAssociation', {
      Properties: { InstanceId: INSTANCE_ARN, IntegrationType: 'LAMBDA_FUNCTION', IntegrationArn: { 'Fn::GetAtt': [functionId, 'Arn'] } },
      DependsOn: [permissionId],
    });
  });

  test('only connect.amazonaws.com, on behalf of this instance in its account, may invoke the function', () => {
    const stack = newRouting().node.scope as Stack;
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::Lambda::Permission', 1);
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'connect.amazonaws.com',
      SourceArn: INSTANCE_ARN,
      SourceAccount: ACCOUNT,
    });
  });

  test('an instance from CfnInstance: its ARN and account resolve at deploy time', () => {
    const stack = newStack();
    const instance = new connect.CfnInstance(stack, 'Instance', {
      identityManagementType: 'CONNECT_MANAGED', instanceAlias: 'acme', attributes: { inboundCalls: true, outboundCalls: true },
    });
    new ContactRoutingFunction(stack, 'ContactRouting', { instanceArn: instance.attrArn, rules: [VIP] });
    const template = Template.fromStack(stack);
    const arn = { 'Fn::GetAtt': ['Instance', 'Arn'] };
    template.hasResourceProperties('AWS::Connect::IntegrationAssociation', { InstanceId: arn });
    template.hasResourceProperties('AWS::Lambda::Permission', {
      SourceArn: arn,
      SourceAccount: { 'Fn::Select': [4, { 'Fn::Split': [':', arn] }] },
    });
    expect(policyStatements(stack)).toEqual([LOG_WRITES, {
      Effect: 'Allow', Action: 'connect:UpdateContactRoutingData', Resource: { 'Fn::Join': ['', [arn, '/contact/*']] },
    }]);
  });
});

describe('least privilege', () => {
  test('UpdateContactRoutingData on the instance\'s contacts and its own log group\'s writes: no other action, no `*` resource, no managed policy', () => {
    const stack = newRouting().node.scope as Stack;
    const statements = policyStatements(stack);
    expect(statements).toEqual([LOG_WRITES, { Effect: 'Allow', Action: 'connect:UpdateContactRoutingData', Resource: `${INSTANCE_ARN}/contact/*` }]);
    const roles = Object.values(Template.fromStack(stack).findResources('AWS::IAM::Role'));
    expect(roles).toHaveLength(1);
    expect(roles[0].Properties.ManagedPolicyArns).toBeUndefined();
    expect(roles[0].Properties.Policies).toBeUndefined();
  });

  test('cdk-nag AwsSolutions: nothing unacknowledged, and each acknowledgement gives a reason', () => {
    const stack = newRouting().node.scope as Stack;
    Aspects.of(stack).add(new AwsSolutionsChecks({ verbose: true }));
    const annotations = Annotations.fromStack(stack);
    expect(annotations.findError('*', Match.stringLikeRegexp('AwsSolutions-'))).toEqual([]);
    expect(annotations.findWarning('*', Match.stringLikeRegexp('AwsSolutions-'))).toEqual([]);
    const acknowledged = Object.values(Template.fromStack(stack).toJSON().Resources as Record<string, any>)
      .flatMap((resource) => resource.Metadata?.cdk_nag?.rules_to_suppress ?? []);
    expect(acknowledged.map((rule: any) => rule.id).sort()).toEqual(['AwsSolutions-IAM5', 'AwsSolutions-L1']);
  });
});

describe('values', () => {
  test('QueueTimeAdjustment: forward, back and signed seconds', () => {
    expect(QueueTimeAdjustment.forward(Duration.minutes(5)).seconds).toBe(300);
    expect(QueueTimeAdjustment.back(Duration.seconds(90)).seconds).toBe(-90);
    expect(QueueTimeAdjustment.back(Duration.seconds(0)).seconds).toBe(0);
    expect(QueueTimeAdjustment.ofSeconds(-30).seconds).toBe(-30);
  });

  test('RoutingCondition describes itself', () => {
    expect(RoutingCondition.attributeOneOf('tier', ['gold']).toString()).toBe('attribute "tier" oneOf ["gold"]');
    expect(RoutingCondition.parameterAtLeast('score', 700).toString()).toBe('parameter "score" atLeast 700');
    expect(RoutingCondition.attributePresent('vip').toString()).toBe('attribute "vip" present');
    expect(RoutingCondition.channelIs(Channel.CHAT).toString()).toBe('channel oneOf ["CHAT"]');
    expect(RoutingCondition.queueIs(QueueRef.fromQueueArn(queueArn('vip'))).toString()).toContain('queue equals {"Arn":');
  });

  test('every factory renders its condition', () => {
    const specs = [
      RoutingCondition.attributeEquals('a', 'x'), RoutingCondition.attributeGreaterThan('a', 1), RoutingCondition.attributeAtLeast('a', 1),
      RoutingCondition.attributeLessThan('a', 1), RoutingCondition.attributeAtMost('a', 1), RoutingCondition.parameterEquals('p', 'x'),
      RoutingCondition.parameterOneOf('p', ['x']), RoutingCondition.parameterPresent('p'), RoutingCondition.parameterGreaterThan('p', 1),
      RoutingCondition.parameterLessThan('p', 1), RoutingCondition.parameterAtMost('p', 1),
      RoutingCondition.channelOneOf([Channel.VOICE, Channel.EMAIL]), RoutingCondition.queueIs(QueueRef.fromQueueId('q-1')),
    ].map((c) => c._toSpec());
    expect(specs.map((s) => `${s.source}:${s.test}`)).toEqual([
      'attribute:equals', 'attribute:greaterThan', 'attribute:atLeast', 'attribute:lessThan', 'attribute:atMost', 'parameter:equals',
      'parameter:oneOf', 'parameter:present', 'parameter:greaterThan', 'parameter:lessThan', 'parameter:atMost', 'channel:oneOf', 'queue:equals',
    ]);
    expect(specs[11].values).toEqual(['VOICE', 'EMAIL']);
    expect(specs[12].queue).toEqual({ Id: 'q-1' });
  });

  test('tokens pass synth unchecked and reach the configuration for the handler to check', () => {
    const stack = newStack();
    const priority = new CfnParameter(stack, 'VipPriority', { type: 'Number' }).valueAsNumber;
    const tier = new CfnParameter(stack, 'VipTier').valueAsString;
    new ContactRoutingFunction(stack, 'ContactRouting', {
      instanceArn: INSTANCE_ARN,
      rules: [{ name: 'vip', conditions: [RoutingCondition.attributeEquals('tier', tier)], priority }],
    });
    const fn = Object.values(Template.fromStack(stack).findResources('AWS::Lambda::Function'))[0];
    const rendered = JSON.stringify(fn.Properties.Environment.Variables.CONTACT_ROUTING_CONFIG);
    expect(rendered).toContain('{"Ref":"VipPriority"}');
    expect(rendered).toContain('{"Ref":"VipTier"}');
  });
});

describe('synth-time validation: each names the prop, the rule and the value', () => {
  const throwsOn = (build: () => unknown, message: string | RegExp) => expect(build).toThrow(message);

  test.each<[string, Partial<ContactRoutingFunctionProps>, string | RegExp]>([
    ['an instance id instead of an ARN', { instanceArn: '11111111-aaaa' }, '`instanceArn` must be a Connect instance ARN'],
    ['an instance in another Region', { instanceArn: INSTANCE_ARN.replace('eu-west-2', 'us-east-1') },
      /^`instanceArn` must be in the stack's Region eu-west-2 .*got: "arn:aws:connect:us-east-1:/],
    ['a timeout of 8 s', { timeout: Duration.seconds(8) }, '`timeout` must be a whole number of seconds from 1 to 7, below the 8 seconds a flow waits'],
    ['a timeout of 1.5 s', { timeout: Duration.millis(1500) }, /^`timeout` must be .*got: 1\.5$/],
    ['a timeout of 0 s', { timeout: Duration.seconds(0) }, '`timeout` must be a whole number of seconds from 1 to 7'],
    ['both actions', { rules: [{ ...VIP, queueTimeAdjustment: QueueTimeAdjustment.ofSeconds(10) }] },
      '`rules[0]` must set exactly one of `priority` and `queueTimeAdjustment` (Connect takes a priority or an age adjustment, never both), '
      + 'got: {"priority":1,"queueTimeAdjustment":10}'],
    ['neither action', { rules: [{ name: 'vip', conditions: VIP.conditions }] }, '`rules[0]` must set exactly one of `priority` and `queueTimeAdjustment`'],
    ['priority 0', { rules: [{ ...VIP, priority: 0 }] }, /^`rules\[0\]\.priority` must be a whole number from 1 .*got: 0$/],
    ['priority 1.5', { rules: [{ ...VIP, priority: 1.5 }] }, /^`rules\[0\]\.priority` .*got: 1\.5$/],
    ['empty conditions', { rules: [{ ...VIP, conditions: [] }] },
      '`rules[0].conditions` must hold at least one condition (for an action that applies when no rule matches, use `defaultAction`), got: []'],
    ['a duplicate name', { rules: [VIP, { ...VIP, priority: 2 }] }, /^`rules\[1\]\.name` must differ from the name of `rules\[0\]`.*got: "vip"$/],
    ['a reserved name', { rules: [{ ...VIP, name: 'default' }] }, '`rules[0].name` must not be "default" or "parameter"'],
    ['a name with a slash', { rules: [{ ...VIP, name: 'vip/gold' }] }, /^`rules\[0\]\.name` must be 1 to 64 letters.*got: "vip\/gold"$/],
    ['a default action with both', { defaultAction: { priority: 3, queueTimeAdjustment: QueueTimeAdjustment.ofSeconds(5) } },
      '`defaultAction` must set exactly one of `priority` and `queueTimeAdjustment`'],
    ['a default action with neither', { defaultAction: {} }, '`defaultAction` must set exactly one of'],
    ['a default priority of 0', { defaultAction: { priority: 0 } }, /^`defaultAction\.priority` .*got: 0$/],
  ])('%s', (_name, props, message) => {
    throwsOn(() => newRouting(props), message);
  });

  test.each<[string, () => unknown, string | RegExp]>([
    ['an adjustment of 1.5 s', () => QueueTimeAdjustment.forward(Duration.millis(1500)), /^`forward` must be a whole number of seconds .*got: 1\.5$/],
    ['an adjustment back of 0.5 s', () => QueueTimeAdjustment.back(Duration.millis(500)), /^`back` must be a whole number of seconds .*got: -0\.5$/],
    ['an adjustment past a 32-bit integer', () => QueueTimeAdjustment.ofSeconds(2 ** 31), /^`ofSeconds` .*got: 2147483648$/],
    ['a token adjustment back', () => QueueTimeAdjustment.back(Duration.seconds(new CfnParameter(newStack(), 'P', { type: 'Number' }).valueAsNumber)),
      '`back` must be a literal Duration'],
    ['oneOf with no values', () => RoutingCondition.attributeOneOf('tier', []), '`attributeOneOf.values` must hold at least one value (an empty list never matches), got: []'],
    ['channelOneOf with no channels', () => RoutingCondition.channelOneOf([]), '`channelOneOf.values` must hold at least one value'],
    ['an empty attribute name', () => RoutingCondition.attributePresent(''), '`attributePresent.key` must be the name of a contact attribute'],
    ['a reserved parameter', () => RoutingCondition.parameterPresent('queuePriority'), '`parameterPresent.key` must not be "queuePriority"'],
    ['a comparison with NaN', () => RoutingCondition.attributeGreaterThan('score', Number.NaN), '`attributeGreaterThan.number` must be a finite number'],
    ['a lower-case initiation method', () => RoutingCondition.initiationMethodOneOf(['callback']), /^`initiationMethodOneOf\.values\[0\]` must be a Connect initiation method .*got: "callback"$/],
  ])('%s', (_name, build, message) => {
    throwsOn(build, message);
  });

  test('rules that do not fit Lambda\'s 4 KB of environment are rejected with their count and size', () => {
    const rules: ContactRoutingRule[] = Array.from({ length: 40 }, (_, i) => ({
      name: `segment-${i}`, conditions: [RoutingCondition.attributeEquals('segment', `customer-segment-number-${i}`)], priority: 2,
    }));
    throwsOn(() => newRouting({ rules }), /^`rules` must fit in the 4096 bytes Lambda allows for a function's environment variables.*got: "40 rules taking \d{4} bytes"$/);
  });

  test('addRule checks the new rule with the others, and adds nothing when it fails', () => {
    const routing = newRouting();
    expect(() => routing.addRule({ ...VIP, priority: 3 })).toThrow(/^`rules\[1\]\.name` must differ/);
    const big: ContactRoutingRule = { name: 'big', conditions: [RoutingCondition.attributeOneOf('x', Array.from({ length: 800 }, (_, i) => `v${i}`))], priority: 1 };
    expect(() => routing.addRule(big)).toThrow(/^`rules` must fit .*got: "2 rules taking \d+ bytes"$/);
    routing.addRule({ name: 'chat', conditions: [RoutingCondition.channelIs(Channel.CHAT)], priority: 2 });
    expect(configOf(Stack.of(routing)).rules.map((r: any) => r.name)).toEqual(['vip', 'chat']);
  });
});
