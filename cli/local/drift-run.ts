import type { DriftRunSummary } from '../../lambda/drift/run';
import { LocalDeployment, StackState } from '../../local-deploy';
import { DriftReconcilerEnv } from '../../src/private/contract';
import { CliError } from '../errors';

/** The logical id of a stack's drift reconciler: the function that has the reconciler's environment. */
export function driftReconcilerOf(state: StackState | undefined): string | undefined {
  return Object.entries(state?.resources ?? {}).find(([, resource]) => resource.mode === 'function'
    && resource.function?.environment[DriftReconcilerEnv.STACK_ID] !== undefined
    && resource.function?.environment[DriftReconcilerEnv.DESIRED_STATE_TABLE] !== undefined)?.[0];
}

/**
 * Runs a stack's drift reconciler once with the event its EventBridge schedule sends, and returns the run's
 * summary. A reconciler that throws is a `CliError` naming the stack and the error.
 */
export async function runDriftReconciler(
  deployment: LocalDeployment, stackName: string, logicalId: string, environment: { readonly region: string; readonly accountId: string },
): Promise<DriftRunSummary> {
  const result = await deployment.invokeFunction(logicalId, {
    'version': '0',
    'id': `cdk-connect-routing-local-${Date.now()}`,
    'detail-type': 'Scheduled Event',
    'source': 'aws.events',
    'account': environment.accountId,
    'time': new Date().toISOString(),
    'region': environment.region,
    'resources': [],
    'detail': {},
  }, { stackName });
  if (result.error) {
    throw new CliError(`the drift reconciler of ${stackName} failed: ${result.error.errorType}: ${result.error.errorMessage}`);
  }
  return result.value as DriftRunSummary;
}
