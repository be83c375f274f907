/**
 * Runs every benchmark, each in its own Node process (so one's emulator, environment or warm JIT never touches
 * another's figures), and prints their ratios as one table: minimum and median over repeated runs, and the goal.
 * `--quick` runs each with a few iterations: CI runs that to prove every benchmark still runs; its figures mean
 * little, and no figure fails anything (a benchmark that crashes does).
 *
 *   npx projen bench          # every benchmark, full
 *   npx projen bench:quick    # the same, a few iterations each
 */
import { execFileSync } from 'child_process';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { BenchResult, fmt, main, quickMode, RESULT_PREFIX } from './lib/result';

const BENCHMARKS = [
  'write-calls',
  'reads-per-profile',
  'bulk-create',
  'export-plan',
  'synth',
  'bundle-size',
  'cold-init',
  'contact-routing-overhead',
];

main(async () => {
  const quick = quickMode();
  const results: BenchResult[] = [];
  for (const name of BENCHMARKS) {
    const started = performance.now();
    const out = execFileSync(process.execPath, ['-r', 'ts-node/register/transpile-only', path.join(__dirname, `${name}.ts`), ...(quick ? ['--quick'] : [])], {
      cwd: path.join(__dirname, '..'),
      env: { ...process.env, TS_NODE_PROJECT: 'tsconfig.dev.json', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 64 * 1024 * 1024,
    }).toString();
    const lines = out.split('\n');
    for (const line of lines) if (line && !line.startsWith(RESULT_PREFIX)) console.log(`  ${line}`);
    const found = lines.filter((line) => line.startsWith(RESULT_PREFIX));
    results.push(...found.map((line) => JSON.parse(line.slice(RESULT_PREFIX.length)) as BenchResult));
    console.log(`${name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }

  console.log(`\n${quick ? 'Quick run (a few iterations each: figures for CI, not for comparison)' : 'Benchmarks'}, ${new Date().toISOString()}\n`);
  console.log('| measure | ratio min | ratio median | samples | goal | detail |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const r of results) {
    console.log(`| ${r.measure} | ${fmt(r.min)} | ${fmt(r.median)} | ${r.samples} | ${r.goal} | ${r.detail} |`);
  }
});
