/**
 * The export's round trip, as a property over random instances in the emulator: export (TypeScript and Python) →
 * the TypeScript synthesized → `plan` shows no change → a local deploy of it makes zero Connect writes (every profile
 * adopted, nothing changed) → exporting again gives the same file, byte for byte. Then every exported TypeScript
 * file type-checks and every Python file parses.
 *
 * CLI_ROUND_TRIP_RUNS sets how many random instances (default 30); `RICH_INSTANCE`, with every shape an export
 * writes, comes first. The bundled command runs in this process (the same code the bin runs; export.test.ts and
 * plan.test.ts run it as a child process).
 */
import * as fs from 'fs';
import { ConnectClient } from '@aws-sdk/client-connect';
import * as fc from 'fast-check';
import { seedInstance } from './connect-instance';
import { GeneratedAppFolder, runBundledCli, sdkEnvironment } from './generated-app';
import { instanceSpec } from './instance-arbitraries';
import { RAISED_QUEUE_PAIR_QUOTA, RICH_INSTANCE } from './rich-instance';
import { RunningDynamoDbLocal, RunningEmulator, startDynamoDbLocal, startEmulator } from '../../emulator';
import { emulatorEnvironment, LocalDeployment } from '../../local-deploy';

const RUNS = Number(process.env.CLI_ROUND_TRIP_RUNS ?? 30);
const WRITE_OPERATIONS = /^(Create|Delete|Associate|Disassociate|Update|Tag|Untag)/;

let emulator: RunningEmulator;
let dynamodb: RunningDynamoDbLocal;
let connect: ConnectClient;
const folder = new GeneratedAppFolder();

beforeAll(async () => {
  Object.assign(process.env, sdkEnvironment(), { AWS_ACCESS_KEY_ID: 'cli-test', AWS_SECRET_ACCESS_KEY: 'cli-test' });
  emulator = await startEmulator({
    throttle: false,
    log: () => undefined,
    quotas: { queuesPerRoutingProfile: RAISED_QUEUE_PAIR_QUOTA, manualAssignmentQueuesPerRoutingProfile: RAISED_QUEUE_PAIR_QUOTA },
  });
  dynamodb = await startDynamoDbLocal();
  connect = new ConnectClient({ ...emulator.clientConfig, maxAttempts: 1 });
});
afterAll(async () => {
  connect.destroy();
  await emulator.close();
  await dynamodb.close();
  folder.remove();
});

test(`export → synth → plan shows no change, a local deploy makes no Connect write, a re-export is identical (${RUNS} random instances)`, async () => {
  const typescript: string[] = [];
  const python: string[] = [];
  let run = 0;
  await fc.assert(fc.asyncProperty(instanceSpec, async (spec) => {
    run++;
    const instance = await seedInstance(emulator.control, connect, spec);
    await emulator.control.clearCalls();
    const connectOptions = ['--endpoint', emulator.endpoint, '--max-rate', '1000'];
    const exportTo = async (file: string, ...more: string[]) => {
      const result = await runBundledCli(['export', '--instance', instance.instanceArn, '--out', file, ...more, ...connectOptions]);
      expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
      expect(result.stdout).not.toContain('left out');
      return fs.readFileSync(file, 'utf8');
    };
    const file = folder.file(`instance${run}.ts`);
    const code = await exportTo(file);
    python.push(folder.file(`instance${run}.py`));
    await exportTo(python[python.length - 1], '--language', 'python');
    typescript.push(file);

    const assembly = folder.synthesize(file, `ConnectRouting${run}`, { account: emulator.accountId, region: emulator.region });
    await emulator.control.clearCalls();
    const plan = await runBundledCli(['plan', assembly, '--json', '--detailed-exitcode', ...connectOptions]);
    // The instance's profiles and queues are listed once for the whole plan, not once per profile or per use.
    const planCalls = await emulator.control.calls();
    expect(planCalls.filter((c) => c.operation === 'ListRoutingProfiles')).toHaveLength(1);
    expect(planCalls.filter((c) => c.operation === 'ListQueues')).toHaveLength(1);
    expect(plan.code).toBe(0);
    const document = JSON.parse(plan.stdout);
    expect(document.summary).toMatchObject({ create: 0, change: 0, fail: 0, afterDeploy: 0, calls: 0, unchanged: spec.profiles.length + 1 });

    const deployment = await LocalDeployment.start({
      environment: emulatorEnvironment(emulator, dynamodb.endpoint),
      stateDirectory: folder.file(`state${run}`),
    });
    try {
      const [result] = await deployment.deploy(assembly);
      expect(result.created).toHaveLength(spec.profiles.length + 1 + 1); // the profiles, and the drift records' table
    } finally {
      await deployment.close();
    }
    const connectCalls = await emulator.control.calls();
    expect(connectCalls.filter((c) => WRITE_OPERATIONS.test(c.operation)).map((c) => c.operation)).toEqual([]);

    expect(await exportTo(folder.file(`instance${run}-again.ts`))).toBe(code);
  }), { numRuns: RUNS + 1, examples: [[RICH_INSTANCE]] });

  expect(run).toBeGreaterThanOrEqual(RUNS + 1);
  const checked = folder.typeCheck(typescript);
  expect(checked.output).toBe('');
  expect(checked.status).toBe(0);
  expect(folder.parsePython(python)).toEqual([]);
}, 60_000 + RUNS * 3_000); // about 1 s an instance on a quiet machine, CLI_ROUND_TRIP_RUNS=300 included
