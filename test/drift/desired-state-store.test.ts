import { DeleteTableCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { DriftHarness, TABLE } from './drift-harness';
import { decodeRecord } from '../../lambda/desired-state/record';
import { DesiredStateKey, ProviderEnv } from '../../src/private/contract';
import { pair } from '../handler/expectations';
import { STACK_ID } from '../handler/harness';

let d: DriftHarness;
beforeAll(async () => { d = await DriftHarness.start(); });
afterAll(async () => d.close());
beforeEach(async () => d.reset());
DriftHarness.silenceConsole();

async function record(logicalId: string) {
  const item = (await d.items()).find((i) => i[DesiredStateKey.SORT].S === logicalId);
  if (!item) return undefined;
  const decoded = decodeRecord(item);
  if (!('record' in decoded)) throw new Error(`unreadable: ${decoded.unreadable.reason}`);
  return decoded.record;
}

describe('the provider records the resolved desired state', () => {
  test('Create records queue ids (names resolved), policy, ids and instance, keyed by stack and logical id', async () => {
    const spec = d.spec({ QueueConfigs: [pair('Sales', 'VOICE', 2, 5)], Tags: { team: 'a' }, DriftPolicy: 'correct' });
    const { arn, id } = await d.deploy(spec, 'Support');
    expect(await record('Support')).toEqual({
      stackId: STACK_ID,
      logicalResourceId: 'Support',
      resourceType: 'Custom::ConnectRoutingProfile',
      physicalResourceId: arn,
      instanceArn: d.emulator.instanceArn,
      routingProfileId: id,
      routingProfileArn: arn,
      driftPolicy: 'correct',
      desired: expect.objectContaining({
        name: 'Support',
        defaultOutboundQueue: d.handlers.queue('BasicQueue').id,
        queueConfigs: [{ queue: d.handlers.queue('Sales').id, channel: 'VOICE', priority: 2, delaySeconds: 5 }],
        tags: { team: 'a' },
      }),
      recordedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
  });

  test('a spec without DriftPolicy (an older construct) records the default, report', async () => {
    const spec = d.spec();
    delete (spec as { DriftPolicy?: string }).DriftPolicy;
    await d.deploy(spec, 'Support');
    expect((await record('Support'))?.driftPolicy).toBe('report');
  });

  test('Update rewrites the record with the new desired state', async () => {
    const { arn } = await d.deploy(d.spec(), 'Support');
    const next = d.spec({ Description: 'Tier 2', DriftPolicy: 'ignore' });
    expect(await d.handlers.update(arn, next, d.spec(), { logicalId: 'Support' })).toMatchObject({ status: 'SUCCESS' });
    expect(await record('Support')).toMatchObject({ driftPolicy: 'ignore', desired: expect.objectContaining({ description: 'Tier 2' }) });
  });

  test.each(['destroy', 'retain'])('Delete (removal %s) removes the record', async (removal) => {
    const spec = d.spec({ RemovalPolicy: removal });
    const { arn } = await d.deploy(spec, 'Support');
    await d.deploy(d.spec({ Name: 'Other' }), 'Other');
    expect(await d.handlers.delete(arn, spec, { logicalId: 'Support' })).toMatchObject({ status: 'SUCCESS' });
    expect(await record('Support')).toBeUndefined();
    expect(await record('Other')).toBeDefined();
  });

  test('a replacement keeps the new record: the old physical id\'s Delete, sent after, leaves it', async () => {
    const old = await d.deploy(d.spec(), 'Support');
    const other = await d.emulator.control.seed({ instances: [{ alias: 'second' }] });
    const secondArn = other.instances![0].instanceArn;
    const moved = d.spec({ InstanceArn: secondArn, DefaultOutboundQueue: { Name: 'BasicQueue' } });
    const updated = await d.handlers.update(old.arn, moved, d.spec(), { logicalId: 'Support' });
    expect(updated).toMatchObject({ status: 'SUCCESS' });
    expect(updated.physicalResourceId).not.toBe(old.arn);
    expect(await d.handlers.delete(old.arn, d.spec(), { logicalId: 'Support' })).toMatchObject({ status: 'SUCCESS' });
    expect(await record('Support')).toMatchObject({ physicalResourceId: updated.physicalResourceId, instanceArn: secondArn });
  });

  test('a record that cannot be written fails the Create with a reason, reporting the new profile so the rollback removes it', async () => {
    await d.dynamodb.send(new DeleteTableCommand({ TableName: TABLE }));
    const result = await d.handlers.create(d.spec(), { logicalId: 'Support' });
    expect(result.status).toBe('FAILED');
    expect(result.physicalResourceId).toMatch(/routing-profile\//);
    expect(result.reason).toContain('is in its declared state in Connect, but recording that state for drift detection in DynamoDB table desired-state failed');
    expect(result.reason).toContain('ResourceNotFoundException');
    const profileId = result.physicalResourceId.split('/').pop()!;
    expect(await d.handlers.readProfile(profileId)).toBeDefined();
    // The rollback's Delete of that physical id removes the profile instead of orphaning it.
    await d.createTable();
    expect(await d.handlers.delete(result.physicalResourceId, d.spec(), { logicalId: 'Support' })).toMatchObject({ status: 'SUCCESS' });
    expect(await d.handlers.readProfile(profileId)).toBeUndefined();
  });

  test('with no table configured the provider records nothing and succeeds', async () => {
    const saved = process.env[ProviderEnv.DESIRED_STATE_TABLE];
    delete process.env[ProviderEnv.DESIRED_STATE_TABLE];
    try {
      await d.deploy(d.spec(), 'Support');
    } finally {
      process.env[ProviderEnv.DESIRED_STATE_TABLE] = saved;
    }
    expect(await d.items()).toEqual([]);
  });

  test('an unknown drift policy fails before any Connect call, naming the field and the value', async () => {
    const result = await d.handlers.create(d.spec({ DriftPolicy: 'sometimes' }), { logicalId: 'Support' });
    expect(result.status).toBe('FAILED');
    expect(result.reason).toContain('`driftPolicy` must be one of report, correct, ignore, got: "sometimes"');
    expect(await d.handlers.calls()).toEqual([]);
    expect(await d.items()).toEqual([]);
  });
});

describe('decodeRecord', () => {
  const valid = async () => {
    await d.deploy(d.spec(), 'Support');
    return (await d.items())[0];
  };

  test('reads a record as version 0.0.0 wrote it (version 1, older field names): in sync, no write', async () => {
    await d.deploy(d.spec({
      QueueConfigs: [pair('Sales', 'VOICE', 2, 5)],
      ManualAssignmentQueues: [{ Queue: { Name: 'Sales' }, Channel: 'CHAT' }],
    }), 'Support');
    const item = (await d.items())[0];
    const desired = JSON.parse(item.Desired.S);
    const { defaultOutboundQueue, queueConfigs, manualAssignmentQueueConfigs, ...rest } = desired;
    const v1 = {
      ...rest,
      defaultOutboundQueueId: defaultOutboundQueue,
      queueConfigs: queueConfigs.map(
        ({ queue, delaySeconds, ...config }: Record<string, unknown>) => ({ ...config, queueId: queue, delay: delaySeconds })),
      manualAssignmentQueues: manualAssignmentQueueConfigs.map(
        ({ queue, ...pairOf }: Record<string, unknown>) => ({ ...pairOf, queueId: queue })),
    };
    const written = { ...item, RecordVersion: { S: '1' }, Desired: { S: JSON.stringify(v1) } };
    expect(decodeRecord(written)).toEqual({ record: expect.objectContaining({ desired }) });
    await d.dynamodb.send(new PutItemCommand({ TableName: TABLE, Item: written }));
    const run = await d.run();
    expect(run.summary.outcomes).toEqual([expect.objectContaining({ logicalResourceId: 'Support', status: 'IN_SYNC' })]);
    expect(run.summary.connectWrites).toBe(0);
  });

  test.each([
    ['an unknown record version', { RecordVersion: { S: '9' } }, '`RecordVersion` must be "1" or "2", got: "9"'],
    ['a missing attribute', { InstanceArn: undefined }, '`InstanceArn` must be a non-empty string, got: none'],
    ['an unknown policy', { DriftPolicy: { S: 'maybe' } }, '`DriftPolicy` must be one of report, correct, ignore, got: "maybe"'],
    ['a desired state that is not JSON', { Desired: { S: '{oops' } }, '`Desired` must be JSON, got: "{oops"'],
  ])('reports %s, naming the attribute and the value', async (_name, change, reason) => {
    const item: Record<string, any> = { ...await valid(), ...change };
    for (const [k, v] of Object.entries(item)) if (v === undefined) delete item[k];
    const decoded = decodeRecord(item);
    expect(decoded).toEqual({ unreadable: expect.objectContaining({ logicalResourceId: 'Support', reason: expect.stringContaining(reason) }) });
    // And a record stored that way is reported by the run, not fatal to it.
    await d.dynamodb.send(new PutItemCommand({ TableName: TABLE, Item: item }));
    const run = await d.run();
    expect(run.summary.outcomes).toEqual([expect.objectContaining({ logicalResourceId: 'Support', status: 'UNREADABLE_RECORD' })]);
  });
});
