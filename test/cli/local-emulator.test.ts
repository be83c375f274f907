import { spawn } from 'child_process';
import * as fs from 'fs';
import { createServer, Server } from 'net';
import * as path from 'path';
import { ConnectClient, ListQueuesCommand } from '@aws-sdk/client-connect';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { BIN, EXAMPLE_INSTANCE_ID, projectDirectory, runCli, startCliEmulator, writeExampleSeed } from './cli-process';
import { ControlClient } from '../../emulator';
import { CONTACT_CENTER_QUEUES } from '../../examples/contact-center/queues';

const cwd = projectDirectory();
const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };

test('prints one JSON line (endpoint, ids, every instance), serves Connect, EventBridge and DynamoDB on it, and stops on SIGTERM', async () => {
  const seed = writeExampleSeed(cwd);
  const emulator = await startCliEmulator(['--port', '0', '--throttle', 'off', '--seed', seed], cwd);
  try {
    const { ready } = emulator;
    expect(ready.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(ready).toMatchObject({ region: 'us-east-1', accountId: '123456789012' });
    expect(ready.instanceArn).toBe(`arn:aws:connect:us-east-1:123456789012:instance/${ready.instanceId}`);
    expect(ready.queues.map((q) => q.name)).toEqual(['BasicQueue', 'Sales', 'Support', 'Billing', 'Callbacks', 'VIP']);
    expect(ready.routingProfiles).toEqual([expect.objectContaining({ name: 'Basic Routing Profile', isDefault: true })]);
    expect(ready.users.map((u) => u.username)).toEqual(['alice', 'bob']);
    expect(ready.contacts).toHaveLength(5);
    // The seeded instance, with its own BasicQueue kept once and every other queue of the seed added.
    expect(ready.instances.map((i) => i.instanceId)).toEqual([ready.instanceId, EXAMPLE_INSTANCE_ID]);
    expect(ready.instances[1].queues.map((q) => q.name).sort()).toEqual(CONTACT_CENTER_QUEUES.map((q) => q.name).sort());

    const connect = new ConnectClient({ endpoint: ready.endpoint, region: ready.region, credentials, maxAttempts: 1 });
    const listed = await connect.send(new ListQueuesCommand({ InstanceId: EXAMPLE_INSTANCE_ID }));
    expect(listed.QueueSummaryList?.filter((q) => q.QueueType === 'STANDARD')).toHaveLength(CONTACT_CENTER_QUEUES.length);
    connect.destroy();
    const dynamodb = new DynamoDBClient({ endpoint: ready.endpoint, region: ready.region, credentials, maxAttempts: 1 });
    expect((await dynamodb.send(new ListTablesCommand({}))).TableNames).toEqual([]);
    dynamodb.destroy();
    expect((await new ControlClient(ready.endpoint).throttle()).enabled).toBe(false);
    // Each call is logged on stderr; stdout holds the ready line alone.
    expect(emulator.stderr()).toMatch(/ListQueues/);
    expect(emulator.moreStdout()).toBe('');
  } finally {
    expect(await emulator.stop('SIGTERM')).toBe(0);
  }
  expect(emulator.stderr()).toMatch(/SIGTERM, stopping\n$/);
  await expect(fetch(`${emulator.ready.endpoint}/_emulator/summary`)).rejects.toThrow();
});

test('throttles as Connect does by default, logs nothing with --quiet, takes --region and --account-id, and stops on SIGINT', async () => {
  const emulator = await startCliEmulator(['--port', '0', '--quiet', '--region', 'eu-west-2', '--account-id', '111122223333'], cwd);
  try {
    expect(emulator.ready.instanceArn).toMatch(/^arn:aws:connect:eu-west-2:111122223333:instance\//);
    expect(emulator.ready.instances).toHaveLength(1);
    const control = new ControlClient(emulator.ready.endpoint);
    expect((await control.throttle()).enabled).toBe(true);
    const connect = new ConnectClient({ endpoint: emulator.ready.endpoint, region: 'eu-west-2', credentials, maxAttempts: 1 });
    await connect.send(new ListQueuesCommand({ InstanceId: emulator.ready.instanceId }));
    connect.destroy();
  } finally {
    expect(await emulator.stop('SIGINT')).toBe(0);
  }
  expect(emulator.stderr()).not.toMatch(/ListQueues/);
});

test('started through npm (npx, npm run), it stops when that npm process goes, which passes signals only to its shell', async () => {
  // What npx runs: a shell that runs the bin; `; true` keeps the shell from handing its process over to node.
  const child = spawn('sh', ['-c', `"${process.execPath}" "${BIN}" local emulator --port 0 --quiet; true`],
    { cwd, env: { ...process.env, npm_command: 'exec' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  const ready = await new Promise<{ endpoint: string }>((resolve) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(JSON.parse(out.slice(0, out.indexOf('\n'))));
    });
  });
  const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));

  child.kill('SIGKILL');
  await closed;

  expect(stderr).toMatch(/connect emulator: the npm process that started it has exited \(`exec`\), stopping\n$/);
  await expect(fetch(`${ready.endpoint}/_emulator/summary`)).rejects.toThrow();
});

describe('bad input: one line, exit 1, nothing left listening', () => {
  let busy: Server;
  beforeAll(async () => {
    busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => busy.close(() => resolve())));

  test('a port in use', async () => {
    const port = (busy.address() as { port: number }).port;

    const result = await runCli(['local', 'emulator', '--port', String(port)], cwd);

    expect(result.errorLines).toEqual([`cdk-connect-routing: port ${port} on 127.0.0.1 is in use: stop what listens there, `
      + 'or choose another port with --port (0 = any free port)']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
  });

  test.each([
    ['not JSON', '{ "queues": [', /^--seed .*bad-seed\.json: not valid JSON \(/],
    ['not an object', '[]', /^--seed .*bad-seed\.json: must be a JSON object with any of instances, queues, users, contacts, got: \[\]$/],
    ['an unknown section', '{ "routingProfiles": [] }', /^--seed .*: unknown section `routingProfiles` \(expected any of instances, queues, users, contacts\)$/],
    ['a section that is not a list', '{ "queues": { "name": "VIP" } }', /^--seed .*: `queues` must be a list, got: \{"name":"VIP"\}$/],
    ['a queue without a name', '{ "queues": [{ "description": "no name" }] }', /^--seed .*: `queues\[0\]\.name` must be a non-empty string, got: undefined$/],
    ['a user on a profile that does not exist', '{ "users": [{ "username": "carol", "routingProfileId": "nope" }] }',
      /^--seed .*: the emulator refused it: .*nope/],
  ])('a seed file with %s', async (_what, content, message) => {
    fs.writeFileSync(path.join(cwd, 'bad-seed.json'), content);

    const result = await runCli(['local', 'emulator', '--port', '0', '--seed', 'bad-seed.json'], cwd);

    expect(result.errorLines).toHaveLength(1);
    expect(result.errorLines[0].replace(/^cdk-connect-routing: /, '')).toMatch(message);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
  });

  test('a seed file that does not exist', async () => {
    const result = await runCli(['local', 'emulator', '--port', '0', '--seed', 'missing.json'], cwd);

    expect(result.errorLines).toEqual([`cdk-connect-routing: --seed ${path.join(fs.realpathSync(cwd), 'missing.json')}: no such file`]);
    expect(result.code).toBe(1);
  });
});
