import { deleteResources, DeleteServices } from './delete-resources';
import { FunctionDirectory } from './function-directory';
import { ResourceState, StateStore } from './state-store';

export interface StackDestroyResult {
  readonly stackName: string;
  /** In deletion order. */
  readonly deleted: readonly string[];
  /** Kept by a Retain policy. */
  readonly retained: readonly string[];
}

/**
 * Deletes every resource a stack's state records, dependents first, honouring `DeletionPolicy`. On success the
 * state is removed; on a failure the resources not deleted stay in the state (a later destroy retries them)
 * and the error names each failure.
 */
export interface DestroyServices extends DeleteServices {
  readonly store: StateStore;
  readonly functions: FunctionDirectory;
}

export async function destroyStack(stackName: string, services: DestroyServices): Promise<StackDestroyResult> {
  const state = services.store.load(stackName);
  if (!state) return { stackName, deleted: [], retained: [] };
  const identity = { stackName, stackId: state.stackId, region: state.region, accountId: state.accountId, partition: 'aws', urlSuffix: 'amazonaws.com' };
  const items = Object.entries(state.resources).map(([logicalId, resource]) => ({ logicalId, state: resource, policy: resource.deletionPolicy }));
  const failed = new Set<string>();
  const { deleted, errors } = await deleteResources(items, identity, {
    runnerFor: services.runnerFor,
    emit: (event) => {
      if (event.status === 'DELETE_FAILED') failed.add(event.logicalId);
      services.emit(event);
    },
  }, 'destroy');
  const retained = items.filter((i) => i.state.mode === 'run' && (i.policy === 'Retain' || i.policy === 'RetainExceptOnCreate')).map((i) => i.logicalId);
  if (errors.length > 0) {
    const remaining: Record<string, ResourceState> = {};
    for (const [logicalId, resource] of Object.entries(state.resources)) {
      if (failed.has(logicalId) || resource.mode === 'function') remaining[logicalId] = resource;
    }
    services.store.save({ ...state, resources: remaining });
    throw new Error(`Destroy of ${stackName} failed; the state keeps what is left:\n${errors.map((e) => `  ${e.message}`).join('\n')}`);
  }
  for (const resource of Object.values(state.resources)) {
    if (resource.function) services.functions.remove(resource.function.functionArn);
  }
  services.store.remove(stackName);
  return {
    stackName,
    deleted,
    retained,
  };
}
