/**
 * What the contact-routing handler adds on top of its one Connect call, warm: each invocation of the bundled
 * handler against the local emulator ÷ the same UpdateContactRoutingData made with a bare SDK client right before
 * it (interleaved, so drift in the machine's load touches both alike): fastest ÷ fastest, median ÷ median. Also the
 * medians' difference and the median of the paired differences.
 *
 *   npx projen bundle && npx ts-node -T --project tsconfig.dev.json bench/contact-routing-overhead.ts [--quick]
 *
 * A benchmark that prints, not a test: numbers vary with the machine, the ratio and the difference are what to compare.
 */
import { performance } from 'perf_hooks';
import { ConnectClient, UpdateContactRoutingDataCommand } from '@aws-sdk/client-connect';
import { bundlePath } from './lib/bundles';
import { main, median, quantile, quickMode, quietly, report, timedRatio } from './lib/result';
import { startEmulator } from '../emulator/server';
import { ContactRoutingConfigSpec, ContactRoutingEnv } from '../src/private/contact-routing-contract';
import { ProviderEnv } from '../src/private/contract';

const QUICK = quickMode();
const INVOCATIONS = QUICK ? 50 : 1000;
const WARM_UP = QUICK ? 10 : 100;

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

main(async () => {
  const bundle = bundlePath('contact-routing');
  const emulator = await startEmulator({ port: 0, throttle: false, log: () => undefined });
  try {
    process.env[ProviderEnv.CONNECT_ENDPOINT] = emulator.endpoint;
    process.env[ContactRoutingEnv.CONFIG] = JSON.stringify(CONFIG);
    process.env.AWS_ACCESS_KEY_ID = 'bench';
    process.env.AWS_SECRET_ACCESS_KEY = 'bench';
    process.env.AWS_REGION = emulator.region;

    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const handler = require(bundle).handler as Handler;

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

    // The handler's log line goes nowhere here (it is still built).
    const handlerMs: number[] = [];
    const bareMs: number[] = [];
    try {
      await quietly(async () => {
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
      });
    } finally {
      bare.destroy();
    }

    const handlerMedian = median(handlerMs);
    const bareMedian = median(bareMs);
    report({
      measure: 'contact-routing warm invocation ÷ a raw UpdateContactRoutingData',
      ...timedRatio(handlerMs, bareMs),
      goal: '(measured)',
      detail: `${INVOCATIONS} invocations after ${WARM_UP} warm-up: handler median ${ms(handlerMedian)} ms (p90 ${ms(quantile(handlerMs, 0.9))}), `
        + `raw call ${ms(bareMedian)} ms (p90 ${ms(quantile(bareMs, 0.9))}); overhead ${ms(handlerMedian - bareMedian)} ms, `
        + `median of paired differences ${ms(median(handlerMs.map((t, i) => t - bareMs[i])))} ms`,
    });
  } finally {
    await emulator.close();
  }
});

async function check(result: Promise<Record<string, string>>): Promise<void> {
  const out = await result;
  if (out.outcome !== 'UPDATED' || out.rule !== 'vip') {
    throw new Error(`unexpected handler result: ${JSON.stringify(out)}`);
  }
}


const ms = (value: number): string => value.toFixed(3);
