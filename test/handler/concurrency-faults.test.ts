import * as http from 'http';
import type { AddressInfo } from 'net';
import { DeleteRoutingProfileCommand } from '@aws-sdk/client-connect';
import type { CloudFormationCustomResourceEvent } from 'aws-lambda';
import { ConcurrencyEvents, entry } from './concurrency-harness';
import { guardConsoleAndResponses } from './expectations';
import { HandlerHarness, STACK_ID } from './harness';
import { DOCUMENTED_THROTTLE } from '../../emulator';
import { handler } from '../../lambda/provider';
import type { CustomResourceResult } from '../../lambda/shared/cfn-response';
import { ProviderEnv, ROUTING_PROFILE_CONCURRENCY_RESOURCE_TYPE, RoutingProfileConcurrencySpec } from '../../src/private/contract';

let h: HandlerHarness;
let c: ConcurrencyEvents;
beforeAll(async () => {
  h = await HandlerHarness.start();
  c = new ConcurrencyEvents(h);
});
afterAll(async () => h.close());
beforeEach(async () => h.reset());
const output = guardConsoleAndResponses(() => h);

const RCO = 'ROUTE_CURRENT_CHANNEL_ONLY';
const ORIGINAL = [
  { channel: 'VOICE', concurrency: 1, crossChannelBehavior: RCO },
  { channel: 'CHAT', concurrency: 2, crossChannelBehavior: RCO },
  { channel: 'TASK', concurrency: 1, crossChannelBehavior: RCO },
];

/** [case, spec overrides, what the reason must name (field, rule, value received)] */
const badInput: Array<[string, (events: ConcurrencyEvents) => Partial<RoutingProfileConcurrencySpec>, string[]]> = [
  ['VOICE concurrency 2', () => ({ MediaConcurrencies: [entry('VOICE', 2)] }), ['`mediaConcurrencies[0].concurrency`', 'for VOICE must be exactly 1', 'got: 2']],
  ['CHAT concurrency 11', () => ({ MediaConcurrencies: [entry('CHAT', 11)] }), ['`mediaConcurrencies[0].concurrency`', 'from 1 to 10', 'got: 11']],
  ['TASK concurrency 0', () => ({ MediaConcurrencies: [entry('TASK', 0)] }), ['`mediaConcurrencies[0].concurrency`', 'from 1 to 10', 'got: 0']],
  ['EMAIL concurrency not a number', () => ({ MediaConcurrencies: [{ Channel: 'EMAIL', Concurrency: 'five' }] }),
    ['`mediaConcurrencies[0].concurrency`', 'from 1 to 10', 'got: "five"']],
  ['duplicate channel', () => ({ MediaConcurrencies: [entry('CHAT', 2), entry('CHAT', 3)] }),
    ['`mediaConcurrencies[1].channel`', 'must not repeat the channel of `mediaConcurrencies[0]`', 'got: "CHAT"']],
  ['channel in lower case', () => ({ MediaConcurrencies: [entry('chat', 2)] }), ['`mediaConcurrencies[0].channel`', 'one of VOICE, CHAT, TASK, EMAIL', 'got: "chat"']],
  ['bad cross-channel behaviour', () => ({ MediaConcurrencies: [entry('CHAT', 2, 'sometimes')] }),
    ['`mediaConcurrencies[0].crossChannelBehavior`', 'cross-channel behavior', 'got: "sometimes"']],
  ['no channel', () => ({ MediaConcurrencies: [] }), ['`mediaConcurrencies`', 'at least one channel', 'got: []']],
  ['target by id and name', (events) => ({ RoutingProfile: { Id: 'x', Name: events.spec().RoutingProfile.Name } }),
    ['`routingProfile`', 'exactly one of Arn, Id or Name', '"Id":"x"']],
  ['target ARN in another instance', () => ({ RoutingProfile: { Arn: 'arn:aws:connect:us-east-1:123456789012:instance/other/routing-profile/rp' } }),
    ['`routingProfile.Arn`', 'must belong to the instance', 'instance/other/routing-profile/rp']],
  ['target ARN malformed', () => ({ RoutingProfile: { Arn: 'arn:aws:connect:us-east-1:123456789012:instance/i/queue/q' } }),
    ['`routingProfile.Arn`', 'routing profile ARN', 'got: "arn:aws:connect:us-east-1:123456789012:instance/i/queue/q"']],
  ['target id with a slash', () => ({ RoutingProfile: { Id: 'a/b' } }), ['`routingProfile.Id`', 'without "/"', 'got: "a/b"']],
  ['target name too long', () => ({ RoutingProfile: { Name: 'n'.repeat(128) } }), ['`routingProfile.Name`', '1 to 127 characters', '(128 characters)']],
  ['bad instance ARN', () => ({ InstanceArn: 'arn:aws:connect:us-east-1:123:instance' }), ['`instanceArn`', 'Connect instance ARN', 'got: "arn:aws:connect:us-east-1:123:instance"']],
  ['restoreOnRemoval not a boolean', () => ({ RestoreOnRemoval: 'maybe' }), ['`restoreOnRemoval`', 'true or false', 'got: "maybe"']],
  ['wrong SpecVersion', () => ({ SpecVersion: '2' }), ['`SpecVersion`', '"1"', 'got: "2"']],
];

describe('bad input: FAILED with a reason naming the field, the rule and the value; nothing written', () => {
  test.each(badInput)('create: %s', async (_label, overrides, named) => {
    const result = await c.create(c.spec(overrides(c)));

    expect(result.status).toBe('FAILED');
    expect(result.physicalResourceId).toMatch(/^failed-create:/);
    expect(result.reason).toMatch(/^Invalid routing profile properties; nothing was changed in Connect:/);
    for (const part of named) expect(result.reason).toContain(part);
    expect(await h.writeCalls()).toEqual([]);
    expect(await c.concurrencies()).toEqual(ORIGINAL);
  });

  test('update with bad input: FAILED, the physical id kept, nothing written', async () => {
    const spec = c.spec();
    const created = await c.create(spec);
    await h.emulator.control.clearCalls();

    const result = await c.update(created.physicalResourceId, c.spec({ MediaConcurrencies: [entry('VOICE', 3)] }), spec);

    expect(result).toMatchObject({ status: 'FAILED', physicalResourceId: created.physicalResourceId });
    expect(result.reason).toContain('`mediaConcurrencies[0].concurrency` for VOICE must be exactly 1, got: 3');
    expect(await h.calls()).toEqual([]);
  });

  test('a target name no profile has: FAILED naming it, nothing written', async () => {
    const result = await c.create(c.spec({ RoutingProfile: { Name: 'basic routing profile' } }));
    expect(result.status).toBe('FAILED');
    expect(result.reason).toBe(`No routing profile named "basic routing profile" exists in instance ${h.emulator.instanceId}; `
      + 'check `routingProfile` (names are case-sensitive) and the instance. Nothing was changed.');
    expect(await h.writeCalls()).toEqual([]);
  });

  test('a target id no profile has: FAILED naming it, nothing written', async () => {
    const result = await c.create(c.spec({ RoutingProfile: { Id: 'no-such-profile' } }));
    expect(result.status).toBe('FAILED');
    expect(result.reason).toContain('No routing profile id "no-such-profile" exists in instance');
    expect(await h.writeCalls()).toEqual([]);
  });

  test('a profile a RoutingProfile resource owns (ownership tag): FAILED naming that resource, nothing written', async () => {
    const owned = await h.create(h.spec({ Name: 'Owned', MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: '1' }] }), { logicalId: 'OwnedProfile' });
    await h.emulator.control.clearCalls();

    const result = await c.create(c.spec({ RoutingProfile: { Arn: owned.physicalResourceId } }));

    expect(result.status).toBe('FAILED');
    expect(result.reason).toContain(`Routing profile "Owned" (${owned.physicalResourceId}) is managed by the RoutingProfile resource "ContactCenter/0f4b1c2e-0000-4000-8000-000000000000/OwnedProfile"`);
    expect(result.reason).toContain('set its `mediaConcurrencies` there');
    expect(await h.writeCalls()).toEqual([]);
  });

  test('Connect refuses the write: FAILED with the operation and error named; nothing changed, and the rollback writes nothing', async () => {
    await h.emulator.control.injectFault({ operation: 'UpdateRoutingProfileConcurrency', error: { code: 'AccessDeniedException', message: 'not allowed', status: 403 } });

    const result = await c.create(c.spec());

    expect(result.status).toBe('FAILED');
    expect(result.reason).toMatch(/^Connect UpdateRoutingProfileConcurrency failed: AccessDeniedException: not allowed\. Connect may have applied it/);
    // The write was sent, so the physical id remembers the profile as found, whatever Connect did with it.
    expect(result.physicalResourceId).toBe(`${h.defaultProfile.arn}|concurrency-v1|VOICE=1:C,CHAT=2:C,TASK=1:C`);
    expect(await c.concurrencies()).toEqual(ORIGINAL);
    await h.emulator.control.clearCalls();
    expect(await c.delete(result.physicalResourceId, c.spec())).toMatchObject({ status: 'SUCCESS' });
    expect(await h.writeCalls()).toEqual([]);
  });
});

describe('a Create whose write Connect applied but whose answer never arrived', () => {
  test('FAILED with the physical id that remembers the profile as found; the rollback\'s Delete puts it back', async () => {
    const proxy = await startAnswerCuttingProxy(h.emulator.endpoint, (req) => req.method === 'POST' && /\/concurrency$/.test(req.url ?? ''));
    process.env[ProviderEnv.CONNECT_ENDPOINT] = proxy.endpoint;
    let result: CustomResourceResult;
    try {
      // 1.5 s of budget once the handler keeps its 15 s back: a few retries, each applied and each answer lost.
      result = await createWithRemainingTime(c.spec(), 16_500);
    } finally {
      process.env[ProviderEnv.CONNECT_ENDPOINT] = h.emulator.endpoint;
      await proxy.close();
    }

    expect(result.status).toBe('FAILED');
    // A lost answer is retried until the budget runs out, or reported as is: either way the call and the cut are named.
    expect(result.reason).toMatch(/UpdateRoutingProfileConcurrency.*(socket hang up|did not succeed within the handler's time budget)/);
    expect(result.reason).toContain(`Connect may have applied it: the rollback puts the concurrency of ${h.defaultProfile.arn} back as found `
      + '(VOICE 1 ROUTE_CURRENT_CHANNEL_ONLY, CHAT 2 ROUTE_CURRENT_CHANNEL_ONLY, TASK 1 ROUTE_CURRENT_CHANNEL_ONLY)');
    expect(result.physicalResourceId).toBe(`${h.defaultProfile.arn}|concurrency-v1|VOICE=1:C,CHAT=2:C,TASK=1:C`);
    expect(proxy.cut).toBeGreaterThan(0);
    // Connect did apply it: the profile is changed though CloudFormation was told the Create failed.
    expect(await c.concurrencies()).toEqual([ORIGINAL[0], { ...ORIGINAL[1], concurrency: 5 }, ORIGINAL[2]]);

    const rollback = await c.delete(result.physicalResourceId, c.spec());

    expect(rollback).toMatchObject({ status: 'SUCCESS', physicalResourceId: result.physicalResourceId });
    expect(await c.concurrencies()).toEqual(ORIGINAL);
  });
});

describe('a profile deleted out of band', () => {
  test('the stack\'s Delete succeeds with nothing to restore; an Update fails with a reason saying so', async () => {
    const profile = await c.consoleCreateProfile('Temporary', [{ channel: 'VOICE', concurrency: 1 }, { channel: 'CHAT', concurrency: 1 }]);
    const spec = c.spec({ RoutingProfile: { Id: profile.id } });
    const created = await c.create(spec);
    expect(created.status).toBe('SUCCESS');
    await h.connect.send(new DeleteRoutingProfileCommand({ InstanceId: h.emulator.instanceId, RoutingProfileId: profile.id }));
    await h.emulator.control.clearCalls();

    const updated = await c.update(created.physicalResourceId, c.spec({ RoutingProfile: { Id: profile.id }, MediaConcurrencies: [entry('CHAT', 4)] }), spec);
    expect(updated).toMatchObject({ status: 'FAILED', physicalResourceId: created.physicalResourceId });
    expect(updated.reason).toContain(`Routing profile ${profile.arn} no longer exists (was it deleted outside CloudFormation?)`);

    const deleted = await c.delete(created.physicalResourceId, spec);
    expect(deleted).toMatchObject({ status: 'SUCCESS', physicalResourceId: created.physicalResourceId });
    expect(output.lines.some((line) => line.includes(`${profile.arn} was already gone: nothing to restore`))).toBe(true);
    expect(await h.writeCalls()).toEqual([]);
  });
});

describe('under Connect\'s documented throttling (2 requests/s, burst 5, per API)', () => {
  const PROFILES = 8;

  test(`${PROFILES} concurrency resources created, then deleted, at once: all succeed, one write each way per profile`, async () => {
    const profiles = [];
    for (let i = 0; i < PROFILES; i++) {
      profiles.push(await c.consoleCreateProfile(`Shift ${i}`, [{ channel: 'VOICE', concurrency: 1 }, { channel: 'CHAT', concurrency: 1 }]));
    }
    const specs = profiles.map((p) => c.spec({ RoutingProfile: { Id: p.id }, MediaConcurrencies: [entry('CHAT', 3), entry('TASK', 2)] }));
    await h.emulator.control.setThrottle(DOCUMENTED_THROTTLE);
    try {
      const created = await Promise.all(specs.map((spec, i) => c.create(spec, `Shift${i}`)));
      expect(created.map((r) => r.status)).toEqual(specs.map(() => 'SUCCESS'));
      const createCalls = await h.calls();
      expect(createCalls.filter((call) => call.outcome.status === 429).length).toBeGreaterThan(0);
      expect(await c.writes()).toEqual({ concurrency: PROFILES, all: PROFILES });
      await h.emulator.control.clearCalls();

      const deleted = await Promise.all(created.map((r, i) => c.delete(r.physicalResourceId, specs[i], `Shift${i}`)));
      expect(deleted.map((r) => r.status)).toEqual(specs.map(() => 'SUCCESS'));
      expect(await c.writes()).toEqual({ concurrency: PROFILES, all: PROFILES });
      const deleteCalls = await h.calls();
      output.lines.push(`[measure] ${PROFILES} concurrency creates then deletes at once under throttling: `
        + `${createCalls.length} + ${deleteCalls.length} calls, ${createCalls.filter((call) => call.outcome.status === 429).length} + `
        + `${deleteCalls.filter((call) => call.outcome.status === 429).length} throttled (429), ${PROFILES} + ${PROFILES} successful writes`);
      process.stdout.write(`${output.lines.at(-1)}\n`);
    } finally {
      await h.emulator.control.setThrottle(false);
    }
    for (const p of profiles) {
      expect(await c.concurrencies(p.id)).toEqual([{ channel: 'VOICE', concurrency: 1 }, { channel: 'CHAT', concurrency: 1 }]);
    }
  }, 60_000);
});

/** A Create sent straight to the provider, with the Lambda's remaining time given (the harness always gives 60 s). */
function createWithRemainingTime(spec: RoutingProfileConcurrencySpec, remainingMs: number): Promise<CustomResourceResult> {
  const event = {
    RequestType: 'Create',
    ServiceToken: 'arn:aws:lambda:us-east-1:123456789012:function:provider',
    ResponseURL: h.responseUrl,
    StackId: STACK_ID,
    RequestId: 'concurrency-request-cut',
    LogicalResourceId: 'Concurrency',
    ResourceType: ROUTING_PROFILE_CONCURRENCY_RESOURCE_TYPE,
    ResourceProperties: spec,
  } as unknown as CloudFormationCustomResourceEvent;
  const started = Date.now();
  return handler(event, { getRemainingTimeInMillis: () => remainingMs - (Date.now() - started) });
}

/**
 * A network between the handler and Connect that loses answers: every request reaches the emulator, and for
 * those `cut` selects, the emulator's answer (after it has applied the call) is dropped with the connection.
 */
async function startAnswerCuttingProxy(target: string, cut: (req: http.IncomingMessage) => boolean) {
  const upstream = new URL(target);
  const state = { cut: 0 };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const options = { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers };
      const forward = http.request(options, (answer) => {
        const body: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => body.push(chunk));
        answer.on('end', () => {
          if (cut(req)) {
            state.cut++;
            req.socket.destroy();
            return;
          }
          res.writeHead(answer.statusCode ?? 500, answer.headers);
          res.end(Buffer.concat(body));
        });
      });
      forward.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get cut() { return state.cut; },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
