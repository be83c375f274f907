import * as path from 'path';
import { OptionSpec } from '../command';

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
