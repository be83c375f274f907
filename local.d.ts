/**
 * `cdk-connect-routing/local`: the local Amazon Connect emulator and the local deploy, for your own tests.
 *
 * ```ts
 * import { startLocalConnect } from 'cdk-connect-routing/local';
 *
 * const local = await startLocalConnect({ seed: { queues: [{ name: 'Returns' }] } });
 * try {
 *   const [stack] = await local.deploy('cdk.out');            // your synthesized app, e.g. from `app.synth()`
 *   const writes = (await local.calls()).filter((c) => c.operation.startsWith('Create'));
 *   // … assert, or call Connect yourself: new ConnectClient(local.clientConfig)
 *   await local.destroy();
 * } finally {
 *   await local.close();
 * }
 * ```
 *
 * The same machinery as `npx cdk-connect-routing local …`, in your test process. The shapes here are this
 * entry point's contract; the CLI's implementation is checked against them when the package is built.
 */

/** Options of `startLocalConnect`. */
export interface LocalConnectOptions {
  /** Port of the one endpoint serving Connect, EventBridge and DynamoDB. @default 0 (any free port) */
  readonly port?: number;
  /** Connect's documented throttling (2 requests/s, burst 5, per API). @default false (tests run faster without) */
  readonly throttle?: boolean;
  /** Instances, queues, users and contacts to add; the same shape as a `local emulator --seed` file. */
  readonly seed?: LocalSeed;
  /** @default 'us-east-1' */
  readonly region?: string;
  /** @default '123456789012' */
  readonly accountId?: string;
  /** Where the deploy keeps its state. @default a new temporary folder, removed by `close()` */
  readonly stateDirectory?: string;
  /** Each call the emulator receives, one line each. @default not logged */
  readonly log?: (line: string) => void;
}

/** What to add to the emulator; the default instance is used wherever `instanceId` is left out. */
export interface LocalSeed {
  /** New instances, each holding what a new Connect instance holds (BasicQueue, the Basic Routing Profile). */
  readonly instances?: ReadonlyArray<{ readonly id?: string; readonly alias?: string }>;
  /** Queues; one whose name the instance already has is kept, not added twice. */
  readonly queues?: ReadonlyArray<{ readonly name: string; readonly description?: string; readonly instanceId?: string; readonly id?: string }>;
  /** Agents; `routingProfileId` defaults to the instance's default profile. */
  readonly users?: ReadonlyArray<{
    readonly username: string;
    readonly firstName?: string;
    readonly lastName?: string;
    readonly routingProfileId?: string;
    readonly instanceId?: string;
    readonly id?: string;
  }>;
  /** Contacts waiting in a queue; `waitingSeconds` is how long they have waited already. */
  readonly contacts?: ReadonlyArray<{
    readonly queueId: string;
    readonly channel?: 'VOICE' | 'CHAT' | 'TASK' | 'EMAIL';
    readonly priority?: number;
    readonly waitingSeconds?: number;
    readonly instanceId?: string;
    readonly id?: string;
  }>;
}

/** One emulated Connect instance and the ids of what it holds. */
export interface LocalInstance {
  readonly instanceId: string;
  readonly instanceArn: string;
  readonly queues: ReadonlyArray<{ readonly name: string; readonly id: string; readonly arn: string }>;
  readonly routingProfiles: ReadonlyArray<{ readonly name: string; readonly id: string; readonly arn: string; readonly isDefault: boolean }>;
  readonly users: ReadonlyArray<{ readonly id: string; readonly username: string }>;
  readonly contacts: ReadonlyArray<{ readonly id: string; readonly queueId: string }>;
}

/** One resource's progress, in CloudFormation's words (`CREATE_COMPLETE`, …, plus `NO_CHANGE` and `SKIPPED`). */
export interface LocalProgressEvent {
  readonly stackName: string;
  readonly logicalId: string;
  readonly resourceType: string;
  readonly status: string;
  readonly physicalId?: string;
  /** Why: a failure's reason, a skip's explanation. */
  readonly reason?: string;
}

export interface LocalDeployOptions {
  readonly onProgress?: (event: LocalProgressEvent) => void;
  /** Each line a handler logs while it runs. */
  readonly onFunctionLog?: (logicalId: string, line: string) => void;
}

/** What a deploy did to one stack. */
export interface LocalStackDeployResult {
  readonly stackName: string;
  readonly created: readonly string[];
  readonly updated: readonly string[];
  /** Updated with a new physical id; the old one was deleted after the deploy. */
  readonly replaced: readonly string[];
  /** Gone from the template (or replaced) and deleted, in deletion order. */
  readonly deleted: readonly string[];
  readonly unchanged: readonly string[];
  /** Types the local deploy does not run (IAM, schedules, …). */
  readonly skipped: ReadonlyArray<{ readonly logicalId: string; readonly resourceType: string }>;
  /** Lambda functions, not deployed anywhere: their code runs locally when invoked. */
  readonly functions: readonly string[];
  readonly outputs: Readonly<Record<string, unknown>>;
}

export interface LocalStackDestroyResult {
  readonly stackName: string;
  readonly deleted: readonly string[];
  /** Kept by `DeletionPolicy: Retain`. */
  readonly retained: readonly string[];
}

/** One call the emulator received (Connect operations, and EventBridge `PutEvents`). */
export interface ConnectCallRecord {
  readonly seq: number;
  readonly operation: string;
  /** The input as the emulator parsed it (labels, query and body members by their model names). */
  readonly input: unknown;
  /** HTTP status, and the error code and message when the call failed (throttled calls included). */
  readonly outcome: { readonly status: number; readonly error?: string; readonly message?: string };
  /** Epoch milliseconds. */
  readonly time: number;
  readonly durationMs: number;
}

/** What one run of a stack's drift reconciler found. */
export interface LocalDriftRun {
  readonly stackName: string;
  /** The reconciler function's logical id. */
  readonly functionLogicalId: string;
  readonly driftedProfiles: number;
  readonly correctedProfiles: number;
  readonly uncheckedProfiles: number;
  readonly outcomes: ReadonlyArray<{
    readonly logicalResourceId: string;
    /** `IN_SYNC`, `DRIFTED`, `CORRECTED`, `DELETED_OUT_OF_BAND`, … */
    readonly status: string;
    readonly driftPolicy?: string;
    /** Each drifted field: declared (`expected`) vs live (`actual`). */
    readonly differences: ReadonlyArray<{ readonly field: string; readonly expected: unknown; readonly actual: unknown }>;
    readonly reason?: string;
  }>;
}

/** A running emulator with a local deploy pointed at it. */
export interface LocalConnect {
  /** Connect, EventBridge and DynamoDB, e.g. `http://127.0.0.1:41234`. */
  readonly endpoint: string;
  readonly region: string;
  readonly accountId: string;
  /** The default instance, the one every seed item without `instanceId` goes to. */
  readonly instanceId: string;
  readonly instanceArn: string;
  /** Every instance as seeded, the default one first. */
  readonly instances: readonly LocalInstance[];
  /** `new ConnectClient(local.clientConfig)` talks to the emulator (fake credentials, no signature checked). */
  readonly clientConfig: {
    readonly endpoint: string;
    readonly region: string;
    readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string };
  };
  /** The deploy's state folder. */
  readonly stateDirectory: string;
  /**
   * Deploys every stack of a synthesized app (a cloud assembly folder) with CloudFormation's semantics; again for
   * an update. A failed deploy rolls back and rejects with the reason.
   */
  deploy(cloudAssemblyDirectory: string, options?: LocalDeployOptions): Promise<LocalStackDeployResult[]>;
  /** Deletes every deployed stack, dependents first. */
  destroy(options?: LocalDeployOptions): Promise<LocalStackDestroyResult[]>;
  /** Runs each deployed stack's drift reconciler once (or only `stackName`'s), as its schedule would. */
  runDriftReconciler(options?: { readonly stackName?: string }): Promise<LocalDriftRun[]>;
  /** The calls received so far (or since `clearCalls`), oldest first, optionally of one operation. */
  calls(filter?: { readonly operation?: string }): Promise<ConnectCallRecord[]>;
  clearCalls(): Promise<void>;
  /** Stops the emulator and its DynamoDB, and removes the state folder when it was a temporary one. */
  close(): Promise<void>;
}

/** Starts the emulator (with a local DynamoDB) on one endpoint, seeds it, and readies a local deploy into it. */
export declare function startLocalConnect(options?: LocalConnectOptions): Promise<LocalConnect>;
