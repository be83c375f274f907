import { CommandGroup } from '../command';
import { deployCommand } from './deploy';
import { destroyCommand } from './destroy';
import { driftCommand } from './drift';
import { emulatorCommand } from './emulator';

/** `cdk-connect-routing local …`: the emulator and the local deploy, for a user's own app. */
export const localCommands: CommandGroup = {
  name: 'local',
  summary: 'Run the local Connect emulator and deploy, destroy or drift-check your app in it',
  description: [
    'The local Amazon Connect emulator and the local deploy, for your own CDK app, with no AWS account:',
    '  1. `local emulator` starts the emulator (keep it running, e.g. in the background in CI);',
    '  2. `local deploy cdk.out` deploys your synthesized app into it (again: an update);',
    '  3. `local drift` runs the drift reconciler once; `local destroy` deletes what was deployed.',
    'The emulator keeps its state in memory; the deploy keeps its own in .cdk-connect-routing/local.',
  ].join('\n'),
  commands: [emulatorCommand, deployCommand, destroyCommand, driftCommand],
};
