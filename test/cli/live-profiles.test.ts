import { ConnectClient, CreateRoutingProfileCommand } from '@aws-sdk/client-connect';
import { readLiveProfiles } from '../../cli/local/live-profiles';
import { LocalConnect, startLocalConnect } from '../../local';

// Ids that sort opposite to the names, and names whose code-unit order is not a locale's ('Zulu' before 'beta').
const QUEUES = [
  { id: 'ffffffff-0000-4000-8000-000000000001', name: 'Alpha' },
  { id: '00000000-0000-4000-8000-000000000002', name: 'Zulu' },
  { id: '88888888-0000-4000-8000-000000000003', name: 'beta' },
];

let local: LocalConnect;
let connect: ConnectClient;

beforeAll(async () => {
  local = await startLocalConnect({ seed: { queues: QUEUES } });
  connect = new ConnectClient({ ...local.clientConfig, maxAttempts: 1 });
});
afterAll(async () => {
  connect.destroy();
  await local.close();
});

test('profiles, queue pairs and manual-assignment pairs are listed in code-unit order of their names, never by id or locale', async () => {
  for (const name of ['beta desk', 'Zulu desk', 'Alpha desk']) {
    await connect.send(new CreateRoutingProfileCommand({
      InstanceId: local.instanceId,
      Name: name,
      Description: name,
      DefaultOutboundQueueId: QUEUES[0].id,
      MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: 1 }, { Channel: 'CHAT', Concurrency: 1 }],
      QueueConfigs: QUEUES.map((q) => ({ QueueReference: { QueueId: q.id, Channel: 'CHAT' }, Priority: 1, Delay: 0 })),
      ManualAssignmentQueueConfigs: QUEUES.map((q) => ({ QueueReference: { QueueId: q.id, Channel: 'VOICE' } })),
    }));
  }

  const live = await readLiveProfiles(connect, local.instanceId);

  expect(live.map((p) => p.name)).toEqual(['Basic Routing Profile', 'Alpha desk', 'Zulu desk', 'beta desk']);
  for (const profile of live.slice(1)) {
    expect(profile.queues.map((q) => q.queue)).toEqual(['Alpha', 'Zulu', 'beta']);
    expect(profile.manual.map((q) => q.queue)).toEqual(['Alpha', 'Zulu', 'beta']);
  }
});
