import { synthEchoApp, summarize, takeEvents, useEchoDeployment } from './echo-app';
import { DeployFailedError } from '../../local-deploy';

const suite = useEchoDeployment();

test('a failed update rolls back: updates go back to the old properties, what the deploy created is deleted', async () => {
  await suite.deployment.deploy(synthEchoApp(suite.work, suite.eventLog, {
    A: { properties: { Name: 'a', Value: 'one' } },
    B: { properties: { Name: 'b', Value: 'one' } },
  }));
  takeEvents(suite.eventLog);
  const before = suite.deployment.state('Echo');

  const failing = synthEchoApp(suite.work, suite.eventLog, {
    A: { properties: { Name: 'a', Value: 'two' } },
    C: { properties: { Name: 'c', Value: 'new' } },
    B: { properties: { Name: 'b', Value: 'two', FailOn: 'Update' }, dependsOn: ['A', 'C'] },
  });
  const error = await suite.deployment.deploy(failing).catch((e) => e);

  expect(error).toBeInstanceOf(DeployFailedError);
  expect(error.message).toBe('Deploy of Echo failed and was rolled back: Update of B failed: asked to fail on Update');
  expect(error.rollbackErrors).toEqual([]);
  const events = takeEvents(suite.eventLog);
  expect(summarize(events)).toEqual([
    'Update A echo-a', 'Create C', 'Update B echo-b',
    // rollback, last change first; the failed resource is rolled back too
    'Update B echo-b', 'Delete C echo-c', 'Update A echo-a',
  ]);
  expect(events[3].ResourceProperties).toMatchObject({ Value: 'one' });
  expect(events[3].ResourceProperties).not.toHaveProperty('FailOn');
  expect(events[3].OldResourceProperties).toMatchObject({ Value: 'two', FailOn: 'Update' });
  expect(events[5].ResourceProperties).toMatchObject({ Value: 'one' });
  expect(events[5].OldResourceProperties).toMatchObject({ Value: 'two' });
  expect(suite.deployment.state('Echo')).toEqual(before);
  expect(suite.progress.filter((p) => p.status === 'UPDATE_FAILED')).toEqual([
    expect.objectContaining({ logicalId: 'B', reason: 'asked to fail on Update' }),
  ]);
  expect(suite.progress.filter((p) => p.status === 'ROLLBACK_COMPLETE').map((p) => p.logicalId)).toEqual(['B', 'C', 'A']);
});

test('a rollback deletes a replacement\'s new physical id and keeps the old one', async () => {
  await suite.deployment.deploy(synthEchoApp(suite.work, suite.eventLog, {
    A: { properties: { Name: 'a' } },
    B: { properties: { Name: 'b' } },
  }));
  takeEvents(suite.eventLog);

  await expect(suite.deployment.deploy(synthEchoApp(suite.work, suite.eventLog, {
    A: { properties: { Name: 'a2' } },
    B: { properties: { Name: 'b', FailOn: 'Update' }, dependsOn: ['A'] },
  }))).rejects.toThrow(DeployFailedError);

  expect(summarize(takeEvents(suite.eventLog))).toEqual(['Update A echo-a', 'Update B echo-b', 'Update B echo-b', 'Delete A echo-a2']);
  expect(suite.deployment.state('Echo')!.resources.A.physicalId).toBe('echo-a');
});

test.each(['RequestId', 'StackId', 'LogicalResourceId'])('a response whose %s is not the request\'s is refused, as CloudFormation would', async (key) => {
  const error = await suite.deployment.deploy(synthEchoApp(suite.work, suite.eventLog, {
    A: { properties: { Name: 'a', ResponseOverrides: { [key]: 'someone-else' } } },
  })).catch((e) => e);

  expect(error).toBeInstanceOf(DeployFailedError);
  expect(error.message).toMatch(new RegExp(`Create of A failed: CloudFormation would reject the response: the response's ${key} `
    + 'must be the request\'s ".+", got: "someone-else"'));
  expect(suite.deployment.state('Echo')).toBeUndefined();
});

test('a failed first deploy deletes everything it created, the failed Create included, and leaves no state', async () => {
  const error = await suite.deployment.deploy(synthEchoApp(suite.work, suite.eventLog, {
    A: { properties: { Name: 'a' } },
    B: { properties: { Name: 'b', FailOn: 'Create' }, dependsOn: ['A'] },
  })).catch((e) => e);

  expect(error).toBeInstanceOf(DeployFailedError);
  expect(error.message).toContain('Create of B failed: asked to fail on Create');
  // CloudFormation sends a Delete with the physical id the FAILED response named.
  expect(summarize(takeEvents(suite.eventLog))).toEqual(['Create A', 'Create B', 'Delete B echo-b', 'Delete A echo-a']);
  expect(suite.deployment.state('Echo')).toBeUndefined();
});

test('a rollback step that fails is reported, and what it could not delete stays in the state for destroy', async () => {
  const error = await suite.deployment.deploy(synthEchoApp(suite.work, suite.eventLog, {
    A: { properties: { Name: 'a', FailOn: 'Delete' } },
    B: { properties: { Name: 'b', FailOn: 'Create' }, dependsOn: ['A'] },
  })).catch((e) => e);

  expect(error).toBeInstanceOf(DeployFailedError);
  expect(error.message).toMatch(/rolled back with errors: Create of B failed[\s\S]*rollback: Delete of A failed: asked to fail on Delete/);
  expect(Object.entries(suite.deployment.state('Echo')!.resources).map(([id, r]) => [id, r.physicalId])).toEqual([['A', 'echo-a']]);
  expect(suite.progress.filter((p) => p.status === 'ROLLBACK_FAILED').map((p) => p.logicalId)).toEqual(['A']);
});
