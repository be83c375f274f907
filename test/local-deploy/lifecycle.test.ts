import * as fs from 'fs';
import * as path from 'path';
import { synthEchoApp, summarize, takeEvents, useEchoDeployment } from './echo-app';

const suite = useEchoDeployment();

describe('create', () => {
  test('sends Create events in dependency order, in CloudFormation\'s wire format, and records the state', async () => {
    const assembly = synthEchoApp(suite.work, suite.eventLog, {
      A: { properties: { Name: 'a', Value: 'one', Count: 5, Flag: true, Nested: { List: [1, false, 'x'] } } },
      B: {
        properties: {
          Name: 'b',
          Value: { 'Fn::Join': ['/', [{ 'Fn::GetAtt': ['A', 'Echo'] }, { Ref: 'A' }, { Ref: 'AWS::StackName' }, { Ref: 'AWS::Region' }]] },
          Sub: { 'Fn::Sub': ['${A.Name}-${AWS::AccountId}-${Extra}-${!Literal}', { Extra: { 'Fn::Select': [1, { 'Fn::Split': [',', 'p,q,r'] }] } }] },
        },
      },
    });

    const [result] = await suite.deployment.deploy(assembly);

    const events = takeEvents(suite.eventLog);
    expect(summarize(events)).toEqual(['Create A', 'Create B']);
    const [a, b] = events;
    expect(a.ResourceType).toBe('Custom::Echo');
    expect(a.ResourceProperties).toEqual({
      ServiceToken: expect.stringMatching(/^arn:aws:lambda:us-east-1:123456789012:function:Echo-EchoProvider/),
      Name: 'a',
      Value: 'one',
      Count: '5',
      Flag: 'true',
      Nested: { List: ['1', 'false', 'x'] },
    });
    expect(a.ServiceToken).toBe(a.ResourceProperties.ServiceToken);
    expect(a).not.toHaveProperty('PhysicalResourceId');
    expect(a).not.toHaveProperty('OldResourceProperties');
    expect(a.StackId).toMatch(/^arn:aws:cloudformation:us-east-1:123456789012:stack\/Echo\/[0-9a-f-]{36}$/);
    expect(a.ResponseURL).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/.+X-Amz-Signature=/);
    expect(a.RequestId).not.toBe(b.RequestId);
    expect(b.ResourceProperties.Value).toBe('one/echo-a/Echo/us-east-1');
    expect(b.ResourceProperties.Sub).toBe('a-123456789012-q-${Literal}');
    // The function runs as Lambda would: its own environment, fake credentials, the emulator's endpoint, a deadline.
    expect(a.observed).toEqual({
      region: 'us-east-1',
      connectEndpoint: suite.emulator.endpoint,
      accessKeyId: 'local-deploy',
      label: 'Echo',
      remainingMs: expect.any(Number),
    });
    expect(a.observed.remainingMs).toBeGreaterThan(0);
    expect(a.observed.remainingMs).toBeLessThanOrEqual(30_000);

    expect(result.created).toEqual(['A', 'B']);
    expect(result.skipped.map((s) => s.resourceType)).toEqual(['AWS::IAM::Role', 'AWS::IAM::Role']);
    expect(result.functions).toHaveLength(2);
    const state = suite.deployment.state('Echo')!;
    expect(state.stackId).toBe(a.StackId);
    expect(state.resources.A).toMatchObject({ mode: 'run', physicalId: 'echo-a', attributes: { Echo: 'one', Name: 'a' } });
    expect(state.resources.B.dependencies).toEqual([expect.stringMatching(/^EchoProvider/), 'A']);
    expect(suite.progress.filter((p) => p.logicalId === 'A').map((p) => p.status)).toEqual(['CREATE_IN_PROGRESS', 'CREATE_COMPLETE']);
  });
});

describe('update', () => {
  test('sends Update with OldResourceProperties to changed resources only, and keeps the stack id', async () => {
    const v1 = synthEchoApp(suite.work, suite.eventLog, {
      A: { properties: { Name: 'a', Value: 'one' } },
      B: { properties: { Name: 'b', Value: { 'Fn::GetAtt': ['A', 'Echo'] } } },
      C: { properties: { Name: 'c', Value: 'same' } },
    });
    await suite.deployment.deploy(v1);
    const created = takeEvents(suite.eventLog);

    const v2 = synthEchoApp(suite.work, suite.eventLog, {
      A: { properties: { Name: 'a', Value: 'two' } },
      B: { properties: { Name: 'b', Value: { 'Fn::GetAtt': ['A', 'Echo'] } } },
      C: { properties: { Name: 'c', Value: 'same' } },
    });
    const [result] = await suite.deployment.deploy(v2);

    const events = takeEvents(suite.eventLog);
    // B's template did not change, but the value it reads from A did: CloudFormation updates it too.
    expect(summarize(events)).toEqual(['Update A echo-a', 'Update B echo-b']);
    expect(events[0].ResourceProperties).toMatchObject({ Name: 'a', Value: 'two' });
    expect(events[0].OldResourceProperties).toMatchObject({ Name: 'a', Value: 'one' });
    expect(events[0].OldResourceProperties!.ServiceToken).toBe(events[0].ServiceToken);
    expect(events[1].ResourceProperties.Value).toBe('two');
    expect(events[1].OldResourceProperties!.Value).toBe('one');
    expect(events[0].StackId).toBe(created[0].StackId);
    expect(result).toMatchObject({ created: [], updated: ['A', 'B'], unchanged: ['C'], replaced: [], deleted: [] });

    await suite.deployment.deploy(v2);
    expect(takeEvents(suite.eventLog)).toEqual([]);
  });
});

describe('replacement', () => {
  test('a new physical id from Update deletes the old one after the deploy succeeds', async () => {
    await suite.deployment.deploy(synthEchoApp(suite.work, suite.eventLog, {
      A: { properties: { Name: 'a', Value: 'one' } },
      B: { properties: { Name: 'b', Value: { Ref: 'A' } } },
    }));
    takeEvents(suite.eventLog);

    const [result] = await suite.deployment.deploy(synthEchoApp(suite.work, suite.eventLog, {
      A: { properties: { Name: 'a2', Value: 'one' } },
      B: { properties: { Name: 'b', Value: { Ref: 'A' } } },
    }));

    const events = takeEvents(suite.eventLog);
    expect(summarize(events)).toEqual(['Update A echo-a', 'Update B echo-b', 'Delete A echo-a']);
    expect(events[1].ResourceProperties.Value).toBe('echo-a2');
    // The old physical id's Delete carries the properties it was deployed with.
    expect(events[2].ResourceProperties).toMatchObject({ Name: 'a', Value: 'one' });
    expect(result).toMatchObject({ updated: ['A', 'B'], replaced: ['A'], deleted: ['A'] });
    expect(suite.deployment.state('Echo')!.resources.A.physicalId).toBe('echo-a2');
  });

  test('UpdateReplacePolicy Retain keeps the old physical id', async () => {
    await suite.deployment.deploy(synthEchoApp(suite.work, suite.eventLog, { A: { properties: { Name: 'a' }, retain: true } }));
    takeEvents(suite.eventLog);

    const [result] = await suite.deployment.deploy(synthEchoApp(suite.work, suite.eventLog, { A: { properties: { Name: 'a2' }, retain: true } }));

    expect(summarize(takeEvents(suite.eventLog))).toEqual(['Update A echo-a']);
    expect(result.replaced).toEqual(['A']);
    expect(result.deleted).toEqual([]);
    expect(suite.progress.find((p) => p.status === 'DELETE_SKIPPED')).toMatchObject({ logicalId: 'A', physicalId: 'echo-a' });
  });

  test('a resource removed from the template is deleted in the cleanup phase, dependents first', async () => {
    await suite.deployment.deploy(synthEchoApp(suite.work, suite.eventLog, {
      A: { properties: { Name: 'a' } },
      B: { properties: { Name: 'b' }, dependsOn: ['A'] },
      C: { properties: { Name: 'c' }, dependsOn: ['B'] },
    }));
    takeEvents(suite.eventLog);

    const [result] = await suite.deployment.deploy(synthEchoApp(suite.work, suite.eventLog, { A: { properties: { Name: 'a' } } }));

    expect(summarize(takeEvents(suite.eventLog))).toEqual(['Delete C echo-c', 'Delete B echo-b']);
    expect(result.deleted).toEqual(['C', 'B']);
    expect(Object.keys(suite.deployment.state('Echo')!.resources)).not.toContain('B');
  });
});

describe('destroy', () => {
  test('deletes in reverse dependency order, keeps Retain resources, and removes the state', async () => {
    await suite.deployment.deploy(synthEchoApp(suite.work, suite.eventLog, {
      A: { properties: { Name: 'a' } },
      B: { properties: { Name: 'b', Value: { 'Fn::GetAtt': ['A', 'Echo'] } } },
      R: { properties: { Name: 'r' }, retain: true },
    }));
    takeEvents(suite.eventLog);

    const [result] = await suite.deployment.destroy();

    const events = takeEvents(suite.eventLog);
    expect(summarize(events)).toEqual(['Delete B echo-b', 'Delete A echo-a']);
    expect(events[0].ResourceProperties).toMatchObject({ Name: 'b', Value: '' });
    expect(result).toEqual({ stackName: 'Echo', deleted: ['B', 'A'], retained: ['R'] });
    expect(suite.deployment.state('Echo')).toBeUndefined();
    expect(fs.existsSync(path.join(suite.work, 'state', 'Echo.json'))).toBe(false);
  });

  test('a failed Delete keeps the resource in the state so the next destroy retries it', async () => {
    await suite.deployment.deploy(synthEchoApp(suite.work, suite.eventLog, {
      A: { properties: { Name: 'a' } },
      B: { properties: { Name: 'b', FailOn: 'Delete' } },
    }));
    takeEvents(suite.eventLog);

    await expect(suite.deployment.destroy()).rejects.toThrow(/Destroy of Echo failed[\s\S]*Delete of B failed: asked to fail on Delete/);

    expect(summarize(takeEvents(suite.eventLog))).toEqual(['Delete B echo-b', 'Delete A echo-a']);
    expect(Object.entries(suite.deployment.state('Echo')!.resources).filter(([, r]) => r.mode === 'run').map(([id]) => id)).toEqual(['B']);
  });
});
