/**
 * `cdk-connect-routing export`, end to end through the bin as a child process against the emulator: what it writes
 * for an instance with every shape (the rich instance, plus three profiles it must leave out), every option, and every
 * bad input (one line on stderr, exit 1, nothing written). The round trip over random instances is round-trip.test.ts.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ConnectClient } from '@aws-sdk/client-connect';
import { projectDirectory, runCli } from './cli-process';
import { SeededInstance, seedInstance } from './connect-instance';
import { sdkEnvironment } from './generated-app';
import { RAISED_QUEUE_PAIR_QUOTA, RICH_INSTANCE } from './rich-instance';
import { RunningEmulator, startEmulator } from '../../emulator';

const ROOT = path.resolve(__dirname, '..', '..');
const WRITE_OPERATIONS = /^(Create|Delete|Associate|Disassociate|Update|Tag|Untag)/;
const project = projectDirectory();
const env = sdkEnvironment();
let emulator: RunningEmulator;
let connect: ConnectClient;
let instance: SeededInstance;

/** The rich instance, and three profiles an export must leave out, each for its own reason. */
const LEFT_OUT = {
  queueNames: ['Chats'],
  profiles: [
    { name: 'Managed elsewhere', tags: { 'cdk-connect-routing:owner': 'Legacy/Agents' } },
    { name: 'Chat without concurrency', queueConfigs: [{ queue: 0, channel: 'CHAT' as const, priority: 1, delaySeconds: 0 }] },
    { name: 'Fifty tags', tags: Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`tag${i}`, `${i}`])) },
  ].map((p) => ({
    description: 'Made in the console',
    defaultOutboundQueue: -1,
    mediaConcurrencies: [{ channel: 'VOICE' as const, concurrency: 1 }],
    queueConfigs: [],
    manualAssignmentQueueConfigs: [],
    tags: {},
    ...p,
  })),
};

beforeAll(async () => {
  emulator = await startEmulator({
    throttle: false,
    log: () => undefined,
    quotas: { queuesPerRoutingProfile: RAISED_QUEUE_PAIR_QUOTA },
  });
  connect = new ConnectClient({ ...emulator.clientConfig, maxAttempts: 1 });
  instance = await seedInstance(emulator.control, connect, {
    queueNames: [...RICH_INSTANCE.queueNames, ...LEFT_OUT.queueNames],
    profiles: [...RICH_INSTANCE.profiles, ...LEFT_OUT.profiles.map((p) => ({
      ...p, queueConfigs: p.queueConfigs.map((q) => ({ ...q, queue: RICH_INSTANCE.queueNames.length })),
    }))],
  });
});
afterAll(async () => {
  connect.destroy();
  await emulator.close();
});
beforeEach(() => emulator.control.clearCalls());

function exportArgs(...more: string[]): string[] {
  return ['export', '--instance', instance.instanceArn, '--endpoint', emulator.endpoint, '--max-rate', '1000', ...more];
}

/** The Connect operations the command called: reads only, always. */
async function operations(): Promise<string[]> {
  const calls = (await emulator.control.calls()).map((c) => c.operation);
  expect(calls.filter((op) => WRITE_OPERATIONS.test(op))).toEqual([]);
  return calls;
}

describe('export', () => {
  test('writes the stack to --out: every profile it can declare, adopted and retained, the others left out with why', async () => {
    const out = path.join(project, 'connect-routing-stack.ts');
    const result = await runCli(exportArgs('--out', out), project, env);

    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Exported 5 of the 7 routing profiles of instance ${instance.instanceId} as ConnectRoutingStack \\(typescript\\) `
      + 'with \\d+ read calls in [\\d.]+ s; nothing was written to Connect\\.\\n'));
    expect(result.stdout).toContain('  left out: "Managed elsewhere", because a cdk-connect-routing stack already manages it '
      + '(its cdk-connect-routing:owner tag is "Legacy/Agents"): declare it in that stack\n');
    expect(result.stdout).toContain('  left out: "Fifty tags", because the construct would refuse it: `tags` must hold at most 49 tags, got: 50\n');
    expect(result.stdout).toMatch(/Wrote .*connect-routing-stack\.ts\. Next: review it/);

    const code = fs.readFileSync(out, 'utf8');
    expect(code.match(/new RoutingProfile\(this, '(\w+)'/g)).toEqual([
      'new RoutingProfile(this, \'BasicRoutingProfile\'', 'new RoutingProfile(this, \'BackOffice\'',
      'new RoutingProfile(this, \'ChatWithoutConcurrency\'', 'new RoutingProfile(this, \'OverflowNightShift\'',
      'new RoutingProfile(this, \'Tier1Support\'',
    ]);
    expect(code.match(/adoptExisting: true,\n {6}removalPolicy: RemovalPolicy\.RETAIN,/g)).toHaveLength(5);
    // Valid in Connect, so declared; the file says what the construct warns about at synth.
    expect(code).toContain('// It routes queues on CHAT, a channel it gives no media concurrency: agents with this profile never get those\n'
      + '    // contacts (Connect accepts it; synth warns).');
    expect(code).toContain('// The instance\'s default routing profile: a deploy adopts it, and this library never deletes it.');
    expect(code).toContain('      maxQueuePairs: 55,\n');
    expect(code).toContain('{ queue: QueueRef.fromQueueName(\'Queue "quoted"\'), channel: Channel.TASK, priority: 4 },');
    expect(code).toContain('{ queue: QueueRef.fromQueueName(\'Billing\'), channel: Channel.VOICE, priority: 2, delay: Duration.seconds(30) },');
    expect(code).toContain('MediaConcurrency.emailByWorkloadType([\n          { workloadType: \'general\', concurrency: 4 },\n'
      + '        ], { crossChannelBehavior: CrossChannelBehavior.ROUTE_ANY_CHANNEL }),');
    expect(code).toContain('tags: { \'cost-center\': \'42\', team: \'support\' },');
    expect(code.replace(/\n\/\/ /g, ' ')).toContain('Left out: "Managed elsewhere", because a cdk-connect-routing stack already manages it');
    // Read-only fields Describe reports never reach the code.
    for (const readOnly of ['LastModified', 'NumberOf', 'IsDefault', 'RoutingProfileId', 'AssociatedQueueIds']) expect(code).not.toContain(readOnly);
    expect(new Set(await operations())).toEqual(new Set(['ListRoutingProfiles', 'DescribeRoutingProfile', 'ListRoutingProfileQueues',
      'ListRoutingProfileManualAssignmentQueues', 'ListQueues']));
  });

  test('without --out, the code goes to standard output (the same bytes) and the summary to standard error', async () => {
    const out = path.join(project, 'again.ts');
    await runCli(exportArgs('--out', out), project, env);
    const result = await runCli(exportArgs(), project, env);

    expect(result.code).toBe(0);
    expect(result.stdout).toBe(fs.readFileSync(out, 'utf8'));
    expect(result.errorLines[0]).toMatch(/^Exported 5 of the 7 routing profiles/);
  });

  test('--instance takes an id with the Region from the SDK or --region, and the file differs only in how the header names it', async () => {
    const byArn = await runCli(exportArgs(), project, env);
    const byId = await runCli(['export', '--instance', instance.instanceId, '--endpoint', emulator.endpoint, '--max-rate', '1000', '--region', 'us-east-1'],
      project, sdkEnvironment('us-east-1', { AWS_REGION: undefined }));

    expect(byId.code).toBe(0);
    const code = (file: string) => file.slice(file.indexOf('\nimport '));
    expect(code(byId.stdout)).toBe(code(byArn.stdout));
    expect(byId.stdout.replace(/\n\/\/ /g, ' ')).toContain(`Written by \`cdk-connect-routing export --instance ${instance.instanceId} --language typescript\``);
  });

  test('--name and --tag select profiles; the header says which', async () => {
    const result = await runCli(exportArgs('--name', 'Tier*', '--name', 'Back?office', '--tag', 'team=support'), project, env);

    expect(result.code).toBe(0);
    expect(result.stdout.match(/new RoutingProfile\(this, '(\w+)'/g)).toEqual(['new RoutingProfile(this, \'Tier1Support\'']);
    expect(result.stdout.replace(/\n\/\/ /g, ' ')).toContain('It declares 1 of the instance\'s 7 routing profiles (--name "Tier*" --name "Back?office" '
      + '--tag "team=support")');
    expect(result.errorLines[0]).toMatch(/^Exported 1 of the 7 routing profiles/);
  });

  test('--removal-policy destroy declares RemovalPolicy.DESTROY', async () => {
    const result = await runCli(exportArgs('--removal-policy', 'destroy', '--name', 'Tier 1 Support'), project, env);

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('      removalPolicy: RemovalPolicy.DESTROY,\n');
    expect(result.stdout).not.toContain('RemovalPolicy.RETAIN');
  });

  test('--language python writes Python that parses and calls what jsii-rosetta translates the TypeScript export to', async () => {
    // Workload types are left out of this comparison: without this library's jsii assembly (built by `compile`, after
    // the tests), rosetta writes a list of structs passed to a method as keyword arguments, which is not Python.
    const only = ['--name', 'Basic Routing Profile', '--name', 'Tier 1 Support', '--name', 'Overflow*'];
    const typescript = path.join(project, 'mirror.ts');
    const python = path.join(project, 'mirror.py');
    expect((await runCli(exportArgs('--out', typescript, ...only), project, env)).code).toBe(0);
    const written = await runCli(exportArgs('--out', python, '--language', 'python', ...only), project, env);
    expect(written.code).toBe(0);

    const rosetta = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'jsii-rosetta', 'bin', 'jsii-rosetta'), 'snippet', typescript,
      '--language', 'python'], { encoding: 'utf8', env: { ...process.env, JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION: '20' } });
    expect(rosetta.status).toBe(0);
    const translatedFile = path.join(project, 'translated.py');
    fs.writeFileSync(translatedFile, rosetta.stdout);
    const mine = pythonCalls(python);
    const translated = pythonCalls(translatedFile);

    // Rosetta writes a struct as a dict (the export names it, as a Python user does), and spells out the StackProps
    // keywords the stack class forwards (the export forwards **kwargs).
    const structs = /^(cdk_connect_routing\.)?(QueueConfig|ManualAssignmentQueueConfig)$/;
    const stackProps = ['analyticsReporting', 'crossRegionReferences', 'notificationArns', 'permissionsBoundary', 'propertyInjectors', 'stackName',
      'suppressTemplateIndentation', 'synthesizer', 'terminationProtection'];
    expect(mine.calls.filter((c) => !structs.test(c))).toEqual(translated.calls);
    expect(mine.imports.filter((i) => !structs.test(i))).toEqual(translated.imports.filter((i) => i !== 'aws_cdk.StackProps'));
    expect(mine.keywords).toEqual(translated.keywords.filter((k) => !stackProps.includes(k)));
    expect(mine.calls).toContain('MediaConcurrency.chat');
    expect(mine.keywords).toEqual(expect.arrayContaining(['manual_assignment_queue_configs', 'max_queue_pairs', 'delay', 'tags']));
  });

  test('exporting an unchanged instance again writes the same bytes', async () => {
    const [first, second] = [path.join(project, 'first.py'), path.join(project, 'second.py')];
    await runCli(exportArgs('--out', first, '--language', 'python'), project, env);
    await runCli(exportArgs('--out', second, '--language', 'python'), project, env);

    expect(fs.readFileSync(second, 'utf8')).toBe(fs.readFileSync(first, 'utf8'));
  });

  test('reads at most --max-rate calls per second per Connect API', async () => {
    await runCli([...exportArgs('--name', '*o*'), '--max-rate', '4'], project, env);

    const describes = (await emulator.control.calls({ operation: 'DescribeRoutingProfile' })).map((c) => c.time);
    expect(describes.length).toBeGreaterThanOrEqual(4);
    // Evenly spaced at 250 ms (arrival times carry some network jitter; the pacer's own spacing is tested with a fake clock).
    expect(describes[describes.length - 1] - describes[0]).toBeGreaterThanOrEqual((describes.length - 1) * 250 - 50);
  });
});

describe('export: bad input is one line on stderr, exit 1, nothing written', () => {
  const refused = async (args: readonly string[], message: string | RegExp, environment = env) => {
    const out = path.join(project, 'refused.ts');
    fs.rmSync(out, { force: true });
    const result = await runCli([...args, ...(args.includes('--out') ? [] : ['--out', out])], project, environment);
    expect(result.errorLines).toHaveLength(1);
    expect(result.errorLines[0]).toMatch(typeof message === 'string' ? new RegExp(`^cdk-connect-routing: ${escape(message)}`) : message);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(fs.existsSync(out)).toBe(false);
    await operations();
  };

  test('an instance that does not exist', () => refused(
    ['export', '--instance', 'aaaaaaaa-0000-4000-8000-000000000000', '--endpoint', emulator.endpoint],
    'instance aaaaaaaa-0000-4000-8000-000000000000 does not exist in us-east-1 ('));

  test('no credentials', () => refused(exportArgs(), 'no AWS credentials found (the AWS SDK looked in the environment, your AWS profile, SSO and '
    + 'instance roles): configure credentials', sdkEnvironment('us-east-1', { AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined })));

  test('a Region mismatch', () => refused(exportArgs(),
    `instance ${instance.instanceArn} is in us-east-1, but the Region is eu-west-1 (from the AWS SDK configuration (AWS_REGION or your profile)): `
    + 'run with --region us-east-1', sdkEnvironment('eu-west-1')));

  test('no Region at all for an instance given by id', () => refused(['export', '--instance', instance.instanceId, '--endpoint', emulator.endpoint],
    'no AWS Region: pass --region, or set AWS_REGION (or a region in your AWS profile)', sdkEnvironment('us-east-1', { AWS_REGION: undefined })));

  test('an unwritable --out: a folder that does not exist, or a folder', async () => {
    await refused(exportArgs('--out', path.join(project, 'missing', 'stack.ts')), /^cdk-connect-routing: `--out` .*missing\/stack\.ts cannot be written: its folder .* does not exist/);
    await refused(exportArgs('--out', project), /^cdk-connect-routing: `--out` .* cannot be written: it is not a file; choose a file/);
  });

  test('no profile matching --name or --tag', () => refused(exportArgs('--name', 'Nobody*', '--tag', 'team=none'),
    `no routing profile of instance ${instance.instanceId} matches --name "Nobody*" --tag "team=none" (it has 7); check the patterns`));

  test('no Connect at --endpoint', () => refused(['export', '--instance', instance.instanceArn, '--endpoint', 'http://127.0.0.1:1'],
    'cannot reach http://127.0.0.1:1 (ECONNREFUSED): check --endpoint, --region and the network'));

  test.each([
    [[], '`--instance` is required: the ARN or id of the Connect instance to export'],
    [['--instance', 'arn:aws:connect:us-east-1:123:instance/x'], '`--instance` must be a Connect instance ARN'],
    [['--instance', 'x', '--language', 'java'], '`--language` must be one of typescript, python, got: java'],
    [['--instance', 'x', '--removal-policy', 'snapshot'], '`--removal-policy` must be one of retain, destroy, got: snapshot'],
    [['--instance', 'x', '--tag', 'team'], '`--tag` must be KEY=VALUE, e.g. team=sales, got: team'],
    [['--instance', 'x', '--max-rate', '0'], '`--max-rate` must be a number of calls per second above 0, got: 0'],
    [['--instance', 'x', '--region', 'Mars'], '`--region` must be an AWS Region such as us-east-1, got: Mars'],
  ])('options %j', (args, message) => refused(['export', ...args], message));
});

function pythonCalls(file: string): { imports: string[]; calls: string[]; keywords: string[] } {
  const result = spawnSync('python3', [path.join(ROOT, 'test', 'readme', 'python_calls.py'), file], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`python3 could not read ${file}: ${result.stderr || result.error}`);
  return JSON.parse(result.stdout);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
