/**
 * Connect reads per profile, counted from the local emulator's call log: a drift run over a stack where nothing
 * drifted, and an unchanged deploy Update of each profile, for 20 and 200 profiles of three shapes. Each is also
 * divided by the fewest reads the API allows, worked out from the declarations alone (`test/drift/read-minimum.ts`
 * for the drift run; one Describe plus one page of each non-empty managed queue list for an Update). Deterministic
 * counts: repeats give the same figures, so each ratio is one sample.
 *
 *   npx ts-node -T --project tsconfig.dev.json bench/reads-per-profile.ts [--quick]
 */
import { CallRecord } from '../emulator';
import { main, quickMode, quietly, report, spread } from './lib/result';
import { DriftReconcilerEnv, RoutingProfileSpec } from '../src/private/contract';
import { DriftHarness } from '../test/drift/drift-harness';
import { DeclaredResource, minimumReads, minimumUpdateReads } from '../test/drift/read-minimum';
import { pair } from '../test/handler/expectations';
import { WRITE_OPERATIONS } from '../test/handler/harness';

const SIZES = quickMode() ? [5] : [20, 200];

interface Shape {
  readonly label: string;
  readonly spec: Partial<RoutingProfileSpec>;
  readonly declared: DeclaredResource;
  readonly goal: string;
}

const VOICE_CHAT = [{ Channel: 'VOICE', Concurrency: '1' }, { Channel: 'CHAT', Concurrency: '2' }];
const THREE_PAIRS = [pair('Sales', 'VOICE', 1, 0), pair('Support', 'CHAT', 2, 0), pair('BasicQueue', 'VOICE', 3, 0)];

const SHAPES: readonly Shape[] = [
  {
    label: '3 queue pairs, no behaviour or timer',
    spec: { MediaConcurrencies: VOICE_CHAT, QueueConfigs: THREE_PAIRS },
    declared: { declaresBehaviourOrTimer: false, queuePairs: 3 },
    goal: '≤ 1.2',
  },
  {
    label: '3 queue pairs + a cross-channel behaviour',
    spec: { MediaConcurrencies: [VOICE_CHAT[0], { ...VOICE_CHAT[1], CrossChannelBehavior: 'ROUTE_ANY_CHANNEL' }], QueueConfigs: THREE_PAIRS },
    declared: { declaresBehaviourOrTimer: true, queuePairs: 3 },
    goal: '≤ 2.0',
  },
  {
    label: '3 queue pairs + 1 manual-assignment pair',
    spec: { MediaConcurrencies: VOICE_CHAT, QueueConfigs: THREE_PAIRS, ManualAssignmentQueues: [{ Queue: { Name: 'Callbacks' }, Channel: 'CHAT' }] },
    declared: { declaresBehaviourOrTimer: false, queuePairs: 3, manualPairs: 1 },
    goal: '≤ 2.0',
  },
];

const isRead = (c: CallRecord) => !WRITE_OPERATIONS.has(c.operation) && c.operation !== 'PutEvents';

main(async () => {
  const d = await DriftHarness.start();
  process.env[DriftReconcilerEnv.MAX_CALLS_PER_SECOND] = '10000';
  try {
    for (const size of SIZES) {
      for (const shape of SHAPES) {
        await d.reset();
        const deployed: Array<{ arn: string; spec: RoutingProfileSpec }> = [];
        await quietly(async () => {
          for (let i = 1; i <= size; i++) {
            const spec = d.spec({ Name: `Team${String(i).padStart(3, '0')}`, ...shape.spec, Tags: { team: String(i) }, DriftPolicy: 'report' });
            deployed.push({ arn: (await d.deploy(spec, `Team${i}`)).arn, spec });
          }
        });

        await d.emulator.control.clearCalls();
        const run = await d.run();
        if (run.summary.driftedProfiles !== 0) throw new Error(`drift run over an unchanged stack found drift: ${JSON.stringify(run.summary.outcomes[0])}`);
        const driftReads = (await d.handlers.calls()).filter(isRead).length;
        const driftMinimum = minimumReads(Array(size).fill(shape.declared), size + 1);
        report({
          measure: `drift run reads per profile, ${size} profiles, ${shape.label}`,
          ...spread([driftReads / size]),
          goal: shape.goal,
          detail: `${driftReads} reads; the minimum is ${driftMinimum} (÷ minimum ${(driftReads / driftMinimum).toFixed(2)})`,
        });

        await d.emulator.control.clearCalls();
        await quietly(async () => {
          for (const [i, { arn, spec }] of deployed.entries()) {
            const updated = await d.handlers.update(arn, spec, spec, { logicalId: `Team${i + 1}` });
            if (updated.status !== 'SUCCESS') throw new Error(`update failed: ${updated.reason}`);
          }
        });
        // ListQueues resolves queue names: a read of the instance's queues, not of the profile.
        const updateReads = (await d.handlers.calls()).filter((c) => isRead(c) && c.operation !== 'ListQueues').length;
        const updateMinimum = size * minimumUpdateReads(shape.declared);
        report({
          measure: `deploy Update reads per profile, ${size} profiles, ${shape.label}`,
          ...spread([updateReads / size]),
          goal: '≤ 2',
          detail: `${updateReads} reads (+ 1 ListQueues per Update to resolve queue names); the minimum is ${updateMinimum} `
            + `(÷ minimum ${(updateReads / updateMinimum).toFixed(2)})`,
        });
      }
    }
  } finally {
    await d.close();
  }
});
