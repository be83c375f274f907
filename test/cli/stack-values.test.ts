/**
 * The values a plan reads from a template: resolved where CloudFormation's input decides them (literals, defaults,
 * the environment, joins of those), marked "known after deploy" where only the deploy does. Pure.
 */
import { afterDeploy, afterDeployValues } from '../../cli/plan/known-after-deploy';
import { StackValues } from '../../cli/plan/stack-values';
import type { AssemblyStack } from '../../local-deploy/assembly';
import type { Template } from '../../local-deploy/template';

function stackOf(template: Template, env: { account?: string; region?: string } = { account: '111122223333', region: 'eu-west-2' }): AssemblyStack {
  return { artifactId: 'Shop', stackName: 'Shop', template, ...env, dependencies: [], assetPaths: new Map() };
}

const TEMPLATE: Template = {
  Parameters: {
    Team: { Type: 'String', Default: 'sales' },
    Description: { Type: 'String' },
    Bootstrap: { Type: 'AWS::SSM::Parameter::Value<String>', Default: '/cdk-bootstrap/version' },
  },
  Conditions: {
    IsSales: { 'Fn::Equals': [{ Ref: 'Team' }, 'sales'] },
    Described: { 'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'Description' }, ''] }] },
  },
  Resources: { Vip: { Type: 'AWS::Connect::Queue' } },
};

test('literals, parameter defaults, pseudo parameters of the environment, joins and conditions are resolved, as strings', () => {
  const values = new StackValues(stackOf(TEMPLATE), undefined);

  expect(values.resolve({
    Arn: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':connect:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, ':instance/i-1']] },
    Team: { Ref: 'Team' },
    Chosen: { 'Fn::If': ['IsSales', 3, 1] },
    Sub: { 'Fn::Sub': '${AWS::StackName}-${Team}' },
  }, 'test')).toEqual({ Arn: 'arn:aws:connect:eu-west-2:111122223333:instance/i-1', Team: 'sales', Chosen: '3', Sub: 'Shop-sales' });
  expect(values.conditionHolds('IsSales', 'test')).toBe(true);
});

test('what only the deploy knows is marked, and anything computed from it too', () => {
  const values = new StackValues(stackOf(TEMPLATE), undefined);
  const resolved = values.resolve({
    Queue: { 'Fn::GetAtt': ['Vip', 'QueueArn'] },
    Id: { 'Fn::Select': [1, { 'Fn::Split': ['/queue/', { 'Fn::GetAtt': ['Vip', 'QueueArn'] }] }] },
    Ref: { Ref: 'Vip' },
    Description: { Ref: 'Description' },
    Bootstrap: { Ref: 'Bootstrap' },
    Stack: { Ref: 'AWS::StackId' },
    Sub: { 'Fn::Sub': 'queue ${Vip.QueueArn}' },
    Imported: { 'Fn::ImportValue': 'SharedQueueArn' },
    Literal: 'BasicQueue',
  }, 'test');

  expect(resolved).toEqual({
    Queue: afterDeploy('Fn::GetAtt Vip.QueueArn'),
    Id: afterDeploy('Fn::GetAtt Vip.QueueArn'),
    Ref: afterDeploy('Ref Vip'),
    Description: afterDeploy('Ref Description'),
    Bootstrap: afterDeploy('Ref Bootstrap'),
    Stack: afterDeploy('Ref AWS::StackId'),
    Sub: afterDeploy('Fn::Sub "queue ${Vip.QueueArn}"'),
    Imported: afterDeploy('Fn::ImportValue SharedQueueArn'),
    Literal: 'BasicQueue',
  });
  expect(afterDeployValues(resolved, '').map((v) => v.field)).toEqual(['Queue', 'Id', 'Ref', 'Description', 'Bootstrap', 'Stack', 'Sub', 'Imported']);
  expect(values.conditionHolds('Described', 'test')).toBeUndefined();
});

test('an environment-agnostic stack takes the Region the command runs in; its account stays known only after deploy', () => {
  const values = new StackValues(stackOf(TEMPLATE, {}), 'us-west-2');

  expect(values.resolve({ Region: { Ref: 'AWS::Region' }, Partition: { Ref: 'AWS::Partition' }, Account: { Ref: 'AWS::AccountId' } }, 'test'))
    .toEqual({ Region: 'us-west-2', Partition: 'aws', Account: afterDeploy('Ref AWS::AccountId') });
  expect(new StackValues(stackOf(TEMPLATE, {}), 'cn-north-1').resolve({ Ref: 'AWS::Partition' }, 'test')).toBe('aws-cn');
});
