import * as path from 'path';
import { LocalStateDirectory } from './state-directory';
import { CommandInput, CommandOutput, OptionSpec } from '../command';
import { parseEndpoint, parseSeconds } from '../option-values';
import { flagOption, stringOption } from '../parse';

/** Where `local emulator` listens unless told otherwise, and so where the other `local` commands look. */
export const DEFAULT_PORT = 8600;
export const DEFAULT_ENDPOINT = `http://127.0.0.1:${DEFAULT_PORT}`;

/** The local deploy's state, relative to the current folder (the user's project). */
export const DEFAULT_STATE_DIRECTORY = path.join('.cdk-connect-routing', 'local');

export const ENDPOINT_OPTION: OptionSpec = {
  type: 'string',
  valueName: 'URL',
  default: DEFAULT_ENDPOINT,
  description: 'The running `local emulator` (its JSON line names it)',
};

export const STATE_DIR_OPTION: OptionSpec = {
  type: 'string',
  valueName: 'DIR',
  default: DEFAULT_STATE_DIRECTORY,
  description: 'Where the local deploy keeps what it deployed, so the next deploy is an update',
};

export const WAIT_OPTION: OptionSpec = {
  type: 'string',
  valueName: 'SECONDS',
  default: '10',
  description: 'How long to wait for the emulator to answer (one started in the background may still be starting)',
};

/** What `local deploy`, `destroy` and `drift` read alike from their options. */
export interface LocalTarget {
  /** The running emulator (`--endpoint`). */
  readonly endpoint: string;
  /** How long to wait for it to answer (`--wait`). */
  readonly waitSeconds: number;
  /** The local deploy's state (`--state-dir`). */
  readonly state: LocalStateDirectory;
  /** Each line a handler logs, printed to standard error under `--verbose`; undefined (hidden) otherwise. */
  readonly onFunctionLog?: (logicalId: string, line: string) => void;
}

/** Reads `--endpoint`, `--wait`, `--state-dir` and `--verbose`, each checked with a clear error. */
export function readLocalTarget(input: CommandInput, output: CommandOutput): LocalTarget {
  return {
    endpoint: parseEndpoint(stringOption(input, 'endpoint')!, '--endpoint'),
    waitSeconds: parseSeconds(stringOption(input, 'wait')!, '--wait'),
    state: new LocalStateDirectory(stringOption(input, 'state-dir')!),
    onFunctionLog: flagOption(input, 'verbose') ? (logicalId, line) => output.err(`  [${logicalId}] ${line}`) : undefined,
  };
}
