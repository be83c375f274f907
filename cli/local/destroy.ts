import { StackDestroyResult } from '../../local-deploy';
import { Command } from '../command';
import { connectToEmulator } from './emulator-connection';
import { callsSinceText, lastCallSeq } from './live-summary';
import { openDeployment } from './local-deployment';
import { ENDPOINT_OPTION, readLocalTarget, STATE_DIR_OPTION, WAIT_OPTION } from './options';
import { progressPrinter } from './progress-printer';

/** `local destroy`: every stack the local deploy put into the running emulator. */
export const destroyCommand: Command = {
  name: 'destroy',
  summary: 'Delete every stack the local deploy put into the running emulator',
  description: [
    'Deletes every stack recorded in --state-dir from the running `local emulator`, as CloudFormation would: Delete',
    'events to the custom resources, dependents first, DeletionPolicy honoured (routing profiles deleted, a',
    'managed concurrency put back as it was found). Then the state is removed.',
  ].join('\n'),
  options: {
    'endpoint': ENDPOINT_OPTION,
    'state-dir': STATE_DIR_OPTION,
    'wait': WAIT_OPTION,
    'verbose': { type: 'boolean', description: 'Print every line the handlers log' },
  },
  examples: ['cdk-connect-routing local destroy'],
  async run(input, output) {
    const started = Date.now();
    const { endpoint, waitSeconds, state, onFunctionLog } = readLocalTarget(input, output);

    const connection = await connectToEmulator(endpoint, waitSeconds, output.out);
    const ownership = state.ownership(connection);
    if (ownership === 'empty') {
      output.out(`Nothing to destroy: no stack is deployed in ${state.displayPath}.`);
      return;
    }
    if (ownership === 'ended-run') {
      output.out(`Nothing to destroy: the stacks in ${state.displayPath} (${state.stackNames().join(', ')}) were deployed into an emulator `
        + 'that has stopped since, so none of their resources exists any more; their state is removed.');
      state.forget();
      return;
    }

    const progress = progressPrinter(output.out);
    const deployment = await openDeployment(connection, state, {
      onProgress: progress.listener,
      onFunctionLog,
    });
    const before = await lastCallSeq(connection);
    output.out(`Destroying ${state.stackNames().join(', ')} in the emulator at ${endpoint}`);
    let results: StackDestroyResult[];
    try {
      results = await deployment.destroy();
    } finally {
      progress.stop();
      await deployment.close();
    }
    output.out('');
    for (const result of results) {
      output.out(`${result.stackName}: ${result.deleted.length} deleted${result.retained.length ? `, ${result.retained.length} retained `
        + `(DeletionPolicy Retain: ${result.retained.join(', ')})` : ''}`);
    }
    output.out('Connect API calls made by the destroy:');
    output.out(await callsSinceText(connection, before, '  '));
    if (state.stackNames().length === 0) state.forget();
    output.out(`Destroyed in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  },
};
