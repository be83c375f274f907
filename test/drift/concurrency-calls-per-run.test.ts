import { DriftHarness, stackMetrics } from './drift-harness';
import { CallRecord } from '../../emulator';
import { ConcurrencyEvents, entry } from '../handler/concurrency-harness';
import { pair } from '../handler/expectations';
import { WRITE_OPERATIONS } from '../handler/harness';

// The calls one run makes for concurrency resources, counted from the emulator's call log: the numbers
// docs/drift.md quotes ("Calls per run"). A concurrency resource costs one DescribeRoutingProfile per run, and
// under `correct` one UpdateRoutingProfileConcurrency when it drifted; the instance's ListRoutingProfiles is shared.

const COUNT = 20;

let d: DriftHarness;
let c: ConcurrencyEvents;
beforeAll(async () => {
  d = await DriftHarness.start();
  c = new ConcurrencyEvents(d.handlers);
});
afterAll(async () => d.close());
DriftHarness.silenceConsole();

let targets: Array<{ id: string }>;

/** 20 profiles made in the console, each with a RoutingProfileConcurrency of the stack on its chat. */
async function deployConcurrencies(policy: string): Promise<void> {
  await d.reset();
  targets = [];
  for (let i = 1; i <= COUNT; i++) {
    const target = await c.consoleCreateProfile(`Team${String(i).padStart(2, '0')}`, [{ channel: 'VOICE', concurrency: 1 }, { channel: 'CHAT', concurrency: 1 }]);
    const created = await c.create(c.spec({ RoutingProfile: { Id: target.id }, MediaConcurrencies: [entry('CHAT', 3)], DriftPolicy: policy }), `Concurrency${i}`);
    if (created.status !== 'SUCCESS') throw new Error(`create failed: ${created.reason}`);
    targets.push(target);
  }
  await d.emulator.control.clearCalls();
}

async function editEveryChat(): Promise<void> {
  for (const target of targets) await c.consoleSetConcurrency([{ channel: 'VOICE', concurrency: 1 }, { channel: 'CHAT', concurrency: 5 }], target.id);
}

function tally(calls: CallRecord[]) {
  const connect = calls.filter((call) => call.operation !== 'PutEvents');
  return {
    reads: connect.filter((call) => !WRITE_OPERATIONS.has(call.operation)).length,
    writes: connect.filter((call) => WRITE_OPERATIONS.has(call.operation)).length,
    putEvents: calls.filter((call) => call.operation === 'PutEvents').length,
    byOperation: connect.reduce<Record<string, number>>((acc, call) => ({ ...acc, [call.operation]: (acc[call.operation] ?? 0) + 1 }), {}),
  };
}

test('20 concurrency resources, no drift: 21 reads (1 ListRoutingProfiles + 1 Describe each), no write, no event', async () => {
  await deployConcurrencies('report');
  const run = await d.run();
  expect(tally(await d.handlers.calls())).toEqual({
    reads: 1 + COUNT, writes: 0, putEvents: 0, byOperation: { ListRoutingProfiles: 1, DescribeRoutingProfile: COUNT },
  });
  expect(run.summary).toMatchObject({ connectReads: 1 + COUNT, connectWrites: 0, driftedProfiles: 0 });
});

test('20 drifted under report: the same 21 reads, no write, 20 events in 2 PutEvents calls', async () => {
  await deployConcurrencies('report');
  await editEveryChat();
  const run = await d.run();
  expect(tally(await d.handlers.calls())).toMatchObject({ reads: 1 + COUNT, writes: 0, putEvents: 2 });
  expect(stackMetrics(run)).toMatchObject({ DriftedProfiles: COUNT, DriftedFields: COUNT });
});

test('20 drifted under correct: 21 reads, 20 writes (one UpdateRoutingProfileConcurrency each), 2 PutEvents calls', async () => {
  await deployConcurrencies('correct');
  await editEveryChat();
  const run = await d.run();
  const calls = tally(await d.handlers.calls());
  expect(calls).toMatchObject({ reads: 1 + COUNT, writes: COUNT, putEvents: 2, byOperation: { UpdateRoutingProfileConcurrency: COUNT } });
  expect(run.summary).toMatchObject({ connectWrites: COUNT, correctedProfiles: COUNT });
});

test('the default profile\'s concurrency beside 20 routing profiles, no drift: 42 reads (the 41 of the profiles + 1 Describe)', async () => {
  await d.reset();
  for (let i = 1; i <= COUNT; i++) {
    const name = `Team${String(i).padStart(2, '0')}`;
    await d.deploy(d.spec({ Name: name, QueueConfigs: [pair('Sales', 'VOICE', 1, 0)], DriftPolicy: 'report' }), name);
  }
  expect((await c.create(c.spec({ DriftPolicy: 'report' }), 'BasicConcurrency')).status).toBe('SUCCESS');
  await d.emulator.control.clearCalls();

  const run = await d.run();

  expect(tally(await d.handlers.calls())).toMatchObject({
    reads: 1 + 2 * COUNT + 1,
    writes: 0,
    byOperation: { ListRoutingProfiles: 1, DescribeRoutingProfile: COUNT + 1, ListRoutingProfileQueues: COUNT },
  });
  expect(run.summary.resources).toBe(COUNT + 1);
});
