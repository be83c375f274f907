/**
 * The size of each shipped handler bundle (minified, SDK included) ÷ the budget of 500 KB, and its gzip
 * size (what Lambda's deployment package holds). A deterministic figure: the same bundle gives the same ratio.
 *
 *   npx projen bundle && npx ts-node -T --project tsconfig.dev.json bench/bundle-size.ts
 */
import * as fs from 'fs';
import * as zlib from 'zlib';
import { bundlePath, HANDLERS } from './lib/bundles';
import { main, report, spread } from './lib/result';

const BUDGET_BYTES = 500_000;

main(async () => {
  for (const handler of HANDLERS) {
    const bytes = fs.readFileSync(bundlePath(handler));
    report({
      measure: `bundle size, ${handler} ÷ 500 KB`,
      ...spread([bytes.length / BUDGET_BYTES]),
      goal: '≤ 1.0',
      detail: `${bytes.length} bytes (${(bytes.length / 1024).toFixed(1)} KiB), gzip ${(zlib.gzipSync(bytes).length / 1024).toFixed(1)} KiB`,
    });
  }
});
