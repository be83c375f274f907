/**
 * The module part of a cold start: the time to `require` each handler bundle in a fresh Node process ÷ the time to
 * `require('@aws-sdk/client-connect')` alone (the SDK as installed, CommonJS build) in a fresh process. Each round
 * starts one process per candidate, in an order that rotates every round; a bundle's fastest time ÷ the bare SDK's
 * fastest, and median ÷ median. Only the `require` itself is timed (inside the child, with perf_hooks), not Node's
 * own start-up.
 *
 *   npx projen bundle && npx ts-node -T --project tsconfig.dev.json bench/cold-init.ts [--quick]
 */
import { execFileSync } from 'child_process';
import * as path from 'path';
import { bundlePath, HANDLERS } from './lib/bundles';
import { main, median, quickMode, report, timedRatio } from './lib/result';

const ROUNDS = quickMode() ? 3 : 21;
const ROOT = path.join(__dirname, '..');
const BARE = 'bare SDK';

/** Milliseconds to require `module` in a fresh process with the handlers' environment (a Region, no credentials read). */
function requireTime(module: string): number {
  const script = 'const { performance } = require("perf_hooks"); const start = performance.now(); '
    + `require(${JSON.stringify(module)}); process.stdout.write(String(performance.now() - start));`;
  const out = execFileSync(process.execPath, ['-e', script], {
    cwd: ROOT,
    env: { ...process.env, AWS_REGION: 'us-east-1', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  });
  return Number(out.toString());
}

main(async () => {
  const candidates: Array<[string, string]> = [[BARE, '@aws-sdk/client-connect'], ...HANDLERS.map((h): [string, string] => [h, bundlePath(h)])];
  const times = new Map(candidates.map(([name]) => [name, [] as number[]]));
  for (let round = 0; round < ROUNDS; round++) {
    const order = [...candidates.slice(round % candidates.length), ...candidates.slice(0, round % candidates.length)];
    for (const [name, module] of order) times.get(name)!.push(requireTime(module));
  }
  const bare = times.get(BARE)!;
  for (const handler of HANDLERS) {
    const own = times.get(handler)!;
    report({
      measure: `cold require, ${handler} ÷ bare SDK`,
      ...timedRatio(own, bare),
      goal: '≤ 1.0',
      detail: `fastest ${Math.min(...own).toFixed(1)} ms vs ${Math.min(...bare).toFixed(1)} ms, median ${median(own).toFixed(1)} vs ${median(bare).toFixed(1)}`,
    });
  }
});
