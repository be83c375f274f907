import { LocalDeployment } from '../../local-deploy';
import { Command } from '../command';
import { CliError, ExitCode } from '../errors';
import { flagOption, stringOptions } from '../parse';
import { driftReconcilerOf, runDriftReconciler } from './drift-run';
import { connectToEmulator, EmulatorConnection } from './emulator-connection';
import { callsSinceText, lastCallSeq, queueNamesOf } from './live-summary';
import { openDeployment } from './local-deployment';
import { ENDPOINT_OPTION, readLocalTarget, STATE_DIR_OPTION, WAIT_OPTION } from './options';

/** `local drift`: each deployed stack's drift reconciler, run once as its schedule would run it. */
export const driftCommand: Command = {
  name: 'drift',
  summary: 'Run each deployed stack\'s drift reconciler once, as its schedule would, and print what it found',
  description: [
    'Finds the drift reconciler function of each stack the local deploy put into the running `local emulator`,',
    'invokes it with the scheduled event its EventBridge rule would send, and prints what it found per routing',
    'profile: in sync, drifted (field by field, live vs declared) or corrected (per the profile\'s driftPolicy),',
    'the drift events it published and the Connect calls it made.',
  ].join('\n'),
  options: {
    'stack': { type: 'string', valueName: 'NAME', multiple: true, description: 'Only this stack (default: every deployed stack with a reconciler)' },
    'endpoint': ENDPOINT_OPTION,
    'state-dir': STATE_DIR_OPTION,
    'wait': WAIT_OPTION,
    'detailed-exitcode': { type: 'boolean', description: `Exit with ${ExitCode.CHANGES} when drift was found (0 when none)` },
    'verbose': { type: 'boolean', description: 'Print every line the reconciler logs' },
  },
  examples: ['cdk-connect-routing local drift', 'cdk-connect-routing local drift --stack ContactCenter --detailed-exitcode'],
  async run(input, output) {
    const { endpoint, waitSeconds, state, onFunctionLog } = readLocalTarget(input, output);
    const wanted = stringOptions(input, 'stack');

    const connection = await connectToEmulator(endpoint, waitSeconds, output.out);
    const ownership = state.ownership(connection);
    if (ownership !== 'this-run') {
      throw new CliError(ownership === 'empty'
        ? `no stack is deployed in ${state.displayPath}: run \`cdk-connect-routing local deploy <cloud-assembly-dir>\` first`
        : `the stacks in ${state.displayPath} were deployed into an emulator that has stopped since: deploy them again first`);
    }
    const deployment = await openDeployment(connection, state, {
      onFunctionLog,
    });
    let drifted = 0;
    try {
      const unknown = wanted.filter((name) => !state.stackNames().includes(name));
      if (unknown.length > 0) {
        throw new CliError(`\`--stack\` must name a deployed stack, got: ${unknown.join(', ')} (deployed: ${state.stackNames().join(', ')})`);
      }
      const targets = (wanted.length ? wanted : state.stackNames())
        .map((stackName) => ({ stackName, reconciler: driftReconcilerOf(deployment.state(stackName)) }));
      const missing = targets.filter((t) => t.reconciler === undefined).map((t) => t.stackName);
      if (wanted.length > 0 && missing.length > 0 || targets.every((t) => t.reconciler === undefined)) {
        throw new CliError(`${missing.join(', ')} ${missing.length === 1 ? 'has' : 'have'} no drift reconciler: a stack gets one unless every `
          + 'routing profile and concurrency in it has driftPolicy IGNORE');
      }
      for (const { stackName, reconciler } of targets) {
        if (reconciler === undefined) {
          output.out(`${stackName}: no drift reconciler (every resource has driftPolicy IGNORE)`);
          continue;
        }
        drifted += await runReconciler(deployment, connection, stackName, reconciler, output.out);
      }
    } finally {
      await deployment.close();
    }
    return flagOption(input, 'detailed-exitcode') && drifted > 0 ? ExitCode.CHANGES : ExitCode.SUCCESS;
  },
};

/** Runs one reconciler with a scheduled event and prints its findings; returns how many profiles drifted. */
async function runReconciler(
  deployment: LocalDeployment, connection: EmulatorConnection, stackName: string, logicalId: string, out: (line: string) => void,
): Promise<number> {
  const before = await lastCallSeq(connection);
  const eventsBefore = (await connection.control.events()).length;
  out(`${stackName}: running its drift reconciler ${logicalId}, as its schedule would`);
  const summary = await runDriftReconciler(deployment, stackName, logicalId, connection);
  const calls = await callsSinceText(connection, before, '  ');
  const events = (await connection.control.events()).slice(eventsBefore);
  const queueNames = await queueNamesOf(connection, summary.outcomes.map((o) => o.instanceArn));
  const named = (text: string) => text.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => queueNames.get(id) ?? id);
  out(`  ${summary.driftedProfiles} drifted, ${summary.correctedProfiles} corrected, ${summary.uncheckedProfiles} not checked, `
    + `of ${summary.resources} resource(s)`);
  for (const outcome of summary.outcomes) {
    const found = outcome.differences.map((d) => `${named(d.field)}: ${named(JSON.stringify(d.actual))} (declared ${named(JSON.stringify(d.expected))})`);
    const why = outcome.reason ? `: ${outcome.reason}` : found.length ? `: ${found.join('; ')}` : '';
    out(`  ${outcome.logicalResourceId.padEnd(40)} ${outcome.status}${outcome.driftPolicy ? ` (policy ${outcome.driftPolicy})` : ''}${why}`);
  }
  for (const event of events) {
    out(`  EventBridge event "${event['detail-type']}" from ${event.source} for ${(event.resources ?? []).length} resource(s)`);
  }
  out('Connect API calls made by the run:');
  out(calls);
  return summary.driftedProfiles;
}
