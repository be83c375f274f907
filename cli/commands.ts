import { CommandGroup } from './command';
import { exportCommand } from './export';
import { localCommands } from './local';
import { planCommand } from './plan';

/**
 * Every command of `cdk-connect-routing`. A new command is one file exporting a `Command` (or a `CommandGroup`
 * of them), listed here; parsing, `--help`, errors and exit codes come from cli/index.ts.
 */
export const PROGRAM: CommandGroup = {
  name: 'cdk-connect-routing',
  summary: 'Amazon Connect routing profiles as code: the command-line tool of cdk-connect-routing',
  commands: [exportCommand, planCommand, localCommands],
};
