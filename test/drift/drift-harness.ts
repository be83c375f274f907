import { CreateTableCommand, DeleteTableCommand, DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { RunningDynamoDbLocal, startDynamoDbLocal } from '../../emulator/dynamodb';
import { ReceivedEvent } from '../../emulator/operations/eventbridge';
import { createConnectClient } from '../../lambda/connect/connect-client';
import { handler as driftHandler } from '../../lambda/drift';
import { readDriftConfig } from '../../lambda/drift/config';
import { DriftRunDependencies, DriftRunSummary, runDriftCheck } from '../../lambda/drift/run';
import {
  DesiredStateKey,
  DriftReconcilerEnv,
  ProviderEnv,
  RoutingProfileSpec,
} from '../../src/private/contract';
import { HandlerHarness, HarnessOptions, InvokeOptions, STACK_ID } from '../handler/harness';

export const TABLE = 'desired-state';
export const STACK_NAME = 'ContactCenter';

/** One reconciler run as the schedule would invoke it, with what it logged. */
export interface DriftRun {
  readonly summary: DriftRunSummary;
  /** Every line the run logged, parsed (EMF documents and the run summary). */
  readonly logLines: Array<Record<string, any>>;
  /** The EventBridge events this run put, from the emulator. */
  readonly events: ReceivedEvent[];
}

/**
 * The provider handler and the drift reconciler handler, both run for real: Connect through the emulator,
 * the desired-state table in dynalite, events into the emulator's EventBridge, all over HTTP through the
 * standard endpoint variables.
 */
export class DriftHarness {
  public static async start(options: HarnessOptions = {}): Promise<DriftHarness> {
    const handlers = await HandlerHarness.start(options);
    const dynamo = await startDynamoDbLocal();
    process.env.AWS_REGION = handlers.emulator.region;
    process.env.AWS_ENDPOINT_URL_DYNAMODB = dynamo.endpoint;
    process.env.AWS_ENDPOINT_URL_EVENTBRIDGE = handlers.emulator.endpoint;
    process.env[ProviderEnv.DESIRED_STATE_TABLE] = TABLE;
    process.env[DriftReconcilerEnv.DESIRED_STATE_TABLE] = TABLE;
    process.env[DriftReconcilerEnv.STACK_ID] = STACK_ID;
    process.env[DriftReconcilerEnv.STACK_NAME] = STACK_NAME;
    // Fast for tests; the pacing itself is asserted from the call log where it matters.
    process.env[DriftReconcilerEnv.MAX_CALLS_PER_SECOND] = '50';
    const harness = new DriftHarness(handlers, dynamo);
    await harness.createTable();
    return harness;
  }

  /** Silences the provider's log lines for the whole suite (the reconciler's are captured by `run`). */
  public static silenceConsole(): void {
    const spies: jest.SpyInstance[] = [];
    beforeAll(() => {
      for (const method of ['log', 'error', 'warn'] as const) spies.push(jest.spyOn(console, method).mockImplementation(() => undefined));
    });
    afterAll(() => spies.forEach((spy) => spy.mockRestore()));
  }

  public readonly dynamodb: DynamoDBClient;

  private constructor(public readonly handlers: HandlerHarness, private readonly dynamo: RunningDynamoDbLocal) {
    this.dynamodb = new DynamoDBClient({ endpoint: dynamo.endpoint, region: handlers.emulator.region, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
  }

  public get emulator() {
    return this.handlers.emulator;
  }

  /** Emulator back to its start state, an empty table, no calls or events logged. */
  public async reset(): Promise<void> {
    await this.handlers.reset();
    try {
      await this.dynamodb.send(new DeleteTableCommand({ TableName: TABLE }));
    } catch (error) {
      // A test may have deleted it to make the store fail.
      if ((error as Error).name !== 'ResourceNotFoundException') throw error;
    }
    await this.createTable();
  }

  public spec(overrides: Partial<RoutingProfileSpec> = {}): RoutingProfileSpec {
    return this.handlers.spec(overrides);
  }

  /** Deploys a profile through the provider (Create), which records it; returns its ARN and id. */
  public async deploy(spec: RoutingProfileSpec, logicalId: string, options: InvokeOptions = {}): Promise<{ arn: string; id: string }> {
    const result = await this.handlers.create(spec, { ...options, logicalId });
    if (result.status !== 'SUCCESS') throw new Error(`create ${logicalId} failed: ${result.reason}`);
    const arn = result.physicalResourceId;
    return { arn, id: arn.split('/').pop()! };
  }

  /** Every desired-state record of the table, raw (not the originals kept in their own partition: `originals()`). */
  public async items(): Promise<Array<Record<string, any>>> {
    return (await this.scan()).filter((item) => item[DesiredStateKey.PARTITION].S === STACK_ID);
  }

  /** What the provider kept of profiles before changing them (an adoption, a concurrency resource's memory), raw. */
  public async originals(): Promise<Array<Record<string, any>>> {
    return (await this.scan()).filter((item) => item[DesiredStateKey.PARTITION].S !== STACK_ID);
  }

  private async scan(): Promise<Array<Record<string, any>>> {
    return (await this.dynamodb.send(new ScanCommand({ TableName: TABLE, ConsistentRead: true }))).Items ?? [];
  }

  /** Runs the reconciler's Lambda entry once (as its schedule would), capturing its log lines and events. */
  public async run(options: { remainingMs?: number } = {}): Promise<DriftRun> {
    const before = (await this.emulator.control.events()).length;
    const lines: string[] = [];
    // Swapped by hand (not jest.spyOn) so it nests inside a suite that silences the console.
    const original = console.log;
    console.log = (line: unknown) => { lines.push(String(line)); };
    let summary: DriftRunSummary;
    try {
      const remainingMs = options.remainingMs ?? 120_000;
      const started = Date.now();
      summary = await driftHandler({}, { getRemainingTimeInMillis: () => remainingMs - (Date.now() - started) });
    } finally {
      console.log = original;
    }
    const events = (await this.emulator.control.events()).slice(before);
    return { summary, logLines: lines.map((l) => JSON.parse(l)), events };
  }

  /**
   * Runs the reconciler's run function itself, with the handler's real clients unless `deps` replaces some (a
   * clock, a Connect client with a hook between two calls). Two minutes of time budget by default.
   */
  public async runWith(deps: Partial<DriftRunDependencies> = {}): Promise<DriftRun> {
    const before = (await this.emulator.control.events()).length;
    const lines: string[] = [];
    const eventBridge = new EventBridgeClient({ maxAttempts: 5 });
    try {
      const summary = await runDriftCheck(readDriftConfig(), {
        dynamodb: this.dynamodb,
        eventBridge,
        connectFor: createConnectClient,
        deadline: Date.now() + 120_000,
        log: (line) => lines.push(line),
        ...deps,
      });
      const events = (await this.emulator.control.events()).slice(before);
      return { summary, logLines: lines.map((l) => JSON.parse(l)), events };
    } finally {
      eventBridge.destroy();
    }
  }

  public async close(): Promise<void> {
    this.dynamodb.destroy();
    await this.handlers.close();
    await this.dynamo.close();
  }

  public async createTable(): Promise<void> {
    await this.dynamodb.send(new CreateTableCommand({
      TableName: TABLE,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [
        { AttributeName: DesiredStateKey.PARTITION, AttributeType: 'S' },
        { AttributeName: DesiredStateKey.SORT, AttributeType: 'S' },
      ],
      KeySchema: [
        { AttributeName: DesiredStateKey.PARTITION, KeyType: 'HASH' },
        { AttributeName: DesiredStateKey.SORT, KeyType: 'RANGE' },
      ],
    }));
  }
}

/** The EMF document of the stack, from a run's log. */
export function stackMetrics(run: DriftRun): Record<string, any> {
  const line = run.logLines.find((l) => l._aws && l.LogicalResourceId === undefined);
  if (!line) throw new Error('the run logged no stack-level EMF line');
  return line;
}

/** The EMF document of one resource, from a run's log. */
export function resourceMetrics(run: DriftRun, logicalId: string): Record<string, any> | undefined {
  return run.logLines.find((l) => l._aws && l.LogicalResourceId === logicalId);
}
