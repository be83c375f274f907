import { DescribeRoutingProfileCommand, ListRoutingProfilesCommand, UpdateContactRoutingDataCommand } from '@aws-sdk/client-connect';
import { clientFor, defaultProfileId, errorOf, startTestEmulator } from './helpers';
import { DOCUMENTED_THROTTLE, RunningEmulator } from '../../emulator';
import { Throttler } from '../../emulator/runtime/throttle';

describe('throttling defaults', () => {
  let emu: RunningEmulator;
  beforeAll(async () => {
    emu = await startTestEmulator({ throttle: undefined });
  });
  afterAll(async () => emu.close());

  test('on by default at the documented 2/s burst 5, UpdateContactRoutingData 20/20', async () => {
    expect(DOCUMENTED_THROTTLE).toEqual({
      enabled: true, default: { rate: 2, burst: 5 }, operations: { UpdateContactRoutingData: { rate: 20, burst: 20 } },
    });
    expect(await emu.control.throttle()).toEqual(DOCUMENTED_THROTTLE);
  });

  test('a burst of 6 ListRoutingProfiles calls: 5 pass, the 6th is 429 ThrottlingException', async () => {
    const connect = clientFor(emu);
    const list = () => connect.send(new ListRoutingProfilesCommand({ InstanceId: emu.instanceId }));
    const results = await Promise.allSettled(Array.from({ length: 6 }, list));
    connect.destroy();
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
    expect(rejected).toHaveLength(1);
    expect(rejected[0].reason.name).toBe('ThrottlingException');
    expect(rejected[0].reason.$metadata.httpStatusCode).toBe(429);
    const calls = await emu.control.calls({ operation: 'ListRoutingProfiles' });
    expect(calls.map((c) => c.outcome.error ?? 'ok').sort()).toEqual(['ThrottlingException', 'ok', 'ok', 'ok', 'ok', 'ok']);
  });
});

describe('throttling buckets', () => {
  test('per operation: one throttled operation does not throttle another', async () => {
    const emu = await startTestEmulator({ throttle: { enabled: true, default: { rate: 0.001, burst: 1 } } });
    const connect = clientFor(emu);
    try {
      await connect.send(new ListRoutingProfilesCommand({ InstanceId: emu.instanceId }));
      expect((await errorOf(connect.send(new ListRoutingProfilesCommand({ InstanceId: emu.instanceId })))).name).toBe('ThrottlingException');
      await connect.send(new DescribeRoutingProfileCommand({ InstanceId: emu.instanceId, RoutingProfileId: defaultProfileId(emu) }));
    } finally {
      connect.destroy();
      await emu.close();
    }
  });

  test('tokens refill at the configured rate', async () => {
    // 2 a second: the second call must come within 500 ms to be throttled, wide enough for a loaded CI machine.
    const emu = await startTestEmulator({ throttle: { enabled: true, default: { rate: 2, burst: 1 } } });
    const connect = clientFor(emu);
    try {
      await connect.send(new ListRoutingProfilesCommand({ InstanceId: emu.instanceId }));
      expect((await errorOf(connect.send(new ListRoutingProfilesCommand({ InstanceId: emu.instanceId })))).status).toBe(429);
      await new Promise((resolve) => setTimeout(resolve, 600));
      await expect(connect.send(new ListRoutingProfilesCommand({ InstanceId: emu.instanceId }))).resolves.toBeDefined();
    } finally {
      connect.destroy();
      await emu.close();
    }
  });

  test('UpdateContactRoutingData has its own rate; setThrottle switches throttling off and on', async () => {
    const emu = await startTestEmulator({
      throttle: { enabled: true, default: { rate: 0.001, burst: 1 }, operations: { UpdateContactRoutingData: { rate: 0.001, burst: 3 } } },
    });
    const connect = clientFor(emu);
    try {
      const update = () => connect.send(new UpdateContactRoutingDataCommand({
        InstanceId: emu.instanceId, ContactId: emu.seed.contacts[0].id, QueuePriority: 2,
      }));
      for (let i = 0; i < 3; i++) await update();
      expect((await errorOf(update())).name).toBe('ThrottlingException');
      await emu.control.setThrottle(false);
      for (let i = 0; i < 10; i++) await update();
      const settings = await emu.control.setThrottle({ enabled: true, operations: { UpdateContactRoutingData: { rate: 0.001, burst: 2 } } });
      expect(settings.operations.UpdateContactRoutingData).toEqual({ rate: 0.001, burst: 2 });
      await update();
      await update();
      expect((await errorOf(update())).status).toBe(429);
    } finally {
      connect.destroy();
      await emu.close();
    }
  });

  test('bucket math: a full burst, then one token per 1/rate seconds, per operation', async () => {
    const throttler = new Throttler({ enabled: true, default: { rate: 2, burst: 5 } });
    const t0 = 1_000_000;
    for (let i = 0; i < 5; i++) expect(throttler.tryTake('X', t0)).toBe(true);
    expect(throttler.tryTake('X', t0)).toBe(false);
    expect(throttler.tryTake('X', t0 + 499)).toBe(false);
    expect(throttler.tryTake('X', t0 + 1000)).toBe(true);
    expect(throttler.tryTake('Y', t0 + 1000)).toBe(true);
  });
});
