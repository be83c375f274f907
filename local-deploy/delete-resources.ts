import { deploymentOrder } from './dependency-order';
import { StackIdentity } from './intrinsics';
import { ProgressListener } from './progress';
import { ResourceRunner } from './resource-runner';
import { ResourceState } from './state-store';

export interface DeleteOutcome {
  /** Logical ids deleted, in the order they were. */
  readonly deleted: string[];
  readonly errors: Error[];
}

export interface DeleteServices {
  readonly runnerFor: (resourceType: string) => ResourceRunner | undefined;
  readonly emit: ProgressListener;
}

/**
 * Deletes resources dependents first (reverse dependency order, from their recorded dependencies). A
 * `Retain` policy keeps the resource (DELETE_SKIPPED); skipped resources and functions need no call. Keeps
 * going after a failure and returns every failure with what was deleted, so one stuck resource does not strand the others.
 */
export async function deleteResources(
  items: ReadonlyArray<{ readonly logicalId: string; readonly state: ResourceState; readonly policy?: string }>,
  identity: StackIdentity, services: DeleteServices, phase: 'cleanup' | 'destroy',
): Promise<DeleteOutcome> {
  const byKey = new Map(items.map((item, i) => [`${i}`, item]));
  const idsToKeys = new Map<string, string[]>();
  for (const [key, item] of byKey) idsToKeys.set(item.logicalId, [...(idsToKeys.get(item.logicalId) ?? []), key]);
  const dependencies = new Map([...byKey].map(([key, item]) => [key, item.state.dependencies.flatMap((d) => idsToKeys.get(d) ?? [])]));
  const order = deploymentOrder([...byKey.keys()], dependencies).reverse();
  const errors: Error[] = [];
  const deleted: string[] = [];
  for (const key of order) {
    const { logicalId, state, policy } = byKey.get(key)!;
    const event = { stackName: identity.stackName, logicalId, resourceType: state.type, physicalId: state.physicalId || undefined };
    if (state.mode !== 'run') {
      if (phase === 'destroy') services.emit({ ...event, status: 'SKIPPED', reason: 'nothing was deployed for it' });
      continue;
    }
    if (policy === 'Retain' || policy === 'RetainExceptOnCreate') {
      services.emit({ ...event, status: 'DELETE_SKIPPED', reason: `${phase === 'cleanup' && policy ? 'the policy' : 'DeletionPolicy'} is ${policy}` });
      continue;
    }
    services.emit({ ...event, status: 'DELETE_IN_PROGRESS' });
    try {
      const runner = services.runnerFor(state.type);
      if (!runner) throw new Error(`${logicalId} is a ${state.type} this local deployment cannot reach (for a table: give a dynamodbEndpoint)`);
      await runner.delete({
        logicalId, resourceType: state.type, stack: identity, properties: state.properties, physicalId: state.physicalId,
      });
      deleted.push(logicalId);
      services.emit({ ...event, status: 'DELETE_COMPLETE' });
    } catch (error) {
      errors.push(error as Error);
      services.emit({ ...event, status: 'DELETE_FAILED', reason: (error as Error).message });
    }
  }
  return { deleted, errors };
}
