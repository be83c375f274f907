import { ALL_CHANNELS, assertNoKeptPairDropped, expectLiveMatches, guardConsoleAndResponses, historyMark, minimumWrites, pairs, writeOperations } from './expectations';
import { HandlerHarness } from './harness';

let h: HandlerHarness;
beforeAll(async () => { h = await HandlerHarness.start({ extraQueues: 4 }); });
afterAll(async () => h.close());
beforeEach(async () => h.reset());
guardConsoleAndResponses(() => h);

/** Leaves the handler a 2 s budget (it keeps 15 s of the remaining time to respond). */
const SHORT = { remainingMs: 17_000 };
const internalError = { code: 'InternalServiceException', message: 'injected' };

describe('A failed Create leaves no orphan', () => {
  test('Associate fails past the retries after CreateRoutingProfile (15 pairs): the new profile is deleted again', async () => {
    await h.emulator.control.injectFault({ operation: 'AssociateRoutingProfileQueues', count: 1000, error: internalError });
    const spec = h.spec({ MediaConcurrencies: ALL_CHANNELS, QueueConfigs: pairs(h, 15) });

    const started = Date.now();
    const result = await h.create(spec, SHORT);

    expect(Date.now() - started).toBeLessThan(6_000);
    expect(result.status).toBe('FAILED');
    expect(result.physicalResourceId).toMatch(/^failed-create:/);
    expect(result.reason).toContain('the new profile was deleted again');
    expect(result.reason).toContain('InternalServiceException');
    expect(result.reason).toContain('time budget');
    expect(await h.profileNames()).not.toContain(spec.Name);
    const writes = await writeOperations(h);
    expect(writes[0]).toBe('CreateRoutingProfile:200');
    expect(writes.at(-1)).toBe('DeleteRoutingProfile:200');
    expect(writes.slice(1, -1).every((w) => w === 'AssociateRoutingProfileQueues:500')).toBe(true);
    const created = (await h.calls()).find((c) => c.operation === 'DeleteRoutingProfile')!.input as { RoutingProfileId: string };
    expect((await h.emulator.control.history(created.RoutingProfileId)).at(-1)).toMatchObject({ deleted: true });

    // CloudFormation's rollback Delete of the placeholder id is success; the retried deploy then converges.
    expect(await h.delete(result.physicalResourceId, spec)).toMatchObject({ status: 'SUCCESS' });
    await h.emulator.control.clearFaults();
    await h.emulator.control.clearCalls();
    const retried = await h.create(spec);
    expect(retried).toMatchObject({ status: 'SUCCESS' });
    expectLiveMatches(h, await h.readProfile(retried.data!.RoutingProfileId), spec);
    expect(await h.writeCalls()).toHaveLength(minimumWrites({ create: true, add: 15 }));
  });

  test('when the cleanup delete fails too, the profile is reported as the physical id so the rollback Delete removes it', async () => {
    await h.emulator.control.injectFault({ operation: 'AssociateRoutingProfileQueues', error: { code: 'AccessDeniedException', message: 'injected' } });
    await h.emulator.control.injectFault({ operation: 'DeleteRoutingProfile', error: { code: 'AccessDeniedException', message: 'injected' } });
    const spec = h.spec({ MediaConcurrencies: ALL_CHANNELS, QueueConfigs: pairs(h, 11) });

    const result = await h.create(spec);

    expect(result.status).toBe('FAILED');
    expect(result.reason).toContain('AccessDeniedException');
    expect(result.reason).not.toContain('deleted again so nothing is left behind');
    expect(result.physicalResourceId).toMatch(new RegExp(`^${h.emulator.instanceArn}/routing-profile/`));
    expect(await h.profileNames()).toContain(spec.Name);

    const rollback = await h.delete(result.physicalResourceId, spec);

    expect(rollback).toMatchObject({ status: 'SUCCESS' });
    expect(await h.profileNames()).not.toContain(spec.Name);
  });
});

describe('A CreateRoutingProfile that Connect applied but whose answer was lost', () => {
  test.each([
    ['the connection dropped', { dropConnection: true }, 0],
    ['a 500 after the change', { error: internalError }, 500],
  ])('%s: the retry meets the duplicate, finds its own profile by name and ownership tag, and finishes it', async (_label, failure, status) => {
    await h.emulator.control.injectFault({ operation: 'CreateRoutingProfile', mode: 'apply-then-fail', ...failure });
    const spec = h.spec({ MediaConcurrencies: ALL_CHANNELS, QueueConfigs: pairs(h, 12) });

    const result = await h.create(spec);

    expect(result).toMatchObject({ status: 'SUCCESS' });
    expect((await h.profileNames()).filter((name) => name === spec.Name)).toHaveLength(1);
    const creates = (await h.calls()).filter((c) => c.operation === 'CreateRoutingProfile').map((c) => c.outcome);
    expect(creates).toEqual([expect.objectContaining({ status, applied: true }), expect.objectContaining({ status: 409, error: 'DuplicateResourceException' })]);
    // The lost Create carried the first 10 pairs; only the other 2 are associated.
    expect((await h.successfulWrites()).map((c) => c.operation)).toEqual(['AssociateRoutingProfileQueues']);
    expectLiveMatches(h, await h.readProfile(result.data!.RoutingProfileId), spec);
  });

  test('when finishing the resumed profile fails, it is reported by its ARN, so the rollback deletes it: no orphan', async () => {
    await h.emulator.control.injectFault({ operation: 'CreateRoutingProfile', mode: 'apply-then-fail', dropConnection: true });
    await h.emulator.control.injectFault({ operation: 'AssociateRoutingProfileQueues', error: { code: 'AccessDeniedException', message: 'not allowed' } });
    const spec = h.spec({ MediaConcurrencies: ALL_CHANNELS, QueueConfigs: pairs(h, 12) });

    const failed = await h.create(spec);

    expect(failed.status).toBe('FAILED');
    expect(failed.physicalResourceId).toMatch(new RegExp(`^${h.emulator.instanceArn}/routing-profile/`));
    expect(failed.reason).toMatch(/AccessDeniedException: not allowed, while finishing routing profile .*; the rollback deletes it\.$/);
    expect(await h.delete(failed.physicalResourceId, spec)).toMatchObject({ status: 'SUCCESS' });
    expect(await h.profileNames()).not.toContain(spec.Name);
  });
});

describe('A fault mid-batch, then the same request again', () => {
  test('the 2nd of 3 Associates fails past the retries; the retried Update converges with only the missing calls', async () => {
    const all = pairs(h, 35);
    const initial = h.spec({ MediaConcurrencies: ALL_CHANNELS, QueueConfigs: all.slice(0, 10) });
    const created = await h.create(initial);
    const id = created.data!.RoutingProfileId;
    const desired = h.spec({ MediaConcurrencies: ALL_CHANNELS, QueueConfigs: all });
    let mark = await historyMark(h, id);
    await h.emulator.control.clearCalls();
    // Faults apply in order: the first Associate is only delayed, every later one fails.
    await h.emulator.control.injectFault({ operation: 'AssociateRoutingProfileQueues', delayMs: 1 });
    await h.emulator.control.injectFault({ operation: 'AssociateRoutingProfileQueues', count: 1000, error: internalError });

    const failed = await h.update(created.physicalResourceId, desired, initial, SHORT);

    expect(failed).toMatchObject({ status: 'FAILED', physicalResourceId: created.physicalResourceId });
    expect(failed.reason).toMatch(/AssociateRoutingProfileQueues did not succeed within the handler's time budget after \d+ attempt\(s\); last error: InternalServiceException: injected/);
    const attempts = await writeOperations(h);
    expect(attempts[0]).toBe('AssociateRoutingProfileQueues:200');
    expect(attempts.slice(1).every((w) => w === 'AssociateRoutingProfileQueues:500')).toBe(true);
    expect(attempts.length).toBeGreaterThan(2);
    expect((await h.readProfile(id))!.queueConfigs).toHaveLength(20);
    await assertNoKeptPairDropped(h, id, mark);

    await h.emulator.control.clearFaults();
    await h.emulator.control.clearCalls();
    mark = await historyMark(h, id);
    const retried = await h.update(created.physicalResourceId, desired, initial);

    expect(retried).toMatchObject({ status: 'SUCCESS', physicalResourceId: created.physicalResourceId });
    expectLiveMatches(h, await h.readProfile(id), desired);
    expect(await h.writeCalls()).toHaveLength(minimumWrites({ add: 15 }));
    await assertNoKeptPairDropped(h, id, mark);
  });

  test('an Associate throttled 3 times is retried within the same request: converged, the minimum successful writes', async () => {
    const all = pairs(h, 25);
    const initial = h.spec({ MediaConcurrencies: ALL_CHANNELS, QueueConfigs: all.slice(0, 5) });
    const created = await h.create(initial);
    const id = created.data!.RoutingProfileId;
    const desired = h.spec({ MediaConcurrencies: ALL_CHANNELS, QueueConfigs: all.slice(0, 5).map((p) => ({ ...p, Priority: '60' })).concat(all.slice(5)) });
    const mark = await historyMark(h, id);
    await h.emulator.control.clearCalls();
    await h.emulator.control.injectFault({ operation: 'AssociateRoutingProfileQueues', count: 3, error: { code: 'ThrottlingException', message: 'Rate exceeded' } });

    const result = await h.update(created.physicalResourceId, desired, initial);

    expect(result).toMatchObject({ status: 'SUCCESS' });
    expectLiveMatches(h, await h.readProfile(id), desired);
    const writes = await h.writeCalls();
    expect(writes.filter((c) => c.outcome.status === 429)).toHaveLength(3);
    expect(await h.successfulWrites()).toHaveLength(minimumWrites({ add: 20, change: 5 }));
    await assertNoKeptPairDropped(h, id, mark);
  });

  test('a non-retryable error stops the plan at once; the retried Update finishes it', async () => {
    const all = pairs(h, 12);
    const initial = h.spec({ MediaConcurrencies: ALL_CHANNELS, QueueConfigs: all.slice(0, 2) });
    const created = await h.create(initial);
    const id = created.data!.RoutingProfileId;
    const desired = h.spec({ Description: 'new', MediaConcurrencies: ALL_CHANNELS, QueueConfigs: all.slice(1) });
    await h.emulator.control.clearCalls();
    await h.emulator.control.injectFault({ operation: 'AssociateRoutingProfileQueues', error: { code: 'AccessDeniedException', message: 'not allowed' } });

    const failed = await h.update(created.physicalResourceId, desired, initial);

    expect(failed.status).toBe('FAILED');
    expect(failed.reason).toBe('Connect AssociateRoutingProfileQueues failed: AccessDeniedException: not allowed');
    expect(await writeOperations(h)).toEqual(['UpdateRoutingProfileName:200', 'AssociateRoutingProfileQueues:403']);

    await h.emulator.control.clearCalls();
    const mark = await historyMark(h, id);
    expect(await h.update(created.physicalResourceId, desired, initial)).toMatchObject({ status: 'SUCCESS' });
    expectLiveMatches(h, await h.readProfile(id), desired);
    expect(await h.writeCalls()).toHaveLength(minimumWrites({ add: 10, remove: 1 }));
    await assertNoKeptPairDropped(h, id, mark);
  });
});
