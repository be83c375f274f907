import { DriftHarness } from './drift-harness';
import { ConcurrencyEvents, entry } from '../handler/concurrency-harness';

// The run's time budget running out in the middle of a check: the resource was not checked (NOT_CHECKED, the
// next run checks it), not a failure. The clock is the run's own and stands still, so the pacer's next slot
// for an operation already called once (50 calls/s in the harness: 20 ms later) falls after a deadline 10 ms
// away, whatever the machine's speed. The resources here declare what SearchRoutingProfiles leaves out (a timer, a
// cross-channel behaviour), so each needs its own DescribeRoutingProfile.

let d: DriftHarness;
let c: ConcurrencyEvents;
beforeAll(async () => {
  d = await DriftHarness.start();
  c = new ConcurrencyEvents(d.handlers);
});
afterAll(async () => d.close());
beforeEach(async () => d.reset());
DriftHarness.silenceConsole();

const standingClock = { now: () => 0, deadline: 10, sleep: async () => undefined };

const withTimer = { AgentAvailabilityTimer: 'TIME_SINCE_LAST_ACTIVITY' };

test.each([
  ['a routing profile', async () => { await d.deploy(d.spec({ Name: 'Second', ...withTimer }), 'B'); }],
  ['a concurrency resource', async () => {
    const created = await c.create(c.spec({ MediaConcurrencies: [entry('CHAT', 5, 'ROUTE_ANY_CHANNEL')] }), 'B');
    if (created.status !== 'SUCCESS') throw new Error(created.reason);
  }],
])('%s whose read the deadline cuts short is NOT_CHECKED, not CHECK_FAILED', async (_kind, deployB) => {
  await d.deploy(d.spec({ Name: 'First', ...withTimer }), 'A');
  await deployB();

  const run = await d.runWith(standingClock);

  const byId = Object.fromEntries(run.summary.outcomes.map((o) => [o.logicalResourceId, o]));
  expect(byId.A).toMatchObject({ status: 'IN_SYNC' });
  expect(byId.B).toMatchObject({
    status: 'NOT_CHECKED',
    reason: 'DescribeRoutingProfile could not start before the reconciler\'s time budget ran out (its call rate is bounded); '
      + 'the resources left are checked on the next run.',
  });
  expect(run.summary).toMatchObject({ uncheckedProfiles: 1, driftedProfiles: 0 });
});

test('an instance whose listing the deadline cuts short: its resources are NOT_CHECKED', async () => {
  const seeded = await d.emulator.control.seed({ instances: [{ alias: 'second' }] });
  await d.deploy(d.spec({ Name: 'First' }), 'A');
  await d.deploy(d.spec({ Name: 'Elsewhere', InstanceArn: seeded.instances![0].instanceArn, DefaultOutboundQueue: { Name: 'BasicQueue' } }), 'B');

  const run = await d.runWith(standingClock);

  // Instances are checked in ARN order: the second one's SearchRoutingProfiles sweep has no slot left.
  const statuses = run.summary.outcomes.map((o) => o.status).sort();
  expect(statuses).toEqual(['IN_SYNC', 'NOT_CHECKED']);
  expect(run.summary.outcomes.find((o) => o.status === 'NOT_CHECKED')!.reason)
    .toMatch(/^SearchRoutingProfiles could not start before the reconciler's time budget ran out/);
});
