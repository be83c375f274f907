import { ResourceOperationError } from './errors';
import { StackIdentity } from './intrinsics';
import { ProgressListener } from './progress';
import { ResourceRunner } from './resource-runner';
import { ResourceState, StackState, StateStore } from './state-store';

/** One change a deploy made (or attempted), in the order it made them. */
export type RollbackStep =
  | { kind: 'create'; logicalId: string; resourceType: string; properties: Record<string, unknown>; physicalId?: string }
  | { kind: 'update'; logicalId: string; resourceType: string; before: ResourceState; attempted: Record<string, unknown>; physicalIdAfter?: string };

export interface RollbackServices {
  readonly identity: StackIdentity;
  readonly previous: StackState | undefined;
  readonly runnerFor: (resourceType: string) => ResourceRunner | undefined;
  readonly emit: ProgressListener;
  readonly store: StateStore;
}

/**
 * Undoes a failed deploy, last change first, as CloudFormation's rollback does: an updated resource gets an
 * Update back to its old properties (the failed one included); a replacement's new physical id and every
 * created resource (a failed Create too, with the id it reported) get a Delete. The state goes back to what it
 * was, plus anything the rollback could not remove, so a destroy still finds it. Returns the steps that failed.
 */
export async function rollBack(journal: readonly RollbackStep[], services: RollbackServices): Promise<Error[]> {
  const errors: Error[] = [];
  const resources: Record<string, ResourceState> = { ...services.previous?.resources };
  const emit = (step: RollbackStep, status: 'UPDATE_ROLLBACK_IN_PROGRESS' | 'ROLLBACK_COMPLETE' | 'ROLLBACK_FAILED', physicalId?: string, reason?: string) =>
    services.emit({ stackName: services.identity.stackName, logicalId: step.logicalId, resourceType: step.resourceType, status, physicalId, reason });

  for (const step of [...journal].reverse()) {
    const base = { logicalId: step.logicalId, resourceType: step.resourceType, stack: services.identity };
    const replacedTo = step.kind === 'update' && step.physicalIdAfter !== undefined && step.physicalIdAfter !== step.before.physicalId
      ? step.physicalIdAfter : undefined;
    try {
      if (step.kind === 'create' || replacedTo) {
        const physicalId = step.kind === 'create' ? step.physicalId : replacedTo;
        if (physicalId === undefined) continue; // nothing was reported, so nothing is known to exist
        emit(step, 'UPDATE_ROLLBACK_IN_PROGRESS', physicalId, 'deleting what the failed deploy created');
        await services.runnerFor(step.resourceType)!.delete({ ...base, properties: step.kind === 'create' ? step.properties : step.kind === 'update' ? step.attempted : {}, physicalId });
        emit(step, 'ROLLBACK_COMPLETE', physicalId);
      } else {
        emit(step, 'UPDATE_ROLLBACK_IN_PROGRESS', step.before.physicalId, 'updating back to the previous properties');
        const outcome = await services.runnerFor(step.resourceType)!.update({
          ...base, properties: step.before.properties, oldProperties: step.attempted, physicalId: step.before.physicalId,
        });
        resources[step.logicalId] = { ...step.before, physicalId: outcome.physicalId, attributes: outcome.attributes };
        emit(step, 'ROLLBACK_COMPLETE', outcome.physicalId);
      }
    } catch (error) {
      errors.push(error as Error);
      const reason = error instanceof ResourceOperationError ? error.reason : (error as Error).message;
      emit(step, 'ROLLBACK_FAILED', undefined, reason);
      if (step.kind === 'create' && step.physicalId !== undefined) {
        resources[`${step.logicalId}`] = {
          type: step.resourceType, mode: 'run', physicalId: step.physicalId, properties: step.properties, attributes: {}, dependencies: [],
        };
      }
    }
  }
  if (services.previous || Object.keys(resources).length > 0) {
    services.store.save({
      stackName: services.identity.stackName,
      stackId: services.identity.stackId,
      region: services.identity.region,
      accountId: services.identity.accountId,
      resources,
    });
  }
  return errors;
}
