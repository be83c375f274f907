/**
 * Synth time of an app of 200 `RoutingProfile`s (queue configs on two channels, tags, drift detection as by default)
 * ÷ the same 200 profiles as `CfnRoutingProfile`. Each round synthesizes each app in a fresh process (which app goes
 * first swaps every round): a warm-up synth of the whole app (so what aws-cdk-lib loads and compiles on first use
 * is done), then the timed ones, in CPU time (synth is CPU-bound, and CPU time does not count what other processes
 * of a shared machine take). Alternating the two apps within one process would time V8 re-optimizing for the other
 * app, not synth. Each process reports the median of its timed synths; fastest ÷ fastest and median ÷ median over
 * the rounds.
 *
 *   npx ts-node -T --project tsconfig.dev.json bench/synth.ts [--quick]
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Duration, Stack, aws_connect as connect } from 'aws-cdk-lib';
import { Channel, MediaConcurrency, QueueRef, RoutingProfile } from '../src';
import { main, median, quickMode, report, timedRatio } from './lib/result';

const INSTANCE_ARN = 'arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555';
const queueArn = (i: number) => `${INSTANCE_ARN}/queue/${String(i).padStart(8, '0')}-0000-4000-8000-000000000000`;

function declareL2(stack: Stack, i: number): void {
  new RoutingProfile(stack, `Profile${i}`, {
    instanceArn: INSTANCE_ARN,
    routingProfileName: `Team ${i}`,
    description: `Team ${i} agents`,
    defaultOutboundQueue: QueueRef.fromQueueArn(queueArn(0)),
    mediaConcurrencies: [MediaConcurrency.voice(), MediaConcurrency.chat(3)],
    queueConfigs: [
      { queue: QueueRef.fromQueueArn(queueArn(1)), channel: Channel.VOICE, priority: 1 },
      { queue: QueueRef.fromQueueArn(queueArn(2)), channel: Channel.CHAT, priority: 2, delay: Duration.seconds(30) },
    ],
    tags: { team: String(i) },
  });
}

function declareL1(stack: Stack, i: number): void {
  new connect.CfnRoutingProfile(stack, `Profile${i}`, {
    instanceArn: INSTANCE_ARN,
    name: `Team ${i}`,
    description: `Team ${i} agents`,
    defaultOutboundQueueArn: queueArn(0),
    mediaConcurrencies: [{ channel: 'VOICE', concurrency: 1 }, { channel: 'CHAT', concurrency: 3 }],
    queueConfigs: [
      { queueReference: { queueArn: queueArn(1), channel: 'VOICE' }, priority: 1, delay: 0 },
      { queueReference: { queueArn: queueArn(2), channel: 'CHAT' }, priority: 2, delay: 30 },
    ],
    tags: [{ key: 'team', value: String(i) }],
  });
}

const QUICK = quickMode();
const PROFILES = QUICK ? 20 : 200;
const ROUNDS = QUICK ? 1 : 5;
const SYNTHS_PER_PROCESS = QUICK ? 1 : 3;

type Variant = 'l1' | 'l2';
const DECLARE: Readonly<Record<Variant, (stack: Stack, i: number) => void>> = { l1: declareL1, l2: declareL2 };

/** CPU milliseconds to construct and synthesize an app of `PROFILES` profiles of `variant`. */
function synthTime(variant: Variant): number {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'synth-bench-'));
  try {
    const start = process.cpuUsage();
    const app = new App({ outdir });
    const stack = new Stack(app, 'ContactCenter');
    for (let i = 0; i < PROFILES; i++) DECLARE[variant](stack, i);
    app.synth();
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

/** One fresh process: a warm-up synth, then the timed ones; their median. */
function synthInFreshProcess(variant: Variant): number {
  const out = execFileSync(process.execPath, ['-r', 'ts-node/register/transpile-only', __filename, '--child', variant], {
    cwd: path.join(__dirname, '..'),
    env: { ...process.env, TS_NODE_PROJECT: 'tsconfig.dev.json' },
  });
  return Number(out.toString());
}

const child = process.argv.indexOf('--child');
if (child !== -1) {
  const variant = process.argv[child + 1] as Variant;
  synthTime(variant);
  process.stdout.write(String(median(Array.from({ length: SYNTHS_PER_PROCESS }, () => synthTime(variant)))));
} else {
  main(async () => {
    const l2: number[] = [];
    const l1: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const variant of (round % 2 === 0 ? ['l2', 'l1'] : ['l1', 'l2']) as Variant[]) {
        // Quick mode (CI: proves the benchmark runs) saves the two process start-ups: one warm-up and one timed synth here.
        (variant === 'l2' ? l2 : l1).push(QUICK ? (synthTime(variant), synthTime(variant)) : synthInFreshProcess(variant));
      }
    }
    report({
      measure: `synth, ${PROFILES} RoutingProfile ÷ ${PROFILES} CfnRoutingProfile`,
      ...timedRatio(l2, l1),
      goal: '(measured)',
      detail: `CPU per synth: fastest ${Math.min(...l2).toFixed(0)} ms vs ${Math.min(...l1).toFixed(0)} ms, median ${median(l2).toFixed(0)} vs ${median(l1).toFixed(0)}`,
    });
  });
}
