import * as fs from 'fs';
import { ConnectClient, ListRoutingProfilesCommand, UpdateRoutingProfileQueuesCommand } from '@aws-sdk/client-connect';
import { EXAMPLE_INSTANCE_ID, projectDirectory, synthesizeExample } from './cli-process';
import { readLiveProfiles } from '../../cli/local/live-profiles';
import { CONTACT_CENTER_QUEUES } from '../../examples/contact-center/queues';
// The package's subpath entry, as a user's test imports it (`cdk-connect-routing/local`): local.js loads the CLI bundle.
import { LocalConnect, LocalProgressEvent, startLocalConnect } from '../../local';

const project = projectDirectory();
let local: LocalConnect;
let connect: ConnectClient;
let assembly: string;

beforeAll(async () => {
  assembly = synthesizeExample(project);
  local = await startLocalConnect({
    seed: {
      instances: [{ id: EXAMPLE_INSTANCE_ID }],
      queues: CONTACT_CENTER_QUEUES.map((q) => ({ ...q, instanceId: EXAMPLE_INSTANCE_ID })),
    },
  });
  connect = new ConnectClient({ ...local.clientConfig, maxAttempts: 1 });
});
afterAll(async () => {
  connect.destroy();
  await local.close();
});

test('starts the emulator on one endpoint with the seeded instances, and a temporary state folder', async () => {
  expect(local.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  expect(local.instanceArn).toBe(`arn:aws:connect:us-east-1:123456789012:instance/${local.instanceId}`);
  expect(local.instances.map((i) => i.instanceId)).toEqual([local.instanceId, EXAMPLE_INSTANCE_ID]);
  expect(local.instances[1].queues).toHaveLength(CONTACT_CENTER_QUEUES.length);
  expect(fs.existsSync(local.stateDirectory)).toBe(true);
  const profiles = await connect.send(new ListRoutingProfilesCommand({ InstanceId: EXAMPLE_INSTANCE_ID }));
  expect(profiles.RoutingProfileSummaryList?.map((p) => p.Name)).toEqual(['Basic Routing Profile']);
});

test('deploys an assembly with progress events, reads the call log, runs the drift reconciler, destroys', async () => {
  const progress: LocalProgressEvent[] = [];
  await local.clearCalls();

  const [stack] = await local.deploy(assembly, { onProgress: (event) => progress.push(event) });

  expect(stack.stackName).toBe('ContactCenter');
  expect(stack.created).toHaveLength(6);
  expect(progress.filter((e) => e.status === 'CREATE_COMPLETE' && e.resourceType === 'Custom::ConnectRoutingProfile')).toHaveLength(4);
  expect(await local.calls({ operation: 'CreateRoutingProfile' })).toHaveLength(4);
  const support = (await readLiveProfiles(connect, EXAMPLE_INSTANCE_ID)).find((p) => p.name === 'Tier 1 Support')!;
  expect(support.queues).toHaveLength(24);

  const vip = local.instances[1].queues.find((q) => q.name === 'VIP')!;
  await connect.send(new UpdateRoutingProfileQueuesCommand({
    InstanceId: EXAMPLE_INSTANCE_ID, RoutingProfileId: support.id, QueueConfigs: [{ QueueReference: { QueueId: vip.id, Channel: 'VOICE' }, Priority: 8, Delay: 0 }],
  }));
  const [run] = await local.runDriftReconciler();
  expect(run).toMatchObject({ stackName: 'ContactCenter', driftedProfiles: 1, correctedProfiles: 0 });
  expect(run.functionLogicalId).toMatch(/^CdkConnectRoutingDriftReconciler/);
  expect(run.outcomes.find((o) => o.status === 'DRIFTED')?.differences).toEqual([
    { field: `queueConfigs[${vip.id}/VOICE].priority`, expected: 1, actual: 8 },
  ]);

  const [destroyed] = await local.destroy();
  expect(destroyed.deleted).toHaveLength(6);
  expect((await readLiveProfiles(connect, EXAMPLE_INSTANCE_ID)).map((p) => p.name)).toEqual(['Basic Routing Profile']);
});

test('a failed deploy rejects with the reason and rolls back', async () => {
  const bare = synthesizeExample(project, 'bare.out');
  const other = await startLocalConnect();
  try {
    await expect(other.deploy(bare)).rejects.toThrow(/^Deploy of ContactCenter failed and was rolled back: /);
  } finally {
    await other.close();
  }
  expect(fs.existsSync(other.stateDirectory)).toBe(false);
});

test('a seed of the wrong shape is refused before anything starts', async () => {
  await expect(startLocalConnect({ seed: { queues: [{ name: '' }] } })).rejects.toThrow('seed: `queues[0].name` must be a non-empty string, got: ""');
});
