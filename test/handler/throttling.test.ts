import { CreateRoutingProfileCommand } from '@aws-sdk/client-connect';
import { assertNoKeptPairDropped, expectLiveMatches, guardConsoleAndResponses, minimumWrites, ownerTag } from './expectations';
import { HandlerHarness } from './harness';
import { DOCUMENTED_THROTTLE } from '../../emulator';
import { RoutingProfileSpec } from '../../src/private/contract';

let h: HandlerHarness;
beforeAll(async () => { h = await HandlerHarness.start({ throttle: true }); });
afterAll(async () => h.close());
beforeEach(async () => {
  await h.reset();
  // reset() keeps the throttle settings a test changed: back to the documented rates, full buckets.
  await h.emulator.control.setThrottle(DOCUMENTED_THROTTLE);
});
const output = guardConsoleAndResponses(() => h);

const PROFILES = 20;
const PAIRS_EACH = 4;

function profileSpec(i: number): RoutingProfileSpec {
  const queues = h.emulator.seed.queues;
  return h.spec({
    Name: `Team ${String(i).padStart(2, '0')}`,
    MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: '1' }, { Channel: 'CHAT', Concurrency: '3' }],
    // By id: a Create makes no read at all (no name check before CreateRoutingProfile).
    QueueConfigs: Array.from({ length: PAIRS_EACH }, (_, p) => ({
      Queue: { Id: queues[(i + p) % queues.length].id }, Channel: p % 2 === 0 ? 'VOICE' : 'CHAT', Priority: String(1 + p), Delay: String(p * 5),
    })),
  });
}

describe('Under Connect\'s documented throttling (2 requests/s, burst 5, per API)', () => {
  test('the emulator throttles at the documented rates', async () => {
    expect(await h.emulator.control.throttle()).toMatchObject({ enabled: true, default: DOCUMENTED_THROTTLE.default });
  });

  test(`${PROFILES} creates at once (${PAIRS_EACH} pairs each) all succeed, with the minimum successful writes`, async () => {
    const specs = Array.from({ length: PROFILES }, (_, i) => profileSpec(i));

    const started = Date.now();
    const results = await Promise.all(specs.map((spec, i) => h.create(spec, { logicalId: `Team${i}`, remainingMs: 120_000 })));
    const elapsedMs = Date.now() - started;

    const handlerCalls = await h.calls();
    const throttled = handlerCalls.filter((c) => c.outcome.status === 429);
    const writes = await h.successfulWrites();

    expect(results.map((r) => r.status)).toEqual(specs.map(() => 'SUCCESS'));
    expect(new Set(results.map((r) => r.physicalResourceId)).size).toBe(PROFILES);
    expect(writes).toHaveLength(PROFILES * minimumWrites({ create: true, add: PAIRS_EACH }));
    expect(throttled.length).toBeGreaterThan(0);
    expect(handlerCalls.filter((c) => c.outcome.status >= 300 && c.outcome.status !== 429)).toEqual([]);
    await h.emulator.control.setThrottle(false);
    for (const [i, result] of results.entries()) {
      expectLiveMatches(h, await h.readProfile(result.data!.RoutingProfileId), specs[i], ownerTag(`Team${i}`));
      await assertNoKeptPairDropped(h, result.data!.RoutingProfileId);
    }
    expect(handlerCalls.filter((c) => c.operation !== 'CreateRoutingProfile')).toEqual([]);
    // 20 CreateRoutingProfile at 2/s after a burst of 5: at least 7.5 s.
    expect(elapsedMs).toBeGreaterThanOrEqual(7_000);
    expect(elapsedMs).toBeLessThan(60_000);
    output.lines.push(`[measure] ${PROFILES} concurrent creates: ${elapsedMs} ms, ${handlerCalls.length} calls, ${throttled.length} throttled (429), `
      + `${writes.length} successful writes`);
    process.stdout.write(`${output.lines.at(-1)}\n`);
  }, 90_000);

  test('a time budget too short under throttling: FAILED with the "time budget" reason, promptly, nothing created', async () => {
    // A slow bucket, already drained (a throttled call takes its token before validation): CreateRoutingProfile
    // cannot succeed within the handler's 2 s budget.
    await h.emulator.control.setThrottle({ enabled: true, default: { rate: 0.05, burst: 1 } });
    await expect(h.connect.send(new CreateRoutingProfileCommand({ InstanceId: h.emulator.instanceId } as never))).rejects.toThrow();
    const spec = profileSpec(0);

    const started = Date.now();
    const result = await h.create(spec, { remainingMs: 17_000 });
    const elapsedMs = Date.now() - started;

    expect(result.status).toBe('FAILED');
    expect(result.reason).toMatch(/^CreateRoutingProfile did not succeed within the handler's time budget after \d+ attempt\(s\); last error: ThrottlingException/);
    expect(result.reason).toContain('2 requests per second per API per account');
    expect(elapsedMs).toBeLessThan(4_000);
    expect(h.responses.at(-1)).toMatchObject({ Status: 'FAILED' });
    expect(await h.successfulWrites()).toHaveLength(0);
    await h.emulator.control.setThrottle(false);
    expect(await h.profileNames()).not.toContain(spec.Name);
  });

  test('20 creates at once with a too-short budget at the documented rates: each succeeds or fails with the time-budget reason, none hangs, no orphan', async () => {
    const specs = Array.from({ length: PROFILES }, (_, i) => profileSpec(i));

    const started = Date.now();
    const results = await Promise.all(specs.map((spec, i) => h.create(spec, { logicalId: `Team${i}`, remainingMs: 17_000 })));
    const elapsedMs = Date.now() - started;

    expect(elapsedMs).toBeLessThan(5_000);
    const failed = results.filter((r) => r.status === 'FAILED');
    expect(failed.length).toBeGreaterThan(0);
    for (const r of failed) expect(r.reason).toContain('time budget');
    await h.emulator.control.setThrottle(false);
    const names = await h.profileNames();
    const succeeded = results.filter((r) => r.status === 'SUCCESS');
    expect(names.filter((n) => n.startsWith('Team '))).toHaveLength(succeeded.length);
    expect(h.responses.slice(-PROFILES).map((r) => r.Status).sort()).toEqual(results.map((r) => r.status).sort());
  });
});
