import { isDeepStrictEqual } from 'util';
import { AssemblyStack } from './assembly';
import { deleteResources } from './delete-resources';
import { dependenciesOf, deploymentOrder } from './dependency-order';
import { DeployFailedError, ResourceOperationError } from './errors';
import { FunctionDirectory } from './function-directory';
import { evaluateCondition, resolveIntrinsics, StackIdentity } from './intrinsics';
import { ProgressListener } from './progress';
import { registerFunction } from './register-function';
import { ResourceRunner } from './resource-runner';
import { RollbackStep, rollBack } from './rollback';
import { deployContext, parameterValues, stackIdentity } from './stack-context';
import { ResourceState, StackState, StateStore } from './state-store';

/** What a deploy of one stack needs from the local deployment. */
export interface StackDeployServices {
  readonly store: StateStore;
  readonly functions: FunctionDirectory;
  /** The runner of a resource type, or undefined when the type is skipped. Lambda functions are handled apart. */
  readonly runnerFor: (resourceType: string) => ResourceRunner | undefined;
  readonly emit: ProgressListener;
  readonly defaults: { readonly region: string; readonly accountId: string };
  readonly parameters: Readonly<Record<string, string>>;
}

export interface StackDeployResult {
  readonly stackName: string;
  readonly stackId: string;
  readonly created: readonly string[];
  readonly updated: readonly string[];
  /** Updated with a new physical id; the old one was deleted after the deploy succeeded. */
  readonly replaced: readonly string[];
  /** Removed from the template (or replaced) and deleted after the deploy succeeded, in deletion order. */
  readonly deleted: readonly string[];
  readonly unchanged: readonly string[];
  readonly skipped: ReadonlyArray<{ readonly logicalId: string; readonly resourceType: string }>;
  /** Lambda functions kept to run locally (not deployed anywhere). */
  readonly functions: readonly string[];
  /** Cleanup deletes that failed: CloudFormation reports them without failing the deploy. */
  readonly cleanupErrors: readonly string[];
  readonly outputs: Readonly<Record<string, unknown>>;
}

/**
 * Deploys one stack as CloudFormation would: resources in dependency order, Create for new ones, Update with
 * OldResourceProperties for changed ones, nothing for unchanged ones; after success, the cleanup phase deletes
 * replaced physical ids and resources gone from the template. On a failure it rolls back and throws
 * `DeployFailedError`, leaving the state as before the deploy.
 */
export async function deployStack(stack: AssemblyStack, services: StackDeployServices): Promise<StackDeployResult> {
  const previous = services.store.load(stack.stackName);
  const identity = stackIdentity(stack, previous, services.defaults);
  const template = stack.template;
  const parameters = parameterValues(stack, services.parameters);
  const next: Record<string, ResourceState> = {};
  const context = deployContext(identity, stack, parameters, next);
  const emit = (logicalId: string, resourceType: string, status: Parameters<ProgressListener>[0]['status'], extra: { physicalId?: string; reason?: string } = {}) =>
    services.emit({ stackName: stack.stackName, logicalId, resourceType, status, ...extra });

  const resources = template.Resources ?? {};
  const active = Object.keys(resources).filter((id) => {
    const condition = resources[id].Condition;
    return condition === undefined || evaluateCondition(condition, context, `${id}.Condition`);
  });
  const dependencies = new Map(active.map((id) => [id, dependenciesOf(id, resources[id], template)]));
  const order = deploymentOrder(active, dependencies);

  const result = {
    created: [] as string[],
    updated: [] as string[],
    replaced: [] as string[],
    unchanged: [] as string[],
    skipped: [] as Array<{ logicalId: string; resourceType: string }>,
    functions: [] as string[],
  };
  const journal: RollbackStep[] = [];
  const cleanup: Array<{ logicalId: string; state: ResourceState; policy?: string }> = [];

  try {
    for (const logicalId of order) {
      const resource = resources[logicalId];
      const old = previous?.resources[logicalId];
      const base = {
        type: resource.Type,
        dependencies: dependencies.get(logicalId) ?? [],
        deletionPolicy: resource.DeletionPolicy,
        updateReplacePolicy: resource.UpdateReplacePolicy,
      };
      if (resource.Type === 'AWS::Lambda::Function') {
        const fn = registerFunction(logicalId, resource, stack, identity, context, services.store);
        next[logicalId] = { ...base, mode: 'function', physicalId: fn.functionName, properties: {}, attributes: { Arn: fn.functionArn }, function: fn };
        services.functions.add(stack.stackName, fn);
        result.functions.push(logicalId);
        emit(logicalId, resource.Type, 'SKIPPED', { reason: 'not deployed: its code runs locally when invoked' });
        continue;
      }
      const runner = services.runnerFor(resource.Type);
      if (!runner) {
        next[logicalId] = { ...base, mode: 'skipped', physicalId: '', properties: {}, attributes: {} };
        result.skipped.push({ logicalId, resourceType: resource.Type });
        emit(logicalId, resource.Type, 'SKIPPED', { reason: 'the local deploy does not run this type' });
        continue;
      }
      const properties = resolveIntrinsics(resource.Properties ?? {}, context, `${logicalId}.Properties`) as Record<string, unknown>;
      const request = { logicalId, resourceType: resource.Type, stack: identity, properties };

      if (!old || old.mode !== 'run' || old.type !== resource.Type) {
        const step: RollbackStep = { kind: 'create', logicalId, resourceType: resource.Type, properties };
        journal.push(step);
        emit(logicalId, resource.Type, 'CREATE_IN_PROGRESS');
        const outcome = await runOrRecord(() => runner.create(request), step, logicalId, resource.Type, 'CREATE_FAILED', emit);
        step.physicalId = outcome.physicalId;
        next[logicalId] = { ...base, mode: 'run', physicalId: outcome.physicalId, properties, attributes: outcome.attributes };
        result.created.push(logicalId);
        emit(logicalId, resource.Type, 'CREATE_COMPLETE', { physicalId: outcome.physicalId });
        if (old?.mode === 'run') cleanup.push({ logicalId, state: old, policy: resource.UpdateReplacePolicy });
      } else if (isDeepStrictEqual(old.properties, properties)) {
        next[logicalId] = { ...old, ...base };
        result.unchanged.push(logicalId);
        emit(logicalId, resource.Type, 'NO_CHANGE', { physicalId: old.physicalId });
      } else {
        const step: RollbackStep = { kind: 'update', logicalId, resourceType: resource.Type, before: old, attempted: properties };
        journal.push(step);
        emit(logicalId, resource.Type, 'UPDATE_IN_PROGRESS', { physicalId: old.physicalId });
        const outcome = await runOrRecord(() => runner.update({ ...request, oldProperties: old.properties, physicalId: old.physicalId }),
          undefined, logicalId, resource.Type, 'UPDATE_FAILED', emit);
        step.physicalIdAfter = outcome.physicalId;
        next[logicalId] = { ...base, mode: 'run', physicalId: outcome.physicalId, properties, attributes: outcome.attributes };
        result.updated.push(logicalId);
        emit(logicalId, resource.Type, 'UPDATE_COMPLETE', { physicalId: outcome.physicalId });
        if (outcome.physicalId !== old.physicalId) {
          result.replaced.push(logicalId);
          cleanup.push({ logicalId, state: old, policy: resource.UpdateReplacePolicy });
        }
      }
    }
  } catch (error) {
    const rollbackErrors = await rollBack(journal, { identity, previous, runnerFor: services.runnerFor, emit: services.emit, store: services.store });
    restoreFunctions(services.functions, stack.stackName, previous, next);
    throw new DeployFailedError(stack.stackName, error as Error, rollbackErrors);
  }

  // Cleanup phase: replaced physical ids and resources gone from the template, dependents first.
  for (const [logicalId, state] of Object.entries(previous?.resources ?? {})) {
    if (!(logicalId in next)) cleanup.push({ logicalId, state, policy: state.deletionPolicy });
  }
  const state: StackState = {
    stackName: stack.stackName, stackId: identity.stackId, region: identity.region, accountId: identity.accountId, resources: next,
  };
  services.store.save(state);
  const cleanupOutcome = await deleteResources(cleanup, identity, services, 'cleanup');
  for (const { logicalId, state: old } of cleanup) {
    if (old.mode === 'function' && !(logicalId in next)) services.functions.remove(old.function!.functionArn);
  }

  return {
    stackName: stack.stackName,
    stackId: identity.stackId,
    ...result,
    deleted: cleanupOutcome.deleted,
    cleanupErrors: cleanupOutcome.errors.map((e) => e.message),
    outputs: resolveOutputs(stack, context),
  };
}

/** Runs one resource operation; on failure emits the failed status and, for a Create, records the physical id reported. */
async function runOrRecord<T extends { physicalId: string }>(
  run: () => Promise<T>, createStep: RollbackStep | undefined, logicalId: string, resourceType: string,
  failedStatus: 'CREATE_FAILED' | 'UPDATE_FAILED',
  emit: (logicalId: string, resourceType: string, status: 'CREATE_FAILED' | 'UPDATE_FAILED', extra: { physicalId?: string; reason?: string }) => void,
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const physicalId = error instanceof ResourceOperationError ? error.physicalResourceId : undefined;
    if (createStep && createStep.kind === 'create') createStep.physicalId = physicalId;
    const reason = error instanceof ResourceOperationError ? error.reason : (error as Error).message;
    emit(logicalId, resourceType, failedStatus, { physicalId, reason });
    throw error;
  }
}

function restoreFunctions(
  functions: FunctionDirectory, stackName: string, previous: StackState | undefined, attempted: Record<string, ResourceState>,
): void {
  for (const state of Object.values(attempted)) {
    if (state.function) functions.remove(state.function.functionArn);
  }
  for (const state of Object.values(previous?.resources ?? {})) {
    if (state.function) functions.add(stackName, state.function);
  }
}

/** Output values, resolved after the deploy; one that cannot be resolved locally says why instead. */
function resolveOutputs(stack: AssemblyStack, context: Parameters<typeof resolveIntrinsics>[1]): Record<string, unknown> {
  const outputs: Record<string, unknown> = {};
  for (const [name, output] of Object.entries(stack.template.Outputs ?? {})) {
    try {
      outputs[name] = resolveIntrinsics(output.Value, context, `Outputs.${name}`);
    } catch (error) {
      outputs[name] = { unresolved: (error as Error).message };
    }
  }
  return outputs;
}

export type { StackIdentity };
