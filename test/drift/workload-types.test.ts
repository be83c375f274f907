/**
 * Drift of workload-type concurrency, by the real reconciler against the emulator (records in dynalite): reported
 * field by field naming the workload type, corrected with one UpdateRoutingProfileConcurrency.
 */
import { DescribeRoutingProfileCommand, UpdateRoutingProfileConcurrencyCommand } from '@aws-sdk/client-connect';
import type { MediaConcurrency } from '@aws-sdk/client-connect';
import { DriftHarness } from './drift-harness';
import { MediaConcurrencyEntry, RoutingProfileSpec } from '../../src/private/contract';
import { ConcurrencyEvents } from '../handler/concurrency-harness';

let d: DriftHarness;
let c: ConcurrencyEvents;
beforeAll(async () => {
  d = await DriftHarness.start();
  c = new ConcurrencyEvents(d.handlers);
});
afterAll(async () => d.close());
beforeEach(async () => d.reset());
DriftHarness.silenceConsole();

const CA = 'ROUTE_CURRENT_CHANNEL_ANY_WORKLOADTYPE_ONLY';
const TASKS: MediaConcurrencyEntry = {
  Channel: 'TASK',
  WorkloadTypeConcurrencies: [
    { WorkloadType: 'billing', Concurrency: '3', CrossChannelWorkloadBehavior: CA },
    { WorkloadType: 'returns', Concurrency: '2' },
  ],
};

function profileSpec(policy: string): RoutingProfileSpec {
  return d.spec({ MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: '1' }, TASKS], DriftPolicy: policy });
}

/** A supervisor's console edit of the profile's whole concurrency list. */
async function consoleSets(routingProfileId: string, mediaConcurrencies: MediaConcurrency[]): Promise<void> {
  await d.handlers.connect.send(new UpdateRoutingProfileConcurrencyCommand({
    InstanceId: d.emulator.instanceId, RoutingProfileId: routingProfileId, MediaConcurrencies: mediaConcurrencies,
  }));
  await d.emulator.control.clearCalls();
}

const EDITED_TASK: MediaConcurrency = {
  Channel: 'TASK',
  WorkloadTypeConcurrencies: [
    { WorkloadType: 'billing', Concurrency: 1, CrossChannelWorkloadBehavior: { ChannelWorkloadBehaviorType: CA } },
    { WorkloadType: 'returns', Concurrency: 2 },
    { WorkloadType: 'general', Concurrency: 1 },
  ],
};

const writes = async () => (await d.handlers.successfulWrites()).map((call) => call.operation);

describe('RoutingProfile', () => {
  test('the record keeps the workload types; in sync is reads only; a console edit is reported naming each workload type', async () => {
    const profile = await d.deploy(profileSpec('report'), 'Tasks');
    const [item] = await d.items();
    expect(JSON.parse(item.Desired.S).mediaConcurrencies).toEqual([
      { channel: 'VOICE', concurrency: 1 },
      { channel: 'TASK', workloadTypeConcurrencies: [{ workloadType: 'billing', concurrency: 3, crossChannelWorkloadBehavior: CA }, { workloadType: 'returns', concurrency: 2 }] },
    ]);
    await d.emulator.control.clearCalls();
    expect((await d.run()).summary.outcomes).toEqual([expect.objectContaining({ logicalResourceId: 'Tasks', status: 'IN_SYNC' })]);
    expect(await writes()).toEqual([]);

    await consoleSets(profile.id, [{ Channel: 'VOICE', Concurrency: 1 }, EDITED_TASK]);
    const run = await d.run();
    expect(run.summary.outcomes[0]).toMatchObject({
      status: 'DRIFTED',
      differences: [
        { field: 'mediaConcurrencies[TASK].workloadTypeConcurrencies[billing].concurrency', expected: 3, actual: 1 },
        { field: 'mediaConcurrencies[TASK].workloadTypeConcurrencies[general]', expected: null, actual: { concurrency: 1 } },
      ],
    });
    expect(run.events[0].detail).toMatchObject({ status: 'DRIFTED', differenceCount: 2 });
    expect(await writes()).toEqual([]);
  });

  test('policy correct: a channel-level concurrency set in the console is put back per workload type with one call', async () => {
    const profile = await d.deploy(profileSpec('correct'), 'Tasks');
    await consoleSets(profile.id, [{ Channel: 'VOICE', Concurrency: 1 }, { Channel: 'TASK', Concurrency: 4 }]);

    const run = await d.run();
    expect(run.summary.outcomes[0]).toMatchObject({
      status: 'CORRECTED',
      corrections: ['UpdateRoutingProfileConcurrency'],
      differences: [
        { field: 'mediaConcurrencies[TASK].concurrency', expected: null, actual: 4 },
        { field: 'mediaConcurrencies[TASK].workloadTypeConcurrencies[billing]', expected: { concurrency: 3, crossChannelWorkloadBehavior: CA }, actual: null },
        { field: 'mediaConcurrencies[TASK].workloadTypeConcurrencies[returns]', expected: { concurrency: 2 }, actual: null },
      ],
    });
    expect(await writes()).toEqual(['UpdateRoutingProfileConcurrency']);
    // The reconciler never checks connect:WorkloadType: it puts back what a deploy checked.
    expect((await d.handlers.calls()).map((call) => call.operation)).not.toContain('DescribePredefinedAttribute');

    await d.emulator.control.clearCalls();
    expect((await d.run()).summary.outcomes[0]).toMatchObject({ status: 'IN_SYNC' });
    expect(await writes()).toEqual([]);
  });
});

describe('RoutingProfileConcurrency', () => {
  test('policy correct: an edited workload type on the declared channel is put back with one call; other channels kept', async () => {
    const created = await c.create(c.spec({ MediaConcurrencies: [TASKS], DriftPolicy: 'correct' }), 'BasicTasks');
    expect(created.status).toBe('SUCCESS');
    const chat: MediaConcurrency = { Channel: 'CHAT', Concurrency: 7 };
    await consoleSets(d.handlers.defaultProfile.id, [{ Channel: 'VOICE', Concurrency: 1 }, chat, EDITED_TASK]);

    const run = await d.run();
    expect(run.summary.outcomes[0]).toMatchObject({
      status: 'CORRECTED',
      differences: [
        { field: 'mediaConcurrencies[TASK].workloadTypeConcurrencies[billing].concurrency', expected: 3, actual: 1 },
        { field: 'mediaConcurrencies[TASK].workloadTypeConcurrencies[general]', expected: null, actual: { concurrency: 1 } },
      ],
    });
    expect(await writes()).toEqual(['UpdateRoutingProfileConcurrency']);
    const live = (await d.handlers.connect.send(new DescribeRoutingProfileCommand({
      InstanceId: d.emulator.instanceId, RoutingProfileId: d.handlers.defaultProfile.id,
    }))).RoutingProfile!.MediaConcurrencies;
    expect(live).toEqual([{ Channel: 'VOICE', Concurrency: 1 }, chat, {
      Channel: 'TASK',
      WorkloadTypeConcurrencies: [
        { WorkloadType: 'billing', Concurrency: 3, CrossChannelWorkloadBehavior: { ChannelWorkloadBehaviorType: CA } },
        { WorkloadType: 'returns', Concurrency: 2 },
      ],
    }]);

    await d.emulator.control.clearCalls();
    expect((await d.run()).summary.outcomes[0]).toMatchObject({ status: 'IN_SYNC' });
  });
});
