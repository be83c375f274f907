import { DriftHarness, stackMetrics } from './drift-harness';
import { DeclaredResource, minimumReads } from './read-minimum';
import { CallRecord } from '../../emulator';
import { ConcurrencyEvents, entry } from '../handler/concurrency-harness';
import { pair } from '../handler/expectations';
import { WRITE_OPERATIONS } from '../handler/harness';

// The calls one run makes for concurrency resources, counted from the emulator's call log and compared with the
// fewest reads the API allows (read-minimum.ts): the numbers docs/drift.md quotes ("Calls per run"). A concurrency
// resource that declares no cross-channel behaviour is checked from the instance's one SearchRoutingProfiles page,
// shared with every other resource of the instance; under `correct` a drifted one is described first (the
// correction sends every live channel back as Describe reports it), then corrected with one
// UpdateRoutingProfileConcurrency.

const COUNT = 20;
/** The 20 console-made profiles and the instance's default profile. */
const PROFILES_IN_INSTANCE = COUNT + 1;
const CHAT_ONLY: DeclaredResource = { declaresBehaviourOrTimer: false };
const MINIMUM = minimumReads(Array(COUNT).fill(CHAT_ONLY), PROFILES_IN_INSTANCE);

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

test('20 concurrency resources, no drift: 1 read (one SearchRoutingProfiles page for all), no write, no event', async () => {
  expect(MINIMUM).toBe(1);
  await deployConcurrencies('report');
  const run = await d.run();
  expect(tally(await d.handlers.calls())).toEqual({ reads: MINIMUM, writes: 0, putEvents: 0, byOperation: { SearchRoutingProfiles: 1 } });
  expect(run.summary).toMatchObject({ connectReads: MINIMUM, connectWrites: 0, driftedProfiles: 0 });
});

test('20 drifted under report: the 1 read and a Describe per finding (for the Region of the edit, not in Search), no write, 20 events in 2 PutEvents calls', async () => {
  await deployConcurrencies('report');
  await editEveryChat();
  const run = await d.run();
  expect(tally(await d.handlers.calls())).toMatchObject({
    reads: MINIMUM + COUNT, writes: 0, putEvents: 2, byOperation: { DescribeRoutingProfile: COUNT },
  });
  expect(stackMetrics(run)).toMatchObject({ DriftedProfiles: COUNT, DriftedFields: COUNT });
});

test('20 drifted under correct: 1 read + a Describe per finding, 20 writes (one UpdateRoutingProfileConcurrency each), 2 PutEvents calls', async () => {
  await deployConcurrencies('correct');
  await editEveryChat();
  const run = await d.run();
  const calls = tally(await d.handlers.calls());
  expect(calls).toMatchObject({
    reads: MINIMUM + COUNT, writes: COUNT, putEvents: 2, byOperation: { DescribeRoutingProfile: COUNT, UpdateRoutingProfileConcurrency: COUNT },
  });
  expect(run.summary).toMatchObject({ connectWrites: COUNT, correctedProfiles: COUNT });
});

test('20 that declare a cross-channel behaviour (which Search leaves out): a Describe each, no sweep', async () => {
  await d.reset();
  for (let i = 1; i <= COUNT; i++) {
    const target = await c.consoleCreateProfile(`Team${String(i).padStart(2, '0')}`, [{ channel: 'VOICE', concurrency: 1 }, { channel: 'CHAT', concurrency: 1 }]);
    const created = await c.create(c.spec({ RoutingProfile: { Id: target.id }, MediaConcurrencies: [entry('CHAT', 3, 'ROUTE_ANY_CHANNEL')], DriftPolicy: 'report' }), `Concurrency${i}`);
    if (created.status !== 'SUCCESS') throw new Error(`create failed: ${created.reason}`);
  }
  await d.emulator.control.clearCalls();
  const minimum = minimumReads(Array(COUNT).fill({ declaresBehaviourOrTimer: true }), PROFILES_IN_INSTANCE);
  expect(minimum).toBe(COUNT);

  await d.run();

  expect(tally(await d.handlers.calls())).toEqual({ reads: minimum, writes: 0, putEvents: 0, byOperation: { DescribeRoutingProfile: COUNT } });
});

test('the default profile\'s concurrency beside 20 routing profiles, no drift: 21 reads (one Search page for all, a queue list per profile)', async () => {
  await d.reset();
  for (let i = 1; i <= COUNT; i++) {
    const name = `Team${String(i).padStart(2, '0')}`;
    await d.deploy(d.spec({ Name: name, QueueConfigs: [pair('Sales', 'VOICE', 1, 0)], DriftPolicy: 'report' }), name);
  }
  expect((await c.create(c.spec({ DriftPolicy: 'report' }), 'BasicConcurrency')).status).toBe('SUCCESS');
  await d.emulator.control.clearCalls();

  const run = await d.run();

  const minimum = minimumReads([...Array(COUNT).fill({ declaresBehaviourOrTimer: false, queuePairs: 1 }), CHAT_ONLY], COUNT + 1);
  expect(minimum).toBe(21);
  expect(tally(await d.handlers.calls())).toEqual({
    reads: minimum,
    writes: 0,
    putEvents: 0,
    byOperation: { SearchRoutingProfiles: 1, ListRoutingProfileQueues: COUNT },
  });
  expect(run.summary.resources).toBe(COUNT + 1);
});
