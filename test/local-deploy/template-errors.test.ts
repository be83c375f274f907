import * as fs from 'fs';
import * as path from 'path';
import { CfnResource, Fn, aws_iam as iam } from 'aws-cdk-lib';
import { synthEchoApp, takeEvents, useEchoDeployment } from './echo-app';
import { TemplateError, UnsupportedIntrinsicError } from '../../local-deploy';

const suite = useEchoDeployment();

test('an unsupported intrinsic is refused before anything runs, naming the function, the resource and the path', async () => {
  const assembly = synthEchoApp(suite.work, suite.eventLog, { A: { properties: { Name: 'a' } } }, (stack, serviceToken) => {
    new CfnResource(stack, 'Imported', {
      type: 'Custom::Echo',
      properties: { ServiceToken: serviceToken, Name: 'i', Settings: [{ Value: Fn.importValue('SharedQueueArn') }] },
    });
  });

  const error = await suite.deployment.deploy(assembly).catch((e) => e);

  expect(error).toBeInstanceOf(UnsupportedIntrinsicError);
  expect(error.message).toBe('`Fn::ImportValue` is not supported by the local deploy, at Echo/Imported.Properties.Settings[0].Value; '
    + 'supported: Ref, Fn::GetAtt, Fn::Join, Fn::Sub, Fn::Select, Fn::Split, Fn::If, Fn::Equals, Fn::And, Fn::Or, Fn::Not, Condition');
  expect(takeEvents(suite.eventLog)).toEqual([]);
  expect(suite.deployment.state('Echo')).toBeUndefined();
});

test('an unsupported pseudo parameter is refused the same way', async () => {
  const assembly = synthEchoApp(suite.work, suite.eventLog, { A: { properties: { Name: 'a', Topics: { Ref: 'AWS::NotificationARNs' } } } });

  await expect(suite.deployment.deploy(assembly)).rejects.toThrow(
    '`Ref: AWS::NotificationARNs` is not supported by the local deploy, at Echo/A.Properties.Topics; supported: AWS::Region, ');
  expect(takeEvents(suite.eventLog)).toEqual([]);
});

test('a reference to a skipped resource is an error naming it, never a made-up value', async () => {
  const assembly = synthEchoApp(suite.work, suite.eventLog, { A: { properties: { Name: 'a' } } }, (stack, serviceToken) => {
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    new CfnResource(stack, 'NeedsRole', { type: 'Custom::Echo', properties: { ServiceToken: serviceToken, Name: 'n', RoleArn: role.roleArn } });
  });

  const error = await suite.deployment.deploy(assembly).catch((e) => e);

  expect(error.message).toMatch(/^Deploy of Echo failed and was rolled back: `Fn::GetAtt` Role[0-9A-F]{8}\.Arn at NeedsRole\.Properties\.RoleArn \(Fn::GetAtt\) names `Role[0-9A-F]{8}`, a AWS::IAM::Role, which the local deploy does not run \(skipped\), so it has no physical id or attributes$/);
  expect(error.cause).toBeInstanceOf(TemplateError);
  expect(suite.deployment.state('Echo')).toBeUndefined();
});

test('a dependency cycle is an error naming the cycle', async () => {
  const assembly = synthEchoApp(suite.work, suite.eventLog, {
    A: { properties: { Name: 'a', Value: { Ref: 'B' } } },
    B: { properties: { Name: 'b', Value: { 'Fn::GetAtt': ['A', 'Echo'] } } },
  });

  await expect(suite.deployment.deploy(assembly)).rejects.toThrow(/^Dependency cycle between resources: (A -> B -> A|B -> A -> B)$/);
  expect(takeEvents(suite.eventLog)).toEqual([]);
});

test('a missing cloud assembly says so', async () => {
  await expect(suite.deployment.deploy(path.join(suite.work, 'nothing'))).rejects.toThrow(/manifest\.json is missing \(synthesize the app first\)/);
});

test('invokeFunction runs a deployed function\'s code and returns its result, its error and its logs', async () => {
  await suite.deployment.deploy(synthEchoApp(suite.work, suite.eventLog, {}));
  const logicalId = Object.keys(suite.deployment.state('Echo')!.resources).find((id) => /^Direct[0-9A-F]{8}$/.test(id))!;

  const ok = await suite.deployment.invokeFunction(logicalId, { value: 21 });
  const failed = await suite.deployment.invokeFunction(logicalId, { fail: true });

  expect(ok.value).toEqual({ doubled: 42, label: 'direct' });
  expect(ok.logs.join('\n')).toContain('direct invocation {"value":21}');
  expect(failed.error).toEqual({ errorType: 'TypeError', errorMessage: 'asked to fail' });
  await expect(suite.deployment.invokeFunction('Nope', {})).rejects.toThrow(/`logicalId` must name exactly one deployed Lambda function, got: "Nope"/);
  expect(fs.existsSync(suite.deployment.state('Echo')!.resources[logicalId].function!.codeDirectory)).toBe(true);
});
