import * as fs from 'fs';
import { createServer, Server } from 'http';
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import {
  CliEmulator, EXAMPLE_INSTANCE_ID, filesUnder, projectDirectory, runCli, startCliEmulator, synthesizeExample, writeExampleSeed,
} from './cli-process';
import { ControlClient, RunningEmulator, startEmulator } from '../../emulator';
import { synthesizeContactCenter } from '../../examples/contact-center/synthesize';
import { DriftPolicy, MediaConcurrency, QueueRef, RoutingProfile } from '../../src';

/**
 * Every bad input of the `local` commands: one line on stderr naming the problem, exit 1, and nothing written
 * or half-deployed (no state, no Connect write, no profile left behind).
 */
const project = projectDirectory();
const STATE = path.join(project, '.cdk-connect-routing', 'local');
/** An instance the seed adds with nothing but what a new instance has: the example's queues are missing there. */
const BARE_INSTANCE_ID = '11111111-1111-4111-8111-111111111111';
let emulator: CliEmulator;
let endpoint: string;
let control: ControlClient;

beforeAll(async () => {
  const seed = JSON.parse(fs.readFileSync(writeExampleSeed(project), 'utf8'));
  seed.instances.push({ id: BARE_INSTANCE_ID, alias: 'bare' });
  fs.writeFileSync(path.join(project, 'connect-seed.json'), JSON.stringify(seed));
  emulator = await startCliEmulator(['--port', '0', '--throttle', 'off', '--quiet', '--seed', 'connect-seed.json'], project);
  endpoint = emulator.ready.endpoint;
  control = new ControlClient(endpoint);
  synthesizeExample(project, 'cdk.out');
});
afterAll(() => emulator.stop());
beforeEach(() => control.clearCalls());

/** Runs the command and checks the contract of a bad input: exactly `message` on stderr, exit 1. */
async function refused(args: readonly string[], message: string | RegExp): Promise<string> {
  const result = await runCli(args, project);
  expect(result.errorLines).toHaveLength(1);
  expect(result.errorLines[0]).toMatch(typeof message === 'string' ? new RegExp(`^${escape(`cdk-connect-routing: ${message}`)}$`) : message);
  expect(result.code).toBe(1);
  return result.stdout;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function connectWrites(): Promise<string[]> {
  return (await control.calls()).filter((c) => /^(Create|Delete|Associate|Disassociate|Update|Tag|Untag)/.test(c.operation)).map((c) => c.operation);
}

describe('local deploy', () => {
  test('a folder that is not a cloud assembly', async () => {
    fs.mkdirSync(path.join(project, 'src'), { recursive: true });

    await refused(['local', 'deploy', 'src', '--endpoint', endpoint],
      `No cloud assembly at ${path.join(fs.realpathSync(project), 'src')}: manifest.json is missing (synthesize the app first)`);
    await refused(['local', 'deploy', 'does-not-exist', '--endpoint', endpoint], /No cloud assembly at .*does-not-exist: manifest\.json is missing/);
    fs.writeFileSync(path.join(project, 'a-file'), 'not a folder');
    await refused(['local', 'deploy', 'a-file', '--endpoint', endpoint], /No cloud assembly at .*a-file: manifest\.json is missing/);
    expect(filesUnder(STATE)).toEqual([]);
    expect(await connectWrites()).toEqual([]);
  });

  test('a cloud assembly with a manifest that is not JSON', async () => {
    fs.mkdirSync(path.join(project, 'broken.out'), { recursive: true });
    fs.writeFileSync(path.join(project, 'broken.out', 'manifest.json'), '{"version": "48.0.0", "artifacts": {');

    await refused(['local', 'deploy', 'broken.out', '--endpoint', endpoint], /broken\.out\/manifest\.json of the cloud assembly is not valid JSON: /);
    expect(filesUnder(STATE)).toEqual([]);
  });

  test('a cloud assembly with no stacks', async () => {
    new App({ outdir: path.join(project, 'empty.out') }).synth();

    await refused(['local', 'deploy', 'empty.out', '--endpoint', endpoint],
      'the cloud assembly at empty.out has no stacks: synthesize an app that defines at least one Stack');
    expect(filesUnder(STATE)).toEqual([]);
  });

  test('no emulator answering: said at once with --wait 0, after waiting otherwise', async () => {
    const closed = await freePort();

    await refused(['local', 'deploy', 'cdk.out', '--endpoint', `http://127.0.0.1:${closed}`, '--wait', '0'],
      `no Connect emulator answers at http://127.0.0.1:${closed}: start one with \`npx cdk-connect-routing local emulator\`, `
      + 'or point --endpoint at the one running');
    const stdout = await refused(['local', 'deploy', 'cdk.out', '--endpoint', `http://127.0.0.1:${closed}`, '--wait', '1'],
      /no Connect emulator answers at http:\/\/127\.0\.0\.1:\d+ \(waited 1 s\): start one with/);
    expect(stdout).toBe(`waiting up to 1 s for the emulator at http://127.0.0.1:${closed} …\n`);
    expect(filesUnder(STATE)).toEqual([]);
  });

  test('an endpoint that answers but is not the emulator', async () => {
    const server = createServer((_req, res) => res.writeHead(404).end('Not Found'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const other = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      await refused(['local', 'deploy', 'cdk.out', '--endpoint', other],
        `${other} answers, but not as the cdk-connect-routing Connect emulator (GET /_emulator/summary: 404): `
        + 'point --endpoint at the URL `local emulator` printed');
    } finally {
      await closeServer(server);
    }
    expect(filesUnder(STATE)).toEqual([]);
  });

  test('an emulator that serves no DynamoDB, for an app with a table', async () => {
    const bare: RunningEmulator = await startEmulator({ throttle: false, log: () => undefined });
    try {
      await refused(['local', 'deploy', 'cdk.out', '--endpoint', bare.endpoint],
        new RegExp('^cdk-connect-routing: the app has DynamoDB tables \\(ContactCenter/CdkConnectRoutingDesiredStateTable[0-9A-F]{8}\\) and '
          + `${escape(bare.endpoint)} serves no DynamoDB: start the emulator with \`cdk-connect-routing local emulator\`, which serves both$`));
      expect(await bare.control.calls()).toEqual([]);
    } finally {
      await bare.close();
    }
    expect(filesUnder(STATE)).toEqual([]);
  });

  test('a deploy that fails rolls back: nothing is left in Connect, no state is kept', async () => {
    synthesizeContactCenter({ instanceArn: `arn:aws:connect:us-east-1:123456789012:instance/${BARE_INSTANCE_ID}`, outdir: path.join(project, 'bare.out') });

    const stdout = await refused(['local', 'deploy', 'bare.out', '--endpoint', endpoint],
      /^cdk-connect-routing: Deploy of ContactCenter failed and was rolled back: Create of Support[0-9A-F]{8} failed: .*Support/);

    expect(stdout).toMatch(/CREATE_FAILED +Support[0-9A-F]{8} +Custom::ConnectRoutingProfile/);
    expect(stdout).toMatch(/ROLLBACK_COMPLETE +CdkConnectRoutingDesiredStateTable/);
    const summary = await control.calls({ operation: 'CreateRoutingProfile' });
    expect(summary.filter((c) => c.outcome.status < 300)).toEqual([]);
    expect(filesUnder(path.join(STATE, 'stacks')).filter((f) => f.endsWith('.json'))).toEqual([]);
    expect(fs.existsSync(path.join(STATE, 'emulator.json'))).toBe(false);
  });
});

describe('a saved state that cannot be read', () => {
  const corrupt = path.join(STATE, 'stacks', 'ContactCenter.json');
  let saved: string;
  beforeAll(async () => {
    expect((await runCli(['local', 'deploy', 'cdk.out', '--endpoint', endpoint], project)).code).toBe(0);
    saved = fs.readFileSync(corrupt, 'utf8');
    fs.writeFileSync(corrupt, '{"stackName": "ContactCenter", "stackId": ');
  });
  afterAll(async () => {
    fs.writeFileSync(corrupt, saved);
    fs.rmSync(path.join(STATE, 'emulator.json'), { force: true });
    expect((await runCli(['local', 'destroy', '--endpoint', endpoint], project)).code).toBe(0);
  });

  test.each([
    ['deploy', ['local', 'deploy', 'cdk.out']],
    ['destroy', ['local', 'destroy']],
    ['drift', ['local', 'drift']],
  ])('%s refuses, naming the stack and the file, and changes nothing', async (_command, args) => {
    const files = filesUnder(STATE);

    await refused([...args, '--endpoint', endpoint], new RegExp(`^cdk-connect-routing: The saved state of stack ContactCenter \\(${escape(corrupt)}\\) `
      + 'is unreadable: it is not valid JSON \\(.*\\); fix or delete the file \\(deleting it forgets what that stack deployed\\)$'));
    expect(filesUnder(STATE)).toEqual(files);
    expect(fs.readFileSync(corrupt, 'utf8')).toBe('{"stackName": "ContactCenter", "stackId": ');
    expect(await connectWrites()).toEqual([]);
  });

  test('an unreadable record of the emulator run', async () => {
    fs.writeFileSync(path.join(STATE, 'emulator.json'), 'garbage');

    await refused(['local', 'destroy', '--endpoint', endpoint], new RegExp(`^cdk-connect-routing: ${escape(path.join(STATE, 'emulator.json'))} is unreadable `
      + '\\(it names the emulator run the state belongs to\\): delete it if that emulator still runs, or delete \\.cdk-connect-routing/local to start over$'));
  });
});

describe('local drift', () => {
  test('with nothing deployed', async () => {
    await refused(['local', 'drift', '--endpoint', endpoint],
      'no stack is deployed in .cdk-connect-routing/local: run `cdk-connect-routing local deploy <cloud-assembly-dir>` first');
  });

  test('of a stack that is not deployed', async () => {
    expect((await runCli(['local', 'deploy', 'cdk.out', '--endpoint', endpoint, '--state-dir', 'drift-state'], project)).code).toBe(0);

    await refused(['local', 'drift', '--stack', 'Other', '--endpoint', endpoint, '--state-dir', 'drift-state'],
      '`--stack` must name a deployed stack, got: Other (deployed: ContactCenter)');
    expect((await runCli(['local', 'destroy', '--endpoint', endpoint, '--state-dir', 'drift-state'], project)).code).toBe(0);
  });

  test('of a stack without a reconciler (every profile ignores drift)', async () => {
    const app = new App({ outdir: path.join(project, 'ignore.out') });
    const stack = new Stack(app, 'IgnoresDrift', { env: { account: '123456789012', region: 'us-east-1' } });
    new RoutingProfile(stack, 'Quiet', {
      instanceArn: `arn:aws:connect:us-east-1:123456789012:instance/${EXAMPLE_INSTANCE_ID}`,
      routingProfileName: 'Quiet',
      defaultOutboundQueue: QueueRef.fromQueueName('BasicQueue'),
      mediaConcurrencies: [MediaConcurrency.voice()],
      driftPolicy: DriftPolicy.IGNORE,
    });
    app.synth();
    const options = ['--endpoint', endpoint, '--state-dir', 'ignore-state'];
    expect((await runCli(['local', 'deploy', 'ignore.out', ...options], project)).code).toBe(0);

    await refused(['local', 'drift', ...options],
      'IgnoresDrift has no drift reconciler: a stack gets one unless every routing profile and concurrency in it has driftPolicy IGNORE');
    expect((await runCli(['local', 'destroy', ...options], project)).code).toBe(0);
  });
});

describe('an emulator that stopped since the deploy (its state lives in memory)', () => {
  test('deploy starts afresh, destroy finds nothing to delete, drift asks for a deploy', async () => {
    const first = await startCliEmulator(['--port', '0', '--throttle', 'off', '--quiet', '--seed', 'connect-seed.json'], project);
    expect((await runCli(['local', 'deploy', 'cdk.out', '--endpoint', first.ready.endpoint, '--state-dir', 'restart-state'], project)).code).toBe(0);
    await first.stop();
    const second = await startCliEmulator(['--port', '0', '--throttle', 'off', '--quiet', '--seed', 'connect-seed.json'], project);
    try {
      const options = ['--endpoint', second.ready.endpoint, '--state-dir', 'restart-state'];
      await refused(['local', 'drift', ...options],
        'the stacks in restart-state were deployed into an emulator that has stopped since: deploy them again first');

      const destroyed = await runCli(['local', 'destroy', ...options], project);
      expect(destroyed.code).toBe(0);
      expect(destroyed.stdout).toBe('Nothing to destroy: the stacks in restart-state (ContactCenter) were deployed into an emulator that has stopped '
        + 'since, so none of their resources exists any more; their state is removed.\n');

      expect((await runCli(['local', 'deploy', 'cdk.out', ...options], project)).code).toBe(0);
      await second.stop();
      const third = await startCliEmulator(['--port', '0', '--throttle', 'off', '--quiet', '--seed', 'connect-seed.json'], project);
      try {
        const deployed = await runCli(['local', 'deploy', 'cdk.out', '--endpoint', third.ready.endpoint, '--state-dir', 'restart-state'], project);
        expect(deployed.code).toBe(0);
        expect(deployed.stdout).toMatch(/^The state in restart-state was deployed into an emulator that has stopped since; nothing of it exists now, /);
        expect(deployed.stdout).toContain('ContactCenter: 6 created, 0 updated, 0 deleted, 0 unchanged');
        expect(deployed.stdout).toContain(`instance ${EXAMPLE_INSTANCE_ID}: 5 routing profile(s)`);
      } finally {
        await third.stop();
      }
    } finally {
      await second.stop();
    }
  });
});

function freePort(): Promise<number> {
  const server = createServer();
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const { port } = server.address() as { port: number };
    server.close(() => resolve(port));
  }));
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}
