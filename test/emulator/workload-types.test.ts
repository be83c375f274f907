import {
  ConnectClient, CreateRoutingProfileCommand, CreateRoutingProfileCommandInput, DescribeRoutingProfileCommand, MediaConcurrency,
  SearchRoutingProfilesCommand, UpdateRoutingProfileConcurrencyCommand, WorkloadTypeConcurrency,
} from '@aws-sdk/client-connect';
import { clientFor, errorOf, queueId, startTestEmulator, useTestEmulator } from './helpers';
import { RunningEmulator, WorkloadTypeChannelConcurrency } from '../../emulator';

const t = useTestEmulator();

let counter = 0;
function createInput(media: MediaConcurrency[], emu: RunningEmulator = t.emu): CreateRoutingProfileCommandInput {
  return {
    InstanceId: emu.instanceId,
    Name: `workload profile ${++counter}`,
    Description: 'workload types',
    DefaultOutboundQueueId: queueId(emu, 'BasicQueue'),
    MediaConcurrencies: media,
  };
}

const create = (media: MediaConcurrency[], client: ConnectClient = t.connect, emu: RunningEmulator = t.emu) =>
  client.send(new CreateRoutingProfileCommand(createInput(media, emu)));

const describeMedia = async (routingProfileId: string): Promise<MediaConcurrency[]> =>
  (await t.connect.send(new DescribeRoutingProfileCommand({ InstanceId: t.emu.instanceId, RoutingProfileId: routingProfileId })))
    .RoutingProfile!.MediaConcurrencies!;

const workloads = (n: number, concurrency: number, prefix = 'w'): WorkloadTypeConcurrency[] =>
  Array.from({ length: n }, (_, i) => ({ WorkloadType: `${prefix}${i}`, Concurrency: concurrency }));

/** Create and UpdateRoutingProfileConcurrency must both apply every rule. */
const writers: Array<[string, (media: MediaConcurrency[]) => Promise<unknown>]> = [
  ['CreateRoutingProfile', (media) => create(media)],
  ['UpdateRoutingProfileConcurrency', async (media) => {
    const { RoutingProfileId } = await create([{ Channel: 'VOICE', Concurrency: 1 }]);
    return t.connect.send(new UpdateRoutingProfileConcurrencyCommand({ InstanceId: t.emu.instanceId, RoutingProfileId, MediaConcurrencies: media }));
  }],
];

async function expectInvalid(promise: Promise<unknown>, messagePart: string): Promise<void> {
  const err = await errorOf(promise);
  expect({ name: err.name, status: err.status }).toEqual({ name: 'InvalidParameterException', status: 400 });
  expect(err.message).toContain(messagePart);
}

describe('workload-type concurrency: stored and returned', () => {
  const media: MediaConcurrency[] = [
    { Channel: 'VOICE', Concurrency: 1, CrossChannelBehavior: { BehaviorType: 'ROUTE_ANY_CHANNEL' } },
    {
      Channel: 'TASK',
      WorkloadTypeConcurrencies: [
        { WorkloadType: 'billing', Concurrency: 3, CrossChannelWorkloadBehavior: { ChannelWorkloadBehaviorType: 'ROUTE_CURRENT_CHANNEL_CURRENT_WORKLOADTYPE_ONLY' } },
        { WorkloadType: 'returns', Concurrency: 2, CrossChannelWorkloadBehavior: { ChannelWorkloadBehaviorType: 'ROUTE_CURRENT_CHANNEL_ANY_WORKLOADTYPE_ONLY' } },
        { WorkloadType: 'general', Concurrency: 5 },
      ],
    },
    {
      Channel: 'EMAIL',
      CrossChannelBehavior: { BehaviorType: 'ROUTE_CURRENT_CHANNEL_ONLY' },
      WorkloadTypeConcurrencies: [
        { WorkloadType: 'billing', Concurrency: 10, CrossChannelWorkloadBehavior: { ChannelWorkloadBehaviorType: 'ROUTE_ANY_CHANNEL_ANY_WORKLOAD_TYPE' } },
      ],
    },
  ];

  test('Describe returns the workload types of Create exactly as sent, in order, with their cross-channel behaviour', async () => {
    const { RoutingProfileId } = await create(media);
    expect(await describeMedia(RoutingProfileId!)).toEqual(media);
    const history = await t.emu.control.history(RoutingProfileId!);
    expect(history[0].mediaConcurrencies).toEqual(media);
  });

  test('UpdateRoutingProfileConcurrency replaces them; a channel moves between channel-level and workload-type concurrency', async () => {
    const { RoutingProfileId } = await create(media);
    const target = { InstanceId: t.emu.instanceId, RoutingProfileId };
    const next: MediaConcurrency[] = [
      { Channel: 'TASK', Concurrency: 4 },
      { Channel: 'EMAIL', WorkloadTypeConcurrencies: [{ WorkloadType: 'returns', Concurrency: 1 }, { WorkloadType: 'general', Concurrency: 9 }] },
    ];
    await t.connect.send(new UpdateRoutingProfileConcurrencyCommand({ ...target, MediaConcurrencies: next }));
    expect(await describeMedia(RoutingProfileId!)).toEqual(next);
    expect((await t.emu.control.history(RoutingProfileId!)).map((h) => h.operation)).toEqual(['CreateRoutingProfile', 'UpdateRoutingProfileConcurrency']);
  });

  test('Search returns the workload types with their CrossChannelWorkloadBehavior, and leaves out only CrossChannelBehavior', async () => {
    const { RoutingProfileId } = await create(media);
    const out = await t.connect.send(new SearchRoutingProfilesCommand({
      InstanceId: t.emu.instanceId, SearchCriteria: { StringCondition: { FieldName: 'resourceID', Value: RoutingProfileId, ComparisonType: 'EXACT' } },
    }));
    expect(out.RoutingProfiles![0].MediaConcurrencies).toEqual(media.map(({ CrossChannelBehavior: _left, ...rest }) => rest));
  });

  test('a workload type need not be a value of connect:WorkloadType (the API does not say Connect checks it)', async () => {
    const { RoutingProfileId } = await create([{ Channel: 'TASK', WorkloadTypeConcurrencies: [{ WorkloadType: 'not-a-seeded-value', Concurrency: 1 }] }]);
    expect((await describeMedia(RoutingProfileId!))[0].WorkloadTypeConcurrencies).toEqual([{ WorkloadType: 'not-a-seeded-value', Concurrency: 1 }]);
  });
});

describe.each(writers)('workload-type rules on %s', (_operation, write) => {
  test('workload types only on TASK and EMAIL', async () => {
    for (const channel of ['VOICE', 'CHAT'] as const) {
      await expectInvalid(write([{ Channel: channel, WorkloadTypeConcurrencies: [{ WorkloadType: 'billing', Concurrency: 1 }] }]),
        `workload types are supported on the TASK and EMAIL channels only, got channel ${channel}`);
    }
    await expect(write([
      { Channel: 'TASK', WorkloadTypeConcurrencies: [{ WorkloadType: 'billing', Concurrency: 1 }] },
      { Channel: 'EMAIL', WorkloadTypeConcurrencies: [{ WorkloadType: 'billing', Concurrency: 1 }] },
    ])).resolves.toBeDefined();
  });

  test('at most 5 workload types per channel (5 on each of TASK and EMAIL is fine)', async () => {
    await expectInvalid(write([{ Channel: 'TASK', WorkloadTypeConcurrencies: workloads(6, 1) }]),
      "at 'MediaConcurrencies[0].WorkloadTypeConcurrencies' failed to satisfy constraint: Member must have length less than or equal to 5");
    await expect(write([
      { Channel: 'TASK', WorkloadTypeConcurrencies: workloads(5, 1) },
      { Channel: 'EMAIL', WorkloadTypeConcurrencies: workloads(5, 1) },
    ])).resolves.toBeDefined();
  });

  test('the workload-type concurrencies of a channel sum to at most 10, counted per channel', async () => {
    await expectInvalid(write([{ Channel: 'EMAIL', WorkloadTypeConcurrencies: [{ WorkloadType: 'a', Concurrency: 6 }, { WorkloadType: 'b', Concurrency: 5 }] }]),
      'sum to at most 10, got: 11 on EMAIL (a=6, b=5)');
    await expectInvalid(write([
      { Channel: 'TASK', WorkloadTypeConcurrencies: workloads(5, 2) },
      { Channel: 'EMAIL', WorkloadTypeConcurrencies: [...workloads(4, 2), { WorkloadType: 'x', Concurrency: 3 }] },
    ]), 'got: 11 on EMAIL');
    await expect(write([
      { Channel: 'TASK', WorkloadTypeConcurrencies: workloads(5, 2) },
      { Channel: 'EMAIL', WorkloadTypeConcurrencies: [{ WorkloadType: 'only', Concurrency: 10 }] },
    ])).resolves.toBeDefined();
  });

  test('a workload type at most once per channel; the same one on two channels is fine', async () => {
    await expectInvalid(write([{ Channel: 'TASK', WorkloadTypeConcurrencies: [{ WorkloadType: 'billing', Concurrency: 1 }, { WorkloadType: 'billing', Concurrency: 2 }] }]),
      'WorkloadTypeConcurrencies[1].WorkloadType: workload type "billing" is listed more than once on TASK');
    await expect(write([
      { Channel: 'TASK', WorkloadTypeConcurrencies: [{ WorkloadType: 'billing', Concurrency: 1 }] },
      { Channel: 'EMAIL', WorkloadTypeConcurrencies: [{ WorkloadType: 'billing', Concurrency: 1 }] },
    ])).resolves.toBeDefined();
  });

  test('a channel with workload types takes no channel-level concurrency of 1..10 (default setting)', async () => {
    await expectInvalid(write([{ Channel: 'TASK', Concurrency: 2, WorkloadTypeConcurrencies: [{ WorkloadType: 'billing', Concurrency: 1 }] }]),
      'MediaConcurrencies[0].Concurrency: channel TASK uses WorkloadTypeConcurrencies, so it takes no channel-level concurrency');
    await expect(write([{ Channel: 'TASK', Concurrency: 0, WorkloadTypeConcurrencies: [{ WorkloadType: 'billing', Concurrency: 1 }] }])).resolves.toBeDefined();
  });

  test('a rejected request changes nothing', async () => {
    const { RoutingProfileId } = await create([{ Channel: 'TASK', WorkloadTypeConcurrencies: [{ WorkloadType: 'billing', Concurrency: 4 }] }]);
    const before = await describeMedia(RoutingProfileId!);
    await expectInvalid(t.connect.send(new UpdateRoutingProfileConcurrencyCommand({
      InstanceId: t.emu.instanceId,
      RoutingProfileId,
      MediaConcurrencies: [{ Channel: 'TASK', WorkloadTypeConcurrencies: workloads(2, 6) }],
    })), 'sum to at most 10');
    expect(await describeMedia(RoutingProfileId!)).toEqual(before);
    expect(await t.emu.control.history(RoutingProfileId!)).toHaveLength(1);
  });
});

describe('setting: a channel-level Concurrency beside workload types', () => {
  const withChannelConcurrency = (concurrency?: number): MediaConcurrency[] =>
    [{ Channel: 'EMAIL', Concurrency: concurrency, WorkloadTypeConcurrencies: [{ WorkloadType: 'billing', Concurrency: 3 }] }];

  /** For each mode: which channel-level values (undefined = left out) are accepted, and what Describe then shows. */
  const cases: Array<[WorkloadTypeChannelConcurrency, Array<[number | undefined, 'accepted' | 'rejected', number | undefined]>]> = [
    ['allow-zero', [[undefined, 'accepted', undefined], [0, 'accepted', 0], [1, 'rejected', undefined], [10, 'rejected', undefined]]],
    ['reject', [[undefined, 'accepted', undefined], [0, 'rejected', undefined], [3, 'rejected', undefined]]],
    ['require-zero', [[undefined, 'rejected', undefined], [0, 'accepted', 0], [3, 'rejected', undefined]]],
    ['ignore', [[undefined, 'accepted', undefined], [0, 'accepted', undefined], [7, 'accepted', undefined]]],
  ];

  test.each(cases)('%s', async (mode, expectations) => {
    expect(await t.emu.control.setSettings({ workloadTypeChannelConcurrency: mode })).toEqual({ workloadTypeChannelConcurrency: mode });
    for (const [sent, verdict, described] of expectations) {
      const result = create(withChannelConcurrency(sent));
      if (verdict === 'rejected') {
        await expectInvalid(result, 'MediaConcurrencies[0].Concurrency: channel EMAIL uses WorkloadTypeConcurrencies');
        continue;
      }
      const { RoutingProfileId } = await result;
      const [email] = await describeMedia(RoutingProfileId!);
      expect([sent, email.Concurrency, email.WorkloadTypeConcurrencies]).toEqual([sent, described, [{ WorkloadType: 'billing', Concurrency: 3 }]]);
    }
  });

  test('the default is allow-zero; reset restores the start setting; a bad value is a 400 naming the choices', async () => {
    expect(await t.emu.control.settings()).toEqual({ workloadTypeChannelConcurrency: 'allow-zero' });
    await t.emu.control.setSettings({ workloadTypeChannelConcurrency: 'reject' });
    await t.emu.control.reset();
    expect(await t.emu.control.settings()).toEqual({ workloadTypeChannelConcurrency: 'allow-zero' });
    await expect(t.emu.control.setSettings({ workloadTypeChannelConcurrency: 'nope' as any })).rejects.toThrow(/400.*allow-zero, reject, require-zero, ignore.*nope/);
    await expect(t.emu.control.setSettings({ colour: 'red' } as any)).rejects.toThrow(/400.*unknown setting "colour"/);
  });

  test('a start option sets it and survives reset', async () => {
    const emu = await startTestEmulator({ workloadTypeChannelConcurrency: 'require-zero' });
    const client = clientFor(emu);
    try {
      await emu.control.reset();
      expect(await emu.control.settings()).toEqual({ workloadTypeChannelConcurrency: 'require-zero' });
      await expectInvalid(create(withChannelConcurrency(undefined), client, emu), 'send Concurrency 0, got: none');
      await expect(create(withChannelConcurrency(0), client, emu)).resolves.toBeDefined();
    } finally {
      client.destroy();
      await emu.close();
    }
  });

  test('a bad start option is refused', async () => {
    await expect(startTestEmulator({ workloadTypeChannelConcurrency: 'sometimes' as any })).rejects.toThrow(/workloadTypeChannelConcurrency must be one of/);
  });
});
