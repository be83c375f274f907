/**
 * `cdk-connect-routing plan`, end to end through the bin as a child process against the emulator: the example
 * contact center before its first deploy, after it, with the holiday-peak change and after a console edit; the JSON
 * document; what a deploy would refuse; values known only after deploy; and every bad input. It only ever reads.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ConnectClient, UpdateRoutingProfileQueuesCommand } from '@aws-sdk/client-connect';
import { App, Aws, CfnParameter, CfnResource, Stack, aws_connect as connect } from 'aws-cdk-lib';
import { EXAMPLE_INSTANCE_ARN, EXAMPLE_INSTANCE_ID, projectDirectory, runCli, synthesizeExample } from './cli-process';
import { sdkEnvironment } from './generated-app';
import { RunningDynamoDbLocal, RunningEmulator, startDynamoDbLocal, startEmulator } from '../../emulator';
import { CONTACT_CENTER_QUEUES } from '../../examples/contact-center/queues';
import { emulatorEnvironment, LocalDeployment } from '../../local-deploy';
import {
  Channel, MediaConcurrency, QueueRef, RoutingProfile, RoutingProfileConcurrency, RoutingProfileTarget,
} from '../../src';

const WRITE_OPERATIONS = /^(Create|Delete|Associate|Disassociate|Update|Tag|Untag)/;
const project = projectDirectory();
const env = sdkEnvironment();
let emulator: RunningEmulator;
let dynamodb: RunningDynamoDbLocal;
let client: ConnectClient;
let endpoint: string;
/** The example instance's queues, id by name. */
const queueIds = new Map<string, string>();

beforeAll(async () => {
  emulator = await startEmulator({ throttle: false, log: () => undefined });
  dynamodb = await startDynamoDbLocal();
  client = new ConnectClient({ ...emulator.clientConfig, maxAttempts: 1 });
  endpoint = emulator.endpoint;
  const [instance] = (await emulator.control.seed({ instances: [{ id: EXAMPLE_INSTANCE_ID, alias: 'contact-center' }] })).instances;
  const basic = instance.routingProfiles.find((p) => p.isDefault)!;
  const seeded = await emulator.control.seed({
    queues: CONTACT_CENTER_QUEUES.filter((q) => q.name !== 'BasicQueue').map((q) => ({ instanceId: EXAMPLE_INSTANCE_ID, ...q })),
    users: ['carol', 'dave', 'erin'].map((username) => ({ instanceId: EXAMPLE_INSTANCE_ID, username, routingProfileId: basic.id })),
  });
  for (const q of seeded.queues) queueIds.set(q.name, q.id);
  synthesizeExample(project, 'cdk.out');
  synthesizeExample(project, 'peak.out', true);
});
afterAll(async () => {
  client.destroy();
  await emulator.close();
  await dynamodb.close();
});
beforeEach(() => emulator.control.clearCalls());
afterEach(async () => {
  const calls = await emulator.control.calls();
  expect(calls.filter((c) => WRITE_OPERATIONS.test(c.operation)).map((c) => c.operation)).toEqual([]);
});

function plan(assembly: string, ...more: string[]) {
  return runCli(['plan', assembly, '--endpoint', endpoint, '--max-rate', '1000', ...more], project, env);
}

// The tests run in order: the second deploys the example, which the later ones plan against.
describe('plan of the example contact center', () => {
  test('before its first deploy: four profiles to create and the default profile\'s concurrency to change; exit 2 with --detailed-exitcode', async () => {
    const result = await plan('cdk.out', '--detailed-exitcode');

    expect(result.stderr).toBe('');
    expect(result.code).toBe(2);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(`Planning 5 resource(s) of cdk.out against ${endpoint}, read-only: this command never writes to Connect.`);
    expect(lines.filter((line) => /^[+~=!?] /.test(line))).toEqual([
      '+ "Tier 1 Support" (ContactCenter/Support5CFB64A3): to create, 3 calls',
      '+ "Sales" (ContactCenter/Sales1863061C): to create, 1 call',
      '+ "Email Desk" (ContactCenter/EmailDeskF51842C4): to create, 1 call',
      '+ "Callback Desk" (ContactCenter/CallbacksC17DEF61): to create, 1 call',
      '~ "Basic Routing Profile" (ContactCenter/BasicConcurrencyBB3D43A1, concurrency only): to change, 1 call; 3 agents on the profile',
    ]);
    expect(result.stdout).toContain('      CreateRoutingProfile  "Callback Desk"; VOICE 1, TASK 5; 1 pair: Callbacks TASK (priority 1, delay 0 s); '
      + '2 manual-assignment pairs: Callbacks TASK+VOICE; tags cdk-connect-routing:owner, cost-center\n');
    expect(result.stdout).toContain('    ~ CHAT concurrency: 2 → 3\n    ~ CHAT cross-channel behaviour: "ROUTE_CURRENT_CHANNEL_ONLY" → "ROUTE_ANY_CHANNEL"\n'
      + '    ~ TASK concurrency: 1 → 2\n');
    expect(lines.slice(-2)).toEqual(['Plan: 4 to create, 1 to change, 0 unchanged; 7 calls in total. Nothing was written to Connect.', '']);
  });

  test('after the deploy: no change, exit 0 with --detailed-exitcode', async () => {
    await deploy('cdk.out');
    const result = await plan('cdk.out', '--detailed-exitcode');

    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').filter((line) => /^[+~=!?] /.test(line)).every((line) => line.startsWith('= '))).toBe(true);
    expect(result.stdout).toContain('\nPlan: 0 to create, 0 to change, 5 unchanged; 0 calls in total. Nothing was written to Connect.\n');
    // Four RoutingProfiles and a RoutingProfileConcurrency targeted by name: the instance's profiles are listed once.
    expect((await emulator.control.calls()).filter((c) => c.operation === 'ListRoutingProfiles')).toHaveLength(1);
  });

  test('the holiday-peak change: old → new per queue and channel, the calls, exit 2 with --detailed-exitcode', async () => {
    const result = await plan('peak.out', '--detailed-exitcode');

    expect(result.code).toBe(2);
    expect(result.stdout).toContain([
      '~ "Tier 1 Support" (ContactCenter/Support5CFB64A3): to change, 1 call; 0 agents on the profile',
      '    ~ Returns CHAT priority: 4 → 2',
      '    ~ Returns VOICE priority: 4 → 2',
      '    calls:',
      '      UpdateRoutingProfileQueues  2 pairs: Returns CHAT+VOICE (priority 2, delay 0 s)',
      '~ "Sales" (ContactCenter/Sales1863061C): to change, 1 call; 0 agents on the profile',
      '    ~ CHAT concurrency: 2 → 4',
      '    calls:',
      '      UpdateRoutingProfileConcurrency  VOICE 1, CHAT 4',
      '= "Email Desk" (ContactCenter/EmailDeskF51842C4): no change; 0 agents on the profile',
    ].join('\n'));
    expect(result.stdout).toContain('\nPlan: 0 to create, 2 to change, 3 unchanged; 2 calls in total.');
  });

  test('a console edit since the deploy shows as the change the deploy makes back', async () => {
    const profiles = JSON.parse((await plan('cdk.out', '--json')).stdout).resources as Array<{ routingProfileName: string; routingProfileArn: string }>;
    const sales = profiles.find((p) => p.routingProfileName === 'Sales')!.routingProfileArn.split('/').pop()!;
    const queueId = queueIds.get('Sales')!;
    await client.send(new UpdateRoutingProfileQueuesCommand({
      InstanceId: EXAMPLE_INSTANCE_ID,
      RoutingProfileId: sales,
      QueueConfigs: [{ QueueReference: { QueueId: queueId, Channel: 'VOICE' }, Priority: 7, Delay: 45 }],
    }));
    await emulator.control.clearCalls();

    try {
      const result = await plan('cdk.out');

      expect(result.stdout).toContain('~ "Sales" (ContactCenter/Sales1863061C): to change, 1 call; 0 agents on the profile\n'
        + '    ~ Sales VOICE priority: 7 → 1\n    ~ Sales VOICE delay: 45 s → 0 s\n    calls:\n'
        + '      UpdateRoutingProfileQueues  1 pair: Sales VOICE (priority 1, delay 0 s)\n');
    } finally {
      // Put the edit back even when the plan is wrong, so the tests after this one start from the deployed state.
      await client.send(new UpdateRoutingProfileQueuesCommand({
        InstanceId: EXAMPLE_INSTANCE_ID,
        RoutingProfileId: sales,
        QueueConfigs: [{ QueueReference: { QueueId: queueId, Channel: 'VOICE' }, Priority: 1, Delay: 0 }],
      }));
      await emulator.control.clearCalls();
    }
  });

  test('--json prints the documented document: version, summary, and per resource its differences, calls and queue names', async () => {
    const result = await plan('peak.out', '--json');

    expect(result.code).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(document).toMatchObject({
      formatVersion: 1,
      readOnly: true,
      assembly: path.join(fs.realpathSync(project), 'peak.out'),
      region: 'us-east-1',
      summary: { create: 0, change: 2, unchanged: 3, fail: 0, afterDeploy: 0, calls: 2 },
    });
    expect(document.summary.readCalls).toBeGreaterThan(0);
    const support = document.resources[0];
    const returns = Object.entries(support.queueNames as Record<string, string>).find(([, name]) => name === 'Returns')![0];
    expect(Object.keys(support)).toEqual(['stackName', 'logicalId', 'path', 'resourceType', 'action', 'instanceId', 'routingProfileName',
      'routingProfileArn', 'agents', 'notes', 'differences', 'calls', 'queueNames', 'knownAfterDeploy']);
    expect(support).toMatchObject({
      stackName: 'ContactCenter',
      logicalId: 'Support5CFB64A3',
      resourceType: 'Custom::ConnectRoutingProfile',
      action: 'change',
      instanceId: EXAMPLE_INSTANCE_ID,
      routingProfileName: 'Tier 1 Support',
      agents: 0,
      differences: [
        { field: `queueConfigs[${returns}/CHAT].priority`, expected: 2, actual: 4 },
        { field: `queueConfigs[${returns}/VOICE].priority`, expected: 2, actual: 4 },
      ],
      calls: [{
        operation: 'UpdateRoutingProfileQueues',
        input: {
          QueueConfigs: [
            { QueueReference: { QueueId: returns, Channel: 'CHAT' }, Priority: 2, Delay: 0 },
            { QueueReference: { QueueId: returns, Channel: 'VOICE' }, Priority: 2, Delay: 0 },
          ],
        },
      }],
      queueNames: { [returns]: 'Returns' },
      knownAfterDeploy: [],
    });
  });

  test('--stack plans only the stacks named; one that is not in the assembly is refused', async () => {
    const result = await plan('cdk.out', '--stack', 'ContactCenter');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Planning 5 resource(s)');

    const refused = await plan('cdk.out', '--stack', 'Elsewhere');
    expect(refused.errorLines).toEqual(['cdk-connect-routing: stack "Elsewhere" is not in the cloud assembly at cdk.out; it has: ContactCenter']);
    expect(refused.code).toBe(1);
  });
});

describe('what a deploy would refuse, and values known only after deploy', () => {
  test('each refusal is planned as "the deploy fails" with the handler\'s reason; the plan goes on, then exits 1', async () => {
    const app = new App({ outdir: path.join(project, 'refused.out') });
    const stack = new Stack(app, 'Refused', { env: { account: '123456789012', region: 'us-east-1' } });
    const basics = { instanceArn: EXAMPLE_INSTANCE_ARN, defaultOutboundQueue: QueueRef.fromQueueName('BasicQueue'), mediaConcurrencies: [MediaConcurrency.voice()] };
    new RoutingProfile(stack, 'Duplicate', { ...basics, routingProfileName: 'Basic Routing Profile' });
    new RoutingProfile(stack, 'NoSuchQueue', { ...basics, routingProfileName: 'Night', queueConfigs: [{ queue: QueueRef.fromQueueName('Nights'), channel: Channel.VOICE, priority: 1 }] });
    new RoutingProfile(stack, 'UnknownWorkloadType', {
      ...basics, routingProfileName: 'Claims', mediaConcurrencies: [MediaConcurrency.taskByWorkloadType([{ workloadType: 'claims', concurrency: 2 }])],
    });
    new RoutingProfileConcurrency(stack, 'Owned', {
      routingProfile: RoutingProfileTarget.fromName(EXAMPLE_INSTANCE_ARN, 'Tier 1 Support'), mediaConcurrencies: [MediaConcurrency.chat(5)],
    });
    new RoutingProfileConcurrency(stack, 'Missing', {
      routingProfile: RoutingProfileTarget.fromName(EXAMPLE_INSTANCE_ARN, 'Nobody'), mediaConcurrencies: [MediaConcurrency.chat(5)],
    });
    app.synth();

    const result = await plan('refused.out');

    expect(result.code).toBe(1);
    expect(result.errorLines).toHaveLength(1);
    expect(result.errorLines[0]).toMatch(new RegExp('^cdk-connect-routing: the deploy would fail: Refused/Duplicate\\w+, Refused/NoSuchQueue\\w+, '
      + 'Refused/UnknownWorkloadType\\w+, Refused/Owned\\w+, Refused/Missing\\w+ \\(see the plan above\\); nothing was written to Connect$'));
    const text = result.stdout;
    expect(text).toMatch(/! "Basic Routing Profile" \(Refused\/Duplicate\w+\): the deploy fails; 3 agents on the profile\n {4}a routing profile named "Basic Routing Profile" already exists \(arn:aws:connect:[^)]+\) and cdk-connect-routing did not create it: set `adoptExisting: true` to manage it, or choose another `routingProfileName`\n/);
    expect(text).toMatch(/! "Night" \(Refused\/NoSuchQueue\w+\): the deploy fails\n {4}`queueConfigs\[0\]\.queue` names queue "Nights", which does not exist in instance /);
    expect(text).toMatch(/! "Claims" \(Refused\/UnknownWorkloadType\w+\): the deploy fails\n {4}Invalid routing profile properties; nothing was changed in Connect:\n {4}- `mediaConcurrencies\[0\]\.workloadTypeConcurrencies\[0\]\.workloadType` must be a value of connect:WorkloadType in instance \S+ \(it has 3: billing, returns, general\), got: "claims"\n/);
    expect(text).toMatch(/! "Tier 1 Support" \(Refused\/Owned\w+, concurrency only\): the deploy fails; 0 agents on the profile\n {4}routing profile "Tier 1 Support" is managed by the RoutingProfile resource "ContactCenter\/[0-9a-f-]{36}\/Support5CFB64A3": set its `mediaConcurrencies` there/);
    expect(text).toMatch(/! "Nobody" \(Refused\/Missing\w+, concurrency only\): the deploy fails\n {4}No routing profile named "Nobody" exists in instance /);
    expect(text).toContain('Plan: 0 to create, 0 to change, 0 unchanged, 5 failing; 0 calls in total.');
  });

  test('the instance\'s workload types are read once for every profile of the plan that declares some', async () => {
    const app = new App({ outdir: path.join(project, 'workload.out') });
    const stack = new Stack(app, 'Workload', { env: { account: '123456789012', region: 'us-east-1' } });
    for (const workloadType of ['billing', 'returns']) {
      new RoutingProfile(stack, workloadType, {
        instanceArn: EXAMPLE_INSTANCE_ARN,
        routingProfileName: `Tasks: ${workloadType}`,
        defaultOutboundQueue: QueueRef.fromQueueName('BasicQueue'),
        mediaConcurrencies: [MediaConcurrency.voice(), MediaConcurrency.taskByWorkloadType([{ workloadType, concurrency: 2 }])],
      });
    }
    app.synth();

    const result = await plan('workload.out');

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Plan: 2 to create, 0 to change, 0 unchanged; 2 calls in total.');
    expect((await emulator.control.calls()).filter((c) => c.operation === 'DescribePredefinedAttribute')).toHaveLength(1);
  });

  test('a queue created by the same stack and a parameter without a default are "known after deploy", never guessed', async () => {
    const app = new App({ outdir: path.join(project, 'tokens.out') });
    const stack = new Stack(app, 'Tokens', { env: { account: '123456789012', region: 'us-east-1' } });
    const instanceArn = `arn:${Aws.PARTITION}:connect:${Aws.REGION}:${Aws.ACCOUNT_ID}:instance/${EXAMPLE_INSTANCE_ID}`;
    const vip = new connect.CfnQueue(stack, 'VipLine', { instanceArn, name: 'VIP line', hoursOfOperationArn: `${instanceArn}/operating-hours/h` });
    new RoutingProfile(stack, 'Concierge', {
      instanceArn,
      routingProfileName: 'Concierge',
      defaultOutboundQueue: QueueRef.fromQueueName('VIP'),
      mediaConcurrencies: [MediaConcurrency.voice(), MediaConcurrency.chat(2)],
      queueConfigs: [
        { queue: QueueRef.fromCfnQueue(vip), channel: Channel.VOICE, priority: 1 },
        { queue: QueueRef.fromQueueName('VIP'), channel: Channel.CHAT, priority: 2 },
      ],
    });
    new RoutingProfile(stack, 'Described', {
      instanceArn,
      routingProfileName: 'Described at deploy',
      description: new CfnParameter(stack, 'DescriptionParam').valueAsString,
      defaultOutboundQueue: QueueRef.fromQueueName('VIP'),
      mediaConcurrencies: [MediaConcurrency.voice()],
    });
    app.synth();

    const result = await plan('tokens.out', '--detailed-exitcode');

    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/\+ "Concierge" \(Tokens\/Concierge\w+\): to create, 1 call\n {4}calls:\n {6}CreateRoutingProfile {2}"Concierge"; VOICE 1, CHAT 2; 2 pairs: \(queue known after deploy: Fn::GetAtt VipLine\.QueueArn\) VOICE \(priority 1, delay 0 s\), VIP CHAT \(priority 2, delay 0 s\);/);
    expect(result.stdout).toContain('    note: 1 queue(s) known only after deploy: planned as if new to the profile, so a queue that already serves it makes fewer calls than shown\n');
    expect(result.stdout).toMatch(/\? "Described at deploy" \(Tokens\/Described\w+\): known only after deploy\n {4}`Description` is known only after deploy \(Ref DescriptionParam\)\n/);
    expect(result.stdout).toContain('Plan: 1 to create, 0 to change, 0 unchanged, 1 known only after deploy; 1 call in total.');

    const document = JSON.parse((await plan('tokens.out', '--json')).stdout);
    expect(document.resources[0].knownAfterDeploy).toEqual([{ field: 'QueueConfigs[0].Queue.Arn', value: 'Fn::GetAtt VipLine.QueueArn' }]);
    expect(document.resources[0].queueNames).toEqual(expect.objectContaining({ 'after-deploy-1': '(queue known after deploy: Fn::GetAtt VipLine.QueueArn)' }));
  });
});

describe('plan: bad input is one line on stderr, exit 1, nothing read from Connect', () => {
  const refused = async (args: readonly string[], message: string | RegExp, environment = env) => {
    const result = await runCli(args, project, environment);
    expect(result.errorLines).toHaveLength(1);
    expect(result.errorLines[0]).toMatch(typeof message === 'string' ? new RegExp(`^cdk-connect-routing: ${escape(message)}$`) : message);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(await emulator.control.calls()).toEqual([]);
  };

  test('a folder that is not a cloud assembly', () => refused(['plan', 'nowhere', '--endpoint', endpoint],
    /^cdk-connect-routing: No cloud assembly at .*nowhere: manifest\.json is missing \(synthesize the app first\)$/));

  test('an assembly with none of this library\'s resources', () => {
    const app = new App({ outdir: path.join(project, 'plain.out') });
    new CfnResource(new Stack(app, 'Plain'), 'Topic', { type: 'AWS::SNS::Topic' });
    app.synth();
    return refused(['plan', 'plain.out', '--endpoint', endpoint],
      'the cloud assembly at plain.out has none of cdk-connect-routing\'s resources (RoutingProfile, RoutingProfileConcurrency) in Plain: nothing to plan');
  });

  test('a Region mismatch', () => refused(['plan', 'cdk.out', '--endpoint', endpoint, '--region', 'eu-west-1'],
    `ContactCenter/Support5CFB64A3 (instance ${EXAMPLE_INSTANCE_ARN}) is in us-east-1, but the Region is eu-west-1 (from --region): `
    + 'run with --region us-east-1, or with AWS credentials and Region for us-east-1'));

  test('no credentials', () => refused(['plan', 'cdk.out', '--endpoint', endpoint],
    /^cdk-connect-routing: no AWS credentials found \(the AWS SDK looked in the environment, your AWS profile, SSO and instance roles\)/,
    sdkEnvironment('us-east-1', { AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined })));
});

async function deploy(assembly: string): Promise<void> {
  const deployment = await LocalDeployment.start({
    environment: emulatorEnvironment(emulator, dynamodb.endpoint),
    stateDirectory: path.join(project, '.local-deploy'),
  });
  try {
    await deployment.deploy(path.join(project, assembly));
  } finally {
    await deployment.close();
  }
  await emulator.control.clearCalls();
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
