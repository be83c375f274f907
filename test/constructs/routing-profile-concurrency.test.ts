import { App, Aspects, Stack, aws_connect as connect } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { ACCOUNT, INSTANCE_ARN, OTHER_INSTANCE_ARN, minimalProps, newStack, routingProfileArn } from './fixtures';
import {
  Channel,
  CrossChannelBehavior,
  MediaConcurrency,
  RoutingProfile,
  RoutingProfileConcurrency,
  RoutingProfileConcurrencyProps,
  RoutingProfileTarget,
} from '../../src';

const CONCURRENCY_TYPE = 'Custom::ConnectRoutingProfileConcurrency';
const BASIC = 'Basic Routing Profile';

function props(overrides: Partial<RoutingProfileConcurrencyProps> = {}): RoutingProfileConcurrencyProps {
  return {
    routingProfile: RoutingProfileTarget.fromName(INSTANCE_ARN, BASIC),
    mediaConcurrencies: [MediaConcurrency.chat(3)],
    ...overrides,
  };
}

function concurrencyResource(stack: Stack): { Properties: Record<string, any>; DeletionPolicy?: string } {
  const all = Object.values(Template.fromStack(stack).findResources(CONCURRENCY_TYPE));
  if (all.length !== 1) throw new Error(`expected one ${CONCURRENCY_TYPE}, found ${all.length}`);
  return all[0] as never;
}

function statements(stack: Stack): any[] {
  return Object.values(Template.fromStack(stack).findResources('AWS::IAM::Policy')).flatMap((p: any) => p.Properties.PolicyDocument.Statement);
}

describe('template', () => {
  test('renders the spec: version, instance, target, declared channels only, restore by default', () => {
    const stack = newStack();
    new RoutingProfileConcurrency(stack, 'Basic', props({
      mediaConcurrencies: [MediaConcurrency.chat(3, { crossChannelBehavior: CrossChannelBehavior.ROUTE_ANY_CHANNEL }), MediaConcurrency.email(2)],
    }));
    expect(concurrencyResource(stack).Properties).toEqual({
      ServiceToken: expect.anything(),
      ServiceTimeout: '900',
      SpecVersion: '1',
      InstanceArn: INSTANCE_ARN,
      RoutingProfile: { Name: BASIC },
      MediaConcurrencies: [{ Channel: 'CHAT', Concurrency: 3, CrossChannelBehavior: 'ROUTE_ANY_CHANNEL' }, { Channel: 'EMAIL', Concurrency: 2 }],
      RestoreOnRemoval: true,
      DriftPolicy: 'report',
    });
  });

  test('restoreOnRemoval false is carried to the handler', () => {
    const stack = newStack();
    new RoutingProfileConcurrency(stack, 'Basic', props({ restoreOnRemoval: false }));
    expect(concurrencyResource(stack).Properties.RestoreOnRemoval).toBe(false);
  });

  test('the CloudFormation resource keeps DeletionPolicy Delete so the handler always sees the removal', () => {
    const stack = newStack();
    new RoutingProfileConcurrency(stack, 'Basic', props());
    Template.fromStack(stack).hasResource(CONCURRENCY_TYPE, { DeletionPolicy: 'Delete', UpdateReplacePolicy: 'Delete' });
  });

  test('shares the stack\'s one provider with RoutingProfile, whose role may update concurrency in the instance only', () => {
    const stack = newStack();
    new RoutingProfile(stack, 'Profile', minimalProps());
    new RoutingProfileConcurrency(stack, 'Basic', props());
    const template = Template.fromStack(stack);
    const [profileToken] = Object.values(template.findResources('Custom::ConnectRoutingProfile')).map((r: any) => r.Properties.ServiceToken);
    expect(concurrencyResource(stack).Properties.ServiceToken).toEqual(profileToken);
    expect(profileToken).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^CdkConnectRoutingProfileProvider/), 'Arn'] });
    const granted = statements(stack).filter((s) => [s.Action].flat().includes('connect:UpdateRoutingProfileConcurrency'));
    expect(granted).toHaveLength(1);
    expect(granted[0].Resource).toEqual([INSTANCE_ARN, `${INSTANCE_ARN}/routing-profile/*`, `${INSTANCE_ARN}/queue/*`]);
    expect([granted[0].Action].flat()).toEqual(expect.arrayContaining(['connect:DescribeRoutingProfile', 'connect:ListRoutingProfiles', 'connect:ListTagsForResource']));
  });

  test('a profile in another instance gets its own IAM statement', () => {
    const stack = newStack();
    new RoutingProfileConcurrency(stack, 'Basic', props());
    new RoutingProfileConcurrency(stack, 'Other', props({ routingProfile: RoutingProfileTarget.fromName(OTHER_INSTANCE_ARN, BASIC) }));
    const granted = statements(stack).filter((s) => [s.Action].flat().includes('connect:UpdateRoutingProfileConcurrency'));
    expect(granted.map((s) => s.Resource[0])).toEqual([INSTANCE_ARN, OTHER_INSTANCE_ARN]);
  });

  test('attributes come from the handler: the profile it resolved', () => {
    const stack = newStack();
    const basic = new RoutingProfileConcurrency(stack, 'Basic', props());
    const logicalId = Object.keys(Template.fromStack(stack).findResources(CONCURRENCY_TYPE))[0];
    expect(stack.resolve(basic.routingProfileArn)).toEqual({ 'Fn::GetAtt': [logicalId, 'RoutingProfileArn'] });
    expect(stack.resolve(basic.routingProfileId)).toEqual({ 'Fn::GetAtt': [logicalId, 'RoutingProfileId'] });
    expect(basic.instanceArn).toBe(INSTANCE_ARN);
  });
});

test('cdk-nag AwsSolutions: no unsuppressed error or warning, alone or with a lookup by name', () => {
  const stack = newStack();
  new RoutingProfileConcurrency(stack, 'Basic', props());
  new RoutingProfileConcurrency(stack, 'Looked', props({
    routingProfile: RoutingProfileTarget.fromRoutingProfile(RoutingProfile.fromRoutingProfileName(stack, 'Night', INSTANCE_ARN, 'Night shift')),
  }));
  Aspects.of(stack).add(new AwsSolutionsChecks({ verbose: true }));
  const annotations = Annotations.fromStack(stack);
  expect(annotations.findError('*', Match.stringLikeRegexp('AwsSolutions-'))).toEqual([]);
  expect(annotations.findWarning('*', Match.stringLikeRegexp('AwsSolutions-'))).toEqual([]);
});

describe('targets', () => {
  const render = (target: RoutingProfileTarget) => {
    const stack = newStack();
    new RoutingProfileConcurrency(stack, 'Concurrency', props({ routingProfile: target }));
    const properties = concurrencyResource(stack).Properties;
    return { stack, target: properties.RoutingProfile, instanceArn: properties.InstanceArn };
  };

  test('by id', () => {
    expect(render(RoutingProfileTarget.fromId(INSTANCE_ARN, 'rp-1'))).toMatchObject({ target: { Id: 'rp-1' }, instanceArn: INSTANCE_ARN });
  });

  test('by ARN: the instance is the ARN\'s', () => {
    const target = RoutingProfileTarget.fromArn(routingProfileArn('rp-1'));
    expect(target.instanceArn).toBe(INSTANCE_ARN);
    expect(target.routingProfileArn).toBe(routingProfileArn('rp-1'));
    expect(render(target)).toMatchObject({ target: { Arn: routingProfileArn('rp-1') }, instanceArn: INSTANCE_ARN });
  });

  test('by a token ARN: the instance is split out of it at deploy time', () => {
    const stack = newStack();
    const instance = new connect.CfnInstance(stack, 'Instance', { identityManagementType: 'CONNECT_MANAGED', attributes: { inboundCalls: true, outboundCalls: true } });
    new RoutingProfileConcurrency(stack, 'Concurrency', props({ routingProfile: RoutingProfileTarget.fromArn(`${instance.attrArn}/routing-profile/rp-1`) }));
    const properties = concurrencyResource(stack).Properties;
    expect(properties.RoutingProfile.Arn).toEqual({ 'Fn::Join': ['', [{ 'Fn::GetAtt': ['Instance', 'Arn'] }, '/routing-profile/rp-1']] });
    expect(JSON.stringify(properties.InstanceArn)).toContain('Fn::Split');
  });

  test('by name', () => {
    const target = RoutingProfileTarget.fromName(INSTANCE_ARN, BASIC);
    expect(target.routingProfileName).toBe(BASIC);
    expect(render(target)).toMatchObject({ target: { Name: BASIC } });
  });

  test('an imported IRoutingProfile, by ARN or looked up by name', () => {
    const stack = newStack();
    const imported = RoutingProfile.fromRoutingProfileArn(stack, 'Imported', routingProfileArn('rp-9'));
    const looked = RoutingProfile.fromRoutingProfileName(stack, 'Looked', INSTANCE_ARN, 'Night shift');
    new RoutingProfileConcurrency(stack, 'A', props({ routingProfile: RoutingProfileTarget.fromRoutingProfile(imported) }));
    new RoutingProfileConcurrency(stack, 'B', props({ routingProfile: RoutingProfileTarget.fromRoutingProfile(looked) }));
    const targets = Object.values(Template.fromStack(stack).findResources(CONCURRENCY_TYPE)).map((r: any) => r.Properties.RoutingProfile);
    expect(targets).toEqual([{ Arn: routingProfileArn('rp-9') }, { Arn: { 'Fn::GetAtt': [expect.stringMatching(/^LookedLookup/), 'RoutingProfileArn'] } }]);
  });
});

describe('bad input fails at synth, naming the prop, the rule and the value', () => {
  test.each([
    ['VOICE concurrency 2', () => MediaConcurrency.of(Channel.VOICE, 2), '`mediaConcurrencies[1].concurrency` for VOICE must be exactly 1, got: 2'],
    ['CHAT concurrency 11', () => MediaConcurrency.chat(11), '`mediaConcurrencies[1].concurrency` for CHAT must be a whole number from 1 to 10, got: 11'],
    ['TASK concurrency 0', () => MediaConcurrency.task(0), '`mediaConcurrencies[1].concurrency` for TASK must be a whole number from 1 to 10, got: 0'],
  ])('%s', (_label, make, message) => {
    const mediaConcurrencies = [MediaConcurrency.email(1), make()];
    expect(() => new RoutingProfileConcurrency(newStack(), 'C', props({ mediaConcurrencies }))).toThrow(message);
  });

  test('a channel twice', () => {
    expect(() => new RoutingProfileConcurrency(newStack(), 'C', props({ mediaConcurrencies: [MediaConcurrency.chat(2), MediaConcurrency.chat(3)] })))
      .toThrow('`mediaConcurrencies[1].channel` must not repeat the channel of `mediaConcurrencies[0]`, got: "CHAT"');
  });

  test('no channel', () => {
    expect(() => new RoutingProfileConcurrency(newStack(), 'C', props({ mediaConcurrencies: [] })))
      .toThrow('`mediaConcurrencies` must give at least one channel, got: []');
  });

  test.each([
    ['an ARN that is not a routing profile\'s', () => RoutingProfileTarget.fromArn(`${INSTANCE_ARN}/queue/q`), '`routingProfileArn` must be a Connect routing profile ARN'],
    ['an id with a slash', () => RoutingProfileTarget.fromId(INSTANCE_ARN, 'a/b'), '`routingProfileId` must be a non-empty routing profile id without "/"'],
    ['an empty id', () => RoutingProfileTarget.fromId(INSTANCE_ARN, ''), 'got: ""'],
    ['a name of 128 characters', () => RoutingProfileTarget.fromName(INSTANCE_ARN, 'n'.repeat(128)), '`routingProfileName` must be 1 to 127 characters long'],
    ['an instance id instead of its ARN', () => RoutingProfileTarget.fromName('11111111-aaaa', BASIC), '`instanceArn` must be a Connect instance ARN'],
  ])('target: %s', (_label, make, message) => {
    expect(make).toThrow(message);
  });
});

describe('one manager per profile, checked over the whole app at synth', () => {
  const synthError = (app: App): string => {
    try {
      app.synth();
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('expected synth to fail');
  };

  test('two constructs on the same profile by name: an error naming both', () => {
    const app = new App();
    const stack = newStack('Stack', app);
    new RoutingProfileConcurrency(stack, 'First', props());
    new RoutingProfileConcurrency(stack, 'Second', props({ mediaConcurrencies: [MediaConcurrency.task(2)] }));
    const message = synthError(app);
    expect(message).toContain('`routingProfile` of Stack/Second must not name a routing profile whose concurrency Stack/First also manages');
    expect(message).toContain(`got: {"instanceArn":"${INSTANCE_ARN}","name":"${BASIC}"}`);
  });

  test('by id in one stack and by ARN in another: the same profile', () => {
    const app = new App();
    new RoutingProfileConcurrency(newStack('A', app), 'ById', props({ routingProfile: RoutingProfileTarget.fromId(INSTANCE_ARN, 'rp-1') }));
    new RoutingProfileConcurrency(newStack('B', app), 'ByArn', props({ routingProfile: RoutingProfileTarget.fromArn(routingProfileArn('rp-1')) }));
    const message = synthError(app);
    expect(message).toContain('A/ById');
    expect(message).toContain('B/ByArn');
  });

  test('a RoutingProfile of the same app by name, declared after the concurrency construct: an error naming both', () => {
    const app = new App();
    new RoutingProfileConcurrency(newStack('Brownfield', app), 'Basic', props());
    new RoutingProfile(newStack('Greenfield', app), 'Adopted', minimalProps({ routingProfileName: BASIC, adoptExisting: true }));
    expect(synthError(app)).toContain('`routingProfile` of Brownfield/Basic must not name a routing profile that Greenfield/Adopted defines '
      + '(set its concurrency with that construct\'s `mediaConcurrencies`)');
  });

  test('a RoutingProfile given as the target, or its ARN token: an error', () => {
    const targets = [
      (p: RoutingProfile) => RoutingProfileTarget.fromRoutingProfile(p),
      (p: RoutingProfile) => RoutingProfileTarget.fromArn(p.routingProfileArn),
    ];
    for (const target of targets) {
      const app = new App();
      const stack = newStack('Stack', app);
      const profile = new RoutingProfile(stack, 'Profile', minimalProps());
      new RoutingProfileConcurrency(stack, 'Concurrency', props({ routingProfile: target(profile) }));
      expect(synthError(app)).toContain('must not name a routing profile that Stack/Profile defines');
    }
  });

  test('the same instance token and name: an error; different tokens: skipped', () => {
    const app = new App();
    const stack = newStack('Stack', app);
    const instance = new connect.CfnInstance(stack, 'Instance', { identityManagementType: 'CONNECT_MANAGED', attributes: { inboundCalls: true, outboundCalls: true } });
    new RoutingProfileConcurrency(stack, 'First', props({ routingProfile: RoutingProfileTarget.fromName(instance.attrArn, BASIC) }));
    new RoutingProfileConcurrency(stack, 'Second', props({ routingProfile: RoutingProfileTarget.fromName(instance.attrArn, BASIC) }));
    expect(synthError(app)).toContain('Stack/First');

    const other = new App();
    const otherStack = newStack('Stack', other);
    const one = new connect.CfnInstance(otherStack, 'One', { identityManagementType: 'CONNECT_MANAGED', attributes: { inboundCalls: true, outboundCalls: true } });
    const two = new connect.CfnInstance(otherStack, 'Two', { identityManagementType: 'CONNECT_MANAGED', attributes: { inboundCalls: true, outboundCalls: true } });
    new RoutingProfileConcurrency(otherStack, 'First', props({ routingProfile: RoutingProfileTarget.fromName(one.attrArn, BASIC) }));
    new RoutingProfileConcurrency(otherStack, 'Second', props({ routingProfile: RoutingProfileTarget.fromName(two.attrArn, BASIC) }));
    expect(() => other.synth()).not.toThrow();
  });

  test('different profiles, or the same name in different instances: no error', () => {
    const app = new App();
    const stack = newStack('Stack', app);
    new RoutingProfileConcurrency(stack, 'Basic', props());
    new RoutingProfileConcurrency(stack, 'OtherInstance', props({ routingProfile: RoutingProfileTarget.fromName(OTHER_INSTANCE_ARN, BASIC) }));
    new RoutingProfileConcurrency(stack, 'ById', props({ routingProfile: RoutingProfileTarget.fromId(INSTANCE_ARN, 'rp-1') }));
    new RoutingProfile(stack, 'Profile', minimalProps({ routingProfileName: 'Agents' }));
    expect(() => app.synth()).not.toThrow();
    expect(ACCOUNT).toBe(stack.account);
  });
});
