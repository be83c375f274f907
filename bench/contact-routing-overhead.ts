/**
 * What the contact-routing handler adds on top of its one Connect call, warm: the median time of a full handler
 * invocation against the local emulator, minus the median time of the same UpdateContactRoutingData made with a
 * bare SDK client. Also the bundle's size and the time to load it (the module part of a cold start).
 *
 *   npx ts-node --project tsconfig.dev.json bench/contact-routing-overhead.ts [invocations]
 *
 * Needs the bundle: `npx projen bundle` (or the esbuild command in CONTRIBUTING.md). A benchmark that prints,
 * not a test: numbers vary with the machine, the ratio and the difference are what to compare.
 */
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import * as zlib from 'zlib';
import { ConnectClient, UpdateContactRoutingDataCommand } from '@aws-sdk/client-connect';
import { startEmulator } from '../emulator/server';
import { ContactRoutingConfigSpec, ContactRoutingEnv } from '../src/private/contact-routing-contract';
import { ProviderEnv } from '../src/private/contract';

const BUNDLE = path.join(__dirname, '..', 'assets', 'lambda', 'contact-routing', 'index', 'index.js');
const INVOCATIONS = Number(process.argv[2] ?? 1000);
const WARM_UP = 100;

/** Ten rules, the matching one last: the handler evaluates every rule before its call, the worst case. */
const CONFIG: ContactRoutingConfigSpec = {
  version: '1',
  rules: [
    ...Array.from({ length: 9 }, (_, i) => ({
      name: `segment-${i}`,
      conditions: [
        { source: 'attribute', key: 'segment', test: 'oneOf', values: [`s${i}a`, `s${i}b`, `s${i}c`] },
        { source: 'channel', test: 'oneOf', values: ['VOICE'] },
      ],
      queuePriority: 2 + i,
    })),
    { name: 'vip', conditions: [{ source: 'attribute', key: 'tier', test: 'equals', values: ['platinum'] }], queuePriority: 1 },
  ],
};

type Handler = (event: unknown, context: { getRemainingTimeInMillis(): number }) => Promise<Record<string, string>>;

async function main(): Promise<void> {
  if (!fs.existsSync(BUNDLE)) {
    throw new Error(`No bundle at ${BUNDLE}: run \`npx projen bundle\` first`);
  }
  const emulator = await startEmulator({ port: 0, throttle: false, log: () => undefined });
  try {
    process.env[ProviderEnv.CONNECT_ENDPOINT] = emulator.endpoint;
    process.env[ContactRoutingEnv.CONFIG] = JSON.stringify(CONFIG);
    process.env.AWS_ACCESS_KEY_ID = 'bench';
    process.env.AWS_SECRET_ACCESS_KEY = 'bench';
    process.env.AWS_REGION = emulator.region;

    const loadStart = performance.now();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const handler = require(BUNDLE).handler as Handler;
    const loadMs = performance.now() - loadStart;

    const contact = emulator.seed.contacts[0];
    const queue = emulator.seed.queues.find((q) => q.id === contact.queueId)!;
    const event = {
      Name: 'ContactFlowEvent',
      Details: {
        ContactData: {
          ContactId: contact.id,
          InstanceARN: emulator.instanceArn,
          Channel: 'VOICE',
          InitiationMethod: 'INBOUND',
          Attributes: { tier: 'platinum', segment: 'none' },
          Queue: { ARN: queue.arn, Name: queue.name },
        },
        Parameters: {},
      },
    };
    const context = { getRemainingTimeInMillis: () => 7_000 };
    // The same call with a bare client: same SDK, same endpoint, one attempt, connection reused.
    const bare = new ConnectClient({ ...emulator.clientConfig, maxAttempts: 1 });
    const bareCall = () => bare.send(new UpdateContactRoutingDataCommand({
      InstanceId: emulator.instanceId, ContactId: contact.id, QueuePriority: 1,
    }));

    // The handler logs one line per invocation; here it goes nowhere (it is still built).
    const consoleLog = console.log;
    console.log = () => undefined;
    const handlerMs: number[] = [];
    const bareMs: number[] = [];
    try {
      for (let i = 0; i < WARM_UP; i++) {
        await check(handler(event, context));
        await bareCall();
      }
      // Interleaved, so drift in the machine's load affects both series alike.
      for (let i = 0; i < INVOCATIONS; i++) {
        let start = performance.now();
        await bareCall();
        bareMs.push(performance.now() - start);
        start = performance.now();
        await check(handler(event, context));
        handlerMs.push(performance.now() - start);
      }
    } finally {
      console.log = consoleLog;
      bare.destroy();
    }

    const bundle = fs.readFileSync(BUNDLE);
    const handlerMedian = quantile(handlerMs, 0.5);
    const bareMedian = quantile(bareMs, 0.5);
    const pairedOverhead = quantile(handlerMs.map((ms, i) => ms - bareMs[i]), 0.5);
    const rows: Array<[string, string]> = [
      ['invocations (after warm-up)', `${INVOCATIONS} (${WARM_UP})`],
      ['handler, median / p90', `${fmt(handlerMedian)} / ${fmt(quantile(handlerMs, 0.9))} ms`],
      ['bare SDK call, median / p90', `${fmt(bareMedian)} / ${fmt(quantile(bareMs, 0.9))} ms`],
      ['overhead = handler − bare call (medians)', `${fmt(handlerMedian - bareMedian)} ms (ratio ${(handlerMedian / bareMedian).toFixed(2)}×)`],
      ['overhead, median of paired differences', `${fmt(pairedOverhead)} ms`],
      ['bundle assets/lambda/contact-routing/index/index.js', `${bundle.length} bytes (${kib(bundle.length)}; gzip ${kib(zlib.gzipSync(bundle).length)})`],
      ['bundle load (require, the module part of a cold start)', `${fmt(loadMs)} ms`],
    ];
    const width = Math.max(...rows.map(([label]) => label.length));
    console.log('contact-routing handler overhead (warm, local emulator, throttling off)');
    for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
  } finally {
    await emulator.close();
  }
}

async function check(result: Promise<Record<string, string>>): Promise<void> {
  const out = await result;
  if (out.outcome !== 'UPDATED' || out.rule !== 'vip') {
    throw new Error(`unexpected handler result: ${JSON.stringify(out)}`);
  }
}

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = (sorted.length - 1) * q;
  const low = Math.floor(index);
  const high = Math.ceil(index);
  return sorted[low] + (sorted[high] - sorted[low]) * (index - low);
}

const fmt = (ms: number): string => ms.toFixed(3);
const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
