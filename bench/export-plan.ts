/**
 * `cdk-connect-routing export` of an instance of 100 routing profiles, then `plan` of the exported app against it,
 * with the local emulator throttling at Connect's documented rates (2 requests/s, burst 5, per API). Each command
 * paces its reads at `--max-rate`, 1 call/s per API by default (half of Connect's rate, leaving the rest to deploys
 * and other tools of the account), and reads one profile after another; its wall time is divided by that pacing's
 * floor, the busiest operation's calls at 1 per second: a ratio near 1 means no time is lost beyond the pacing. The
 * detail gives the floor at Connect's own rate too (a bucket of burst b and rate r serves n calls in no less than
 * (n − b) / r seconds).
 *
 *   npx projen bundle && npx ts-node -T --project tsconfig.dev.json bench/export-plan.ts [--quick]
 */
import * as fs from 'fs';
import { performance } from 'perf_hooks';
import { ConnectClient } from '@aws-sdk/client-connect';
import { DOCUMENTED_THROTTLE, RunningEmulator, startEmulator } from '../emulator';
import { main, quickMode, report, spread } from './lib/result';
import { DEFAULT_CALLS_PER_SECOND } from '../cli/connect/options';
import { UserProject } from '../examples/contact-center/user-project';
import { InstanceSpec, ProfileSpec, seedInstance } from '../test/cli/connect-instance';
import { runBundledCli, sdkEnvironment } from '../test/cli/generated-app';

const QUICK = quickMode();
const PROFILES = QUICK ? 5 : 100;
const QUEUES = 20;
const { rate, burst } = DOCUMENTED_THROTTLE.default;

/** A console-built profile: 3 queue pairs, a manual-assignment queue on every fourth, tags. */
function profile(i: number): ProfileSpec {
  return {
    name: `Team ${String(i).padStart(3, '0')}`,
    description: `Team ${i} agents`,
    defaultOutboundQueue: i % QUEUES,
    mediaConcurrencies: [{ channel: 'VOICE', concurrency: 1 }, { channel: 'CHAT', concurrency: 1 + (i % 3) }],
    queueConfigs: [
      { queue: i % QUEUES, channel: 'VOICE', priority: 1, delaySeconds: 0 },
      { queue: i % QUEUES, channel: 'CHAT', priority: 1, delaySeconds: 0 },
      { queue: (i + 1) % QUEUES, channel: 'VOICE', priority: 2, delaySeconds: 30 },
    ],
    manualAssignmentQueueConfigs: i % 4 === 0 ? [{ queue: (i + 2) % QUEUES, channel: 'VOICE' }] : [],
    tags: { team: String(i) },
  };
}

/** Runs one command through the bundled CLI with full buckets; its wall time ÷ the pacing floor of the calls it made. */
async function timed(emulator: RunningEmulator, args: readonly string[]): Promise<{ ratio: number; detail: string }> {
  await emulator.control.setThrottle(DOCUMENTED_THROTTLE);
  await emulator.control.clearCalls();
  const started = performance.now();
  const result = await runBundledCli(args);
  const seconds = (performance.now() - started) / 1000;
  if (result.code !== 0) throw new Error(`${args[0]} exited ${result.code}: ${result.stderr}`);
  const byOperation = new Map<string, number>();
  for (const call of await emulator.control.calls()) byOperation.set(call.operation, (byOperation.get(call.operation) ?? 0) + 1);
  const [operation, n] = [...byOperation].sort((a, b) => b[1] - a[1])[0];
  // The first call of each operation starts at once; each further one a pacing interval later.
  const pacingFloor = Math.max((n - 1) / DEFAULT_CALLS_PER_SECOND, Number.EPSILON);
  const connectFloor = Math.max((n - burst) / rate, 0);
  const total = [...byOperation.values()].reduce((sum, count) => sum + count, 0);
  return {
    ratio: seconds / pacingFloor,
    detail: `${seconds.toFixed(1)} s for ${total} reads vs a pacing floor of ${pacingFloor.toFixed(1)} s (${n} ${operation} at `
      + `${DEFAULT_CALLS_PER_SECOND}/s; at Connect's own rate the floor is ${connectFloor.toFixed(1)} s)`,
  };
}

main(async () => {
  Object.assign(process.env, sdkEnvironment());
  const emulator = await startEmulator({ throttle: false, log: () => undefined });
  const project = new UserProject('export-plan-bench');
  try {
    const connect = new ConnectClient(emulator.clientConfig);
    const spec: InstanceSpec = {
      queueNames: Array.from({ length: QUEUES }, (_, i) => `Queue ${String(i).padStart(2, '0')}`),
      profiles: Array.from({ length: PROFILES }, (_, i) => profile(i)),
    };
    const instance = await seedInstance(emulator.control, connect, spec);
    connect.destroy();

    const file = project.path('lib', 'connect-routing-stack.ts');
    const exported = await timed(emulator, ['export', '--instance', instance.instanceArn, '--endpoint', emulator.endpoint, '--out', file]);
    if (!fs.readFileSync(file, 'utf8').includes(`routingProfileName: '${profile(PROFILES - 1).name}'`)) throw new Error('the export misses a profile');
    report({
      measure: `export, ${PROFILES} profiles, throttling on: wall time ÷ its pacing floor`,
      ...spread([exported.ratio]),
      goal: '(measured)',
      detail: exported.detail,
    });

    project.synthesize('lib/connect-routing-stack.ts', 'cdk.out');
    const planned = await timed(emulator, ['plan', project.path('cdk.out'), '--endpoint', emulator.endpoint, '--detailed-exitcode']);
    report({
      measure: `plan, ${PROFILES} exported profiles, throttling on: wall time ÷ its pacing floor`,
      ...spread([planned.ratio]),
      goal: '(measured)',
      detail: `${planned.detail}; no change planned`,
    });
  } finally {
    project.remove();
    await emulator.close();
  }
});
