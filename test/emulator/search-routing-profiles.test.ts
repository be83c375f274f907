import {
  CreateRoutingProfileCommand, CreateRoutingProfileCommandInput, DescribeRoutingProfileCommand, ListRoutingProfilesCommand,
  paginateListRoutingProfiles, paginateSearchRoutingProfiles, RoutingProfileSearchCriteria, SearchRoutingProfilesCommand,
  SearchRoutingProfilesCommandInput, UpdateUserRoutingProfileCommand,
} from '@aws-sdk/client-connect';
import { defaultProfileId, queueId, useTestEmulator } from './helpers';

const t = useTestEmulator();

async function createProfile(name: string, overrides: Partial<CreateRoutingProfileCommandInput> = {}): Promise<string> {
  const out = await t.connect.send(new CreateRoutingProfileCommand({
    InstanceId: t.emu.instanceId,
    Name: name,
    Description: `profile ${name}`,
    DefaultOutboundQueueId: queueId(t.emu, 'Sales'),
    MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: 1 }],
    ...overrides,
  }));
  return out.RoutingProfileId!;
}

const search = (input: Omit<SearchRoutingProfilesCommandInput, 'InstanceId'> = {}) =>
  t.connect.send(new SearchRoutingProfilesCommand({ InstanceId: t.emu.instanceId, ...input }));

/** Every profile a search finds, following NextToken to the end. */
async function searchAll(criteria: RoutingProfileSearchCriteria | undefined, pageSize: number): Promise<{ ids: string[]; pages: number[] }> {
  const ids: string[] = [];
  const pages: number[] = [];
  const paginator = paginateSearchRoutingProfiles({ client: t.connect, pageSize }, { InstanceId: t.emu.instanceId, SearchCriteria: criteria });
  for await (const page of paginator) {
    pages.push(page.RoutingProfiles!.length);
    ids.push(...page.RoutingProfiles!.map((p) => p.RoutingProfileId!));
    if (page.NextToken) expect(page.NextToken.length).toBeLessThanOrEqual(2500);
  }
  return { ids, pages };
}

describe('which fields Search and Describe populate', () => {
  test('Search: AssociatedQueueIds and the rest, but never LastModified*, CrossChannelBehavior or AgentAvailabilityTimer', async () => {
    const id = await createProfile('Fields', {
      MediaConcurrencies: [
        { Channel: 'VOICE', Concurrency: 1, CrossChannelBehavior: { BehaviorType: 'ROUTE_ANY_CHANNEL' } },
        { Channel: 'CHAT', Concurrency: 2, CrossChannelBehavior: { BehaviorType: 'ROUTE_CURRENT_CHANNEL_ONLY' } },
      ],
      QueueConfigs: [
        { QueueReference: { QueueId: queueId(t.emu, 'Sales'), Channel: 'VOICE' }, Priority: 1, Delay: 0 },
        { QueueReference: { QueueId: queueId(t.emu, 'Sales'), Channel: 'CHAT' }, Priority: 1, Delay: 0 },
        { QueueReference: { QueueId: queueId(t.emu, 'Support'), Channel: 'CHAT' }, Priority: 2, Delay: 5 },
      ],
      ManualAssignmentQueueConfigs: [{ QueueReference: { QueueId: queueId(t.emu, 'Callbacks'), Channel: 'VOICE' } }],
      Tags: { owner: 'platform' },
      AgentAvailabilityTimer: 'TIME_SINCE_LAST_INBOUND',
    });
    await t.connect.send(new UpdateUserRoutingProfileCommand({ InstanceId: t.emu.instanceId, UserId: t.emu.seed.users[0].id, RoutingProfileId: id }));
    const { RoutingProfiles } = await search({ SearchCriteria: { StringCondition: { FieldName: 'resourceID', Value: id, ComparisonType: 'EXACT' } } });
    expect(RoutingProfiles).toEqual([{
      InstanceId: t.emu.instanceId,
      Name: 'Fields',
      RoutingProfileArn: `${t.emu.instanceArn}/routing-profile/${id}`,
      RoutingProfileId: id,
      Description: 'profile Fields',
      MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: 1 }, { Channel: 'CHAT', Concurrency: 2 }],
      DefaultOutboundQueueId: queueId(t.emu, 'Sales'),
      Tags: { owner: 'platform' },
      NumberOfAssociatedQueues: 3,
      NumberOfAssociatedManualAssignmentQueues: 1,
      NumberOfAssociatedUsers: 1,
      IsDefault: false,
      AssociatedQueueIds: [queueId(t.emu, 'Sales'), queueId(t.emu, 'Support')],
      AssociatedManualAssignmentQueueIds: [queueId(t.emu, 'Callbacks')],
    }]);

    const { RoutingProfile } = await t.connect.send(new DescribeRoutingProfileCommand({ InstanceId: t.emu.instanceId, RoutingProfileId: id }));
    expect(Object.keys(RoutingProfile!).sort()).toEqual([
      'AgentAvailabilityTimer', 'DefaultOutboundQueueId', 'Description', 'InstanceId', 'IsDefault', 'LastModifiedRegion', 'LastModifiedTime',
      'MediaConcurrencies', 'Name', 'NumberOfAssociatedManualAssignmentQueues', 'NumberOfAssociatedQueues', 'NumberOfAssociatedUsers',
      'RoutingProfileArn', 'RoutingProfileId', 'Tags',
    ]);
    expect(RoutingProfile).toMatchObject({ Tags: { owner: 'platform' }, NumberOfAssociatedManualAssignmentQueues: 1, AgentAvailabilityTimer: 'TIME_SINCE_LAST_INBOUND' });
    expect(RoutingProfile!.MediaConcurrencies![0].CrossChannelBehavior).toEqual({ BehaviorType: 'ROUTE_ANY_CHANNEL' });
  });

  test('Search reports the default profile with IsDefault true', async () => {
    const { RoutingProfiles } = await search();
    expect(RoutingProfiles!.map((p) => [p.RoutingProfileId, p.IsDefault])).toEqual([[defaultProfileId(t.emu), true]]);
  });
});

describe('the filters a library sweeping one instance uses', () => {
  test('name EXACT (case-insensitive), resourceID EXACT, an OrConditions list of resourceIDs, a tag condition', async () => {
    const ids = [];
    for (const name of ['Alpha', 'Beta', 'Gamma', 'Alphabet']) {
      ids.push(await createProfile(name, { Tags: name === 'Gamma' ? { 'cdk-connect-routing:owner': 'stack-1' } : undefined }));
    }
    const names = async (input: Omit<SearchRoutingProfilesCommandInput, 'InstanceId'>) =>
      (await search(input)).RoutingProfiles!.map((p) => p.Name);
    expect(await names({ SearchCriteria: { StringCondition: { FieldName: 'name', Value: 'alpha', ComparisonType: 'EXACT' } } })).toEqual(['Alpha']);
    expect(await names({ SearchCriteria: { StringCondition: { FieldName: 'resourceID', Value: ids[1], ComparisonType: 'EXACT' } } })).toEqual(['Beta']);
    expect(await names({
      SearchCriteria: { OrConditions: [ids[0], ids[2], 'no-such-id'].map((Value) => ({ StringCondition: { FieldName: 'resourceID', Value, ComparisonType: 'EXACT' } })) },
    })).toEqual(['Alpha', 'Gamma']);
    expect(await names({ SearchFilter: { TagFilter: { TagCondition: { TagKey: 'cdk-connect-routing:owner', TagValue: 'stack-1' } } } })).toEqual(['Gamma']);
    expect(await names({
      SearchCriteria: { StringCondition: { FieldName: 'name', Value: 'Alpha', ComparisonType: 'STARTS_WITH' } },
      SearchFilter: { TagFilter: { TagCondition: { TagKey: 'cdk-connect-routing:owner' } } },
    })).toEqual([]);
  });

  test('a long OrConditions list pages with a NextToken of at most 2500 characters', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 120; i++) ids.push(await createProfile(`Or ${i}`));
    const criteria: RoutingProfileSearchCriteria = {
      OrConditions: ids.map((Value) => ({ StringCondition: { FieldName: 'resourceID', Value, ComparisonType: 'EXACT' } })),
    };
    const found = await searchAll(criteria, 50);
    expect(found.pages).toEqual([50, 50, 20]);
    expect(found.ids).toEqual(ids);
  });

  test('no criteria finds every profile; more than 500 page at MaxResults 500 (ApproximateTotalCount on every page)', async () => {
    await t.emu.control.setQuotas({ routingProfilesPerInstance: 1100 });
    try {
      const names = Array.from({ length: 1000 }, (_, i) => `Bulk ${String(i).padStart(4, '0')}`);
      for (let i = 0; i < names.length; i += 25) await Promise.all(names.slice(i, i + 25).map((name) => createProfile(name)));
      const first = await search({ MaxResults: 500 });
      expect([first.RoutingProfiles!.length, first.ApproximateTotalCount]).toEqual([500, 1001]);
      const second = await search({ MaxResults: 500, NextToken: first.NextToken });
      expect([second.RoutingProfiles!.length, second.ApproximateTotalCount]).toEqual([500, 1001]);
      const found = await searchAll(undefined, 500);
      expect(found.pages).toEqual([500, 500, 1]);
      expect(new Set(found.ids).size).toBe(1001);
      const listed: string[] = [];
      for await (const page of paginateListRoutingProfiles({ client: t.connect, pageSize: 1000 }, { InstanceId: t.emu.instanceId })) {
        listed.push(...page.RoutingProfileSummaryList!.map((p) => p.Id!));
      }
      expect(found.ids.sort()).toEqual(listed.sort());
      // The default page size is 100.
      const defaultPage = await search();
      expect(defaultPage.RoutingProfiles).toHaveLength(100);
      expect((await t.connect.send(new ListRoutingProfilesCommand({ InstanceId: t.emu.instanceId }))).RoutingProfileSummaryList).toHaveLength(100);
    } finally {
      await t.emu.control.setQuotas({ routingProfilesPerInstance: 500 });
    }
  }, 60_000);
});
