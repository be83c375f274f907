import { DeleteRoutingProfileCommand, UpdateRoutingProfileQueuesCommand } from '@aws-sdk/client-connect';
import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { DriftHarness, stackMetrics, TABLE } from './drift-harness';
import { encodeRecord } from '../../lambda/desired-state/record';
import { DriftEventType, RoutingProfileSpec } from '../../src/private/contract';
import { pair } from '../handler/expectations';
import { STACK_ID } from '../handler/harness';

let d: DriftHarness;
beforeAll(async () => { d = await DriftHarness.start(); });
afterAll(async () => d.close());
beforeEach(async () => d.reset());
DriftHarness.silenceConsole();

const spec = (name: string, policy = 'correct'): RoutingProfileSpec => d.spec({ Name: name, QueueConfigs: [pair('Sales', 'VOICE', 1, 0)], DriftPolicy: policy });

const raisePriority = (id: string) => d.handlers.connect.send(new UpdateRoutingProfileQueuesCommand({
  InstanceId: d.emulator.instanceId,
  RoutingProfileId: id,
  QueueConfigs: [{ QueueReference: { QueueId: d.handlers.queue('Sales').id, Channel: 'VOICE' }, Priority: 50, Delay: 0 }],
}));

test('a profile deleted out of band is reported, never recreated, even under correct; the others are still checked', async () => {
  const gone = await d.deploy(spec('Gone'), 'Gone');
  const kept = await d.deploy(spec('Kept'), 'Kept');
  await d.handlers.connect.send(new DeleteRoutingProfileCommand({ InstanceId: d.emulator.instanceId, RoutingProfileId: gone.id }));
  await raisePriority(kept.id);

  const run = await d.run();

  expect(await d.handlers.profileNames()).not.toContain('Gone');
  expect((await d.handlers.calls()).filter((c) => c.operation === 'CreateRoutingProfile')).toHaveLength(2);
  const deleted = run.events.find((e) => e.detail.logicalResourceId === 'Gone')!;
  expect(deleted['detail-type']).toBe(DriftEventType.DETECTED);
  expect(deleted.detail).toMatchObject({
    status: 'DELETED_OUT_OF_BAND',
    differences: [{ field: 'routingProfile', expected: gone.arn, actual: null }],
    reason: expect.stringContaining('never recreates'),
  });
  expect(run.events.find((e) => e.detail.logicalResourceId === 'Kept')!.detail).toMatchObject({ status: 'CORRECTED' });
  expect(stackMetrics(run)).toMatchObject({ DriftedProfiles: 2, CorrectedProfiles: 1, UncheckedProfiles: 0 });
  // The deleted profile cost no per-profile read: the instance listing already said it was gone.
  expect((await d.handlers.calls()).filter((c) => c.operation === 'DescribeRoutingProfile'
    && (c.input as { RoutingProfileId: string }).RoutingProfileId === gone.id)).toEqual([]);
});

test('a profile removed from the stack is forgotten: its Delete removes the record, and no run brings it back', async () => {
  const retained = d.spec({ Name: 'Retained', RemovalPolicy: 'retain', DriftPolicy: 'correct' });
  const profile = await d.deploy(retained, 'Retained');
  expect(await d.handlers.delete(profile.arn, retained, { logicalId: 'Retained' })).toMatchObject({ status: 'SUCCESS' });
  await raisePriority(profile.id).catch(() => undefined);
  const destroyed = await d.deploy(spec('Destroyed'), 'Destroyed');
  expect(await d.handlers.delete(destroyed.arn, spec('Destroyed'), { logicalId: 'Destroyed' })).toMatchObject({ status: 'SUCCESS' });
  await d.emulator.control.clearCalls();

  const run = await d.run();

  expect(run.summary.outcomes).toEqual([]);
  expect(run.events).toEqual([]);
  expect(await d.handlers.calls()).toEqual([]);
  expect(await d.handlers.profileNames()).not.toContain('Destroyed');
});

test('a profile whose instance is gone, and an unreadable record, are reported; the rest are still checked', async () => {
  const good = await d.deploy(spec('Good'), 'Good');
  await raisePriority(good.id);
  const orphanInstance = 'arn:aws:connect:us-east-1:123456789012:instance/00000000-dead-4000-8000-000000000000';
  await d.dynamodb.send(new PutItemCommand({
    TableName: TABLE,
    Item: encodeRecord({
      stackId: STACK_ID,
      logicalResourceId: 'Orphan',
      resourceType: 'Custom::ConnectRoutingProfile',
      physicalResourceId: `${orphanInstance}/routing-profile/p1`,
      instanceArn: orphanInstance,
      routingProfileId: 'p1',
      routingProfileArn: `${orphanInstance}/routing-profile/p1`,
      driftPolicy: 'correct',
      desired: { name: 'Orphan', description: 'd', defaultOutboundQueue: 'q', mediaConcurrencies: [{ channel: 'VOICE', concurrency: 1 }] },
      recordedAt: '2026-01-01T00:00:00Z',
    }),
  }));
  await d.dynamodb.send(new PutItemCommand({
    TableName: TABLE,
    Item: { StackId: { S: STACK_ID }, LogicalResourceId: { S: 'Garbled' }, RecordVersion: { S: '1' } },
  }));

  const run = await d.run();

  const byId = Object.fromEntries(run.summary.outcomes.map((o) => [o.logicalResourceId, o]));
  expect(byId.Good).toMatchObject({ status: 'CORRECTED' });
  expect(byId.Orphan).toMatchObject({ status: 'INSTANCE_NOT_FOUND', reason: expect.stringContaining(`Connect instance ${orphanInstance} was not found`) });
  expect(byId.Garbled).toMatchObject({ status: 'UNREADABLE_RECORD', reason: expect.stringContaining('must be a non-empty string') });
  const failed = run.events.filter((e) => e['detail-type'] === DriftEventType.CHECK_FAILED).map((e) => e.detail.logicalResourceId).sort();
  expect(failed).toEqual(['Garbled', 'Orphan']);
  expect(stackMetrics(run)).toMatchObject({ DriftedProfiles: 1, CorrectedProfiles: 1, UncheckedProfiles: 2 });
});

describe('resources that each need a Describe (no sweep): a profile Describe does not find is told apart from a missing instance', () => {
  const timed = (name: string) => d.spec({ Name: name, AgentAvailabilityTimer: 'TIME_SINCE_LAST_ACTIVITY', DriftPolicy: 'report' });

  test('a deleted profile: one SearchRoutingProfiles of one result says the instance is there', async () => {
    const gone = await d.deploy(timed('Gone'), 'Gone');
    await d.deploy(timed('Kept'), 'Kept');
    await d.handlers.connect.send(new DeleteRoutingProfileCommand({ InstanceId: d.emulator.instanceId, RoutingProfileId: gone.id }));
    await d.emulator.control.clearCalls();

    const run = await d.run();

    expect(Object.fromEntries(run.summary.outcomes.map((o) => [o.logicalResourceId, o.status]))).toEqual({ Gone: 'DELETED_OUT_OF_BAND', Kept: 'IN_SYNC' });
    const calls = (await d.handlers.calls()).filter((c) => c.operation !== 'PutEvents');
    expect(calls.map((c) => c.operation)).toEqual(['DescribeRoutingProfile', 'SearchRoutingProfiles', 'DescribeRoutingProfile']);
    expect(calls[1].input).toMatchObject({ MaxResults: 1 });
  });

  test('a deleted instance: each of its resources is INSTANCE_NOT_FOUND after one Describe and one SearchRoutingProfiles', async () => {
    const orphanInstance = 'arn:aws:connect:us-east-1:123456789012:instance/00000000-dead-4000-8000-000000000000';
    for (const [logicalResourceId, id] of [['X', 'p1'], ['Y', 'p2']]) {
      await d.dynamodb.send(new PutItemCommand({
        TableName: TABLE,
        Item: encodeRecord({
          stackId: STACK_ID,
          logicalResourceId,
          resourceType: 'Custom::ConnectRoutingProfile',
          physicalResourceId: `${orphanInstance}/routing-profile/${id}`,
          instanceArn: orphanInstance,
          routingProfileId: id,
          routingProfileArn: `${orphanInstance}/routing-profile/${id}`,
          driftPolicy: 'report',
          desired: {
            name: logicalResourceId,
            description: 'd',
            defaultOutboundQueue: 'q',
            mediaConcurrencies: [{ channel: 'VOICE', concurrency: 1 }],
            agentAvailabilityTimer: 'TIME_SINCE_LAST_ACTIVITY',
          },
          recordedAt: '2026-01-01T00:00:00Z',
        }),
      }));
    }

    const run = await d.run();

    expect(run.summary.outcomes.map((o) => [o.logicalResourceId, o.status])).toEqual([['X', 'INSTANCE_NOT_FOUND'], ['Y', 'INSTANCE_NOT_FOUND']]);
    expect((await d.handlers.calls()).filter((c) => c.operation !== 'PutEvents').map((c) => c.operation))
      .toEqual(['DescribeRoutingProfile', 'SearchRoutingProfiles']);
  });
});

test('throttling and server faults mid-run are retried within the time budget: every profile is corrected', async () => {
  const profiles = [];
  for (const name of ['A', 'B', 'C']) profiles.push(await d.deploy(spec(name), name));
  for (const p of profiles) await raisePriority(p.id);
  await d.emulator.control.injectFault({ operation: 'UpdateRoutingProfileQueues', count: 2, error: { code: 'InternalServiceException' } });
  await d.emulator.control.injectFault({ operation: 'SearchRoutingProfiles', count: 2, error: { code: 'ThrottlingException' } });

  const run = await d.run();

  expect(Object.fromEntries(run.summary.outcomes.map((o) => [o.logicalResourceId, o.status]))).toEqual({ A: 'CORRECTED', B: 'CORRECTED', C: 'CORRECTED' });
  expect(run.summary.connectWrites).toBe(3);
});

test('a non-retryable failure on one profile leaves it CHECK_FAILED, the others corrected; the next run corrects it', async () => {
  const profiles = [];
  for (const name of ['A', 'B', 'C']) profiles.push(await d.deploy(spec(name), name));
  for (const p of profiles) await raisePriority(p.id);
  // The second ListRoutingProfileQueues of the run (B's) is denied.
  await d.emulator.control.injectFault({ operation: 'ListRoutingProfileQueues', count: 1, delayMs: 0 });
  await d.emulator.control.injectFault({ operation: 'ListRoutingProfileQueues', count: 1, error: { code: 'AccessDeniedException', message: 'denied', status: 403 } });

  const first = await d.run();
  const statuses = Object.fromEntries(first.summary.outcomes.map((o) => [o.logicalResourceId, o.status]));
  expect(statuses).toEqual({ A: 'CORRECTED', B: 'CHECK_FAILED', C: 'CORRECTED' });
  expect(first.summary.outcomes.find((o) => o.logicalResourceId === 'B')!.reason).toBe('Connect ListRoutingProfileQueues failed: AccessDeniedException: denied');
  expect(stackMetrics(first)).toMatchObject({ UncheckedProfiles: 1, CorrectedProfiles: 2 });

  const next = await d.run();
  expect(Object.fromEntries(next.summary.outcomes.map((o) => [o.logicalResourceId, o.status]))).toEqual({ A: 'IN_SYNC', B: 'CORRECTED', C: 'IN_SYNC' });
});

test('a run out of time reports the profiles left as not checked instead of overrunning', async () => {
  for (const name of ['A', 'B']) await d.deploy(spec(name), name);
  await d.emulator.control.clearCalls();
  // 20 s of Lambda time is all the reconciler keeps back to report: no call may start.
  const run = await d.run({ remainingMs: 20_000 });
  expect(run.summary.outcomes.map((o) => o.status)).toEqual(['NOT_CHECKED', 'NOT_CHECKED']);
  expect(stackMetrics(run)).toMatchObject({ UncheckedProfiles: 2 });
  expect((await d.handlers.calls()).map((c) => c.operation)).toEqual(['PutEvents']);
});

test('events that EventBridge refuses are counted and logged; the run still succeeds with its metrics out', async () => {
  const p = await d.deploy(spec('A', 'report'), 'A');
  await raisePriority(p.id);
  // More failures than the client's 5 attempts.
  await d.emulator.control.injectFault({ operation: 'PutEvents', count: 5, error: { code: 'InternalException', status: 500 } });

  const run = await d.run();

  expect(run.summary.events).toEqual({ putEventsCalls: 1, sent: 0, failed: 1 });
  expect(run.logLines.find((l) => l.event === 'PutEvents failed')).toMatchObject({ entries: 1, error: expect.stringContaining('InternalException') });
  expect(stackMetrics(run)).toMatchObject({ DriftedProfiles: 1 });
});
