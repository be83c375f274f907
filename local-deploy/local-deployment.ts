import { AssemblyStack, CloudAssembly, readCloudAssembly } from './assembly';
import { CustomResourceRunner } from './custom-resource-runner';
import { deployStack, StackDeployResult } from './deploy-stack';
import { destroyStack, StackDestroyResult } from './destroy-stack';
import { DynamoDbTableRunner } from './dynamodb-table-runner';
import { FunctionDirectory } from './function-directory';
import { assertSupportedIntrinsics } from './intrinsics';
import { InvocationResult, invokeLocalFunction } from './invoke-local-function';
import { LocalEnvironment } from './local-environment';
import { ProgressListener } from './progress';
import { RUN_PROPERTIES } from './register-function';
import { ResourceRunner } from './resource-runner';
import { ResponseEndpoint } from './response-endpoint';
import { StackState, StateStore } from './state-store';
import { isCustomResourceType } from './template';

export interface LocalDeploymentOptions {
  /** The local services: the Connect emulator, and optionally DynamoDB and EventBridge endpoints. */
  readonly environment: LocalEnvironment;
  /** Where deployed state and function code are kept. @default '.local-deploy' */
  readonly stateDirectory?: string;
  /** Values of template parameters (others use their defaults). @default {} */
  readonly parameters?: Readonly<Record<string, string>>;
  /** Each resource's progress, as CloudFormation's stack events would show it. */
  readonly onProgress?: ProgressListener;
  /** Each log line a function writes while it runs. */
  readonly onFunctionLog?: (logicalId: string, line: string) => void;
}

/**
 * Deploys synthesized CDK apps into local services: custom resources run by their bundled handler code with
 * genuine CloudFormation events, DynamoDB tables in a local DynamoDB, everything else listed as skipped.
 * State persists in the state folder, so the next deploy is an update and `destroy` deletes what is there.
 */
export class LocalDeployment {
  public static async start(options: LocalDeploymentOptions): Promise<LocalDeployment> {
    // The state is read before the response endpoint starts: an unreadable state file leaves nothing running.
    const store = new StateStore(options.stateDirectory ?? '.local-deploy');
    const functions = new FunctionDirectory();
    for (const stackName of store.stackNames()) {
      for (const resource of Object.values(store.load(stackName)?.resources ?? {})) {
        if (resource.function) functions.add(stackName, resource.function);
      }
    }
    return new LocalDeployment(options, store, functions, await ResponseEndpoint.start());
  }

  private readonly customResources: CustomResourceRunner;
  private readonly tables?: DynamoDbTableRunner;

  private constructor(
    private readonly options: LocalDeploymentOptions,
    public readonly store: StateStore,
    private readonly functions: FunctionDirectory,
    private readonly responses: ResponseEndpoint,
  ) {
    this.customResources = new CustomResourceRunner({
      environment: options.environment,
      responses,
      functionFor: (token) => this.functions.byServiceToken(token),
      onLog: options.onFunctionLog,
    });
    if (options.environment.dynamodbEndpoint) {
      this.tables = new DynamoDbTableRunner(options.environment.dynamodbEndpoint, options.environment.region ?? 'us-east-1');
    }
  }

  /**
   * Deploys every stack of a cloud assembly (a `cdk.out` folder, or one already read), each after the stacks it
   * depends on. Stops at the first stack that fails (after rolling it back) by throwing `DeployFailedError`.
   */
  public async deploy(assembly: string | CloudAssembly): Promise<StackDeployResult[]> {
    const read = typeof assembly === 'string' ? readCloudAssembly(assembly) : assembly;
    const results: StackDeployResult[] = [];
    for (const stack of read.stacks) {
      this.checkTemplate(stack);
      results.push(await deployStack(stack, {
        store: this.store,
        functions: this.functions,
        runnerFor: (type) => this.runnerFor(type),
        emit: this.emit,
        defaults: { region: this.options.environment.region ?? 'us-east-1', accountId: this.options.environment.accountId ?? '123456789012' },
        parameters: this.options.parameters ?? {},
      }));
    }
    return results;
  }

  /** Deletes the named stacks (default: every stack with state), last deployed first. */
  public async destroy(stackNames: readonly string[] = this.store.stackNames()): Promise<StackDestroyResult[]> {
    const results: StackDestroyResult[] = [];
    for (const stackName of [...stackNames].reverse()) {
      results.push(await destroyStack(stackName, {
        store: this.store, functions: this.functions, runnerFor: (type) => this.runnerFor(type), emit: this.emit,
      }));
    }
    return results;
  }

  /**
   * Runs a deployed Lambda function's code with any event (e.g. the scheduled event a rule would send), in a
   * fresh process as Lambda would, and returns what it returned or threw and its logs.
   */
  public async invokeFunction(logicalId: string, event: unknown, options: { readonly stackName?: string } = {}): Promise<InvocationResult> {
    const found = this.functions.byLogicalId(logicalId, options.stackName);
    if (found.length !== 1) {
      const known = this.functions.all().map((f) => f.logicalId).join(', ') || 'none';
      throw new Error(`\`logicalId\` must name exactly one deployed Lambda function${options.stackName ? ` of ${options.stackName}` : ''}, `
        + `got: ${JSON.stringify(logicalId)} (${found.length} match; deployed functions: ${known})`);
    }
    return invokeLocalFunction(found[0], event, this.options.environment, { onLog: (line) => this.options.onFunctionLog?.(logicalId, line) });
  }

  /** The deployed state of a stack. */
  public state(stackName: string): StackState | undefined {
    return this.store.load(stackName);
  }

  public async close(): Promise<void> {
    this.tables?.destroy();
    await this.responses.close();
  }

  private readonly emit: ProgressListener = (event) => this.options.onProgress?.(event);

  private runnerFor(resourceType: string): ResourceRunner | undefined {
    if (isCustomResourceType(resourceType)) return this.customResources;
    if (resourceType === 'AWS::DynamoDB::Table') return this.tables;
    return undefined;
  }

  /** Refuses a template with an intrinsic the deploy would meet and cannot resolve, before anything changes. */
  private checkTemplate(stack: AssemblyStack): void {
    for (const [logicalId, resource] of Object.entries(stack.template.Resources ?? {})) {
      if (resource.Type === 'AWS::Lambda::Function') {
        for (const key of RUN_PROPERTIES) assertSupportedIntrinsics(resource.Properties?.[key], `${stack.stackName}/${logicalId}.Properties.${key}`);
      } else if (this.runnerFor(resource.Type)) {
        assertSupportedIntrinsics(resource.Properties, `${stack.stackName}/${logicalId}.Properties`);
      }
    }
  }
}
