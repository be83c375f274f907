/**
 * What every benchmark prints: its ratio, as the minimum and the median over repeated runs, the goal it is compared
 * with, and a line of detail. A timed ratio divides the candidate's fastest run by the baseline's fastest, and its
 * median by the baseline's median, the two measured interleaved (so drift in the machine's load touches both alike);
 * a ratio each run normalizes by itself (a count ÷ its minimum, a duration ÷ its floor) gives the minimum and median
 * of the runs' ratios. A benchmark prints figures; it never fails on them (only a crash fails it).
 *
 * Each script can run alone (`npx ts-node -T --project tsconfig.dev.json bench/<name>.ts [--quick]`) and ends with
 * one machine-readable line (`BENCH_RESULT {...}`) per ratio, which `bench/index.ts` collects into one table.
 */

/** A ratio's minimum and median, and how many runs (or scenarios) they come from. */
export interface Ratio {
  readonly min: number;
  readonly median: number;
  readonly samples: number;
}

export interface BenchResult extends Ratio {
  /** The table row's name. */
  readonly measure: string;
  /** The goal, as the table shows it (e.g. `≤ 1.0`). */
  readonly goal: string;
  /** Figures behind the ratio (counts, sizes, times). */
  readonly detail: string;
}

/** Candidate times ÷ baseline times measured alongside: fastest ÷ fastest, median ÷ median. */
export function timedRatio(candidate: readonly number[], baseline: readonly number[]): Ratio {
  return { min: Math.min(...candidate) / Math.min(...baseline), median: median(candidate) / median(baseline), samples: candidate.length };
}

/** Ratios each run normalized by itself. */
export function spread(ratios: readonly number[]): Ratio {
  return { min: Math.min(...ratios), median: median(ratios), samples: ratios.length };
}

export const RESULT_PREFIX = 'BENCH_RESULT ';

/** `--quick` (or BENCH_QUICK=1): a few iterations, for CI to prove the benchmark still runs. */
export function quickMode(argv: readonly string[] = process.argv): boolean {
  return argv.includes('--quick') || process.env.BENCH_QUICK === '1';
}

export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = (sorted.length - 1) * q;
  const low = Math.floor(index);
  const high = Math.ceil(index);
  return sorted[low] + (sorted[high] - sorted[low]) * (index - low);
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);

/** Prints a result for a person, then the line `bench/index.ts` reads. */
export function report(result: BenchResult): void {
  console.log(`${result.measure}: ratio min ${fmt(result.min)}, median ${fmt(result.median)} over ${result.samples} sample(s) `
    + `(goal ${result.goal}); ${result.detail}`);
  console.log(`${RESULT_PREFIX}${JSON.stringify(result)}`);
}

export const fmt = (ratio: number): string => ratio.toFixed(ratio >= 10 ? 1 : 3);

/** Runs `work` with `console.log` silenced: the handlers log a line per invocation, which would bury the figures. */
export async function quietly<T>(work: () => Promise<T>): Promise<T> {
  const log = console.log;
  console.log = () => undefined;
  try {
    return await work();
  } finally {
    console.log = log;
  }
}

/** Runs a benchmark's main, making a crash the process's failure. */
export function main(run: () => Promise<void>): void {
  run().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
