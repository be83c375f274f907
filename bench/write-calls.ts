/**
 * Write calls ÷ the minimum, across scenarios: random pairs of a live and a desired profile (fast-check, fixed seed,
 * the property tests' generators: up to 50 + 50 queue pairs, quotas pressed, tags, timer, concurrency), each planned
 * by `planReconcile` and divided by the fewest calls the API's per-call limits allow, worked out without the
 * planner (`test/reconcile/lower-bound.ts`). A deterministic count: the ratios are per scenario, not per repeat.
 *
 *   npx ts-node -T --project tsconfig.dev.json bench/write-calls.ts [--quick]
 */
import * as fc from 'fast-check';
import { main, quickMode, report, spread } from './lib/result';
import { planReconcile } from '../lambda/reconcile';
import { reconcileCase } from '../test/reconcile/arbitraries';
import { lowerBound } from '../test/reconcile/lower-bound';

const SCENARIOS = quickMode() ? 200 : 5_000;
const SEED = 17;

main(async () => {
  const ratios: number[] = [];
  let noChange = 0;
  let calls = 0;
  let minimum = 0;
  for (const { live, desired } of fc.sample(reconcileCase, { numRuns: SCENARIOS, seed: SEED })) {
    const planned = planReconcile(desired, live).length;
    const fewest = lowerBound(desired, live);
    calls += planned;
    minimum += fewest;
    if (fewest === 0) {
      noChange++;
      // A no-op must make no call: each call it makes counts one above the minimum.
      ratios.push(1 + planned);
    } else {
      ratios.push(planned / fewest);
    }
  }
  report({
    measure: 'write calls ÷ minimum',
    ...spread(ratios),
    goal: '1.0',
    detail: `${SCENARIOS} scenarios (${noChange} no-op), ${calls} calls planned vs ${minimum} minimum, worst ${Math.max(...ratios).toFixed(2)}`,
  });
});
