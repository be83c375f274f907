import * as path from 'path';
import { DeployFailedError, readCloudAssembly, StackDeployResult } from '../../local-deploy';
import { Command } from '../command';
import { CliError } from '../errors';
import { connectToEmulator } from './emulator-connection';
import { callsSinceText, instancesOf, lastCallSeq, liveProfilesText } from './live-summary';
import { openDeployment } from './local-deployment';
import { ENDPOINT_OPTION, readLocalTarget, STATE_DIR_OPTION, WAIT_OPTION } from './options';
import { progressPrinter, skippedSummary } from './progress-printer';

/** `local deploy <cloud-assembly-dir>`: a user's synthesized app into the running emulator. */
export const deployCommand: Command = {
  name: 'deploy',
  summary: 'Deploy a synthesized app (a cloud assembly, e.g. cdk.out) into the running local emulator',
  description: [
    'Deploys every stack of a cloud assembly into the running `local emulator` with CloudFormation\'s semantics: its',
    'custom resources run by their bundled handler code with genuine custom-resource events (Create, Update with the',
    'old properties, Delete of what left the template), its DynamoDB tables in the emulator\'s DynamoDB, everything',
    'else listed as skipped. A failed deploy rolls back. Prints each resource\'s progress, then the live routing',
    'profiles and the Connect calls the deploy made. The state is kept in --state-dir, so the next deploy is an update.',
  ].join('\n'),
  positionals: [{ name: 'cloud-assembly-dir', description: 'The synthesized app: `cdk synth` writes it to cdk.out' }],
  options: {
    'endpoint': ENDPOINT_OPTION,
    'state-dir': STATE_DIR_OPTION,
    'wait': WAIT_OPTION,
    'verbose': { type: 'boolean', description: 'Print every line the handlers log' },
  },
  examples: [
    'npx cdk synth && npx cdk-connect-routing local deploy cdk.out',
    'cdk-connect-routing local deploy cdk.out --endpoint http://127.0.0.1:8600 --state-dir .cdk-connect-routing/local',
  ],
  async run(input, output) {
    const started = Date.now();
    const { endpoint, waitSeconds, state, onFunctionLog } = readLocalTarget(input, output);

    // Everything that can be refused is checked before anything is deployed or written.
    const assemblyDirectory = path.resolve(input.positionals[0]);
    const assembly = readCloudAssembly(assemblyDirectory);
    if (assembly.stacks.length === 0) {
      throw new CliError(`the cloud assembly at ${input.positionals[0]} has no stacks: synthesize an app that defines at least one Stack`);
    }
    const connection = await connectToEmulator(endpoint, waitSeconds, output.out);
    const tables = assembly.stacks.flatMap((s) => Object.entries(s.template.Resources ?? {})
      .filter(([, r]) => r.Type === 'AWS::DynamoDB::Table').map(([id]) => `${s.stackName}/${id}`));
    if (tables.length > 0 && !connection.servesDynamoDb) {
      throw new CliError(`the app has DynamoDB tables (${tables.join(', ')}) and ${endpoint} serves no DynamoDB: `
        + 'start the emulator with `cdk-connect-routing local emulator`, which serves both');
    }
    if (state.ownership(connection) === 'ended-run') {
      output.out(`The state in ${state.displayPath} was deployed into an emulator that has stopped since; `
        + 'nothing of it exists now, so it is forgotten and every resource is created afresh.');
      state.forget();
    }

    const progress = progressPrinter(output.out);
    const deployment = await openDeployment(connection, state, {
      onProgress: progress.listener,
      onFunctionLog,
    });
    const before = await lastCallSeq(connection);
    output.out(`Deploying ${assembly.stacks.map((s) => s.stackName).join(', ')} from ${input.positionals[0]} into the emulator at ${endpoint}`);
    let results: StackDeployResult[];
    try {
      results = await deployment.deploy(assembly);
    } catch (error) {
      progress.stop();
      if (error instanceof DeployFailedError && state.stackNames().length > 0) state.recordRun(connection);
      throw error;
    } finally {
      await deployment.close();
    }
    progress.stop();
    state.recordRun(connection);

    output.out('');
    for (const result of results) {
      output.out(`${result.stackName}: ${result.created.length} created, ${result.updated.length} updated`
        + `${result.replaced.length ? ` (${result.replaced.length} replaced)` : ''}, ${result.deleted.length} deleted, `
        + `${result.unchanged.length} unchanged`);
      for (const error of result.cleanupErrors) output.out(`  cleanup failed (CloudFormation reports it without failing the deploy): ${error}`);
      for (const [name, value] of Object.entries(result.outputs)) output.out(`  output ${name} = ${JSON.stringify(value)}`);
    }
    const skipped = skippedSummary(progress.skipped);
    if (skipped) output.out(`  ${skipped}`);
    const instanceIds = instancesOf(results.map((r) => deployment.state(r.stackName)));
    output.out('Connect API calls made by the deploy:');
    output.out(await callsSinceText(connection, before, '  '));
    if (instanceIds.length > 0) {
      output.out('Live routing profiles, read back through the Connect API:');
      for (const line of await liveProfilesText(connection, instanceIds, '  ')) output.out(line);
    }
    output.out(`State: ${state.displayPath} (the next deploy is an update; \`cdk-connect-routing local destroy\` deletes it all)`);
    output.out(`Deployed in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  },
};
