import * as fs from 'fs';
import * as path from 'path';
import { ConnectClient, ListRoutingProfilesCommand, UpdateRoutingProfileConcurrencyCommand } from '@aws-sdk/client-connect';
import {
  CliEmulator, EXAMPLE_INSTANCE_ID, filesUnder, projectDirectory, runCli, startCliEmulator, synthesizeExample, writeExampleSeed,
} from './cli-process';
import { readLiveProfiles } from '../../cli/local/live-profiles';
import { ControlClient } from '../../emulator';

/**
 * The whole `local` workflow on the example app, as a user runs it from their project: deploy, deploy again
 * (an update with nothing to do), a console edit found by `local drift`, a changed app, destroy.
 */
const project = projectDirectory();
const STATE = path.join(project, '.cdk-connect-routing', 'local');
let emulator: CliEmulator;
let connect: ConnectClient;
let control: ControlClient;
let endpoint: string;

beforeAll(async () => {
  emulator = await startCliEmulator(['--port', '0', '--throttle', 'off', '--quiet', '--seed', writeExampleSeed(project)], project);
  endpoint = emulator.ready.endpoint;
  connect = new ConnectClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 't', secretAccessKey: 't' }, maxAttempts: 1 });
  control = new ControlClient(endpoint);
  synthesizeExample(project, 'cdk.out');
  synthesizeExample(project, 'cdk.out-holiday-peak', true);
});
afterAll(async () => {
  connect.destroy();
  await emulator.stop();
});

const writes = async () => (await control.calls()).filter((c) => /^(Create|Delete|Associate|Disassociate|Update|Tag|Untag)/.test(c.operation)
  && c.outcome.status < 300).map((c) => c.operation).sort();

test('deploy: progress per resource, the calls made, the live profiles, and where the state is', async () => {
  const result = await runCli(['local', 'deploy', 'cdk.out', '--endpoint', endpoint], project);

  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const lines = result.stdout.split('\n');
  expect(lines[0]).toBe(`Deploying ContactCenter from cdk.out into the emulator at ${endpoint}`);
  for (const profile of ['Support', 'Sales', 'EmailDesk', 'Callbacks']) {
    expect(result.stdout).toMatch(new RegExp(`ContactCenter {2}CREATE_IN_PROGRESS +${profile}[0-9A-F]{8} +Custom::ConnectRoutingProfile\\n`));
    expect(result.stdout).toMatch(new RegExp(`ContactCenter {2}CREATE_COMPLETE +${profile}[0-9A-F]{8} +Custom::ConnectRoutingProfile {2}\\d+\\.\\d s\\n`));
  }
  expect(result.stdout).toMatch(/CREATE_COMPLETE +CdkConnectRoutingDesiredStateTable[0-9A-F]{8} +AWS::DynamoDB::Table/);
  expect(result.stdout).toContain('ContactCenter: 6 created, 0 updated, 0 deleted, 0 unchanged');
  expect(result.stdout).toMatch(/resource\(s\) the local deploy does not run, skipped \(AWS::Logs::LogGroup, AWS::IAM::Role, /);
  expect(result.stdout).toMatch(/\n {2}CreateRoutingProfile +4\n/);
  expect(result.stdout).toMatch(/\n {2}total +\d+ {2}\(7 write call\(s\)\)\n/);
  expect(result.stdout).toContain(`  instance ${EXAMPLE_INSTANCE_ID}: 5 routing profile(s)`);
  expect(result.stdout).toContain('    Tier 1 Support: concurrency VOICE 1, CHAT 3 (any channel), TASK 2; 24 queue pair(s)');
  expect(result.stdout).toContain('State: .cdk-connect-routing/local (the next deploy is an update; `cdk-connect-routing local destroy` deletes it all)');
  expect(lines[lines.length - 2]).toMatch(/^Deployed in \d+\.\d s\.$/);

  const live = await readLiveProfiles(connect, EXAMPLE_INSTANCE_ID);
  expect(live.map((p) => p.name)).toEqual(['Basic Routing Profile', 'Callback Desk', 'Email Desk', 'Sales', 'Tier 1 Support']);
  expect(filesUnder(STATE)).toEqual(expect.arrayContaining(['.gitignore', 'emulator.json', path.join('stacks', 'ContactCenter.json')]));
});

test('deploy again, unchanged: an update that sends no event, so Connect sees no call', async () => {
  await control.clearCalls();

  const result = await runCli(['local', 'deploy', 'cdk.out', '--endpoint', endpoint], project);

  expect(result.code).toBe(0);
  expect(result.stdout).toContain('ContactCenter: 0 created, 0 updated, 0 deleted, 6 unchanged');
  expect(result.stdout).toMatch(/NO_CHANGE +Support[0-9A-F]{8}/);
  expect(result.stdout).toContain('Connect API calls made by the deploy:\n  (no Connect API calls)');
  expect(await writes()).toEqual([]);
});

test('drift: a console edit is found, named field by field, and --detailed-exitcode exits 2', async () => {
  const sales = (await connect.send(new ListRoutingProfilesCommand({ InstanceId: EXAMPLE_INSTANCE_ID })))
    .RoutingProfileSummaryList!.find((p) => p.Name === 'Sales')!;
  await connect.send(new UpdateRoutingProfileConcurrencyCommand({
    InstanceId: EXAMPLE_INSTANCE_ID, RoutingProfileId: sales.Id!, MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: 1 }, { Channel: 'CHAT', Concurrency: 1 }],
  }));
  await control.clearCalls();

  const result = await runCli(['local', 'drift', '--endpoint', endpoint, '--detailed-exitcode'], project);

  expect(result.stderr).toBe('');
  expect(result.code).toBe(2);
  expect(result.stdout).toMatch(/^ContactCenter: running its drift reconciler CdkConnectRoutingDriftReconciler\w+, as its schedule would\n/);
  expect(result.stdout).toContain('  1 drifted, 0 corrected, 0 not checked, of 5 resource(s)');
  expect(result.stdout).toMatch(/\n {2}Sales1863061C +DRIFTED \(policy report\): mediaConcurrencies\[CHAT\]\.concurrency: 1 \(declared 2\)\n/);
  expect(result.stdout).toMatch(/\n {2}Support[0-9A-F]{8} +IN_SYNC \(policy report\)\n/);
  expect(result.stdout).toContain('  EventBridge event "Connect Routing Drift Detected" from cdk-connect-routing for 1 resource(s)');
  expect(result.stdout).toMatch(/Connect API calls made by the run:\n(.|\n)* {2}total +\d+ {2}\(0 write call\(s\)\)/);
  expect(await writes()).toEqual([]);
});

test('drift of one stack by name, without --detailed-exitcode: exit 0', async () => {
  const result = await runCli(['local', 'drift', '--stack', 'ContactCenter', '--endpoint', endpoint], project);

  expect(result.code).toBe(0);
  expect(result.stdout).toContain('  1 drifted');
});

test('deploy a changed app: only the changed profiles are updated, with the fewest calls, correcting the console edit', async () => {
  await control.clearCalls();

  const result = await runCli(['local', 'deploy', 'cdk.out-holiday-peak', '--endpoint', endpoint, '--verbose'], project);

  expect(result.code).toBe(0);
  expect(result.stdout).toContain('ContactCenter: 0 created, 2 updated, 0 deleted, 4 unchanged');
  expect(result.stdout).toMatch(/UPDATE_COMPLETE +Sales1863061C +Custom::ConnectRoutingProfile/);
  expect(await writes()).toEqual(['UpdateRoutingProfileConcurrency', 'UpdateRoutingProfileQueues']);
  expect(result.stdout).toContain('    Sales: concurrency VOICE 1, CHAT 4; 3 queue pair(s)');
  // --verbose: the handlers' own log lines, on stderr, labelled with the resource.
  expect(result.stderr).toMatch(/^ {2}\[Sales1863061C\] /m);
});

test('destroy: Delete events, dependents first; the default profile put back; the state removed', async () => {
  await control.clearCalls();

  const result = await runCli(['local', 'destroy', '--endpoint', endpoint], project);

  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  expect(result.stdout).toMatch(/^Destroying ContactCenter in the emulator at /);
  expect(result.stdout).toMatch(/DELETE_COMPLETE +Support[0-9A-F]{8} +Custom::ConnectRoutingProfile/);
  expect(result.stdout).toContain('ContactCenter: 6 deleted');
  expect(await writes()).toEqual(['DeleteRoutingProfile', 'DeleteRoutingProfile', 'DeleteRoutingProfile', 'DeleteRoutingProfile',
    'UpdateRoutingProfileConcurrency']);
  expect((await readLiveProfiles(connect, EXAMPLE_INSTANCE_ID)).map((p) => [p.name, p.concurrency])).toEqual([
    ['Basic Routing Profile', 'VOICE 1, CHAT 2, TASK 1'],
  ]);
  expect(filesUnder(STATE)).toEqual(['.gitignore']);
});

test('destroy with nothing deployed says so and exits 0', async () => {
  const result = await runCli(['local', 'destroy', '--endpoint', endpoint], project);

  expect(result.code).toBe(0);
  expect(result.stdout).toBe('Nothing to destroy: no stack is deployed in .cdk-connect-routing/local.\n');
});

test('--state-dir keeps the state in another folder', async () => {
  const result = await runCli(['local', 'deploy', 'cdk.out', '--endpoint', endpoint, '--state-dir', 'ci-state'], project);

  expect(result.code).toBe(0);
  expect(result.stdout).toContain('State: ci-state (the next deploy is an update;');
  expect(fs.existsSync(path.join(project, 'ci-state', 'stacks', 'ContactCenter.json'))).toBe(true);
  expect((await runCli(['local', 'destroy', '--endpoint', endpoint, '--state-dir', 'ci-state'], project)).code).toBe(0);
});
