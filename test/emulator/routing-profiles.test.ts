import {
  AssociateRoutingProfileQueuesCommand, ConnectClient, CreateRoutingProfileCommand, DeleteRoutingProfileCommand, DescribeRoutingProfileCommand,
  DisassociateRoutingProfileQueuesCommand, ListRoutingProfileManualAssignmentQueuesCommand, ListRoutingProfileQueuesCommand,
  ListRoutingProfilesCommand, SearchRoutingProfilesCommand, UpdateRoutingProfileAgentAvailabilityTimerCommand,
  UpdateRoutingProfileConcurrencyCommand, UpdateRoutingProfileDefaultOutboundQueueCommand, UpdateRoutingProfileNameCommand,
  UpdateRoutingProfileQueuesCommand, UpdateUserRoutingProfileCommand, CreateRoutingProfileCommandInput, ListQueuesCommand,
} from '@aws-sdk/client-connect';
import { clientFor, defaultProfileId, errorOf, queueId, useTestEmulator } from './helpers';

const t = useTestEmulator();

function createInput(overrides: Partial<CreateRoutingProfileCommandInput> = {}): CreateRoutingProfileCommandInput {
  return {
    InstanceId: t.emu.instanceId,
    Name: 'Sales agents',
    Description: 'Agents who sell',
    DefaultOutboundQueueId: queueId(t.emu, 'Sales'),
    MediaConcurrencies: [
      { Channel: 'VOICE', Concurrency: 1, CrossChannelBehavior: { BehaviorType: 'ROUTE_ANY_CHANNEL' } },
      { Channel: 'CHAT', Concurrency: 3 },
    ],
    QueueConfigs: [
      { QueueReference: { QueueId: queueId(t.emu, 'Sales'), Channel: 'VOICE' }, Priority: 1, Delay: 0 },
      { QueueReference: { QueueId: queueId(t.emu, 'Sales'), Channel: 'CHAT' }, Priority: 2, Delay: 30 },
    ],
    ...overrides,
  };
}

async function createProfile(overrides: Partial<CreateRoutingProfileCommandInput> = {}): Promise<string> {
  const out = await t.connect.send(new CreateRoutingProfileCommand(createInput(overrides)));
  return out.RoutingProfileId!;
}

describe('seeded instance', () => {
  test('has the default Basic Routing Profile with BasicQueue on VOICE, CHAT and TASK and two agents', async () => {
    const out = await t.connect.send(new DescribeRoutingProfileCommand({ InstanceId: t.emu.instanceId, RoutingProfileId: defaultProfileId(t.emu) }));
    expect(out.RoutingProfile).toMatchObject({ Name: 'Basic Routing Profile', IsDefault: true, NumberOfAssociatedQueues: 3, NumberOfAssociatedUsers: 2 });
    const queues = await t.connect.send(new ListRoutingProfileQueuesCommand({
      InstanceId: t.emu.instanceId, RoutingProfileId: defaultProfileId(t.emu),
    }));
    expect(queues.RoutingProfileQueueConfigSummaryList!.map((q) => [q.QueueName, q.Channel]).sort()).toEqual([
      ['BasicQueue', 'CHAT'], ['BasicQueue', 'TASK'], ['BasicQueue', 'VOICE'],
    ]);
    expect(t.emu.seed.queues.length).toBeGreaterThanOrEqual(5);
  });
});

describe('CreateRoutingProfile and DescribeRoutingProfile', () => {
  test('create returns an id and an ARN in the real format; describe returns what was created', async () => {
    const out = await t.connect.send(new CreateRoutingProfileCommand(createInput({ Tags: { team: 'sales' }, AgentAvailabilityTimer: 'TIME_SINCE_LAST_INBOUND' })));
    expect(out.RoutingProfileId).toMatch(/^[0-9a-f-]{36}$/);
    expect(out.RoutingProfileArn).toBe(`arn:aws:connect:us-east-1:123456789012:instance/${t.emu.instanceId}/routing-profile/${out.RoutingProfileId}`);
    const { RoutingProfile: rp } = await t.connect.send(new DescribeRoutingProfileCommand({
      InstanceId: t.emu.instanceId, RoutingProfileId: out.RoutingProfileId,
    }));
    expect(rp).toMatchObject({
      InstanceId: t.emu.instanceId,
      Name: 'Sales agents',
      Description: 'Agents who sell',
      DefaultOutboundQueueId: queueId(t.emu, 'Sales'),
      Tags: { team: 'sales' },
      NumberOfAssociatedQueues: 2,
      NumberOfAssociatedManualAssignmentQueues: 0,
      NumberOfAssociatedUsers: 0,
      AgentAvailabilityTimer: 'TIME_SINCE_LAST_INBOUND',
      LastModifiedRegion: 'us-east-1',
      IsDefault: false,
    });
    expect(rp!.MediaConcurrencies).toEqual(createInput().MediaConcurrencies);
    // Epoch seconds on the wire, parsed to a Date by the SDK.
    expect(rp!.LastModifiedTime).toBeInstanceOf(Date);
    expect(Math.abs(rp!.LastModifiedTime!.getTime() - Date.now())).toBeLessThan(60_000);
  });

  test('quirk: Describe does not populate AssociatedQueueIds', async () => {
    const id = await createProfile();
    const { RoutingProfile: rp } = await t.connect.send(new DescribeRoutingProfileCommand({ InstanceId: t.emu.instanceId, RoutingProfileId: id }));
    expect(rp!.AssociatedQueueIds).toBeUndefined();
    expect(rp!.NumberOfAssociatedQueues).toBe(2);
  });

  test('a duplicate name is 409 DuplicateResourceException', async () => {
    await createProfile();
    const err = await errorOf(t.connect.send(new CreateRoutingProfileCommand(createInput())));
    expect(err).toMatchObject({ name: 'DuplicateResourceException', status: 409 });
    expect(err.message).toContain('Sales agents');
  });

  test('an unknown instance, queue or default outbound queue is 404 ResourceNotFoundException', async () => {
    for (const input of [
      createInput({ InstanceId: 'no-such-instance' }),
      createInput({ DefaultOutboundQueueId: 'no-such-queue' }),
      createInput({ QueueConfigs: [{ QueueReference: { QueueId: 'no-such-queue', Channel: 'VOICE' }, Priority: 1, Delay: 0 }] }),
    ]) {
      const err = await errorOf(t.connect.send(new CreateRoutingProfileCommand(input)));
      expect(err).toMatchObject({ name: 'ResourceNotFoundException', status: 404 });
    }
  });

  test('a duplicate queue and channel pair in one request is InvalidParameterException', async () => {
    const pair = { QueueReference: { QueueId: queueId(t.emu, 'Sales'), Channel: 'VOICE' as const }, Priority: 1, Delay: 0 };
    const err = await errorOf(t.connect.send(new CreateRoutingProfileCommand(createInput({ QueueConfigs: [pair, { ...pair, Priority: 2 }] }))));
    expect(err).toMatchObject({ name: 'InvalidParameterException', status: 400 });
    expect(err.message).toContain('duplicate');
  });

  test('an agent queue cannot be associated', async () => {
    const { QueueSummaryList } = await t.connect.send(new ListQueuesCommand({ InstanceId: t.emu.instanceId, QueueTypes: ['AGENT'] }));
    const agentQueue = QueueSummaryList![0].Id!;
    const err = await errorOf(t.connect.send(new CreateRoutingProfileCommand(createInput({
      QueueConfigs: [{ QueueReference: { QueueId: agentQueue, Channel: 'VOICE' }, Priority: 1, Delay: 0 }],
    }))));
    expect(err.name).toBe('InvalidParameterException');
  });

  test('the routing-profiles-per-instance quota gives 429 LimitExceededException', async () => {
    await t.emu.control.setQuotas({ routingProfilesPerInstance: 2 });
    try {
      await createProfile({ Name: 'second' });
      const err = await errorOf(t.connect.send(new CreateRoutingProfileCommand(createInput({ Name: 'third' }))));
      expect(err).toMatchObject({ name: 'LimitExceededException', status: 429 });
    } finally {
      await t.emu.control.setQuotas({ routingProfilesPerInstance: 500 });
    }
  });

  test('describe of an unknown profile is 404', async () => {
    const err = await errorOf(t.connect.send(new DescribeRoutingProfileCommand({ InstanceId: t.emu.instanceId, RoutingProfileId: 'nope' })));
    expect(err).toMatchObject({ name: 'ResourceNotFoundException', status: 404 });
  });
});

describe('ListRoutingProfiles and SearchRoutingProfiles', () => {
  test('list pages with opaque tokens and returns every profile once', async () => {
    for (let i = 0; i < 6; i++) await createProfile({ Name: `profile ${i}` });
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await t.connect.send(new ListRoutingProfilesCommand({ InstanceId: t.emu.instanceId, MaxResults: 3, NextToken: token }));
      expect(page.RoutingProfileSummaryList!.length).toBeLessThanOrEqual(3);
      seen.push(...page.RoutingProfileSummaryList!.map((s) => s.Name!));
      token = page.NextToken;
      if (token) expect(token).not.toMatch(/^\d+$/);
      pages++;
    } while (token);
    expect(pages).toBe(3);
    expect(seen.sort()).toEqual(['Basic Routing Profile', ...[0, 1, 2, 3, 4, 5].map((i) => `profile ${i}`)].sort());
  });

  test('a forged or foreign NextToken is InvalidParameterException', async () => {
    for (let i = 0; i < 3; i++) await createProfile({ Name: `p${i}` });
    const page = await t.connect.send(new ListRoutingProfilesCommand({ InstanceId: t.emu.instanceId, MaxResults: 1 }));
    const forged = page.NextToken!.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    expect((await errorOf(t.connect.send(new ListRoutingProfilesCommand({ InstanceId: t.emu.instanceId, NextToken: forged })))).name).toBe('InvalidParameterException');
    // A token from one listing is not valid for another.
    const err = await errorOf(t.connect.send(new ListRoutingProfileQueuesCommand({
      InstanceId: t.emu.instanceId, RoutingProfileId: defaultProfileId(t.emu), NextToken: page.NextToken,
    })));
    expect(err.name).toBe('InvalidParameterException');
  });

  test('quirk: Search includes AssociatedQueueIds but leaves out LastModified*, CrossChannelBehavior and AgentAvailabilityTimer', async () => {
    const id = await createProfile({ AgentAvailabilityTimer: 'TIME_SINCE_LAST_INBOUND' });
    const out = await t.connect.send(new SearchRoutingProfilesCommand({
      InstanceId: t.emu.instanceId, SearchCriteria: { StringCondition: { FieldName: 'resourceID', Value: id, ComparisonType: 'EXACT' } },
    }));
    expect(out.ApproximateTotalCount).toBe(1);
    const rp = out.RoutingProfiles![0];
    expect(rp.AssociatedQueueIds).toEqual([queueId(t.emu, 'Sales')]);
    expect(rp.LastModifiedTime).toBeUndefined();
    expect(rp.LastModifiedRegion).toBeUndefined();
    expect(rp.AgentAvailabilityTimer).toBeUndefined();
    expect(rp.MediaConcurrencies!.every((m) => m.CrossChannelBehavior === undefined)).toBe(true);
    expect(rp.MediaConcurrencies!.map((m) => m.Channel)).toEqual(['VOICE', 'CHAT']);
  });

  test('search by name, associated queue and tag; OR and AND conditions', async () => {
    await createProfile({ Name: 'Sales East', Tags: { region: 'east' } });
    await createProfile({
      Name: 'Support West',
      Tags: { region: 'west' },
      DefaultOutboundQueueId: queueId(t.emu, 'Support'),
      QueueConfigs: [{ QueueReference: { QueueId: queueId(t.emu, 'Support'), Channel: 'VOICE' }, Priority: 1, Delay: 0 }],
    });
    const names = async (input: Omit<ConstructorParameters<typeof SearchRoutingProfilesCommand>[0], 'InstanceId'>): Promise<string[]> =>
      ((await t.connect.send(new SearchRoutingProfilesCommand({ InstanceId: t.emu.instanceId, ...input }))).RoutingProfiles ?? [])
        .map((p) => p.Name!).sort();
    expect(await names({ SearchCriteria: { StringCondition: { FieldName: 'name', Value: 'sales', ComparisonType: 'CONTAINS' } } })).toEqual(['Sales East']);
    expect(await names({ SearchCriteria: { StringCondition: { FieldName: 'associatedQueueIds', Value: queueId(t.emu, 'BasicQueue'), ComparisonType: 'EXACT' } } }))
      .toEqual(['Basic Routing Profile']);
    expect(await names({ SearchFilter: { TagFilter: { OrConditions: [[{ TagKey: 'region', TagValue: 'west' }], [{ TagKey: 'region', TagValue: 'east' }]] } } }))
      .toEqual(['Sales East', 'Support West']);
    expect(await names({
      SearchCriteria: {
        AndConditions: [
          { StringCondition: { FieldName: 'name', Value: 'S', ComparisonType: 'STARTS_WITH' } },
          { StringCondition: { FieldName: 'description', Value: 'sell', ComparisonType: 'CONTAINS' } },
        ],
      },
    })).toEqual(['Sales East', 'Support West']);
  });

  test('a name CONTAINS query needs 2..25 characters; an unknown field is rejected', async () => {
    const search = (Value: string, FieldName = 'name') => t.connect.send(new SearchRoutingProfilesCommand({
      InstanceId: t.emu.instanceId, SearchCriteria: { StringCondition: { FieldName, Value, ComparisonType: 'CONTAINS' } },
    }));
    expect((await errorOf(search('a'))).name).toBe('InvalidParameterException');
    expect((await errorOf(search('a'.repeat(26)))).name).toBe('InvalidParameterException');
    await expect(search('ab')).resolves.toBeDefined();
    await expect(search('a'.repeat(25))).resolves.toBeDefined();
    expect((await errorOf(search('ab', 'colour'))).name).toBe('InvalidParameterException');
  });

  test('search pages with ApproximateTotalCount', async () => {
    for (let i = 0; i < 4; i++) await createProfile({ Name: `p${i}` });
    const first = await t.connect.send(new SearchRoutingProfilesCommand({ InstanceId: t.emu.instanceId, MaxResults: 2 }));
    expect(first.RoutingProfiles).toHaveLength(2);
    expect(first.ApproximateTotalCount).toBe(5);
    const rest = await t.connect.send(new SearchRoutingProfilesCommand({ InstanceId: t.emu.instanceId, MaxResults: 10, NextToken: first.NextToken }));
    expect(rest.RoutingProfiles).toHaveLength(3);
    expect(rest.NextToken).toBeUndefined();
  });
});

describe('queue associations', () => {
  const pair = (name: string, channel: 'VOICE' | 'CHAT' | 'TASK' | 'EMAIL', priority = 1, delay = 0) =>
    ({ QueueReference: { QueueId: queueId(t.emu, name), Channel: channel }, Priority: priority, Delay: delay });

  test('associate, update and disassociate change the pairs ListRoutingProfileQueues returns', async () => {
    const id = await createProfile();
    const target = { InstanceId: t.emu.instanceId, RoutingProfileId: id };
    await t.connect.send(new AssociateRoutingProfileQueuesCommand({ ...target, QueueConfigs: [pair('Billing', 'TASK', 5, 10)] }));
    await t.connect.send(new UpdateRoutingProfileQueuesCommand({ ...target, QueueConfigs: [pair('Sales', 'VOICE', 9, 99)] }));
    await t.connect.send(new DisassociateRoutingProfileQueuesCommand({ ...target, QueueReferences: [{ QueueId: queueId(t.emu, 'Sales'), Channel: 'CHAT' }] }));
    const out = await t.connect.send(new ListRoutingProfileQueuesCommand(target));
    expect(out.RoutingProfileQueueConfigSummaryList!.map((q) => [q.QueueName, q.Channel, q.Priority, q.Delay])).toEqual([
      ['Sales', 'VOICE', 9, 99],
      ['Billing', 'TASK', 5, 10],
    ]);
    expect(out.RoutingProfileQueueConfigSummaryList![1].QueueArn).toBe(`${t.emu.instanceArn}/queue/${queueId(t.emu, 'Billing')}`);
    expect(out.LastModifiedTime).toBeInstanceOf(Date);
  });

  test('manual-assignment queues are listed separately', async () => {
    const id = await createProfile({ ManualAssignmentQueueConfigs: [{ QueueReference: { QueueId: queueId(t.emu, 'Callbacks'), Channel: 'VOICE' } }] });
    const target = { InstanceId: t.emu.instanceId, RoutingProfileId: id };
    await t.connect.send(new AssociateRoutingProfileQueuesCommand({
      ...target, ManualAssignmentQueueConfigs: [{ QueueReference: { QueueId: queueId(t.emu, 'Callbacks'), Channel: 'TASK' } }],
    }));
    const manual = await t.connect.send(new ListRoutingProfileManualAssignmentQueuesCommand(target));
    expect(manual.RoutingProfileManualAssignmentQueueConfigSummaryList!.map((q) => [q.QueueName, q.Channel])).toEqual([
      ['Callbacks', 'VOICE'], ['Callbacks', 'TASK'],
    ]);
    const { RoutingProfile: rp } = await t.connect.send(new DescribeRoutingProfileCommand(target));
    expect(rp!.NumberOfAssociatedManualAssignmentQueues).toBe(2);
    await t.connect.send(new DisassociateRoutingProfileQueuesCommand({
      ...target, ManualAssignmentQueueReferences: [{ QueueId: queueId(t.emu, 'Callbacks'), Channel: 'VOICE' }],
    }));
    const after = await t.connect.send(new ListRoutingProfileManualAssignmentQueuesCommand(target));
    expect(after.RoutingProfileManualAssignmentQueueConfigSummaryList!.map((q) => q.Channel)).toEqual(['TASK']);
  });

  test('updating or disassociating a pair that is not associated is InvalidParameterException; re-associating one too', async () => {
    const id = await createProfile();
    const target = { InstanceId: t.emu.instanceId, RoutingProfileId: id };
    expect((await errorOf(t.connect.send(new UpdateRoutingProfileQueuesCommand({ ...target, QueueConfigs: [pair('Billing', 'VOICE')] })))).name)
      .toBe('InvalidParameterException');
    expect((await errorOf(t.connect.send(new DisassociateRoutingProfileQueuesCommand({
      ...target, QueueReferences: [{ QueueId: queueId(t.emu, 'Billing'), Channel: 'VOICE' }],
    })))).name).toBe('InvalidParameterException');
    expect((await errorOf(t.connect.send(new AssociateRoutingProfileQueuesCommand({ ...target, QueueConfigs: [pair('Sales', 'VOICE')] })))).name)
      .toBe('InvalidParameterException');
    expect((await errorOf(t.connect.send(new AssociateRoutingProfileQueuesCommand(target)))).name).toBe('InvalidParameterException');
    expect((await errorOf(t.connect.send(new DisassociateRoutingProfileQueuesCommand(target)))).name).toBe('InvalidParameterException');
  });

  test('disassociate takes at most 10 references per list', async () => {
    const seeded = await t.emu.control.seed({ queues: Array.from({ length: 11 }, (_, i) => ({ name: `Q${i}` })) });
    const id = await createProfile();
    const target = { InstanceId: t.emu.instanceId, RoutingProfileId: id };
    const configs = seeded.queues.map((q) => ({ QueueReference: { QueueId: q.id, Channel: 'CHAT' as const }, Priority: 1, Delay: 0 }));
    await t.connect.send(new AssociateRoutingProfileQueuesCommand({ ...target, QueueConfigs: configs.slice(0, 10) }));
    await t.connect.send(new AssociateRoutingProfileQueuesCommand({ ...target, QueueConfigs: configs.slice(10) }));
    const refs = configs.map((c) => c.QueueReference);
    const err = await errorOf(t.connect.send(new DisassociateRoutingProfileQueuesCommand({ ...target, QueueReferences: refs })));
    expect(err.name).toBe('InvalidParameterException');
    expect(err.message).toContain('at most 10');
    await t.connect.send(new DisassociateRoutingProfileQueuesCommand({ ...target, QueueReferences: refs.slice(0, 10) }));
    const left = await t.connect.send(new ListRoutingProfileQueuesCommand(target));
    expect(left.RoutingProfileQueueConfigSummaryList).toHaveLength(3);
  });

  test('the 51st queue and channel pair is 429 LimitExceededException; manual pairs have their own 50', async () => {
    const seeded = await t.emu.control.seed({ queues: Array.from({ length: 26 }, (_, i) => ({ name: `Quota${i}` })) });
    const id = await createProfile({ QueueConfigs: undefined });
    const target = { InstanceId: t.emu.instanceId, RoutingProfileId: id };
    const all = seeded.queues.flatMap((q) => (['VOICE', 'CHAT'] as const).map((channel) => ({ QueueReference: { QueueId: q.id, Channel: channel }, Priority: 1, Delay: 0 })));
    for (let i = 0; i < 50; i += 10) {
      await t.connect.send(new AssociateRoutingProfileQueuesCommand({ ...target, QueueConfigs: all.slice(i, i + 10) }));
    }
    const err = await errorOf(t.connect.send(new AssociateRoutingProfileQueuesCommand({ ...target, QueueConfigs: [all[50]] })));
    expect(err).toMatchObject({ name: 'LimitExceededException', status: 429 });
    const manual = all.slice(0, 50).map((c) => ({ QueueReference: c.QueueReference }));
    for (let i = 0; i < 50; i += 10) {
      await t.connect.send(new AssociateRoutingProfileQueuesCommand({ ...target, ManualAssignmentQueueConfigs: manual.slice(i, i + 10) }));
    }
    const manualErr = await errorOf(t.connect.send(new AssociateRoutingProfileQueuesCommand({
      ...target, ManualAssignmentQueueConfigs: [{ QueueReference: all[50].QueueReference }],
    })));
    expect(manualErr.name).toBe('LimitExceededException');
    const { RoutingProfile: rp } = await t.connect.send(new DescribeRoutingProfileCommand(target));
    expect([rp!.NumberOfAssociatedQueues, rp!.NumberOfAssociatedManualAssignmentQueues]).toEqual([50, 50]);
  });

  test('the SDK retries a 429 LimitExceededException (3 attempts by default)', async () => {
    await t.emu.control.setQuotas({ queuesPerRoutingProfile: 2 });
    try {
      const id = await createProfile();
      await t.emu.control.clearCalls();
      const retrying = clientFor(t.emu, 3);
      const err = await errorOf(retrying.send(new AssociateRoutingProfileQueuesCommand({
        InstanceId: t.emu.instanceId, RoutingProfileId: id, QueueConfigs: [pair('Billing', 'VOICE')],
      })));
      retrying.destroy();
      expect(err.name).toBe('LimitExceededException');
      expect(await t.emu.control.calls({ operation: 'AssociateRoutingProfileQueues' })).toHaveLength(3);
    } finally {
      await t.emu.control.setQuotas({ queuesPerRoutingProfile: 50 });
    }
  });

  test('history records every state, so a test can prove a kept pair was never absent', async () => {
    const id = await createProfile();
    const target = { InstanceId: t.emu.instanceId, RoutingProfileId: id };
    await t.connect.send(new AssociateRoutingProfileQueuesCommand({ ...target, QueueConfigs: [pair('Billing', 'VOICE')] }));
    await t.connect.send(new UpdateRoutingProfileQueuesCommand({ ...target, QueueConfigs: [pair('Sales', 'VOICE', 3)] }));
    await t.connect.send(new DisassociateRoutingProfileQueuesCommand({ ...target, QueueReferences: [{ QueueId: queueId(t.emu, 'Sales'), Channel: 'CHAT' }] }));
    const history = await t.emu.control.history(id);
    expect(history.map((h) => h.operation)).toEqual([
      'CreateRoutingProfile', 'AssociateRoutingProfileQueues', 'UpdateRoutingProfileQueues', 'DisassociateRoutingProfileQueues',
    ]);
    const salesVoice = history.map((h) => h.queueConfigs.find((c) => c.queueId === queueId(t.emu, 'Sales') && c.channel === 'VOICE'));
    expect(salesVoice.every((c) => c !== undefined)).toBe(true);
    expect(salesVoice.map((c) => c!.priority)).toEqual([1, 1, 3, 3]);
    expect(history[3].queueConfigs).toHaveLength(2);
  });
});

describe('profile updates', () => {
  test('concurrency, name, description, default outbound queue and timer', async () => {
    const id = await createProfile();
    const target = { InstanceId: t.emu.instanceId, RoutingProfileId: id };
    await t.connect.send(new UpdateRoutingProfileConcurrencyCommand({
      ...target,
      MediaConcurrencies: [
        { Channel: 'VOICE', Concurrency: 1 },
        {
          Channel: 'TASK',
          WorkloadTypeConcurrencies: [{ WorkloadType: 'premium', Concurrency: 2, CrossChannelWorkloadBehavior: { ChannelWorkloadBehaviorType: 'ROUTE_CURRENT_CHANNEL_ANY_WORKLOADTYPE_ONLY' } }],
        },
        { Channel: 'EMAIL', Concurrency: 10 },
      ],
    }));
    await t.connect.send(new UpdateRoutingProfileNameCommand({ ...target, Description: 'only the description' }));
    await t.connect.send(new UpdateRoutingProfileNameCommand({ ...target, Name: 'Renamed' }));
    await t.connect.send(new UpdateRoutingProfileDefaultOutboundQueueCommand({ ...target, DefaultOutboundQueueId: queueId(t.emu, 'Billing') }));
    await t.connect.send(new UpdateRoutingProfileAgentAvailabilityTimerCommand({ ...target, AgentAvailabilityTimer: 'TIME_SINCE_LAST_INBOUND' }));
    const { RoutingProfile: rp } = await t.connect.send(new DescribeRoutingProfileCommand(target));
    expect(rp).toMatchObject({
      Name: 'Renamed', Description: 'only the description', DefaultOutboundQueueId: queueId(t.emu, 'Billing'), AgentAvailabilityTimer: 'TIME_SINCE_LAST_INBOUND',
    });
    expect(rp!.MediaConcurrencies!.map((m) => m.Channel)).toEqual(['VOICE', 'TASK', 'EMAIL']);
    expect(rp!.MediaConcurrencies![1].WorkloadTypeConcurrencies![0]).toMatchObject({ WorkloadType: 'premium', Concurrency: 2 });
  });

  test('UpdateRoutingProfileName needs Name or Description, and a taken name is 409', async () => {
    const id = await createProfile();
    const target = { InstanceId: t.emu.instanceId, RoutingProfileId: id };
    expect((await errorOf(t.connect.send(new UpdateRoutingProfileNameCommand(target)))).name).toBe('InvalidParameterException');
    const err = await errorOf(t.connect.send(new UpdateRoutingProfileNameCommand({ ...target, Name: 'Basic Routing Profile' })));
    expect(err).toMatchObject({ name: 'DuplicateResourceException', status: 409 });
    // Keeping its own name is not a conflict.
    await t.connect.send(new UpdateRoutingProfileNameCommand({ ...target, Name: 'Sales agents' }));
  });

  test('per-channel concurrency: VOICE exactly 1, CHAT/TASK/EMAIL 1..10, no duplicate channel', async () => {
    const id = await createProfile();
    const update = (MediaConcurrencies: any[]) => t.connect.send(new UpdateRoutingProfileConcurrencyCommand({
      InstanceId: t.emu.instanceId, RoutingProfileId: id, MediaConcurrencies,
    }));
    for (const bad of [
      [{ Channel: 'VOICE', Concurrency: 2 }],
      [{ Channel: 'VOICE', Concurrency: 0 }],
      [{ Channel: 'CHAT', Concurrency: 0 }],
      [{ Channel: 'CHAT', Concurrency: 11 }],
      [{ Channel: 'TASK', Concurrency: 11 }],
      [{ Channel: 'CHAT', Concurrency: 1 }, { Channel: 'CHAT', Concurrency: 2 }],
      [{ Channel: 'CHAT' }],
      [{ Channel: 'VOICE', WorkloadTypeConcurrencies: [{ WorkloadType: 'a', Concurrency: 2 }] }],
      [{ Channel: 'TASK', WorkloadTypeConcurrencies: [{ WorkloadType: 'a', Concurrency: 1 }, { WorkloadType: 'a', Concurrency: 2 }] }],
    ]) {
      const err = await errorOf(update(bad));
      expect([JSON.stringify(bad), err.name, err.status]).toEqual([JSON.stringify(bad), 'InvalidParameterException', 400]);
    }
    for (const good of [
      [{ Channel: 'VOICE', Concurrency: 1 }],
      [{ Channel: 'CHAT', Concurrency: 1 }, { Channel: 'TASK', Concurrency: 10 }, { Channel: 'EMAIL', Concurrency: 1 }],
    ]) {
      await expect(update(good)).resolves.toBeDefined();
    }
  });
});

describe('DeleteRoutingProfile and UpdateUserRoutingProfile', () => {
  test('a profile with users is 409 ResourceInUseException carrying ResourceType and ResourceId; free it and delete', async () => {
    const id = await createProfile();
    const alice = t.emu.seed.users.find((u) => u.username === 'alice')!;
    await t.connect.send(new UpdateUserRoutingProfileCommand({ InstanceId: t.emu.instanceId, UserId: alice.id, RoutingProfileId: id }));
    const target = { InstanceId: t.emu.instanceId, RoutingProfileId: id };
    const err = await errorOf(t.connect.send(new DeleteRoutingProfileCommand(target)));
    expect(err).toMatchObject({ name: 'ResourceInUseException', status: 409 });
    expect(err.raw.ResourceType).toBe('USER');
    expect(err.raw.ResourceId).toBe(`${t.emu.instanceArn}/agent/${alice.id}`);
    expect(err.message).toContain('1 user');
    await t.connect.send(new UpdateUserRoutingProfileCommand({
      InstanceId: t.emu.instanceId, UserId: alice.id, RoutingProfileId: defaultProfileId(t.emu),
    }));
    const out = await t.connect.send(new DeleteRoutingProfileCommand(target));
    expect(out.$metadata.httpStatusCode).toBe(200);
    expect((await errorOf(t.connect.send(new DescribeRoutingProfileCommand(target)))).name).toBe('ResourceNotFoundException');
    expect((await t.emu.control.history(id)).at(-1)).toMatchObject({ operation: 'DeleteRoutingProfile', deleted: true });
  });

  test('the default profile cannot be deleted even with no users', async () => {
    const id = await createProfile();
    for (const user of t.emu.seed.users) {
      await t.connect.send(new UpdateUserRoutingProfileCommand({ InstanceId: t.emu.instanceId, UserId: user.id, RoutingProfileId: id }));
    }
    const err = await errorOf(t.connect.send(new DeleteRoutingProfileCommand({
      InstanceId: t.emu.instanceId, RoutingProfileId: defaultProfileId(t.emu),
    })));
    expect(err.name).toBe('ResourceInUseException');
    expect(err.raw.ResourceType).toBe('INSTANCE');
  });

  test('UpdateUserRoutingProfile with an unknown user or profile is 404', async () => {
    const alice = t.emu.seed.users[0];
    expect((await errorOf(t.connect.send(new UpdateUserRoutingProfileCommand({ InstanceId: t.emu.instanceId, UserId: 'nope', RoutingProfileId: defaultProfileId(t.emu) })))).name)
      .toBe('ResourceNotFoundException');
    expect((await errorOf(t.connect.send(new UpdateUserRoutingProfileCommand({ InstanceId: t.emu.instanceId, UserId: alice.id, RoutingProfileId: 'nope' })))).name)
      .toBe('ResourceNotFoundException');
  });
});

describe('LastModifiedRegion', () => {
  test('is the Region the last change was signed for: a client of another Region stands for an edit in a replica', async () => {
    const id = await createProfile();
    const ids = { InstanceId: t.emu.instanceId, RoutingProfileId: id };
    const read = async () => (await t.connect.send(new DescribeRoutingProfileCommand(ids))).RoutingProfile!;
    expect((await read()).LastModifiedRegion).toBe(t.emu.region);

    const replica = new ConnectClient({ ...t.emu.clientConfig, region: 'us-west-2', maxAttempts: 1 });
    try {
      await replica.send(new UpdateRoutingProfileNameCommand({ InstanceId: t.emu.instanceId, RoutingProfileId: id, Description: 'edited in us-west-2' }));
    } finally {
      replica.destroy();
    }

    expect((await read()).LastModifiedRegion).toBe('us-west-2');
    const listed = (await t.connect.send(new ListRoutingProfilesCommand({ InstanceId: t.emu.instanceId }))).RoutingProfileSummaryList!;
    expect(listed.find((p) => p.Id === id)?.LastModifiedRegion).toBe('us-west-2');
    // Reading from another Region changes nothing; the next change from here takes it back.
    await t.connect.send(new UpdateRoutingProfileNameCommand({ InstanceId: t.emu.instanceId, RoutingProfileId: id, Description: 'back home' }));
    expect((await read()).LastModifiedRegion).toBe(t.emu.region);
  });
});
