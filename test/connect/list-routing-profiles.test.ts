import { ConnectClient, CreateRoutingProfileCommand } from '@aws-sdk/client-connect';
import { RunningEmulator, startEmulator } from '../../emulator';
import { ConnectApi } from '../../lambda/connect/connect-api';
import { findRoutingProfileByName } from '../../lambda/connect/find-routing-profile';
import { routingProfileSummaries } from '../../lambda/connect/list-routing-profiles';

let emulator: RunningEmulator;
let client: ConnectClient;
let api: ConnectApi;
/** The instance's profile names: the seeded default and the five created here. */
let names: string[];

beforeAll(async () => {
  emulator = await startEmulator({ throttle: false, log: () => undefined });
  client = new ConnectClient({ ...emulator.clientConfig, maxAttempts: 1 });
  api = new ConnectApi(client, Date.now() + 60_000);
  for (const name of ['P1', 'P2', 'P3', 'P4', 'P5']) {
    await client.send(new CreateRoutingProfileCommand({
      InstanceId: emulator.instanceId,
      Name: name,
      Description: 'paging test',
      DefaultOutboundQueueId: emulator.seed.queues[0].id,
      MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: 1 }],
    }));
  }
  names = [];
  for await (const summary of routingProfileSummaries(api, emulator.instanceId)) names.push(summary.Name!);
});
afterAll(async () => {
  client.destroy();
  await emulator.close();
});
beforeEach(() => emulator.control.clearCalls());

async function listCalls(): Promise<Array<{ MaxResults?: number; NextToken?: string }>> {
  return (await emulator.control.calls({ operation: 'ListRoutingProfiles' })).map((c) => c.input as { MaxResults?: number; NextToken?: string });
}

test('one call with the largest page covers an instance\'s profiles', async () => {
  expect(names).toHaveLength(6);
  expect(names).toEqual(expect.arrayContaining(['P1', 'P2', 'P3', 'P4', 'P5']));
  for await (const _ of routingProfileSummaries(api, emulator.instanceId));
  expect(await listCalls()).toEqual([expect.objectContaining({ MaxResults: 1000 })]);
});

test('every page is followed to the last, each with the previous page\'s token', async () => {
  const paged: string[] = [];
  for await (const summary of routingProfileSummaries(api, emulator.instanceId, 2)) paged.push(summary.Name!);

  expect(paged).toEqual(names);
  const calls = await listCalls();
  expect(calls).toHaveLength(3);
  expect(calls[0].NextToken).toBeUndefined();
  expect(calls[1].NextToken).toEqual(expect.any(String));
  expect(calls[2].NextToken).toEqual(expect.any(String));
});

test('a caller that stops iterating makes no further call', async () => {
  for await (const summary of routingProfileSummaries(api, emulator.instanceId, 2)) {
    if (summary.Name === names[2]) break;
  }
  expect(await listCalls()).toHaveLength(2);

  expect(await findRoutingProfileByName(api, emulator.instanceId, 'P3')).toMatchObject({ Name: 'P3' });
  expect(await findRoutingProfileByName(api, emulator.instanceId, 'missing')).toBeUndefined();
});

test('an unknown instance is ResourceNotFoundException', async () => {
  await expect(findRoutingProfileByName(api, '00000000-0000-0000-0000-000000000000', 'P1')).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
});
