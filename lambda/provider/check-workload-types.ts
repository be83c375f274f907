/**
 * The deploy-time check of declared workload types: a contact whose workload type no agent's routing profile lists
 * stays queued indefinitely (the Admin Guide), and Connect accepts any string as a workload type, so before a write
 * that sends them, every declared workload type must be a value of the instance's `connect:WorkloadType`.
 */
import { InvalidSpecError } from './result';
import { ConnectApi } from '../connect/connect-api';
import { readWorkloadTypes, WORKLOAD_TYPE_ATTRIBUTE } from '../connect/read-workload-types';
import type { MediaConcurrency, PlannedCall } from '../reconcile/types';
import { usesWorkloadTypes } from '../reconcile/workload-types';

/** How many of the instance's values a reason shows: the response to CloudFormation must stay under 4 KB. */
const MAX_VALUES_SHOWN = 10;

/**
 * Fails, having changed nothing, naming each declared workload type the instance does not have (matched exactly,
 * case included). One DescribePredefinedAttribute; none when nothing is declared per workload type, the check is
 * turned off, or the plan sends no media concurrencies (the one write that sets workload types).
 *
 * @param desired the declared channels, in the order of the spec's `mediaConcurrencies`
 * @param plan the writes about to be made; none given: a CreateRoutingProfile, which always sends them
 */
export function checkDeclaredWorkloadTypes(
  api: ConnectApi, instanceId: string, desired: readonly MediaConcurrency[], enabled: boolean, plan?: readonly PlannedCall[],
): Promise<void> {
  return checkWorkloadTypesAgainst(() => readWorkloadTypes(api, instanceId), instanceId, desired, enabled, plan);
}

/**
 * `checkDeclaredWorkloadTypes` with the instance's values from the caller, read only when needed: for a caller that
 * checks many profiles of one instance and reads its values once (the command-line plan).
 */
export async function checkWorkloadTypesAgainst(
  instanceValues: () => Promise<readonly string[]>, instanceId: string, desired: readonly MediaConcurrency[], enabled: boolean,
  plan?: readonly PlannedCall[],
): Promise<void> {
  if (!enabled || !desired.some(usesWorkloadTypes)) return;
  if (plan !== undefined && !plan.some((call) => call.operation === 'UpdateRoutingProfileConcurrency')) return;
  const values = await instanceValues();
  const known = new Set(values);
  const has = values.length === 0 ? 'it has none'
    : `it has ${values.length}: ${values.slice(0, MAX_VALUES_SHOWN).join(', ')}${values.length > MAX_VALUES_SHOWN ? ', …' : ''}`;
  const problems = desired.flatMap((m, i) => (m.workloadTypeConcurrencies ?? []).flatMap((w, j) => (known.has(w.workloadType) ? [] : [
    `\`mediaConcurrencies[${i}].workloadTypeConcurrencies[${j}].workloadType\` must be a value of ${WORKLOAD_TYPE_ATTRIBUTE} `
    + `in instance ${instanceId} (${has}), got: ${JSON.stringify(w.workloadType)}`,
  ])));
  if (problems.length > 0) {
    throw new InvalidSpecError([...problems, `Add the missing values to ${WORKLOAD_TYPE_ATTRIBUTE} in the instance (a contact of a `
      + 'workload type no routing profile lists stays queued indefinitely), or set `checkWorkloadTypes: false` if the attribute cannot be read.']);
  }
}
