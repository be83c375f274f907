import { DriftReconcilerEnv } from '../../src/private/contract';

/** Connect allows 2 requests/s per API per account, shared: by default the reconciler takes half. */
export const DEFAULT_CALLS_PER_SECOND = 1;

/** The reconciler's settings, from its environment (set by the DriftReconciler construct). */
export interface DriftConfig {
  readonly tableName: string;
  readonly stackId: string;
  readonly stackName: string;
  readonly eventBusName: string;
  readonly callsPerSecond: number;
}

/** Reads and checks the settings; a missing or bad one throws an error naming the variable and the value. */
export function readDriftConfig(env: NodeJS.ProcessEnv = process.env): DriftConfig {
  const required = (name: string): string => {
    const value = env[name];
    if (!value) throw new Error(`\`${name}\` must be set in the reconciler's environment, got: ${JSON.stringify(value ?? null)}`);
    return value;
  };
  const rate = env[DriftReconcilerEnv.MAX_CALLS_PER_SECOND];
  const callsPerSecond = rate === undefined || rate === '' ? DEFAULT_CALLS_PER_SECOND : Number(rate);
  if (!Number.isFinite(callsPerSecond) || callsPerSecond <= 0) {
    throw new Error(`\`${DriftReconcilerEnv.MAX_CALLS_PER_SECOND}\` must be a number greater than 0, got: ${JSON.stringify(rate)}`);
  }
  return {
    tableName: required(DriftReconcilerEnv.DESIRED_STATE_TABLE),
    stackId: required(DriftReconcilerEnv.STACK_ID),
    stackName: required(DriftReconcilerEnv.STACK_NAME),
    eventBusName: env[DriftReconcilerEnv.EVENT_BUS_NAME] || 'default',
    callsPerSecond,
  };
}
