import * as path from 'path';
import { ConnectClient, UpdateRoutingProfileQueuesCommand } from '@aws-sdk/client-connect';
import { workDirectory } from './echo-app';
import { readLiveProfiles } from '../../cli/local/live-profiles';
import { RunningDynamoDbLocal, RunningEmulator, startDynamoDbLocal, startEmulator } from '../../emulator';
import { CONTACT_CENTER_QUEUES } from '../../examples/contact-center/queues';
import { synthesizeContactCenter } from '../../examples/contact-center/synthesize';
import { emulatorEnvironment, LocalDeployment } from '../../local-deploy';

/** The example's four routing profiles (other resources, e.g. a desired-state table, come and go with the library). */
const PROFILE = /^(Support|Sales|EmailDesk|Callbacks)[0-9A-F]{8}$/;
const WRITE = /^(Create|Delete|Associate|Disassociate|Update|Tag|Untag)/;

let emulator: RunningEmulator;
let dynamodb: RunningDynamoDbLocal;
let connect: ConnectClient;
let deployment: LocalDeployment;
let work: string;

beforeAll(async () => {
  emulator = await startEmulator({ throttle: false, log: () => undefined });
  dynamodb = await startDynamoDbLocal();
  connect = new ConnectClient({ ...emulator.clientConfig, maxAttempts: 1 });
  const existing = new Set(emulator.seed.queues.map((q) => q.name));
  await emulator.control.seed({ queues: CONTACT_CENTER_QUEUES.filter((q) => !existing.has(q.name)) });
  work = workDirectory();
  deployment = await LocalDeployment.start({
    environment: emulatorEnvironment(emulator, dynamodb.endpoint),
    stateDirectory: path.join(work, 'state'),
  });
});
afterAll(async () => {
  await deployment.close();
  connect.destroy();
  await emulator.close();
  await dynamodb.close();
});

async function writes(): Promise<string[]> {
  const calls = await emulator.control.calls();
  await emulator.control.clearCalls();
  return calls.filter((c) => WRITE.test(c.operation) && c.outcome.status < 300).map((c) => c.operation);
}

test('the example contact center deploys, takes a change with the fewest calls (correcting a console edit), and destroys', async () => {
  // Deploy: four profiles, the 24-pair one in CreateRoutingProfile (10 pairs) plus Associate calls of at most 10.
  const [created] = await deployment.deploy(synthesizeContactCenter({ instanceArn: emulator.instanceArn, outdir: path.join(work, 'standard') }));
  expect(created.created.filter((id) => PROFILE.test(id))).toEqual([
    expect.stringMatching(/^Support/), expect.stringMatching(/^Sales/), expect.stringMatching(/^EmailDesk/), expect.stringMatching(/^Callbacks/),
  ]);
  expect(created.skipped.map((s) => s.resourceType)).toEqual(expect.arrayContaining(['AWS::IAM::Role', 'AWS::Connect::IntegrationAssociation']));
  expect((await writes()).sort()).toEqual([
    'AssociateRoutingProfileQueues', 'AssociateRoutingProfileQueues',
    'CreateRoutingProfile', 'CreateRoutingProfile', 'CreateRoutingProfile', 'CreateRoutingProfile',
    'UpdateRoutingProfileConcurrency',
  ]);
  const live = await readLiveProfiles(connect, emulator.instanceId);
  expect(live.map((p) => [p.name, p.concurrency, p.queues.length, p.manual.length])).toEqual([
    ['Basic Routing Profile', 'VOICE 1, CHAT 3 (any channel), TASK 2', 3, 0],
    ['Callback Desk', 'VOICE 1, TASK 5', 1, 2],
    ['Email Desk', 'EMAIL 5, TASK 3', 3, 0],
    ['Sales', 'VOICE 1, CHAT 2', 3, 0],
    ['Tier 1 Support', 'VOICE 1, CHAT 3 (any channel), TASK 2', 24, 0],
  ]);
  const support = live.find((p) => p.name === 'Tier 1 Support')!;
  expect(support.queues.filter((q) => q.queue === 'Returns').map((q) => q.priority)).toEqual([4, 4]);

  // A console edit on Tier 1 Support, then the holiday-peak variant: Returns moves up, Sales takes four chats.
  const vip = (await emulator.control.summary()).queues.find((q) => q.name === 'VIP')!;
  await connect.send(new UpdateRoutingProfileQueuesCommand({
    InstanceId: emulator.instanceId,
    RoutingProfileId: support.id,
    QueueConfigs: [{ QueueReference: { QueueId: vip.id, Channel: 'VOICE' }, Priority: 8, Delay: 0 }],
  }));
  await emulator.control.clearCalls();
  const [updated] = await deployment.deploy(synthesizeContactCenter({
    instanceArn: emulator.instanceArn, outdir: path.join(work, 'peak'), holidayPeak: true,
  }));
  expect(updated.updated.filter((id) => PROFILE.test(id))).toEqual([expect.stringMatching(/^Support/), expect.stringMatching(/^Sales/)]);
  expect(updated.unchanged.filter((id) => PROFILE.test(id))).toHaveLength(2);
  // One call puts VIP back and moves both Returns pairs; one changes Sales' concurrency.
  expect((await writes()).sort()).toEqual(['UpdateRoutingProfileConcurrency', 'UpdateRoutingProfileQueues']);
  const changed = await readLiveProfiles(connect, emulator.instanceId);
  const supportAfter = changed.find((p) => p.name === 'Tier 1 Support')!;
  expect(supportAfter.queues.filter((q) => q.queue === 'Returns').map((q) => q.priority)).toEqual([2, 2]);
  expect(supportAfter.queues.filter((q) => q.queue === 'VIP').map((q) => q.priority)).toEqual([1, 1]);
  expect(changed.find((p) => p.name === 'Sales')!.concurrency).toBe('VOICE 1, CHAT 4');

  // Destroy: every profile the stack created is deleted; the instance's default stays.
  await emulator.control.clearCalls();
  const [destroyed] = await deployment.destroy();
  expect(destroyed.deleted.filter((id) => PROFILE.test(id))).toHaveLength(4);
  expect((await writes()).sort()).toEqual([
    'DeleteRoutingProfile', 'DeleteRoutingProfile', 'DeleteRoutingProfile', 'DeleteRoutingProfile', 'UpdateRoutingProfileConcurrency',
  ]);
  // The default profile's concurrency is put back as it was found.
  expect((await readLiveProfiles(connect, emulator.instanceId)).map((p) => [p.name, p.concurrency])).toEqual([
    ['Basic Routing Profile', 'VOICE 1, CHAT 2, TASK 1'],
  ]);
  expect(deployment.state('ContactCenter')).toBeUndefined();
});
