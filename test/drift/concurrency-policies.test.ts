import { DescribeRoutingProfileCommand, UpdateRoutingProfileConcurrencyCommand } from '@aws-sdk/client-connect';
import { DriftHarness, resourceMetrics, STACK_NAME, stackMetrics } from './drift-harness';
import { DriftEventType, ROUTING_PROFILE_CONCURRENCY_RESOURCE_TYPE, RoutingProfileConcurrencySpec } from '../../src/private/contract';
import { ConcurrencyEvents, entry } from '../handler/concurrency-harness';

// A RoutingProfileConcurrency on the instance's default profile, checked by the real reconciler against the
// emulator, its record in dynalite: the declared channels only, reported, corrected with one call, or ignored.

let d: DriftHarness;
let c: ConcurrencyEvents;
beforeAll(async () => {
  d = await DriftHarness.start();
  c = new ConcurrencyEvents(d.handlers);
});
afterAll(async () => d.close());
beforeEach(async () => d.reset());
DriftHarness.silenceConsole();

const RCO = 'ROUTE_CURRENT_CHANNEL_ONLY';
const ANY = 'ROUTE_ANY_CHANNEL';
const LOGICAL_ID = 'BasicConcurrency';

/** CHAT 5, routed to any channel; TASK 2 (its behaviour not managed). VOICE is left to whoever owns the profile. */
function spec(policy: string): RoutingProfileConcurrencySpec {
  return c.spec({ MediaConcurrencies: [entry('CHAT', 5, ANY), entry('TASK', 2)], DriftPolicy: policy });
}

async function deploy(policy: string): Promise<string> {
  const created = await c.create(spec(policy), LOGICAL_ID);
  if (created.status !== 'SUCCESS') throw new Error(`create failed: ${created.reason}`);
  return created.physicalResourceId;
}

/** The supervisor's console edit: chat down to 2 and back to its own channel; VOICE and TASK as deployed. */
const CHAT_EDITED = [
  { channel: 'VOICE', concurrency: 1, crossChannelBehavior: RCO },
  { channel: 'CHAT', concurrency: 2, crossChannelBehavior: RCO },
  { channel: 'TASK', concurrency: 2, crossChannelBehavior: RCO },
];
const DEPLOYED = [
  { channel: 'VOICE', concurrency: 1, crossChannelBehavior: RCO },
  { channel: 'CHAT', concurrency: 5, crossChannelBehavior: ANY },
  { channel: 'TASK', concurrency: 2, crossChannelBehavior: RCO },
];

async function connectWrites(): Promise<string[]> {
  return (await d.handlers.successfulWrites()).map((call) => call.operation);
}

test('Create records the declared channels, resolved profile and policy; Update rewrites the record with the new policy', async () => {
  const physicalId = await deploy('report');
  const [item] = await d.items();
  expect(item).toMatchObject({
    LogicalResourceId: { S: LOGICAL_ID },
    ResourceType: { S: ROUTING_PROFILE_CONCURRENCY_RESOURCE_TYPE },
    PhysicalResourceId: { S: physicalId },
    InstanceArn: { S: d.emulator.instanceArn },
    RoutingProfileId: { S: d.handlers.defaultProfile.id },
    RoutingProfileArn: { S: d.handlers.defaultProfile.arn },
    DriftPolicy: { S: 'report' },
  });
  expect(JSON.parse(item.Desired.S)).toEqual({
    mediaConcurrencies: [{ channel: 'CHAT', concurrency: 5, crossChannelBehavior: ANY }, { channel: 'TASK', concurrency: 2 }],
  });

  expect(await c.update(physicalId, spec('correct'), spec('report'), LOGICAL_ID)).toMatchObject({ status: 'SUCCESS', physicalResourceId: physicalId });
  const items = await d.items();
  expect(items).toHaveLength(1);
  expect(items[0].DriftPolicy).toEqual({ S: 'correct' });
});

test('an invalid drift policy fails the Create naming the field and the value, with nothing changed or recorded', async () => {
  const result = await c.create(c.spec({ DriftPolicy: 'fix' }), LOGICAL_ID);
  expect(result).toMatchObject({ status: 'FAILED', reason: expect.stringContaining('`driftPolicy` must be one of report, correct, ignore, got: "fix"') });
  expect(await connectWrites()).toEqual([]);
  expect(await d.items()).toEqual([]);
});

describe('policy report', () => {
  test('a console edit of a declared channel is reported field by field in one event and a metric; live untouched', async () => {
    await deploy('report');
    await c.consoleSetConcurrency(CHAT_EDITED);

    const run = await d.run();

    expect(run.events).toHaveLength(1);
    expect(run.events[0]).toMatchObject({
      'source': 'cdk-connect-routing',
      'detail-type': DriftEventType.DETECTED,
      'resources': [d.handlers.defaultProfile.arn],
      'detail': {
        stackName: STACK_NAME,
        logicalResourceId: LOGICAL_ID,
        resourceType: ROUTING_PROFILE_CONCURRENCY_RESOURCE_TYPE,
        routingProfileArn: d.handlers.defaultProfile.arn,
        driftPolicy: 'report',
        status: 'DRIFTED',
        differenceCount: 2,
        differences: [
          { field: 'mediaConcurrencies[CHAT].concurrency', expected: 5, actual: 2 },
          { field: 'mediaConcurrencies[CHAT].crossChannelBehavior', expected: ANY, actual: RCO },
        ],
      },
    });
    expect(await c.concurrencies()).toEqual(CHAT_EDITED);
    expect(await connectWrites()).toEqual([]);
    expect(stackMetrics(run)).toMatchObject({ DriftedProfiles: 1, DriftedFields: 2, CorrectedProfiles: 0, UncheckedProfiles: 0 });
    expect(resourceMetrics(run, LOGICAL_ID)).toMatchObject({ DriftedFields: 2, status: 'DRIFTED' });
  });

  test('a declared channel removed in the console is reported with its declared value and a null', async () => {
    await deploy('report');
    await c.consoleSetConcurrency([DEPLOYED[0], DEPLOYED[1]]);
    const run = await d.run();
    expect(run.events[0].detail.differences).toEqual([{ field: 'mediaConcurrencies[TASK]', expected: { concurrency: 2 }, actual: null }]);
  });

  test('edits the stack does not declare are not drift: an undeclared channel, or the behaviour of TASK', async () => {
    await deploy('report');
    await c.consoleSetConcurrency([
      DEPLOYED[1],
      { channel: 'TASK', concurrency: 2, crossChannelBehavior: ANY },
      { channel: 'EMAIL', concurrency: 3 },
    ]);
    const run = await d.run();
    expect(run.events).toEqual([]);
    expect(run.summary.outcomes).toEqual([expect.objectContaining({ logicalResourceId: LOGICAL_ID, status: 'IN_SYNC', differences: [] })]);
    expect(resourceMetrics(run, LOGICAL_ID)).toMatchObject({ DriftedFields: 0, status: 'IN_SYNC' });
  });
});

describe('policy correct', () => {
  test('reverted with exactly one UpdateRoutingProfileConcurrency; undeclared channels and workload types kept; the next run finds nothing', async () => {
    await deploy('correct');
    // The edit, plus what the stack does not own: VOICE left as is, EMAIL configured per workload type.
    await d.handlers.connect.send(new UpdateRoutingProfileConcurrencyCommand({
      InstanceId: d.emulator.instanceId,
      RoutingProfileId: d.handlers.defaultProfile.id,
      MediaConcurrencies: [
        { Channel: 'VOICE', Concurrency: 1, CrossChannelBehavior: { BehaviorType: RCO } },
        { Channel: 'CHAT', Concurrency: 2, CrossChannelBehavior: { BehaviorType: RCO } },
        { Channel: 'TASK', Concurrency: 2, CrossChannelBehavior: { BehaviorType: RCO } },
        {
          Channel: 'EMAIL',
          WorkloadTypeConcurrencies: [{
            WorkloadType: 'BILLING', Concurrency: 3, CrossChannelWorkloadBehavior: { ChannelWorkloadBehaviorType: 'ROUTE_CURRENT_CHANNEL_ANY_WORKLOADTYPE_ONLY' },
          }],
        },
      ],
    }));
    const describe = async () => (await d.handlers.connect.send(new DescribeRoutingProfileCommand({
      InstanceId: d.emulator.instanceId, RoutingProfileId: d.handlers.defaultProfile.id,
    }))).RoutingProfile!.MediaConcurrencies;
    const email = (await describe())!.find((m) => m.Channel === 'EMAIL');
    await d.emulator.control.clearCalls();

    const run = await d.run();

    expect(await connectWrites()).toEqual(['UpdateRoutingProfileConcurrency']);
    expect(run.summary.connectWrites).toBe(1);
    const live = await describe();
    expect(live!.map((m) => [m.Channel, m.Concurrency, m.CrossChannelBehavior?.BehaviorType])).toEqual([
      ['VOICE', 1, RCO], ['CHAT', 5, ANY], ['TASK', 2, RCO], ['EMAIL', undefined, undefined],
    ]);
    expect(live!.find((m) => m.Channel === 'EMAIL')).toEqual(email);
    expect(run.events).toHaveLength(1);
    expect(run.events[0]).toMatchObject({
      'detail-type': DriftEventType.CORRECTED,
      'detail': { status: 'CORRECTED', differenceCount: 2, corrections: ['UpdateRoutingProfileConcurrency'], driftPolicy: 'correct' },
    });
    expect(stackMetrics(run)).toMatchObject({ DriftedProfiles: 1, DriftedFields: 2, CorrectedProfiles: 1 });

    await d.emulator.control.clearCalls();
    const again = await d.run();
    expect(again.events).toEqual([]);
    expect(await connectWrites()).toEqual([]);
    expect(stackMetrics(again)).toMatchObject({ DriftedProfiles: 0, DriftedFields: 0 });
  });

  test('a declared channel removed in the console is added back, the others sent back as found', async () => {
    await deploy('correct');
    await c.consoleSetConcurrency([DEPLOYED[0], DEPLOYED[2]]);
    const run = await d.run();
    expect(run.summary.outcomes).toEqual([expect.objectContaining({ status: 'CORRECTED', corrections: ['UpdateRoutingProfileConcurrency'] })]);
    expect(await c.concurrencies()).toEqual([DEPLOYED[0], DEPLOYED[2], DEPLOYED[1]]);
  });

  test('a correction Connect refuses is reported with the call and the error; the next run corrects it', async () => {
    await deploy('correct');
    await c.consoleSetConcurrency(CHAT_EDITED);
    await d.emulator.control.injectFault({ operation: 'UpdateRoutingProfileConcurrency', error: { code: 'InvalidParameterException', message: 'injected' } });

    const failed = await d.run();
    expect(failed.events[0]).toMatchObject({
      'detail-type': DriftEventType.DETECTED,
      'detail': {
        status: 'CORRECTION_FAILED',
        corrections: [],
        differenceCount: 2,
        reason: 'Connect UpdateRoutingProfileConcurrency failed: InvalidParameterException: injected',
      },
    });
    expect(await c.concurrencies()).toEqual(CHAT_EDITED);

    const next = await d.run();
    expect(next.events[0].detail).toMatchObject({ status: 'CORRECTED' });
    expect(await c.concurrencies()).toEqual(DEPLOYED);
  });
});

describe('policy ignore', () => {
  test('an edited concurrency is left alone: no Connect call, no event, no per-resource metric', async () => {
    await deploy('ignore');
    await c.consoleSetConcurrency(CHAT_EDITED);

    const run = await d.run();

    expect((await d.handlers.calls()).filter((call) => call.operation !== 'PutEvents')).toEqual([]);
    expect(run.events).toEqual([]);
    expect(await c.concurrencies()).toEqual(CHAT_EDITED);
    expect(resourceMetrics(run, LOGICAL_ID)).toBeUndefined();
    expect(run.summary.outcomes).toEqual([expect.objectContaining({ logicalResourceId: LOGICAL_ID, status: 'IGNORED' })]);
  });
});
