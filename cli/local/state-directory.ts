import * as fs from 'fs';
import * as path from 'path';
import { StateStore } from '../../local-deploy/state-store';
import { CliError } from '../errors';
import { EmulatorConnection } from './emulator-connection';

/** The emulator run a state folder's stacks were deployed into. */
interface RunRecord {
  readonly endpoint: string;
  readonly runId: string;
}

/** How a state folder relates to the emulator answering now. */
export type StateOwnership =
  /** No stack is deployed. */
  | 'empty'
  /** Deployed into this emulator run (or not recorded: assumed so). */
  | 'this-run'
  /** Deployed into an emulator that has stopped since: nothing of it exists any more. */
  | 'ended-run';

/**
 * The local deploy's folder in the user's project (`.cdk-connect-routing/local` by default):
 *
 *   .gitignore        `*`: the folder never reaches git
 *   emulator.json     the emulator run the stacks were deployed into
 *   stacks/           one JSON file per stack (the local deploy's StateStore) and the functions' code
 *
 * The emulator keeps its state in memory, so this folder describes what exists only while that emulator runs.
 */
export class LocalStateDirectory {
  public readonly directory: string;
  public readonly stacksDirectory: string;
  private readonly runFile: string;

  constructor(directory: string) {
    this.directory = path.resolve(directory);
    this.stacksDirectory = path.join(this.directory, 'stacks');
    this.runFile = path.join(this.directory, 'emulator.json');
  }

  /** The folder as the user would type it: relative to the current folder when inside it. */
  public get displayPath(): string {
    const relative = path.relative(process.cwd(), this.directory);
    return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : this.directory;
  }

  public stackNames(): string[] {
    return new StateStore(this.stacksDirectory).stackNames();
  }

  public ownership(connection: EmulatorConnection): StateOwnership {
    if (this.stackNames().length === 0) return 'empty';
    const run = this.readRun();
    return run === undefined || run.runId === connection.runId ? 'this-run' : 'ended-run';
  }

  /** Records which emulator run the stacks now belong to, and keeps the folder out of git. */
  public recordRun(connection: EmulatorConnection): void {
    fs.mkdirSync(this.directory, { recursive: true });
    fs.writeFileSync(path.join(this.directory, '.gitignore'), '# Written by cdk-connect-routing local deploy: local state, never committed.\n*\n');
    const record: RunRecord = { endpoint: connection.endpoint, runId: connection.runId };
    fs.writeFileSync(this.runFile, `${JSON.stringify(record, undefined, 2)}\n`);
  }

  /** Forgets every stack (their resources are already gone with the emulator run they were deployed into). */
  public forget(): void {
    fs.rmSync(this.stacksDirectory, { recursive: true, force: true });
    fs.rmSync(this.runFile, { force: true });
  }

  private readRun(): RunRecord | undefined {
    if (!fs.existsSync(this.runFile)) return undefined;
    let record: Partial<RunRecord> | undefined;
    try {
      record = JSON.parse(fs.readFileSync(this.runFile, 'utf8'));
    } catch {
      record = undefined;
    }
    if (typeof record?.runId !== 'string') {
      throw new CliError(`${this.runFile} is unreadable (it names the emulator run the state belongs to): delete it if that emulator still runs, `
        + `or delete ${this.displayPath} to start over`);
    }
    return record as RunRecord;
  }
}
