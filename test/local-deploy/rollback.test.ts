import * as path from 'path';
import { synthEchoApp, summarize, takeEvents, workDirectory } from './echo-app';
import { RunningEmulator, startEmulator } from '../../emulator';
import { DeployFailedError, LocalDeployment, ProgressEvent } from '../../local-deploy';

let emulator: RunningEmulator;
let work: string;
let eventLog: string;
let deployment: LocalDeployment;
let progress: ProgressEvent[];

beforeAll(async () => {
  emulator = await startEmulator({ throttle: false, log: () => undefined });
});
afterAll(() => emulator.close());

beforeEach(async () => {
  work = workDirectory();
  eventLog = path.join(work, 'events.jsonl');
  progress = [];
  deployment = await LocalDeployment.start({
    environment: { connectEndpoint: emulator.endpoint },
    stateDirectory: path.join(work, 'state'),
    onProgress: (event) => progress.push(event),
  });
});
afterEach(() => deployment.close());

test('a failed update rolls back: updates go back to the old properties, what the deploy created is deleted', async () => {
  await deployment.deploy(synthEchoApp(work, eventLog, {
    A: { properties: { Name: 'a', Value: 'one' } },
    B: { properties: { Name: 'b', Value: 'one' } },
  }));
  takeEvents(eventLog);
  const before = deployment.state('Echo');

  const failing = synthEchoApp(work, eventLog, {
    A: { properties: { Name: 'a', Value: 'two' } },
    C: { properties: { Name: 'c', Value: 'new' } },
    B: { properties: { Name: 'b', Value: 'two', FailOn: 'Update' }, dependsOn: ['A', 'C'] },
  });
  const error = await deployment.deploy(failing).catch((e) => e);

  expect(error).toBeInstanceOf(DeployFailedError);
  expect(error.message).toBe('Deploy of Echo failed and was rolled back: Update of B failed: asked to fail on Update');
  expect(error.rollbackErrors).toEqual([]);
  const events = takeEvents(eventLog);
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
  expect(deployment.state('Echo')).toEqual(before);
  expect(progress.filter((p) => p.status === 'UPDATE_FAILED')).toEqual([
    expect.objectContaining({ logicalId: 'B', reason: 'asked to fail on Update' }),
  ]);
  expect(progress.filter((p) => p.status === 'ROLLBACK_COMPLETE').map((p) => p.logicalId)).toEqual(['B', 'C', 'A']);
});

test('a rollback deletes a replacement\'s new physical id and keeps the old one', async () => {
  await deployment.deploy(synthEchoApp(work, eventLog, {
    A: { properties: { Name: 'a' } },
    B: { properties: { Name: 'b' } },
  }));
  takeEvents(eventLog);

  await expect(deployment.deploy(synthEchoApp(work, eventLog, {
    A: { properties: { Name: 'a2' } },
    B: { properties: { Name: 'b', FailOn: 'Update' }, dependsOn: ['A'] },
  }))).rejects.toThrow(DeployFailedError);

  expect(summarize(takeEvents(eventLog))).toEqual(['Update A echo-a', 'Update B echo-b', 'Update B echo-b', 'Delete A echo-a2']);
  expect(deployment.state('Echo')!.resources.A.physicalId).toBe('echo-a');
});

test.each(['RequestId', 'StackId', 'LogicalResourceId'])('a response whose %s is not the request\'s is refused, as CloudFormation would', async (key) => {
  const error = await deployment.deploy(synthEchoApp(work, eventLog, {
    A: { properties: { Name: 'a', ResponseOverrides: { [key]: 'someone-else' } } },
  })).catch((e) => e);

  expect(error).toBeInstanceOf(DeployFailedError);
  expect(error.message).toMatch(new RegExp(`Create of A failed: CloudFormation would reject the response: the response's ${key} `
    + 'must be the request\'s ".+", got: "someone-else"'));
  expect(deployment.state('Echo')).toBeUndefined();
});

test('a failed first deploy deletes everything it created, the failed Create included, and leaves no state', async () => {
  const error = await deployment.deploy(synthEchoApp(work, eventLog, {
    A: { properties: { Name: 'a' } },
    B: { properties: { Name: 'b', FailOn: 'Create' }, dependsOn: ['A'] },
  })).catch((e) => e);

  expect(error).toBeInstanceOf(DeployFailedError);
  expect(error.message).toContain('Create of B failed: asked to fail on Create');
  // CloudFormation sends a Delete with the physical id the FAILED response named.
  expect(summarize(takeEvents(eventLog))).toEqual(['Create A', 'Create B', 'Delete B echo-b', 'Delete A echo-a']);
  expect(deployment.state('Echo')).toBeUndefined();
});

test('a rollback step that fails is reported, and what it could not delete stays in the state for destroy', async () => {
  const error = await deployment.deploy(synthEchoApp(work, eventLog, {
    A: { properties: { Name: 'a', FailOn: 'Delete' } },
    B: { properties: { Name: 'b', FailOn: 'Create' }, dependsOn: ['A'] },
  })).catch((e) => e);

  expect(error).toBeInstanceOf(DeployFailedError);
  expect(error.message).toMatch(/rolled back with errors: Create of B failed[\s\S]*rollback: Delete of A failed: asked to fail on Delete/);
  expect(Object.entries(deployment.state('Echo')!.resources).map(([id, r]) => [id, r.physicalId])).toEqual([['A', 'echo-a']]);
  expect(progress.filter((p) => p.status === 'ROLLBACK_FAILED').map((p) => p.logicalId)).toEqual(['A']);
});
