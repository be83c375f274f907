import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, CfnResource, Duration, RemovalPolicy, Stack, aws_lambda as lambda } from 'aws-cdk-lib';
import { RunningEmulator, startEmulator } from '../../emulator';
import { LocalDeployment, ProgressEvent } from '../../local-deploy';

/**
 * A custom-resource handler that records every event it receives (one JSON line in EVENT_LOG) and answers
 * through the ResponseURL as a provider would: physical id `echo-<Name>` (a new Name replaces the resource),
 * `Data.Echo` = the Value property, FAILED when `FailOn` lists the request type; `ResponseOverrides` replaces
 * fields of the response body (to send what CloudFormation would refuse).
 */
const ECHO_HANDLER = `
const fs = require('fs');
const http = require('http');
exports.handler = async (event, context) => {
  fs.appendFileSync(process.env.EVENT_LOG, JSON.stringify({ ...event, observed: {
    remainingMs: context.getRemainingTimeInMillis(), region: process.env.AWS_REGION,
    connectEndpoint: process.env.CONNECT_ENDPOINT, accessKeyId: process.env.AWS_ACCESS_KEY_ID, label: process.env.LABEL,
  } }) + '\\n');
  const p = event.ResourceProperties;
  const failed = String(p.FailOn || '').split(',').includes(event.RequestType);
  const physicalId = event.RequestType === 'Delete' ? event.PhysicalResourceId : 'echo-' + p.Name;
  const body = JSON.stringify({
    Status: failed ? 'FAILED' : 'SUCCESS', Reason: failed ? 'asked to fail on ' + event.RequestType : '',
    PhysicalResourceId: physicalId, StackId: event.StackId, RequestId: event.RequestId,
    LogicalResourceId: event.LogicalResourceId, Data: { Echo: p.Value || '', Name: p.Name }, ...p.ResponseOverrides,
  });
  await new Promise((resolve, reject) => {
    const req = http.request(event.ResponseURL, { method: 'PUT', headers: { 'content-type': '', 'content-length': Buffer.byteLength(body) } },
      (res) => { res.resume(); res.on('end', resolve); });
    req.on('error', reject);
    req.end(body);
  });
};
`;

/** A function to invoke directly: returns `{ doubled }`, throws when the event asks it to. */
const DIRECT_HANDLER = `
exports.handler = async (event) => {
  console.log('direct invocation', JSON.stringify(event));
  if (event.fail) throw new TypeError('asked to fail');
  return { doubled: event.value * 2, label: process.env.LABEL };
};
`;

export interface EchoResource {
  readonly properties: Record<string, unknown>;
  readonly dependsOn?: readonly string[];
  readonly retain?: boolean;
}

export interface EchoApp {
  readonly assemblyDirectory: string;
}

/** A temporary folder for one test's assemblies, state and event log. */
export function workDirectory(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'local-deploy-test-'));
}

/** What a suite of echo-app tests shares (the emulator) and what each test gets fresh (everything else). */
export interface EchoDeploymentSuite {
  readonly emulator: RunningEmulator;
  readonly work: string;
  readonly eventLog: string;
  readonly deployment: LocalDeployment;
  readonly progress: ProgressEvent[];
}

/**
 * Registers the suite's hooks: one emulator for the file; per test a work folder, its event log, a deployment
 * with its own state, and the progress events it reports.
 */
export function useEchoDeployment(): EchoDeploymentSuite {
  const suite = {} as { -readonly [K in keyof EchoDeploymentSuite]: EchoDeploymentSuite[K] };
  beforeAll(async () => {
    suite.emulator = await startEmulator({ throttle: false, log: () => undefined });
  });
  afterAll(() => suite.emulator.close());
  beforeEach(async () => {
    suite.work = workDirectory();
    suite.eventLog = path.join(suite.work, 'events.jsonl');
    suite.progress = [];
    suite.deployment = await LocalDeployment.start({
      environment: { connectEndpoint: suite.emulator.endpoint },
      stateDirectory: path.join(suite.work, 'state'),
      onProgress: (event) => suite.progress.push(event),
    });
  });
  afterEach(() => suite.deployment.close());
  return suite;
}

/**
 * Synthesizes a stack `Echo` with one echo function and a `Custom::Echo` resource per entry (logical id = key),
 * into a fresh folder under `work`. `extra` may add more (e.g. a resource with an unsupported intrinsic).
 */
export function synthEchoApp(work: string, eventLog: string, resources: Record<string, EchoResource>,
  extra?: (stack: Stack, serviceToken: string) => void): string {
  const outdir = fs.mkdtempSync(path.join(work, 'cdk.out-'));
  const app = new App({ outdir });
  const stack = new Stack(app, 'Echo', { env: { account: '123456789012', region: 'us-east-1' } });
  const fn = new lambda.Function(stack, 'EchoProvider', {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline(ECHO_HANDLER),
    timeout: Duration.seconds(30),
    environment: { EVENT_LOG: eventLog, LABEL: stack.stackName },
  });
  new lambda.Function(stack, 'Direct', {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline(DIRECT_HANDLER),
    environment: { LABEL: 'direct' },
  });
  const created = new Map<string, CfnResource>();
  for (const [id, spec] of Object.entries(resources)) {
    const resource = new CfnResource(stack, id, { type: 'Custom::Echo', properties: { ServiceToken: fn.functionArn, ...spec.properties } });
    if (spec.retain) resource.applyRemovalPolicy(RemovalPolicy.RETAIN);
    created.set(id, resource);
  }
  for (const [id, spec] of Object.entries(resources)) {
    for (const other of spec.dependsOn ?? []) created.get(id)!.addResourceDependency(created.get(other)!);
  }
  extra?.(stack, fn.functionArn);
  return app.synth().directory;
}

export interface RecordedEvent {
  readonly RequestType: 'Create' | 'Update' | 'Delete';
  readonly LogicalResourceId: string;
  readonly ResourceType: string;
  readonly PhysicalResourceId?: string;
  readonly ResourceProperties: Record<string, unknown>;
  readonly OldResourceProperties?: Record<string, unknown>;
  readonly ServiceToken: string;
  readonly ResponseURL: string;
  readonly StackId: string;
  readonly RequestId: string;
  readonly observed: { remainingMs: number; region: string; connectEndpoint: string; accessKeyId: string; label: string };
}

/** The events the echo handler received, oldest first; the log is emptied. */
export function takeEvents(eventLog: string): RecordedEvent[] {
  if (!fs.existsSync(eventLog)) return [];
  const events = fs.readFileSync(eventLog, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as RecordedEvent);
  fs.rmSync(eventLog);
  return events;
}

/** `Create A`, `Update B echo-b`, … : a compact view of who got what. */
export function summarize(events: readonly RecordedEvent[]): string[] {
  return events.map((e) => [e.RequestType, e.LogicalResourceId, e.PhysicalResourceId].filter(Boolean).join(' '));
}
