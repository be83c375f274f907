/**
 * The construct side of the deploy-time workload-type check: the provider may read the instance's
 * `connect:WorkloadType` only when a resource declares workload types and does not opt out.
 */
import { RoutingProfileProvider, WORKLOAD_TYPE_CHECK_PROVIDER_ACCESS } from './routing-profile-provider';
import type { MediaConcurrency } from '../media-concurrency';

/** Whether any channel is configured per workload type. */
function declaresWorkloadTypes(mediaConcurrencies: readonly MediaConcurrency[]): boolean {
  return mediaConcurrencies.some((m) => m.workloadTypeConcurrencies !== undefined);
}

/**
 * Lets the provider run the check for a resource in `instanceArn`, when it declares workload types and
 * `checkWorkloadTypes` is not `false` (a token counts as "check": it may resolve to true).
 */
export function grantWorkloadTypeCheck(
  provider: RoutingProfileProvider, instanceArn: string, mediaConcurrencies: readonly MediaConcurrency[], checkWorkloadTypes: boolean | undefined,
): void {
  if (declaresWorkloadTypes(mediaConcurrencies) && checkWorkloadTypes !== false) {
    provider.grantInstance(instanceArn, WORKLOAD_TYPE_CHECK_PROVIDER_ACCESS);
  }
}
