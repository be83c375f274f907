import { spawn } from 'child_process';
import * as path from 'path';
import { AssociateRoutingProfileQueuesCommand, ConnectClient, CreateQueueCommand, DescribeRoutingProfileCommand } from '@aws-sdk/client-connect';
import { build } from 'esbuild';
import { defaultProfileId, errorOf, queueId, useTestEmulator } from './helpers';
import { SERVED_OPERATIONS } from '../../emulator';
import { CONNECT_MODEL } from '../../emulator/model/model';

const t = useTestEmulator({ resetBeforeEach: false });

describe('restJson1 wire format', () => {
  test('a Unit output is HTTP 200 with an empty body', async () => {
    const response = await fetch(`${t.emu.endpoint}/routing-profiles/${t.emu.instanceId}/${defaultProfileId(t.emu)}/name`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ Description: 'Default routing profile' }),
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  test('timestamps are epoch seconds on the wire', async () => {
    const response = await fetch(`${t.emu.endpoint}/routing-profiles/${t.emu.instanceId}/${defaultProfileId(t.emu)}`);
    const body = (await response.json()) as { RoutingProfile: { LastModifiedTime: number } };
    expect(typeof body.RoutingProfile.LastModifiedTime).toBe('number');
    expect(Math.abs(body.RoutingProfile.LastModifiedTime - Date.now() / 1000)).toBeLessThan(3600);
  });

  test('errors carry x-amzn-errortype and a JSON Message', async () => {
    const response = await fetch(`${t.emu.endpoint}/routing-profiles/${t.emu.instanceId}/missing`);
    expect(response.status).toBe(404);
    expect(response.headers.get('x-amzn-errortype')).toBe('ResourceNotFoundException');
    expect(await response.json()).toEqual({ Message: expect.stringContaining('missing') });
  });

  test('the SDK sees every error code the emulator produces with its name, status and message', async () => {
    const err = await errorOf(t.connect.send(new AssociateRoutingProfileQueuesCommand({
      InstanceId: t.emu.instanceId,
      RoutingProfileId: defaultProfileId(t.emu),
      QueueConfigs: [{ QueueReference: { QueueId: queueId(t.emu, 'BasicQueue'), Channel: 'VOICE' }, Priority: 1, Delay: 0 }],
    })));
    expect(err).toMatchObject({ name: 'InvalidParameterException', status: 400 });
    expect(err.message).toContain('already associated');
    const statuses: Record<string, number> = {
      InvalidRequestException: 400,
      InvalidParameterException: 400,
      InvalidActiveRegionException: 400,
      AccessDeniedException: 403,
      ResourceNotFoundException: 404,
      DuplicateResourceException: 409,
      ResourceInUseException: 409,
      ResourceConflictException: 409,
      LimitExceededException: 429,
      ThrottlingException: 429,
      InternalServiceException: 500,
    };
    for (const [code, status] of Object.entries(statuses)) {
      await t.emu.control.injectFault({ operation: 'DescribeRoutingProfile', error: { code, message: `m-${code}` } });
      const describe = new DescribeRoutingProfileCommand({ InstanceId: t.emu.instanceId, RoutingProfileId: defaultProfileId(t.emu) });
      const e = await errorOf(t.connect.send(describe));
      expect([e.name, e.status, e.message]).toEqual([code, status, `m-${code}`]);
    }
  });

  test('an operation the emulator does not implement is named, never a silent success', async () => {
    const err = await errorOf(t.connect.send(new CreateQueueCommand({ InstanceId: t.emu.instanceId, Name: 'q', HoursOfOperationId: 'h' })));
    expect(err).toMatchObject({ name: 'EmulatorNotImplementedException', status: 501 });
    expect(err.message).toContain('CreateQueue (PUT /queues/{InstanceId})');
    const calls = await t.emu.control.calls({ operation: 'CreateQueue' });
    expect(calls.at(-1)!.outcome).toMatchObject({ status: 501, error: 'EmulatorNotImplementedException' });
    const unknown = await fetch(`${t.emu.endpoint}/no/such/route`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('x-amzn-errortype')).toBe('UnknownOperationException');
  });

  test('the model names every Connect operation and every served one has a binding and input shape', () => {
    expect(Object.keys(CONNECT_MODEL.httpBindings).length).toBeGreaterThan(300);
    for (const name of SERVED_OPERATIONS) {
      expect(CONNECT_MODEL.operations[name].http).toEqual(CONNECT_MODEL.httpBindings[name]);
    }
    expect(CONNECT_MODEL.shapes.MediaConcurrency.required).toEqual(['Channel']);
    expect(CONNECT_MODEL.shapes.TagKey.pattern).toContain('\\p{L}');
  });
});

describe('CLI (emulator/main.ts bundled like `npx projen emulator`)', () => {
  test('prints exactly one JSON line when ready, serves Connect, and stops on SIGTERM', async () => {
    const outfile = path.join(__dirname, '..', '..', 'test-reports', 'emulator-cli.js');
    await build({ entryPoints: [path.join(__dirname, '..', '..', 'emulator', 'main.ts')], bundle: true, platform: 'node', target: 'node20', outfile, logLevel: 'silent' });
    const child = spawn(process.execPath, [outfile], {
      env: { ...process.env, CONNECT_EMULATOR_PORT: '0', CONNECT_EMULATOR_THROTTLE: 'off', CONNECT_EMULATOR_WORKLOAD_TYPE_CHANNEL_CONCURRENCY: 'reject' },
    });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', () => undefined);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const deadline = Date.now() + 10_000;
    while (!stdout.includes('\n') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const ready = JSON.parse(stdout.trim());
    expect(Object.keys(ready)).toEqual(['endpoint', 'region', 'accountId', 'instanceId', 'instanceArn', 'queues', 'routingProfiles', 'users', 'contacts', 'workloadTypes']);
    expect(ready.workloadTypes).toEqual(['billing', 'returns', 'general']);
    expect(ready.routingProfiles[0]).toEqual({ name: 'Basic Routing Profile', id: expect.any(String), arn: expect.any(String), isDefault: true });
    expect(ready.queues[0]).toEqual({ name: 'BasicQueue', id: expect.any(String), arn: expect.stringContaining('/queue/') });
    const client = new ConnectClient({ endpoint: ready.endpoint, region: ready.region, credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
    const out = await client.send(new DescribeRoutingProfileCommand({ InstanceId: ready.instanceId, RoutingProfileId: ready.routingProfiles[0].id }));
    client.destroy();
    expect(out.RoutingProfile!.IsDefault).toBe(true);
    const throttle = await (await fetch(`${ready.endpoint}/_emulator/throttle`)).json() as { enabled: boolean };
    expect(throttle.enabled).toBe(false);
    const settings = await (await fetch(`${ready.endpoint}/_emulator/settings`)).json();
    expect(settings).toEqual({ workloadTypeChannelConcurrency: 'reject' });
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);

    // A bad value stops the start with a message naming the variable.
    const bad = spawn(process.execPath, [outfile], { env: { ...process.env, CONNECT_EMULATOR_PORT: '0', CONNECT_EMULATOR_WORKLOAD_TYPE_CHANNEL_CONCURRENCY: 'maybe' } });
    let stderr = '';
    bad.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    expect(await new Promise<number | null>((resolve) => bad.on('exit', (code) => resolve(code)))).toBe(1);
    expect(stderr).toContain('CONNECT_EMULATOR_WORKLOAD_TYPE_CHANNEL_CONCURRENCY must be one of allow-zero, reject, require-zero, ignore, got: maybe');
  });
});
