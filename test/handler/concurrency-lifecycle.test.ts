import { ConcurrencyEvents, entry } from './concurrency-harness';
import { guardConsoleAndResponses } from './expectations';
import { HandlerHarness } from './harness';

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
const ANY = 'ROUTE_ANY_CHANNEL';
/** The emulator's default "Basic Routing Profile", as a new Connect instance has it. */
const ORIGINAL = [
  { channel: 'VOICE', concurrency: 1, crossChannelBehavior: RCO },
  { channel: 'CHAT', concurrency: 2, crossChannelBehavior: RCO },
  { channel: 'TASK', concurrency: 1, crossChannelBehavior: RCO },
];

function measure(line: string): void {
  output.lines.push(`[measure] ${line}`);
  process.stdout.write(`[measure] ${line}\n`);
}

describe('the default profile\'s concurrency: change, keep, restore', () => {
  test('create, no-op, two updates, delete: the restored state equals the original, behaviours included', async () => {
    expect(await c.concurrencies()).toEqual(ORIGINAL);
    const spec1 = c.spec({ MediaConcurrencies: [entry('CHAT', 5, ANY)] });

    const created = await c.create(spec1);
    expect(created.status).toBe('SUCCESS');
    expect(created.physicalResourceId).toBe(`${h.defaultProfile.arn}|concurrency-v1|VOICE=1:C,CHAT=2:C,TASK=1:C`);
    expect(created.data).toEqual({
      RoutingProfileArn: h.defaultProfile.arn, RoutingProfileId: h.defaultProfile.id, InstanceId: h.emulator.instanceId,
    });
    expect(await c.concurrencies()).toEqual([ORIGINAL[0], { channel: 'CHAT', concurrency: 5, crossChannelBehavior: ANY }, ORIGINAL[2]]);
    const createWrites = await c.writes();
    expect(createWrites).toEqual({ concurrency: 1, all: 1 });
    await h.emulator.control.clearCalls();

    const noop = await c.update(created.physicalResourceId, spec1, spec1);
    expect(noop).toMatchObject({ status: 'SUCCESS', physicalResourceId: created.physicalResourceId });
    const noopWrites = await c.writes();
    expect(noopWrites.all).toBe(0);
    const noopCalls = (await h.calls()).map((call) => call.operation);
    expect(noopCalls).toEqual(['ListRoutingProfiles', 'DescribeRoutingProfile']);
    await h.emulator.control.clearCalls();

    // First update: CHAT changes, EMAIL (which the profile lacks) is added; the behaviour of CHAT is no longer managed.
    const spec2 = c.spec({ MediaConcurrencies: [entry('CHAT', 3), entry('EMAIL', 2)] });
    const updated = await c.update(created.physicalResourceId, spec2, spec1);
    expect(updated).toMatchObject({ status: 'SUCCESS', physicalResourceId: created.physicalResourceId });
    expect(await c.concurrencies()).toEqual([
      ORIGINAL[0], { channel: 'CHAT', concurrency: 3, crossChannelBehavior: ANY }, ORIGINAL[2], { channel: 'EMAIL', concurrency: 2 },
    ]);
    const update1Writes = await c.writes();
    expect(update1Writes).toEqual({ concurrency: 1, all: 1 });
    await h.emulator.control.clearCalls();

    // Second update: only TASK is declared; CHAT and EMAIL, no longer managed, go back as found, in the same call.
    const spec3 = c.spec({ MediaConcurrencies: [entry('TASK', 4, ANY)] });
    const updated2 = await c.update(created.physicalResourceId, spec3, spec2);
    expect(updated2).toMatchObject({ status: 'SUCCESS', physicalResourceId: created.physicalResourceId });
    expect(await c.concurrencies()).toEqual([ORIGINAL[0], ORIGINAL[1], { channel: 'TASK', concurrency: 4, crossChannelBehavior: ANY }]);
    const update2Writes = await c.writes();
    expect(update2Writes).toEqual({ concurrency: 1, all: 1 });
    await h.emulator.control.clearCalls();

    const deleted = await c.delete(created.physicalResourceId, spec3);
    expect(deleted).toMatchObject({ status: 'SUCCESS', physicalResourceId: created.physicalResourceId });
    expect(await c.concurrencies()).toEqual(ORIGINAL);
    const deleteWrites = await c.writes();
    expect(deleteWrites).toEqual({ concurrency: 1, all: 1 });
    await h.emulator.control.clearCalls();

    // A Delete sent again (CloudFormation retries) finds nothing to put back.
    expect((await c.delete(created.physicalResourceId, spec3)).status).toBe('SUCCESS');
    const repeatWrites = await c.writes();
    expect(repeatWrites.all).toBe(0);

    // The emulator's history of the profile: exactly the four writes above, each a concurrency update, nothing else touched.
    const history = await h.emulator.control.history(h.defaultProfile.id);
    const writes = history.filter((entryOfHistory) => entryOfHistory.operation !== 'seed');
    expect(writes.map((w) => w.operation)).toEqual(Array(4).fill('UpdateRoutingProfileConcurrency'));
    const seeded = history[0];
    for (const state of history) {
      expect({ ...state, mediaConcurrencies: undefined, seq: undefined, time: undefined, operation: undefined })
        .toEqual({ ...seeded, mediaConcurrencies: undefined, seq: undefined, time: undefined, operation: undefined });
    }

    measure(`RoutingProfileConcurrency write calls: create ${createWrites.all}, no-op update ${noopWrites.all}, `
      + `update ${update1Writes.all}, update releasing 2 channels ${update2Writes.all}, delete/restore ${deleteWrites.all}, `
      + `repeated delete ${repeatWrites.all} (reads per no-op update: ${noopCalls.length})`);
  });

  test('by id, by ARN and by name: the same profile, the same physical id', async () => {
    const byName = await c.create(c.spec());
    await h.reset();
    const byId = await c.create(c.spec({ RoutingProfile: { Id: h.defaultProfile.id } }));
    await h.reset();
    const byArn = await c.create(c.spec({ RoutingProfile: { Arn: h.defaultProfile.arn } }));
    expect(byName.status).toBe('SUCCESS');
    expect(byId.physicalResourceId).toBe(byName.physicalResourceId);
    expect(byArn.physicalResourceId).toBe(byName.physicalResourceId);
    // By ARN or id, the only calls are one Describe (which carries the tags the ownership check reads) and the write.
    expect((await h.calls()).map((call) => call.operation)).toEqual(['DescribeRoutingProfile', 'UpdateRoutingProfileConcurrency']);
  });

  test('an update switching from name to id of the same profile keeps the physical id and its memory', async () => {
    const spec = c.spec();
    const created = await c.create(spec);
    const byId = c.spec({ RoutingProfile: { Id: h.defaultProfile.id } });
    const updated = await c.update(created.physicalResourceId, byId, spec);
    expect(updated.physicalResourceId).toBe(created.physicalResourceId);
    expect((await c.delete(updated.physicalResourceId, byId)).status).toBe('SUCCESS');
    expect(await c.concurrencies()).toEqual(ORIGINAL);
  });

  test('live already as declared: the create writes nothing and the delete has nothing to restore', async () => {
    const spec = c.spec({ MediaConcurrencies: [entry('CHAT', 2)] });
    const created = await c.create(spec);
    expect(created.status).toBe('SUCCESS');
    expect((await c.delete(created.physicalResourceId, spec)).status).toBe('SUCCESS');
    expect((await c.writes()).all).toBe(0);
  });
});

describe('drift: updates reconcile against live', () => {
  test('a console change to a declared channel is reverted by the next update; one to an undeclared channel is kept', async () => {
    const spec = c.spec({ MediaConcurrencies: [entry('CHAT', 5)] });
    const created = await c.create(spec);
    await c.consoleSetConcurrency([ORIGINAL[0], { channel: 'CHAT', concurrency: 9, crossChannelBehavior: ANY }, { channel: 'TASK', concurrency: 3 }]);

    const updated = await c.update(created.physicalResourceId, spec, spec);

    expect(updated.status).toBe('SUCCESS');
    // The behaviour of CHAT is not declared, so the console's choice stays; TASK is not declared at all.
    expect(await c.concurrencies()).toEqual([ORIGINAL[0], { channel: 'CHAT', concurrency: 5, crossChannelBehavior: ANY }, { channel: 'TASK', concurrency: 3 }]);
    expect(await c.writes()).toEqual({ concurrency: 1, all: 1 });
  });

  test('a console change to an undeclared channel only: zero write calls, and the delete leaves it as the console set it', async () => {
    const spec = c.spec({ MediaConcurrencies: [entry('CHAT', 5)] });
    const created = await c.create(spec);
    await c.consoleSetConcurrency([ORIGINAL[0], { channel: 'CHAT', concurrency: 5, crossChannelBehavior: RCO }, { channel: 'TASK', concurrency: 7, crossChannelBehavior: RCO }]);

    expect((await c.update(created.physicalResourceId, spec, spec)).status).toBe('SUCCESS');
    expect((await c.writes()).all).toBe(0);

    expect((await c.delete(created.physicalResourceId, spec)).status).toBe('SUCCESS');
    expect(await c.concurrencies()).toEqual([ORIGINAL[0], ORIGINAL[1], { channel: 'TASK', concurrency: 7, crossChannelBehavior: RCO }]);
  });

  test('a declared channel removed in the console is added back, then removed again on delete if the profile never had it', async () => {
    const spec = c.spec({ MediaConcurrencies: [entry('EMAIL', 4)] });
    const created = await c.create(spec);
    await c.consoleSetConcurrency(ORIGINAL);

    await c.update(created.physicalResourceId, spec, spec);
    expect(await c.concurrencies()).toEqual([...ORIGINAL, { channel: 'EMAIL', concurrency: 4 }]);

    await c.delete(created.physicalResourceId, spec);
    expect(await c.concurrencies()).toEqual(ORIGINAL);
  });
});

describe('removal', () => {
  test('restoreOnRemoval false: the delete makes no call at all and leaves the declared values', async () => {
    const spec = c.spec({ RestoreOnRemoval: 'false' });
    const created = await c.create(spec);
    await h.emulator.control.clearCalls();

    const deleted = await c.delete(created.physicalResourceId, spec);

    expect(deleted.status).toBe('SUCCESS');
    expect(await h.calls()).toEqual([]);
    expect(await c.concurrencies()).toEqual([ORIGINAL[0], { ...ORIGINAL[1], concurrency: 5 }, ORIGINAL[2]]);
  });

  test('restoreOnRemoval false: an update that stops declaring a channel leaves it as it is', async () => {
    const old = c.spec({ RestoreOnRemoval: 'false', MediaConcurrencies: [entry('CHAT', 5), entry('TASK', 6)] });
    const created = await c.create(old);
    const spec = c.spec({ RestoreOnRemoval: 'false', MediaConcurrencies: [entry('CHAT', 5)] });
    await h.emulator.control.clearCalls();

    expect((await c.update(created.physicalResourceId, spec, old)).status).toBe('SUCCESS');

    expect((await c.writes()).all).toBe(0);
    expect((await c.concurrencies())[2]).toEqual({ ...ORIGINAL[2], concurrency: 6 });
  });

  test('a Delete whose properties no longer say which channels were declared restores every channel the profile had', async () => {
    const created = await c.create(c.spec({ MediaConcurrencies: [entry('CHAT', 5), entry('EMAIL', 1)] }));
    const damaged = { ...c.spec(), MediaConcurrencies: 'not a list' } as never;

    expect((await c.delete(created.physicalResourceId, damaged)).status).toBe('SUCCESS');
    expect(await c.concurrencies()).toEqual(ORIGINAL);
  });

  test('the Delete of a failed Create\'s placeholder id does nothing', async () => {
    const deleted = await c.delete('failed-create:request-1', c.spec());
    expect(deleted).toMatchObject({ status: 'SUCCESS', physicalResourceId: 'failed-create:request-1' });
    expect(await h.calls()).toEqual([]);
  });
});

describe('a channel added in the console after the first change (documented limit)', () => {
  /** Created declaring CHAT only; then an administrator adds EMAIL in the console. */
  async function createThenConsoleAddsEmail() {
    const old = c.spec({ MediaConcurrencies: [entry('CHAT', 5)] });
    const created = await c.create(old);
    expect(created.status).toBe('SUCCESS');
    await c.consoleSetConcurrency([...await c.concurrencies(), { channel: 'EMAIL', concurrency: 2 }]);
    return { old, created };
  }

  test('declared by a later update, it is removed with the construct: the memory, taken once, says the profile lacked it', async () => {
    const { old, created } = await createThenConsoleAddsEmail();
    const spec = c.spec({ MediaConcurrencies: [entry('CHAT', 5), entry('EMAIL', 3)] });
    expect((await c.update(created.physicalResourceId, spec, old)).status).toBe('SUCCESS');

    expect((await c.delete(created.physicalResourceId, spec)).status).toBe('SUCCESS');

    expect(await c.concurrencies()).toEqual(ORIGINAL);
  });

  test('the way round it: remove the construct, then add it again declaring EMAIL; it remembers EMAIL and puts it back as set', async () => {
    const { old, created } = await createThenConsoleAddsEmail();
    expect((await c.delete(created.physicalResourceId, old)).status).toBe('SUCCESS');
    expect(await c.concurrencies()).toEqual([...ORIGINAL, { channel: 'EMAIL', concurrency: 2 }]);
    const spec = c.spec({ MediaConcurrencies: [entry('CHAT', 5), entry('EMAIL', 3)] });

    const again = await c.create(spec);

    expect(again.physicalResourceId).toBe(`${h.defaultProfile.arn}|concurrency-v1|VOICE=1:C,CHAT=2:C,TASK=1:C,EMAIL=2:-`);
    expect((await c.delete(again.physicalResourceId, spec)).status).toBe('SUCCESS');
    expect(await c.concurrencies()).toEqual([...ORIGINAL, { channel: 'EMAIL', concurrency: 2 }]);
  });
});

describe('a new target profile is a replacement', () => {
  test('the update sets the new profile and returns a new physical id; the Delete of the old id restores the old profile', async () => {
    const other = await c.consoleCreateProfile('Night shift', [{ channel: 'VOICE', concurrency: 1 }, { channel: 'CHAT', concurrency: 1, crossChannelBehavior: ANY }]);
    const old = c.spec({ MediaConcurrencies: [entry('CHAT', 5)] });
    const created = await c.create(old);
    const spec = c.spec({ RoutingProfile: { Id: other.id }, MediaConcurrencies: [entry('CHAT', 4)] });

    const updated = await c.update(created.physicalResourceId, spec, old);

    expect(updated.status).toBe('SUCCESS');
    expect(updated.physicalResourceId).toBe(`${other.arn}|concurrency-v1|VOICE=1:-,CHAT=1:A`);
    expect(await c.concurrencies(other.id)).toEqual([{ channel: 'VOICE', concurrency: 1 }, { channel: 'CHAT', concurrency: 4, crossChannelBehavior: ANY }]);
    // CloudFormation then deletes the old physical id, with the old properties.
    expect((await c.delete(created.physicalResourceId, old)).status).toBe('SUCCESS');
    expect(await c.concurrencies()).toEqual(ORIGINAL);
    // ... and later the new one.
    expect((await c.delete(updated.physicalResourceId, spec)).status).toBe('SUCCESS');
    expect(await c.concurrencies(other.id)).toEqual([{ channel: 'VOICE', concurrency: 1 }, { channel: 'CHAT', concurrency: 1, crossChannelBehavior: ANY }]);
  });
});

describe('a retried Create (documented limit)', () => {
  test('a Create run again after its write cannot tell the declared values from original ones: it writes nothing and remembers them', async () => {
    const spec = c.spec();
    const first = await c.create(spec);
    await h.emulator.control.clearCalls();

    const retried = await c.create(spec);

    expect(retried.status).toBe('SUCCESS');
    expect((await c.writes()).all).toBe(0);
    expect(retried.physicalResourceId).toBe(`${h.defaultProfile.arn}|concurrency-v1|VOICE=1:C,CHAT=5:C,TASK=1:C`);
    expect(retried.physicalResourceId).not.toBe(first.physicalResourceId);
    // What it remembered is in the log line, for an operator to see.
    expect(output.lines.some((line) => line.includes('remembered VOICE 1 ROUTE_CURRENT_CHANNEL_ONLY, CHAT 5'))).toBe(true);
  });
});
