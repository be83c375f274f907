import { EmulatorConnection } from './emulator-connection';
import { LocalStateDirectory } from './state-directory';
import { emulatorEnvironment, LocalDeployment, ProgressListener } from '../../local-deploy';

export interface OpenDeploymentOptions {
  readonly onProgress?: ProgressListener;
  /** Each line a handler logs; hidden unless asked for (`--verbose`). */
  readonly onFunctionLog?: (logicalId: string, line: string) => void;
}

/**
 * The local deploy pointed at a running `local emulator`: Connect, EventBridge and (when served) DynamoDB at its
 * one endpoint, the emulated Region and account as defaults for environment-agnostic stacks, and the state in
 * the folder's `stacks/`. A state file that cannot be read fails here, before anything runs.
 */
export function openDeployment(
  connection: EmulatorConnection, state: LocalStateDirectory, options: OpenDeploymentOptions = {},
): Promise<LocalDeployment> {
  return LocalDeployment.start({
    environment: emulatorEnvironment(connection, connection.servesDynamoDb ? connection.endpoint : undefined),
    stateDirectory: state.stacksDirectory,
    onProgress: options.onProgress,
    onFunctionLog: options.onFunctionLog,
  });
}
