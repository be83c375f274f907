/**
 * 20 profiles × 50 queue pairs created at once (as CloudFormation runs a stack's custom resources in parallel),
 * with the local emulator throttling at Connect's documented rates (2 requests/s, burst 5, per API): the time from
 * the first Connect call to the last ÷ the rate-limit floor. The floor is what the bucket of each operation allows
 * for the calls that succeeded (a token bucket of burst b and rate r serves n calls in no less than (n − b) / r
 * seconds), the largest over the operations. It measures whatever the create flow is; each repeat starts with every
 * bucket full, and the minimum and median are over the repeats.
 *
 *   npx ts-node -T --project tsconfig.dev.json bench/bulk-create.ts [--quick]
 */
import { DOCUMENTED_THROTTLE } from '../emulator';
import { main, median, quickMode, quietly, report, spread } from './lib/result';
import { RoutingProfileSpec } from '../src/private/contract';
import { pairs } from '../test/handler/expectations';
import { HandlerHarness } from '../test/handler/harness';

const QUICK = quickMode();
const PROFILES = QUICK ? 3 : 20;
const PAIRS = 50;
const REPEATS = QUICK ? 1 : 3;
const { rate, burst } = DOCUMENTED_THROTTLE.default;

/** Seconds the documented buckets need at least for the successful calls, per operation. */
function floorSeconds(successfulByOperation: ReadonlyMap<string, number>): { seconds: number; operation: string } {
  let worst = { seconds: 0, operation: '(none)' };
  for (const [operation, n] of successfulByOperation) {
    const seconds = Math.max(0, (n - burst) / rate);
    if (seconds > worst.seconds) worst = { seconds, operation };
  }
  return worst;
}

main(async () => {
  // 13 extra queues: 50 distinct (queue, channel) pairs over the seeded queues and these, 4 channels each.
  const h = await HandlerHarness.start({ throttle: true, extraQueues: 13 });
  const ratios: number[] = [];
  const details: string[] = [];
  try {
    for (let repeat = 0; repeat < REPEATS; repeat++) {
      await h.reset();
      // The documented rates, every bucket full.
      await h.emulator.control.setThrottle(DOCUMENTED_THROTTLE);
      const specs: RoutingProfileSpec[] = Array.from({ length: PROFILES }, (_, i) => h.spec({
        Name: `Bulk ${String(i).padStart(2, '0')}`,
        MediaConcurrencies: ['VOICE', 'CHAT', 'TASK', 'EMAIL'].map((Channel) => ({ Channel, Concurrency: '1' })),
        QueueConfigs: pairs(h, PAIRS),
      }));
      const results = await quietly(() => Promise.all(specs.map((spec, i) => h.create(spec, { logicalId: `Bulk${i}`, remainingMs: 14 * 60_000 }))));
      const failed = results.filter((r) => r.status !== 'SUCCESS');
      if (failed.length > 0) throw new Error(`${failed.length} create(s) failed: ${failed[0].reason}`);

      const calls = await h.calls();
      const successful = new Map<string, number>();
      for (const c of calls) if (c.outcome.status < 300) successful.set(c.operation, (successful.get(c.operation) ?? 0) + 1);
      const floor = floorSeconds(successful);
      const spanSeconds = (Math.max(...calls.map((c) => c.time)) - Math.min(...calls.map((c) => c.time))) / 1000;
      ratios.push(spanSeconds / floor.seconds);
      const throttled = calls.filter((c) => c.outcome.status === 429).length;
      details.push(`${spanSeconds.toFixed(1)} s vs floor ${floor.seconds.toFixed(1)} s (${successful.get(floor.operation)} ${floor.operation}), `
        + `${calls.length - throttled} calls + ${throttled} throttled`);
    }
  } finally {
    await h.close();
  }
  report({
    measure: `bulk create, ${PROFILES} profiles × ${PAIRS} pairs at once, first-to-last call ÷ rate-limit floor`,
    ...spread(ratios),
    goal: '≤ 1.05',
    detail: `median run: ${details[ratios.indexOf(median(ratios))] ?? details[0]}`,
  });
});
