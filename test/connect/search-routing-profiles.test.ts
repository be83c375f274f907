import { ConnectClient, CreateRoutingProfileCommand, DescribeRoutingProfileCommand } from '@aws-sdk/client-connect';
import { RunningEmulator, startEmulator } from '../../emulator';
import { ConnectApi } from '../../lambda/connect/connect-api';
import { describeProfile } from '../../lambda/connect/read-live-profile';
import { SEARCH_PAGE_SIZE, searchRoutingProfiles } from '../../lambda/connect/search-routing-profiles';
import { probeInstance, sweepProfiles } from '../../lambda/drift/sweep-profiles';

let emulator: RunningEmulator;
let client: ConnectClient;
let api: ConnectApi;
/** The ids of the five profiles created here, in creation order. */
let created: string[];

beforeAll(async () => {
  emulator = await startEmulator({ throttle: false, log: () => undefined });
  client = new ConnectClient({ ...emulator.clientConfig, maxAttempts: 1 });
  api = new ConnectApi(client, Date.now() + 60_000);
  const queue = emulator.seed.queues[0].id;
  created = [];
  for (const name of ['P1', 'P2', 'P3', 'P4', 'P5']) {
    const out = await client.send(new CreateRoutingProfileCommand({
      InstanceId: emulator.instanceId,
      Name: name,
      Description: 'search test',
      DefaultOutboundQueueId: queue,
      MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: 1 }, { Channel: 'CHAT', Concurrency: 2, CrossChannelBehavior: { BehaviorType: 'ROUTE_ANY_CHANNEL' } }],
      QueueConfigs: [{ QueueReference: { QueueId: queue, Channel: 'VOICE' }, Priority: 1, Delay: 0 }],
      AgentAvailabilityTimer: 'TIME_SINCE_LAST_INBOUND',
      Tags: { team: name },
    }));
    created.push(out.RoutingProfileId!);
  }
});
afterAll(async () => {
  client.destroy();
  await emulator.close();
});
beforeEach(() => emulator.control.clearCalls());

async function searchCalls(): Promise<Array<{ MaxResults?: number; NextToken?: string; SearchCriteria?: unknown }>> {
  return (await emulator.control.calls({ operation: 'SearchRoutingProfiles' })).map((c) => c.input as { MaxResults?: number; NextToken?: string });
}

test('one call of the largest page reports every profile, with what Describe reports except behaviours, the timer and the Region', async () => {
  const all = [];
  for await (const profile of searchRoutingProfiles(api, emulator.instanceId)) all.push(profile);

  expect(all.map((p) => p.name).sort()).toEqual(['Basic Routing Profile', 'P1', 'P2', 'P3', 'P4', 'P5']);
  expect(await searchCalls()).toEqual([expect.objectContaining({ MaxResults: SEARCH_PAGE_SIZE })]);
  expect((await searchCalls())[0].SearchCriteria).toBeUndefined();

  const described = await describeProfile(api, emulator.instanceId, created[0]);
  const searched = all.find((p) => p.routingProfileId === created[0])!;
  const { agentAvailabilityTimer, lastModifiedRegion, mediaConcurrencies, ...rest } = described!;
  expect(searched).toEqual({ ...rest, mediaConcurrencies: mediaConcurrencies.map(({ crossChannelBehavior: _, ...m }) => m) });
  // What Search leaves out is really there: the report is partial, not the profile.
  expect(agentAvailabilityTimer).toBe('TIME_SINCE_LAST_INBOUND');
  expect(lastModifiedRegion).toBe('us-east-1');
  expect(searched).not.toHaveProperty('agentAvailabilityTimer');
  expect(searched).not.toHaveProperty('lastModifiedRegion');
  expect(searched).toMatchObject({ tags: { team: 'P1' }, numberOfAssociatedQueues: 1, numberOfAssociatedManualAssignmentQueues: 0 });
});

test('every page is followed, each with the previous page\'s token', async () => {
  const paged = [];
  for await (const profile of searchRoutingProfiles(api, emulator.instanceId, 2)) paged.push(profile.routingProfileId);
  expect(new Set(paged).size).toBe(6);
  const calls = await searchCalls();
  expect(calls).toHaveLength(3);
  expect(calls.map((c) => c.NextToken === undefined)).toEqual([true, false, false]);
});

describe('sweepProfiles', () => {
  test('reports the wanted profiles by id and stops paging once each has been seen', async () => {
    const order = await idsInSearchOrder();
    const swept = await sweepProfiles(api, emulator.instanceId, new Set([order[0], order[2]]), 2);
    expect([...swept.keys()].sort()).toEqual([order[0], order[2]].sort());
    expect(swept.get(order[0])).toMatchObject({ routingProfileId: order[0] });
    expect(await searchCalls()).toHaveLength(2);
  });

  test('a wanted profile that is gone costs every page, and is absent from the result', async () => {
    const swept = await sweepProfiles(api, emulator.instanceId, new Set([created[1], 'deleted-profile-id']), 2);
    expect([...swept.keys()]).toEqual([created[1]]);
    expect(await searchCalls()).toHaveLength(3);
  });

  test('an unknown instance is ResourceNotFoundException', async () => {
    await expect(sweepProfiles(api, '00000000-0000-0000-0000-000000000000', new Set(created))).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
  });
});

describe('probeInstance', () => {
  test('an existing instance: one call of one result', async () => {
    await expect(probeInstance(api, emulator.instanceId)).resolves.toBeUndefined();
    expect(await searchCalls()).toEqual([expect.objectContaining({ MaxResults: 1 })]);
  });

  test('a missing instance throws ResourceNotFoundException, which a Describe of one of its profiles does not tell apart', async () => {
    const missing = '00000000-0000-0000-0000-000000000000';
    await expect(client.send(new DescribeRoutingProfileCommand({ InstanceId: missing, RoutingProfileId: created[0] })))
      .rejects.toMatchObject({ name: 'ResourceNotFoundException' });
    await expect(probeInstance(api, missing)).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
  });
});

/** The profile ids in the order Search reports them (then a clean call log). */
async function idsInSearchOrder(): Promise<string[]> {
  const ids = [];
  for await (const profile of searchRoutingProfiles(api, emulator.instanceId)) ids.push(profile.routingProfileId);
  await emulator.control.clearCalls();
  return ids;
}
