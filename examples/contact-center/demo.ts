/**
 * The README's main command: the example contact center deployed for real into the local Connect emulator by
 * the local deploy (its custom resources run by the bundled handlers with genuine CloudFormation events), then
 * a console edit, a change to the app, contact routing, and destroy. Exits non-zero on any failure.
 *
 *   npx projen demo        (bundles the handlers, then runs this file)
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import {
  ConnectClient,
  DisassociateRoutingProfileQueuesCommand,
  UpdateRoutingProfileConcurrencyCommand,
  UpdateRoutingProfileQueuesCommand,
} from '@aws-sdk/client-connect';
import { Heartbeat } from './heartbeat';
import { CONTACT_CENTER_QUEUES } from './queues';
import { successfulWrites, summarizeCalls } from '../../cli/local/call-summary';
import { formatProfiles, LiveProfile, readLiveProfiles } from '../../cli/local/live-profiles';
import { RunningEmulator, startDynamoDbLocal, startEmulator } from '../../emulator';
import { emulatorEnvironment, LocalDeployment, ProgressEvent } from '../../local-deploy';

const ROOT = path.resolve(__dirname, '..', '..');
const WORK = path.join(ROOT, '.local-deploy', 'demo');
const BUNDLES = ['provider', 'contact-routing', 'drift'].map((name) => path.join(ROOT, 'assets', 'lambda', name, 'index', 'index.js'));
const STEPS = 8;
const started = Date.now();
let stepNumber = 0;
// Never silent for more than a few seconds: a slow step says again what it is doing.
const heartbeat = new Heartbeat();

function step(title: string, doing: string): void {
  stepNumber++;
  heartbeat.activity = doing;
  console.log(`\n[${stepNumber}/${STEPS}] ${title}  (+${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

/**
 * `cdk synth` of the example, as the CDK CLI runs an app: in its own process (examples/contact-center/app.ts),
 * which prints what it declared. Returns the cloud assembly folder.
 */
function synthesize(instanceArn: string, outdir: string, holidayPeak = false): Promise<string> {
  const child = spawn(process.execPath, [require.resolve('ts-node/dist/bin.js'), '-T', '--project', path.join(ROOT, 'tsconfig.dev.json'),
    path.join(__dirname, 'app.ts')], {
    cwd: ROOT,
    env: { ...process.env, CONNECT_INSTANCE_ARN: instanceArn, CDK_OUTDIR: outdir, CONTACT_CENTER_HOLIDAY_PEAK: String(holidayPeak) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => chunk.split('\n').filter((line) => line).forEach((line) => console.log(`    ${line}`)));
  return new Promise((resolve, reject) => child.on('close', (code) => (code === 0 ? resolve(outdir) : reject(new Error(`synthesizing the app failed (exit ${code})`)))));
}

function printProgress(event: ProgressEvent): void {
  // Skipped resources are summed up after each deploy instead of listed every time.
  if (event.status.endsWith('_IN_PROGRESS') || event.status === 'SKIPPED') return;
  const detail = event.status.endsWith('FAILED') ? `  ${event.reason ?? ''}` : '';
  console.log(`    ${event.status.padEnd(17)} ${event.logicalId.padEnd(58)} ${event.resourceType}${detail}`);
}

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(`demo check failed: ${message}`);
}

async function main(): Promise<void> {
  step('Build: the bundled handlers the stack deploys', 'checking the bundles');
  for (const bundle of BUNDLES) {
    check(fs.existsSync(bundle), `${path.relative(ROOT, bundle)} is missing; run \`npx projen bundle\` (the demo task does)`);
    console.log(`    ${path.relative(ROOT, bundle)}  ${(fs.statSync(bundle).size / 1024).toFixed(0)} KiB`);
  }
  fs.rmSync(WORK, { recursive: true, force: true });

  step('Start the local Connect emulator (Connect\'s documented throttling: 2 requests/s, burst 5, per API) and a local DynamoDB',
    'starting the emulator');
  const emulator = await startEmulator({ throttle: true, log: () => undefined });
  const dynamodb = await startDynamoDbLocal();
  const connect = new ConnectClient({ ...emulator.clientConfig, maxAttempts: 5 });
  const deployment = await LocalDeployment.start({
    environment: emulatorEnvironment(emulator, dynamodb.endpoint),
    stateDirectory: path.join(WORK, 'state'),
    onProgress: printProgress,
  });
  try {
    await run(emulator, connect, deployment);
  } finally {
    await deployment.close();
    connect.destroy();
    await emulator.close();
    await dynamodb.close();
  }
}

async function run(emulator: RunningEmulator, connect: ConnectClient, deployment: LocalDeployment): Promise<void> {
  const existing = new Set(emulator.seed.queues.map((q) => q.name));
  const missing = CONTACT_CENTER_QUEUES.filter((q) => !existing.has(q.name));
  await emulator.control.seed({ queues: missing });
  console.log(`    ${emulator.endpoint}  instance ${emulator.instanceArn}`);
  console.log(`    ${CONTACT_CENTER_QUEUES.length} queues (${missing.length} added for the example), `
    + `${emulator.seed.users.length} agents on the default profile`);
  const instanceId = emulator.instanceId;
  const showProfiles = async () => {
    const profiles = await readLiveProfiles(connect, instanceId);
    console.log(formatProfiles(profiles, '    '));
    return profiles;
  };
  const takeCalls = async (label: string) => {
    const calls = await emulator.control.calls();
    await emulator.control.clearCalls();
    console.log(`  Connect API calls ${label}:`);
    console.log(summarizeCalls(calls, '    '));
    return calls;
  };

  step('Synthesize the example app and deploy it (custom resources run by their bundled handlers)', 'synthesizing the app');
  const standard = await synthesize(emulator.instanceArn, path.join(WORK, 'cdk.out-standard'));
  heartbeat.activity = 'deploying';
  await emulator.control.clearCalls();
  const [created] = await deployment.deploy(standard);
  const typeOf = (logicalId: string) => deployment.state('ContactCenter')!.resources[logicalId].type;
  const profilesCreated = created.created.filter((id) => typeOf(id) === 'Custom::ConnectRoutingProfile');
  check(profilesCreated.length === 4, `4 routing profiles created, got: ${profilesCreated.join(', ')}`);
  const skippedTypes = [...new Set(created.skipped.map((s) => s.resourceType))].join(', ');
  console.log(`  created ${created.created.length}; skipped ${created.skipped.length} resources the local deploy does not run (${skippedTypes}); `
    + `${created.functions.length} Lambda functions not deployed, their bundled code kept to run locally`);
  await takeCalls('made by the deploy');
  console.log('  Live routing profiles, read back through the Connect API:');
  const afterDeploy = await showProfiles();
  await emulator.control.clearCalls();
  const support = afterDeploy.find((p) => p.name === 'Tier 1 Support');
  check(support?.queues.length === 24, `Tier 1 Support has 24 queue pairs, got: ${support?.queues.length}`);

  step('Deploy again, unchanged: CloudFormation sends no event to an unchanged resource, so Connect sees nothing', 'deploying');
  const [again] = await deployment.deploy(standard);
  check(again.updated.length === 0 && again.created.length === 0, 'an unchanged deploy changes nothing');
  const unchangedCalls = await takeCalls('made by the unchanged deploy');
  check(unchangedCalls.length === 0, `no Connect call, got: ${unchangedCalls.length}`);

  step('A console edit: an admin changes Tier 1 Support and Sales directly in Connect', 'editing in the console');
  const sales = afterDeploy.find((p) => p.name === 'Sales')!;
  const queues = (await emulator.control.summary()).queues;
  const idOf = (name: string) => queues.find((q) => q.name === name)!.id;
  await connect.send(new UpdateRoutingProfileQueuesCommand({
    InstanceId: instanceId,
    RoutingProfileId: support!.id,
    QueueConfigs: [{ QueueReference: { QueueId: idOf('VIP'), Channel: 'VOICE' }, Priority: 8, Delay: 0 }],
  }));
  await connect.send(new DisassociateRoutingProfileQueuesCommand({
    InstanceId: instanceId,
    RoutingProfileId: support!.id,
    QueueReferences: [{ QueueId: idOf('Outages'), Channel: 'CHAT' }],
  }));
  await connect.send(new UpdateRoutingProfileConcurrencyCommand({
    InstanceId: instanceId,
    RoutingProfileId: sales.id,
    MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: 1 }, { Channel: 'CHAT', Concurrency: 1 }],
  }));
  console.log('    Tier 1 Support: VIP on VOICE moved from priority 1 to 8; Outages on CHAT removed');
  console.log('    Sales: CHAT concurrency lowered from 2 to 1');
  await emulator.control.clearCalls();
  const edited = await readLiveProfiles(connect, instanceId);
  await emulator.control.clearCalls();
  check(differences(afterDeploy, edited).length === 3, 'the console edit changed three things');
  console.log('  Drift, live vs declared:');
  for (const line of differences(afterDeploy, edited)) console.log(`    ${line}`);
  await detectDrift(emulator, deployment);

  step('Change the app (the holiday-peak variant: Sales takes 4 chats, Returns moves up) and redeploy', 'synthesizing the changed app');
  const peak = await synthesize(emulator.instanceArn, path.join(WORK, 'cdk.out-holiday-peak'), true);
  heartbeat.activity = 'deploying the change';
  const [updated] = await deployment.deploy(peak);
  console.log(`  updated ${updated.updated.join(', ')}; unchanged ${updated.unchanged.length}`);
  const updateCalls = await takeCalls('made by the redeploy (the handler compares with live state, so the console edit is corrected too)');
  const corrected = await readLiveProfiles(connect, instanceId);
  await emulator.control.clearCalls();
  console.log('  Live Tier 1 Support and Sales after the redeploy:');
  console.log(formatProfiles(corrected.filter((p) => p.name === 'Tier 1 Support' || p.name === 'Sales'), '    '));
  const supportAfter = corrected.find((p) => p.name === 'Tier 1 Support')!;
  check(supportAfter.queues.find((q) => q.queue === 'VIP' && q.channel === 'VOICE')?.priority === 1, 'VIP VOICE back to priority 1');
  check(supportAfter.queues.some((q) => q.queue === 'Outages' && q.channel === 'CHAT'), 'Outages CHAT back');
  check(supportAfter.queues.filter((q) => q.queue === 'Returns').every((q) => q.priority === 2), 'Returns at priority 2');
  check(corrected.find((p) => p.name === 'Sales')!.concurrency.includes('CHAT 4'), 'Sales takes 4 chats');
  const writes = successfulWrites(updateCalls);
  // Tier 1: one UpdateRoutingProfileQueues (VIP back + Returns x2) and one Associate (Outages CHAT); Sales: one concurrency update.
  check(writes.length === 3, `3 write calls (the minimum), got: ${writes.map((c) => c.operation).join(', ')}`);

  step('Contact routing: a flow invokes the ContactRouting function for a gold-tier caller waiting in BasicQueue', 'invoking the function');
  await contactRouting(emulator, deployment);

  step('Destroy the stack: the custom resources get Delete events, dependents first', 'destroying');
  const [destroyed] = await deployment.destroy();
  await takeCalls('made by the destroy');
  const remaining = await readLiveProfiles(connect, instanceId);
  check(remaining.length === 1 && remaining[0].isDefault, `only the default profile remains, got: ${remaining.map((p) => p.name).join(', ')}`);
  console.log(`  deleted ${destroyed.deleted.join(', ')}`);
  console.log(`  the instance has only "${remaining[0].name}" again, its concurrency restored to ${remaining[0].concurrency}`);
  check(remaining[0].concurrency === 'VOICE 1, CHAT 2, TASK 1', 'the default profile\'s concurrency is restored');
}

async function contactRouting(emulator: RunningEmulator, deployment: LocalDeployment): Promise<void> {
  const state = deployment.state('ContactCenter')!;
  const logicalId = Object.entries(state.resources).find(([id, r]) => r.mode === 'function' && id.startsWith('ContactRouting'))?.[0];
  check(logicalId !== undefined, 'the ContactRouting function is deployed');
  const basic = emulator.seed.queues.find((q) => q.name === 'BasicQueue')!;
  const before = await emulator.control.queueOrder(basic.id);
  const newest = before[before.length - 1];
  console.log(`    BasicQueue before: ${before.map((c) => `#${c.position} ${c.contactId.slice(0, 8)} (priority ${c.priority})`).join(', ')}`);
  const result = await deployment.invokeFunction(logicalId!, {
    Name: 'ContactFlowEvent',
    Details: {
      ContactData: {
        ContactId: newest.contactId,
        InitialContactId: newest.contactId,
        Channel: 'VOICE',
        InitiationMethod: 'INBOUND',
        InstanceARN: emulator.instanceArn,
        Attributes: { tier: 'gold' },
        Queue: { ARN: basic.arn, Name: basic.name },
      },
      Parameters: {},
    },
  });
  check(result.error === undefined, `the function succeeded, got: ${JSON.stringify(result.error)}`);
  console.log(`    the function returned ${JSON.stringify(result.value)}`);
  const after = await emulator.control.queueOrder(basic.id);
  console.log(`    BasicQueue after:  ${after.map((c) => `#${c.position} ${c.contactId.slice(0, 8)} (priority ${c.priority})`).join(', ')}`);
  check(after[0].contactId === newest.contactId, 'the gold-tier caller now routes first');
  await emulator.control.clearCalls();
}

/**
 * Fires the stack's drift reconciler as its schedule would, when the app has one, and shows what it reported.
 * Without one, drift is seen and corrected only by the next deploy that updates the profile.
 */
async function detectDrift(emulator: RunningEmulator, deployment: LocalDeployment): Promise<void> {
  const state = deployment.state('ContactCenter')!;
  const reconciler = Object.entries(state.resources).find(([id, r]) => r.mode === 'function' && id.startsWith('CdkConnectRoutingDriftReconciler'))?.[0];
  check(reconciler !== undefined, 'the drift reconciler is deployed (the profiles report drift by default)');
  await emulator.control.clearEvents();
  await emulator.control.clearCalls();
  console.log('  The drift reconciler, fired as its EventBridge schedule would (it paces itself: 1 call per API per second):');
  heartbeat.activity = 'the drift reconciler is checking the profiles';
  const result = await deployment.invokeFunction(reconciler, {
    'version': '0',
    'id': 'local-demo',
    'detail-type': 'Scheduled Event',
    'source': 'aws.events',
    'account': emulator.accountId,
    'time': new Date().toISOString(),
    'region': emulator.region,
    'resources': [],
    'detail': {},
  });
  check(result.error === undefined, `the drift reconciler succeeded, got: ${JSON.stringify(result.error)}`);
  // The summary's shape belongs to the reconciler; read it loosely so the demo shows whatever it reports.
  const summary = (result.value ?? {}) as { driftedProfiles?: number; correctedProfiles?: number; outcomes?: Array<Record<string, any>> };
  console.log(`    ${summary.driftedProfiles} drifted profile(s), ${summary.correctedProfiles ?? 0} corrected`);
  for (const outcome of summary.outcomes ?? []) {
    // The field paths name queues by id; the outcome carries their names.
    const named = (text: string) => Object.entries(outcome.queueNames ?? {}).reduce((t, [id, name]) => t.split(id).join(String(name)), text);
    const found = (outcome.differences ?? []).map((d: any) => named(`${d.field}: ${JSON.stringify(d.actual)} (declared ${JSON.stringify(d.expected)})`));
    const who = `${outcome.routingProfileName ?? outcome.logicalResourceId}`;
    console.log(`    ${who.padEnd(24)} ${outcome.status} (policy ${outcome.driftPolicy})${found.length ? `: ${found.join('; ')}` : ''}`);
  }
  // The console edit changed Tier 1 Support's queues and Sales' concurrency, and nothing else.
  const drifted = (summary.outcomes ?? []).filter((o) => o.status === 'DRIFTED').map((o) => String(o.routingProfileName)).sort();
  check(summary.driftedProfiles === 2 && drifted[0] === 'Sales' && drifted[1] === 'Tier 1 Support',
    `Tier 1 Support and Sales drifted, got: ${summary.driftedProfiles} (${drifted.join(', ')})`);
  for (const event of await emulator.control.events()) {
    console.log(`    EventBridge event "${event['detail-type']}" from ${event.source} for ${(event.resources ?? []).length} resource(s)`);
  }
  console.log('  Connect API calls made by the reconciler:');
  console.log(summarizeCalls(await emulator.control.calls(), '    '));
  await emulator.control.clearCalls();
}

/** What differs between two readings of the same profiles, one line per change. */
function differences(declared: readonly LiveProfile[], live: readonly LiveProfile[]): string[] {
  const lines: string[] = [];
  for (const d of declared) {
    const l = live.find((p) => p.id === d.id);
    if (!l) continue;
    if (d.concurrency !== l.concurrency) lines.push(`${d.name}: concurrency ${l.concurrency} (declared ${d.concurrency})`);
    for (const q of d.queues) {
      const match = l.queues.find((x) => x.queue === q.queue && x.channel === q.channel);
      if (!match) {lines.push(`${d.name}: ${q.queue} ${q.channel} missing (declared priority ${q.priority})`);} else if (match.priority !== q.priority || match.delay !== q.delay) {
        lines.push(`${d.name}: ${q.queue} ${q.channel} priority ${match.priority} delay ${match.delay}s (declared ${q.priority}, ${q.delay}s)`);
      }
    }
  }
  return lines;
}

main().then(() => {
  heartbeat.stop();
  console.log(`\nDemo complete in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}, (error) => {
  heartbeat.stop();
  console.error(`\nDemo FAILED after ${((Date.now() - started) / 1000).toFixed(1)} s: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
