import { CfnWaitConditionHandle, Stack, aws_connect as connect } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { ACCOUNT, INSTANCE_ARN, LOOKUP_TYPE, PROFILE_TYPE, REGION, minimalProps, newStack, routingProfileArn } from './fixtures';
import { RoutingProfile } from '../../src';

describe('fromRoutingProfileArn', () => {
  test('parses the instance ARN and the id from a literal ARN, and takes its account and region', () => {
    const stack = newStack();
    const imported = RoutingProfile.fromRoutingProfileArn(stack, 'Imported', routingProfileArn('rp-123'));
    expect(imported.routingProfileArn).toBe(routingProfileArn('rp-123'));
    expect(imported.routingProfileId).toBe('rp-123');
    expect(imported.instanceArn).toBe(INSTANCE_ARN);
    expect(imported.env).toEqual({ account: ACCOUNT, region: REGION });
  });

  test('adds no resource to the template', () => {
    const stack = newStack();
    new CfnWaitConditionHandle(stack, 'Placeholder'); // a template needs one resource
    RoutingProfile.fromRoutingProfileArn(stack, 'Imported', routingProfileArn('rp-123'));
    expect(Object.keys(Template.fromStack(stack).toJSON().Resources)).toEqual(['Placeholder']);
  });

  test.each([
    'rp-123',
    `${INSTANCE_ARN}/queue/q1`,
    `${INSTANCE_ARN}/routing-profile/`,
    'arn:aws:connect:eu-west-2:111122223333:instance/abc/routing-profile/rp/extra',
  ])('rejects %s', (arn) => {
    expect(() => RoutingProfile.fromRoutingProfileArn(newStack(), 'Imported', arn))
      .toThrow(new RegExp(`^\`routingProfileArn\` must be a Connect routing profile ARN .*got: ${JSON.stringify(arn).replace(/[/.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  });

  test('a token ARN is split at deploy time', () => {
    const stack = newStack();
    const arn = new connect.CfnRoutingProfile(stack, 'L1', {
      instanceArn: INSTANCE_ARN,
      name: 'L1',
      description: 'L1',
      defaultOutboundQueueArn: `${INSTANCE_ARN}/queue/q`,
      mediaConcurrencies: [{ channel: 'VOICE', concurrency: 1 }],
    }).attrRoutingProfileArn;
    const imported = RoutingProfile.fromRoutingProfileArn(stack, 'Imported', arn);
    const split = { 'Fn::Split': ['/', { 'Fn::GetAtt': ['L1', 'RoutingProfileArn'] }] };
    expect(stack.resolve(imported.routingProfileId)).toEqual({ 'Fn::Select': [3, split] });
    expect(stack.resolve(imported.instanceArn)).toEqual({
      'Fn::Join': ['/', [{ 'Fn::Select': [0, split] }, { 'Fn::Select': [1, split] }]],
    });
  });

  test('serves as a fallback profile', () => {
    const stack = newStack();
    const basic = RoutingProfile.fromRoutingProfileArn(stack, 'Basic', routingProfileArn('basic'));
    new RoutingProfile(stack, 'Profile', minimalProps({ fallbackRoutingProfile: basic }));
    Template.fromStack(stack).hasResourceProperties(PROFILE_TYPE, { FallbackRoutingProfile: routingProfileArn('basic') });
  });
});

describe('fromRoutingProfileName', () => {
  test('adds a lookup resource with exactly the instance and the name', () => {
    const stack = newStack();
    RoutingProfile.fromRoutingProfileName(stack, 'Basic', INSTANCE_ARN, 'Basic Routing Profile');
    const lookups = Object.values(Template.fromStack(stack).findResources(LOOKUP_TYPE));
    expect(lookups).toHaveLength(1);
    expect(Object.keys(lookups[0].Properties).sort()).toEqual(['InstanceArn', 'Name', 'ServiceTimeout', 'ServiceToken']);
    expect(lookups[0].Properties).toMatchObject({ InstanceArn: INSTANCE_ARN, Name: 'Basic Routing Profile' });
  });

  test('its attributes are the lookup resource\'s RoutingProfileArn and RoutingProfileId', () => {
    const stack = newStack();
    const basic = RoutingProfile.fromRoutingProfileName(stack, 'Basic', INSTANCE_ARN, 'Basic Routing Profile');
    const lookupId = logicalIdOfOnly(stack, LOOKUP_TYPE);
    expect(stack.resolve(basic.routingProfileArn)).toEqual({ 'Fn::GetAtt': [lookupId, 'RoutingProfileArn'] });
    expect(stack.resolve(basic.routingProfileId)).toEqual({ 'Fn::GetAtt': [lookupId, 'RoutingProfileId'] });
    expect(basic.instanceArn).toBe(INSTANCE_ARN);
    expect(basic.env).toEqual({ account: ACCOUNT, region: REGION });
  });

  test('grants the provider the instance even with no profile in the stack', () => {
    const stack = newStack();
    RoutingProfile.fromRoutingProfileName(stack, 'Basic', INSTANCE_ARN, 'Basic Routing Profile');
    const policy = Object.values(Template.fromStack(stack).findResources('AWS::IAM::Policy'))[0];
    const lookup = policy.Properties.PolicyDocument.Statement.find((s: any) => s.Action === 'connect:ListRoutingProfiles');
    expect(lookup.Resource[0]).toBe(INSTANCE_ARN);
  });

  test('serves as a fallback profile through its ARN attribute', () => {
    const stack = newStack();
    const basic = RoutingProfile.fromRoutingProfileName(stack, 'Basic', INSTANCE_ARN, 'Basic Routing Profile');
    new RoutingProfile(stack, 'Profile', minimalProps({ fallbackRoutingProfile: basic }));
    Template.fromStack(stack).hasResourceProperties(PROFILE_TYPE, {
      FallbackRoutingProfile: { 'Fn::GetAtt': [logicalIdOfOnly(stack, LOOKUP_TYPE), 'RoutingProfileArn'] },
    });
  });

  test('validates the name and the instance ARN', () => {
    expect(() => RoutingProfile.fromRoutingProfileName(newStack(), 'Basic', INSTANCE_ARN, ''))
      .toThrow(/^`routingProfileName` must be 1 to 127 characters long, got: ""$/);
    expect(() => RoutingProfile.fromRoutingProfileName(newStack(), 'Basic', 'my-instance', 'Basic Routing Profile'))
      .toThrow(/^`instanceArn` must be a Connect instance ARN .*got: "my-instance"$/);
  });
});

function logicalIdOfOnly(stack: Stack, type: string): string {
  const ids = Object.keys(Template.fromStack(stack).findResources(type));
  expect(ids).toHaveLength(1);
  return ids[0];
}
