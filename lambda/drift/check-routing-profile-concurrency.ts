import { deletedOutOfBand, outcomeBase } from './check-routing-profile';
import type { RecordConfirmer } from './confirm-record';
import { correctionFailed, readFailed, recordChanged } from './failed-outcomes';
import { observedIdentity } from './observed-identity';
import { DriftStatus, ResourceOutcome } from './outcome';
import { asRecordedConcurrency, recordedConcurrencyProblem } from './recorded-concurrency';
import { parseInstanceArn } from '../../src/private/connect-arn';
import { DriftPolicyMode } from '../../src/private/contract';
import { applyPlan } from '../connect/apply-plan';
import { PacedConnectApi } from '../connect/paced-connect-api';
import { describeProfile } from '../connect/read-live-profile';
import type { SearchedProfile } from '../connect/search-routing-profiles';
import type { DesiredStateRecord } from '../desired-state/record';
import { planConcurrency } from '../reconcile/concurrency-plan';
import { concurrencyDifferences } from '../reconcile/differences';
import { comparesSearchOmissions } from '../reconcile/search-coverage';

/** Whether a concurrency resource's record can be checked from SearchRoutingProfiles' report of its profile. */
export function concurrencyCheckableFromSearch(record: DesiredStateRecord): boolean {
  return recordedConcurrencyProblem(record.desired) === undefined && !comparesSearchOmissions(asRecordedConcurrency(record.desired));
}

/**
 * Checks the declared channels of a `RoutingProfileConcurrency` against the live profile, nothing else of it read
 * or compared: from the run's SearchRoutingProfiles sweep (`searched`, given only when
 * `concurrencyCheckableFromSearch`: no declared channel has a behaviour, which Search leaves out), otherwise from one
 * DescribeRoutingProfile. Under policy correct it applies the provider's own plan (`planConcurrency`): one
 * UpdateRoutingProfileConcurrency that sends every live channel back as Describe reported it (workload-type
 * concurrencies included) except the declared ones, once `confirm` says a deploy has not rewritten the record
 * meanwhile. A difference found from Search is described first: its event names
 * the Region of the last edit, and its correction sends back the behaviours, both left out of Search. A profile
 * that is gone is reported, never recreated.
 */
export async function checkRoutingProfileConcurrency(
  api: PacedConnectApi, record: DesiredStateRecord, confirm: RecordConfirmer, searched?: SearchedProfile,
): Promise<ResourceOutcome> {
  const base = outcomeBase(record);
  const problem = recordedConcurrencyProblem(record.desired);
  if (problem) return { ...base, status: DriftStatus.UNREADABLE_RECORD, reason: problem };
  const desired = asRecordedConcurrency(record.desired).mediaConcurrencies;
  const target = {
    instanceId: parseInstanceArn(record.instanceArn)!.instanceId,
    routingProfileId: record.routingProfileId,
    routingProfileArn: record.routingProfileArn,
  };
  const correcting = record.driftPolicy === DriftPolicyMode.CORRECT;

  let live;
  let differences;
  try {
    live = searched ?? await describeProfile(api, target.instanceId, target.routingProfileId);
    if (!live) return deletedOutOfBand(record);
    differences = concurrencyDifferences(desired, live.mediaConcurrencies);
    if (searched && differences.length > 0) {
      live = await describeProfile(api, target.instanceId, target.routingProfileId);
      if (!live) return deletedOutOfBand(record);
      differences = concurrencyDifferences(desired, live.mediaConcurrencies);
    }
  } catch (error) {
    return readFailed(base, error);
  }
  const checked = { ...base, ...observedIdentity(record, live) };

  if (differences.length === 0) return { ...checked, status: DriftStatus.IN_SYNC };
  if (!correcting) return { ...checked, status: DriftStatus.DRIFTED, differences };

  const plan = planConcurrency(desired, live.mediaConcurrencies);
  try {
    const changed = await confirm(record);
    if (changed) return recordChanged(checked, changed);
    await applyPlan(api, target, plan);
  } catch (error) {
    return correctionFailed(checked, differences, [], error);
  }
  return { ...checked, status: DriftStatus.CORRECTED, differences, corrections: plan.map((call) => call.operation) };
}
