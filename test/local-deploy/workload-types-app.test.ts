/**
 * Construct prop to Connect call body, end to end: a CDK app declaring workload types, synthesized, deployed into the
 * emulator with CloudFormation's custom-resource semantics by the bundled handlers, deployed again unchanged, and
 * destroyed.
 */
import * as path from 'path';
import { ConnectClient, DescribeRoutingProfileCommand } from '@aws-sdk/client-connect';
import { App, Stack } from 'aws-cdk-lib';
import { workDirectory } from './echo-app';
import { RunningDynamoDbLocal, RunningEmulator, startDynamoDbLocal, startEmulator } from '../../emulator';
import { emulatorEnvironment, LocalDeployment } from '../../local-deploy';
import {
  Channel, CrossChannelWorkloadBehavior, MediaConcurrency, QueueRef, RoutingProfile, RoutingProfileConcurrency, RoutingProfileTarget,
} from '../../src';

let emulator: RunningEmulator;
let dynamodb: RunningDynamoDbLocal;
let connect: ConnectClient;
let deployment: LocalDeployment;

beforeAll(async () => {
  emulator = await startEmulator({ throttle: false, log: () => undefined });
  dynamodb = await startDynamoDbLocal();
  connect = new ConnectClient({ ...emulator.clientConfig, maxAttempts: 1 });
  deployment = await LocalDeployment.start({
    environment: emulatorEnvironment(emulator, dynamodb.endpoint),
    stateDirectory: path.join(workDirectory(), 'state'),
  });
});
afterAll(async () => {
  await deployment.close();
  connect.destroy();
  await emulator.close();
  await dynamodb.close();
});

function synthesize(outdir: string): string {
  const app = new App({ outdir });
  const stack = new Stack(app, 'WorkloadTypes', { env: { account: emulator.accountId, region: emulator.region } });
  new RoutingProfile(stack, 'Billing', {
    instanceArn: emulator.instanceArn,
    routingProfileName: 'Billing desk',
    defaultOutboundQueue: QueueRef.fromQueueName('BasicQueue'),
    mediaConcurrencies: [
      MediaConcurrency.voice(),
      MediaConcurrency.taskByWorkloadType([
        { workloadType: 'billing', concurrency: 3, crossChannelWorkloadBehavior: CrossChannelWorkloadBehavior.ROUTE_CURRENT_CHANNEL_ANY_WORKLOADTYPE_ONLY },
        { workloadType: 'returns', concurrency: 2 },
      ]),
    ],
    queueConfigs: [{ queue: QueueRef.fromQueueName('Billing'), channel: Channel.TASK, priority: 1 }],
  });
  new RoutingProfileConcurrency(stack, 'BasicEmail', {
    routingProfile: RoutingProfileTarget.fromName(emulator.instanceArn, 'Basic Routing Profile'),
    mediaConcurrencies: [MediaConcurrency.emailByWorkloadType([{ workloadType: 'general', concurrency: 4 }])],
  });
  return app.synth().directory;
}

async function concurrencyOf(name: string) {
  const id = (await emulator.control.summary()).routingProfiles.find((p) => p.name === name)!.id;
  const out = await connect.send(new DescribeRoutingProfileCommand({ InstanceId: emulator.instanceId, RoutingProfileId: id }));
  return out.RoutingProfile!.MediaConcurrencies;
}

test('deploys workload types as declared, redeploys with no Connect call, and destroys back to the original profile', async () => {
  const work = workDirectory();
  const basicBefore = await concurrencyOf('Basic Routing Profile');
  await emulator.control.clearCalls();

  await deployment.deploy(synthesize(path.join(work, 'v1')));
  const operations = (await emulator.control.calls()).map((call) => call.operation);
  expect(operations.filter((op) => op === 'DescribePredefinedAttribute')).toHaveLength(2);
  expect(operations.filter((op) => /^(Create|Update|Associate|Tag)/.test(op)).sort()).toEqual(['CreateRoutingProfile', 'UpdateRoutingProfileConcurrency']);
  expect((await concurrencyOf('Billing desk'))!.find((m) => m.Channel === 'TASK')).toEqual({
    Channel: 'TASK',
    WorkloadTypeConcurrencies: [
      { WorkloadType: 'billing', Concurrency: 3, CrossChannelWorkloadBehavior: { ChannelWorkloadBehaviorType: 'ROUTE_CURRENT_CHANNEL_ANY_WORKLOADTYPE_ONLY' } },
      { WorkloadType: 'returns', Concurrency: 2 },
    ],
  });
  expect((await concurrencyOf('Basic Routing Profile'))!.find((m) => m.Channel === 'EMAIL'))
    .toEqual({ Channel: 'EMAIL', WorkloadTypeConcurrencies: [{ WorkloadType: 'general', Concurrency: 4 }] });

  await emulator.control.clearCalls();
  await deployment.deploy(synthesize(path.join(work, 'v2')));
  expect(await emulator.control.calls()).toEqual([]);

  await deployment.destroy();
  expect(await concurrencyOf('Basic Routing Profile')).toEqual(basicBefore);
  expect((await emulator.control.summary()).routingProfiles.map((p) => p.name)).not.toContain('Billing desk');
});
