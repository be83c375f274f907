import { Aspects } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { INSTANCE_ARN, OTHER_INSTANCE_ARN, newProfile, newStack, profileProperties, minimalProps } from './fixtures';
import {
  CrossChannelBehavior,
  CrossChannelWorkloadBehavior,
  MediaConcurrency,
  RoutingProfile,
  RoutingProfileConcurrency,
  RoutingProfileTarget,
} from '../../src';

const CONCURRENCY_TYPE = 'Custom::ConnectRoutingProfileConcurrency';
const DESCRIBE_ATTRIBUTE = 'connect:DescribePredefinedAttribute';

const tasksByType = () => MediaConcurrency.taskByWorkloadType([
  { workloadType: 'billing', concurrency: 3, crossChannelWorkloadBehavior: CrossChannelWorkloadBehavior.ROUTE_CURRENT_CHANNEL_ANY_WORKLOADTYPE_ONLY },
  { workloadType: 'returns', concurrency: 2 },
], { crossChannelBehavior: CrossChannelBehavior.ROUTE_ANY_CHANNEL });

function statements(stack: ReturnType<typeof newStack>): any[] {
  return Object.values(Template.fromStack(stack).findResources('AWS::IAM::Policy')).flatMap((p: any) => p.Properties.PolicyDocument.Statement);
}

/** The instances whose statement lets the provider read `connect:WorkloadType`, and every resource of that statement. */
function describeAttributeGrants(stack: ReturnType<typeof newStack>): string[][] {
  return statements(stack).filter((s) => [s.Action].flat().includes(DESCRIBE_ATTRIBUTE)).map((s) => [s.Resource].flat());
}

describe('RoutingProfile with a channel per workload type', () => {
  test('the wire entry carries WorkloadTypeConcurrencies and no Concurrency; the others read as before', () => {
    const stack = newStack();
    newProfile({ mediaConcurrencies: [MediaConcurrency.voice(), tasksByType(), MediaConcurrency.email(2)] }, stack);
    expect(profileProperties(stack).MediaConcurrencies).toEqual([
      { Channel: 'VOICE', Concurrency: 1 },
      {
        Channel: 'TASK',
        CrossChannelBehavior: 'ROUTE_ANY_CHANNEL',
        WorkloadTypeConcurrencies: [
          { WorkloadType: 'billing', Concurrency: 3, CrossChannelWorkloadBehavior: 'ROUTE_CURRENT_CHANNEL_ANY_WORKLOADTYPE_ONLY' },
          { WorkloadType: 'returns', Concurrency: 2 },
        ],
      },
      { Channel: 'EMAIL', Concurrency: 2 },
    ]);
    expect(profileProperties(stack)).not.toHaveProperty('CheckWorkloadTypes');
  });

  test('the provider may read connect:WorkloadType, on the instance\'s statement (its only resource type is the instance)', () => {
    const stack = newStack();
    newProfile({ mediaConcurrencies: [tasksByType()] }, stack);
    const grants = describeAttributeGrants(stack);
    expect(grants).toHaveLength(1);
    expect(grants[0][0]).toBe(INSTANCE_ARN);
  });

  test('no workload types, or checkWorkloadTypes false: no DescribePredefinedAttribute; false is carried to the handler', () => {
    const plain = newStack();
    newProfile({}, plain);
    expect(describeAttributeGrants(plain)).toEqual([]);

    const optedOut = newStack();
    newProfile({ mediaConcurrencies: [tasksByType()], checkWorkloadTypes: false }, optedOut);
    expect(describeAttributeGrants(optedOut)).toEqual([]);
    expect(profileProperties(optedOut).CheckWorkloadTypes).toBe(false);
  });

  test('queue configs may use a channel configured per workload type', () => {
    const stack = newStack();
    const profile = newProfile({ mediaConcurrencies: [tasksByType()] }, stack);
    expect(() => profile.addQueueConfig({ queue: minimalProps().defaultOutboundQueue, channel: tasksByType().channel, priority: 1 })).not.toThrow();
  });

  test('a rule broken in mediaConcurrencies names the prop path, the rule and the value', () => {
    expect(() => newProfile({ mediaConcurrencies: [MediaConcurrency.task(2), tasksByType()] })).toThrow(
      '`mediaConcurrencies[1].channel` must not repeat the channel of `mediaConcurrencies[0]`, got: "TASK"');
  });

  test.each([
    [[6, 5], '`mediaConcurrencies[0].workloadTypeConcurrencies` must have concurrencies that sum to at most 10 per channel, got: 11'],
    [[1, 1, 1, 1, 1, 1], '`mediaConcurrencies[0].workloadTypeConcurrencies` must hold 1 to 5 workload types per channel, got: 6'],
    [[11], '`mediaConcurrencies[0].workloadTypeConcurrencies[0].concurrency` must be a whole number from 1 to 10, got: 11'],
  ])('workload types %j fail at synth where they are declared', (concurrencies, message) => {
    const types = concurrencies.map((concurrency, i) => ({ workloadType: `t${i}`, concurrency }));
    expect(() => MediaConcurrency.taskByWorkloadType(types)).not.toThrow();
    expect(() => newProfile({ mediaConcurrencies: [MediaConcurrency.taskByWorkloadType(types)] })).toThrow(message);
    const target = RoutingProfileTarget.fromName(INSTANCE_ARN, 'Basic Routing Profile');
    expect(() => new RoutingProfileConcurrency(newStack(), 'Basic', { routingProfile: target, mediaConcurrencies: [MediaConcurrency.taskByWorkloadType(types)] }))
      .toThrow(message);
  });
});

describe('RoutingProfileConcurrency with a channel per workload type', () => {
  const target = RoutingProfileTarget.fromName(INSTANCE_ARN, 'Basic Routing Profile');

  test('carries the workload types, and grants the check on the target\'s instance only', () => {
    const stack = newStack();
    new RoutingProfileConcurrency(stack, 'Basic', { routingProfile: target, mediaConcurrencies: [MediaConcurrency.emailByWorkloadType([{ workloadType: 'general', concurrency: 10 }])] });
    new RoutingProfileConcurrency(stack, 'Other', {
      routingProfile: RoutingProfileTarget.fromName(OTHER_INSTANCE_ARN, 'Basic Routing Profile'), mediaConcurrencies: [MediaConcurrency.chat(2)],
    });
    const resources = Object.values(Template.fromStack(stack).findResources(CONCURRENCY_TYPE)) as any[];
    expect(resources[0].Properties.MediaConcurrencies).toEqual([{ Channel: 'EMAIL', WorkloadTypeConcurrencies: [{ WorkloadType: 'general', Concurrency: 10 }] }]);
    expect(describeAttributeGrants(stack)).toEqual([[INSTANCE_ARN, `${INSTANCE_ARN}/routing-profile/*`]]);
  });

  test('checkWorkloadTypes false: carried, nothing granted', () => {
    const stack = newStack();
    new RoutingProfileConcurrency(stack, 'Basic', { routingProfile: target, mediaConcurrencies: [tasksByType()], checkWorkloadTypes: false });
    const [resource] = Object.values(Template.fromStack(stack).findResources(CONCURRENCY_TYPE)) as any[];
    expect(resource.Properties.CheckWorkloadTypes).toBe(false);
    expect(describeAttributeGrants(stack)).toEqual([]);
  });
});

test('cdk-nag AwsSolutions: the grant adds no unsuppressed finding', () => {
  const stack = newStack();
  new RoutingProfile(stack, 'A', minimalProps({ mediaConcurrencies: [tasksByType()] }));
  new RoutingProfileConcurrency(stack, 'Basic', {
    routingProfile: RoutingProfileTarget.fromName(OTHER_INSTANCE_ARN, 'Basic Routing Profile'), mediaConcurrencies: [tasksByType()],
  });
  Aspects.of(stack).add(new AwsSolutionsChecks({ verbose: true }));
  const annotations = Annotations.fromStack(stack);
  expect(annotations.findError('*', Match.stringLikeRegexp('AwsSolutions-'))).toEqual([]);
  expect(annotations.findWarning('*', Match.stringLikeRegexp('AwsSolutions-'))).toEqual([]);
});

test('two profiles of one instance share one grant', () => {
  const stack = newStack();
  new RoutingProfile(stack, 'A', minimalProps({ routingProfileName: 'A', mediaConcurrencies: [tasksByType()] }));
  new RoutingProfile(stack, 'B', minimalProps({ routingProfileName: 'B', mediaConcurrencies: [tasksByType()] }));
  expect(describeAttributeGrants(stack)).toHaveLength(1);
});
