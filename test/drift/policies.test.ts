import {
  DisassociateRoutingProfileQueuesCommand,
  TagResourceCommand,
  UpdateRoutingProfileConcurrencyCommand,
  UpdateRoutingProfileNameCommand,
  UpdateRoutingProfileQueuesCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-connect';
import { DriftHarness, resourceMetrics, STACK_NAME, stackMetrics } from './drift-harness';
import { DRIFT_METRIC_NAMESPACE, DriftEventType, RoutingProfileSpec } from '../../src/private/contract';
import { assertNoKeptPairDropped, historyMark, pair } from '../handler/expectations';
import { WRITE_OPERATIONS } from '../handler/harness';

let d: DriftHarness;
beforeAll(async () => { d = await DriftHarness.start(); });
afterAll(async () => d.close());
beforeEach(async () => d.reset());
DriftHarness.silenceConsole();

function spec(policy: string): RoutingProfileSpec {
  return d.spec({
    Name: 'Support',
    MediaConcurrencies: [
      { Channel: 'VOICE', Concurrency: '1' },
      { Channel: 'CHAT', Concurrency: '2', CrossChannelBehavior: 'ROUTE_CURRENT_CHANNEL_ONLY' },
    ],
    QueueConfigs: [pair('Sales', 'VOICE', 1, 0), pair('Support', 'CHAT', 2, 10), pair('Billing', 'VOICE', 3, 0)],
    ManualAssignmentQueues: [{ Queue: { Name: 'Callbacks' }, Channel: 'CHAT' }],
    AgentAvailabilityTimer: 'TIME_SINCE_LAST_ACTIVITY',
    Tags: { team: 'support' },
    DriftPolicy: policy,
  });
}

type Profile = { arn: string; id: string };

/** A supervisor's console edits, one per kind, each with the field the event must name and its values. */
interface ConsoleEdit {
  readonly kind: string;
  readonly edit: (p: Profile) => Promise<unknown>;
  readonly difference: (p: Profile) => { field: string; expected: unknown; actual: unknown };
}
const EDITS: ConsoleEdit[] = [
  {
    kind: 'a queue removed',
    edit: (p) => d.handlers.connect.send(new DisassociateRoutingProfileQueuesCommand({
      InstanceId: d.emulator.instanceId, RoutingProfileId: p.id, QueueReferences: [{ QueueId: q('Billing'), Channel: 'VOICE' }],
    })),
    difference: () => ({ field: `queueConfigs[${q('Billing')}/VOICE]`, expected: { priority: 3, delay: 0 }, actual: null }),
  },
  {
    kind: 'a priority changed',
    edit: (p) => d.handlers.connect.send(new UpdateRoutingProfileQueuesCommand({
      InstanceId: d.emulator.instanceId,
      RoutingProfileId: p.id,
      QueueConfigs: [{ QueueReference: { QueueId: q('Sales'), Channel: 'VOICE' }, Priority: 9, Delay: 0 }],
    })),
    difference: () => ({ field: `queueConfigs[${q('Sales')}/VOICE].priority`, expected: 1, actual: 9 }),
  },
  {
    kind: 'concurrency raised',
    edit: (p) => d.handlers.connect.send(new UpdateRoutingProfileConcurrencyCommand({
      InstanceId: d.emulator.instanceId,
      RoutingProfileId: p.id,
      MediaConcurrencies: [
        { Channel: 'VOICE', Concurrency: 1 },
        { Channel: 'CHAT', Concurrency: 5, CrossChannelBehavior: { BehaviorType: 'ROUTE_CURRENT_CHANNEL_ONLY' } },
      ],
    })),
    difference: () => ({ field: 'mediaConcurrencies[CHAT].concurrency', expected: 2, actual: 5 }),
  },
  {
    kind: 'the name changed',
    edit: (p) => d.handlers.connect.send(new UpdateRoutingProfileNameCommand({ InstanceId: d.emulator.instanceId, RoutingProfileId: p.id, Name: 'Support (temp)' })),
    difference: () => ({ field: 'name', expected: 'Support', actual: 'Support (temp)' }),
  },
  {
    kind: 'a tag removed',
    edit: (p) => d.handlers.connect.send(new UntagResourceCommand({ resourceArn: p.arn, tagKeys: ['team'] })),
    difference: () => ({ field: 'tags.team', expected: 'support', actual: null }),
  },
  {
    kind: 'a manual-assignment queue removed',
    edit: (p) => d.handlers.connect.send(new DisassociateRoutingProfileQueuesCommand({
      InstanceId: d.emulator.instanceId, RoutingProfileId: p.id, ManualAssignmentQueueReferences: [{ QueueId: q('Callbacks'), Channel: 'CHAT' }],
    })),
    difference: () => ({ field: `manualAssignmentQueueConfigs[${q('Callbacks')}/CHAT]`, expected: 'associated', actual: null }),
  },
];

function q(name: string): string {
  return d.handlers.queue(name).id;
}

async function connectCallsSince(seq: number) {
  return (await d.handlers.calls()).filter((c) => c.seq > seq && c.operation !== 'PutEvents');
}

async function lastSeq(): Promise<number> {
  const calls = await d.handlers.calls();
  return calls.length === 0 ? 0 : calls[calls.length - 1].seq;
}

describe('policy report', () => {
  test.each(EDITS.map((e) => [e.kind, e] as const))('%s: reported field by field in one event and a metric; live untouched', async (_kind, e) => {
    const profile = await d.deploy(spec('report'), 'Support');
    await e.edit(profile);
    const edited = await d.handlers.readProfile(profile.id);
    const seq = await lastSeq();

    const run = await d.run();

    expect(run.events).toHaveLength(1);
    expect(run.events[0]).toMatchObject({
      'source': 'cdk-connect-routing',
      'detail-type': DriftEventType.DETECTED,
      'resources': [profile.arn],
      'detail': {
        stackName: STACK_NAME,
        logicalResourceId: 'Support',
        routingProfileArn: profile.arn,
        driftPolicy: 'report',
        status: 'DRIFTED',
        differenceCount: 1,
        differences: [e.difference(profile)],
      },
    });
    expect(await d.handlers.readProfile(profile.id)).toEqual(edited);
    expect((await connectCallsSince(seq)).filter((c) => WRITE_OPERATIONS.has(c.operation))).toEqual([]);
    expect(stackMetrics(run)).toMatchObject({
      StackName: STACK_NAME, DriftedProfiles: 1, DriftedFields: 1, CorrectedProfiles: 0, UncheckedProfiles: 0,
    });
    expect(resourceMetrics(run, 'Support')).toMatchObject({ DriftedFields: 1, status: 'DRIFTED' });
  });

  test('a profile in sync gives zero metrics, a per-profile zero, and no event', async () => {
    await d.deploy(spec('report'), 'Support');
    const run = await d.run();
    expect(run.events).toEqual([]);
    const metrics = stackMetrics(run);
    expect(metrics._aws.CloudWatchMetrics[0]).toMatchObject({ Namespace: DRIFT_METRIC_NAMESPACE, Dimensions: [['StackName']] });
    expect(metrics).toMatchObject({ DriftedProfiles: 0, DriftedFields: 0, CorrectedProfiles: 0, UncheckedProfiles: 0 });
    expect(resourceMetrics(run, 'Support')).toMatchObject({
      _aws: { CloudWatchMetrics: [{ Dimensions: [['StackName', 'LogicalResourceId']], Metrics: [{ Name: 'DriftedFields', Unit: 'Count' }] }] },
      DriftedFields: 0,
    });
    expect(typeof metrics._aws.Timestamp).toBe('number');
  });
});

describe('policy correct', () => {
  test('every kind of edit at once is reverted with the deploy\'s minimal plan, no kept queue ever absent, then reported', async () => {
    const profile = await d.deploy(spec('correct'), 'Support');
    const deployed = await d.handlers.readProfile(profile.id);
    for (const e of EDITS) await e.edit(profile);
    await d.handlers.connect.send(new TagResourceCommand({ resourceArn: profile.arn, tags: { added: 'in-console' } }));
    const mark = await historyMark(d.handlers, profile.id);
    const seq = await lastSeq();

    const run = await d.run();

    expect(await d.handlers.readProfile(profile.id)).toEqual(deployed);
    await assertNoKeptPairDropped(d.handlers, profile.id, mark);
    const writes = (await connectCallsSince(seq)).filter((c) => WRITE_OPERATIONS.has(c.operation)).map((c) => c.operation);
    // One call per differing kind; the priority change is an update in place, never disassociate + associate.
    expect(writes).toEqual([
      'UpdateRoutingProfileName',
      'UpdateRoutingProfileConcurrency',
      'AssociateRoutingProfileQueues',
      'UpdateRoutingProfileQueues',
      'UntagResource',
      'TagResource',
    ]);
    expect(run.events).toHaveLength(1);
    expect(run.events[0]['detail-type']).toBe(DriftEventType.CORRECTED);
    expect(run.events[0].detail).toMatchObject({ status: 'CORRECTED', differenceCount: EDITS.length + 1, corrections: writes });
    expect(stackMetrics(run)).toMatchObject({ DriftedProfiles: 1, DriftedFields: EDITS.length + 1, CorrectedProfiles: 1 });

    // The next run finds nothing.
    const again = await d.run();
    expect(again.events).toEqual([]);
    expect(stackMetrics(again)).toMatchObject({ DriftedProfiles: 0, DriftedFields: 0 });
  });

  test('a correction that fails part-way is reported with the call and the error; the next run finishes it', async () => {
    const profile = await d.deploy(spec('correct'), 'Support');
    const deployed = await d.handlers.readProfile(profile.id);
    await EDITS[0].edit(profile);
    await EDITS[2].edit(profile);
    await d.emulator.control.injectFault({ operation: 'AssociateRoutingProfileQueues', error: { code: 'InvalidParameterException', message: 'injected' } });

    const failed = await d.run();
    expect(failed.events[0]).toMatchObject({
      'detail-type': DriftEventType.DETECTED,
      'detail': {
        status: 'CORRECTION_FAILED',
        corrections: ['UpdateRoutingProfileConcurrency'],
        reason: 'Connect AssociateRoutingProfileQueues failed: InvalidParameterException: injected',
      },
    });
    expect(stackMetrics(failed)).toMatchObject({ DriftedProfiles: 1, CorrectedProfiles: 0 });

    const next = await d.run();
    expect(next.events[0].detail).toMatchObject({ status: 'CORRECTED', corrections: ['AssociateRoutingProfileQueues'] });
    expect(await d.handlers.readProfile(profile.id)).toEqual(deployed);
  });
});

describe('policy ignore', () => {
  test('an edited profile is left alone: no Connect call, no event, no per-profile metric', async () => {
    const profile = await d.deploy(spec('ignore'), 'Support');
    for (const e of EDITS) await e.edit(profile);
    const edited = await d.handlers.readProfile(profile.id);
    const seq = await lastSeq();

    const run = await d.run();

    expect(await connectCallsSince(seq)).toEqual([]);
    expect(run.events).toEqual([]);
    expect(await d.handlers.readProfile(profile.id)).toEqual(edited);
    expect(stackMetrics(run)).toMatchObject({ DriftedProfiles: 0, UncheckedProfiles: 0 });
    expect(resourceMetrics(run, 'Support')).toBeUndefined();
    expect(run.summary.outcomes).toEqual([expect.objectContaining({ logicalResourceId: 'Support', status: 'IGNORED' })]);
  });
});

test('changing the policy is an Update that records the new policy: report, then correct', async () => {
  const profile = await d.deploy(spec('report'), 'Support');
  await EDITS[1].edit(profile);
  expect((await d.run()).events[0].detail).toMatchObject({ status: 'DRIFTED' });
  expect(await d.handlers.update(profile.arn, spec('correct'), spec('report'), { logicalId: 'Support' })).toMatchObject({ status: 'SUCCESS' });
  // The Update itself reconciled (a deploy always does); edit again for the reconciler to find.
  await EDITS[1].edit(profile);
  expect((await d.run()).events[0].detail).toMatchObject({ status: 'CORRECTED', driftPolicy: 'correct' });
});
