import * as fs from 'fs';
import * as path from 'path';
import { StateFileError } from './errors';
import { LocalFunction } from './local-function';

/** How the local deploy handled a resource. */
export type ResourceMode =
  /** Created, updated and deleted by the local deploy (custom resources, DynamoDB tables). */
  | 'run'
  /** A Lambda function: not deployed anywhere, its code is kept to run locally when invoked. */
  | 'function'
  /** Listed, not run (IAM, schedules, …): it has no physical id or attributes. */
  | 'skipped';

export interface ResourceState {
  readonly type: string;
  readonly mode: ResourceMode;
  /** Empty for skipped resources. */
  readonly physicalId: string;
  /** The resolved properties as last deployed (what a later Update sends as OldResourceProperties). */
  readonly properties: Readonly<Record<string, unknown>>;
  /** `Fn::GetAtt` values. */
  readonly attributes: Readonly<Record<string, unknown>>;
  /** Logical ids it depends on, so a later delete runs in reverse order even once the template forgot them. */
  readonly dependencies: readonly string[];
  readonly deletionPolicy?: string;
  readonly updateReplacePolicy?: string;
  readonly function?: LocalFunction;
}

export interface StackState {
  readonly stackName: string;
  /** Kept across deploys: handlers derive ownership from it, as from a real stack's id. */
  readonly stackId: string;
  readonly region: string;
  readonly accountId: string;
  readonly resources: Readonly<Record<string, ResourceState>>;
}

/**
 * Deployed state, one JSON file per stack (`<directory>/<stackName>.json`), so the next deploy is an update
 * and a destroy knows what to delete. Function code is copied under `<directory>/functions/`.
 */
export class StateStore {
  constructor(public readonly directory: string) {}

  /** The state of a stack, or undefined when it has none; a file that is not a stack's state is a `StateFileError`. */
  public load(stackName: string): StackState | undefined {
    const file = this.fileOf(stackName);
    if (!fs.existsSync(file)) return undefined;
    let state: unknown;
    try {
      state = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      throw new StateFileError(stackName, file, `it is not valid JSON (${(error as Error).message})`);
    }
    const problem = stateProblem(state);
    if (problem === undefined) return state as StackState;
    throw new StateFileError(stackName, file, problem);
  }

  public save(state: StackState): void {
    fs.mkdirSync(this.directory, { recursive: true });
    const file = this.fileOf(state.stackName);
    fs.writeFileSync(`${file}.tmp`, `${JSON.stringify(state, undefined, 2)}\n`);
    fs.renameSync(`${file}.tmp`, file);
  }

  public remove(stackName: string): void {
    fs.rmSync(this.fileOf(stackName), { force: true });
  }

  /** Names of the stacks with state, for destroying everything. */
  public stackNames(): string[] {
    if (!fs.existsSync(this.directory)) return [];
    return fs.readdirSync(this.directory).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length));
  }

  /** The folder a function's code is kept in, keyed by its code's identity (the asset's S3 key). */
  public functionCodeDirectory(stackName: string, codeKey: string): string {
    return path.join(this.directory, 'functions', stackName, codeKey.replace(/[^A-Za-z0-9._-]/g, '_'));
  }

  private fileOf(stackName: string): string {
    return path.join(this.directory, `${stackName}.json`);
  }
}

/** What makes parsed JSON not a stack's state (the fields a deploy or destroy reads first), or undefined. */
function stateProblem(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null || Array.isArray(state)) return 'it is not a JSON object';
  const { stackId, resources } = state as Partial<StackState>;
  if (typeof stackId !== 'string') return '`stackId` is not a string';
  if (typeof resources !== 'object' || resources === null || Array.isArray(resources)) return '`resources` is not an object';
  const bad = Object.entries(resources).find(([, r]) => typeof r !== 'object' || r === null || typeof r.type !== 'string' || typeof r.physicalId !== 'string');
  return bad ? `resource \`${bad[0]}\` has no type or physical id` : undefined;
}
