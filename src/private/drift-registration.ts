import { IConstruct } from 'constructs';
import { DriftAccess, ROUTING_PROFILE_DRIFT_ACCESS } from './drift-access';
import { connectProviderToStore } from './provider-store';
import { RoutingProfileProvider } from './routing-profile-provider';
import { DriftPolicy } from '../drift-policy';
import { DriftReconciler } from '../drift-reconciler';

/**
 * Puts a managed resource under drift detection: the provider records its desired state in the stack's table
 * (the table name in its environment, PutItem/DeleteItem on it), and the stack's reconciler may read (and,
 * under `CORRECT`, update) the resource's instance with the actions its kind needs (`access`). Idempotent per
 * stack and instance.
 *
 * A resource under `IGNORE` creates nothing here: a stack whose resources are all ignored gets no reconciler and
 * no schedule (and no table, unless an adoption or a `RoutingProfileConcurrency` needs one for its originals). Beside watched resources it is still recorded (the provider records every
 * resource once it has a table), and the reconciler skips it.
 */
export function registerForDrift(
  resource: IConstruct, provider: RoutingProfileProvider, instanceArn: string, policy: DriftPolicy,
  access: DriftAccess = ROUTING_PROFILE_DRIFT_ACCESS,
): void {
  if (policy === DriftPolicy.IGNORE) return;
  connectProviderToStore(resource, provider);
  DriftReconciler.of(resource)._watch(instanceArn, policy, access);
}
