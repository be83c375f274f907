import type { RecordConfirmer } from './confirm-record';
import { correctionFailed, readFailed, recordChanged } from './failed-outcomes';
import { declaredIdentity, observedIdentity } from './observed-identity';
import { DriftStatus, ResourceOutcome } from './outcome';
import { asDesiredProfile, recordedProfileProblem } from './recorded-profile';
import { parseInstanceArn } from '../../src/private/connect-arn';
import { DriftPolicyMode, ROUTING_PROFILE_CONCURRENCY_RESOURCE_TYPE } from '../../src/private/contract';
import { applyPlan } from '../connect/apply-plan';
import { PacedConnectApi } from '../connect/paced-connect-api';
import { describeProfile, readQueueLists } from '../connect/read-live-profile';
import type { SearchedProfile } from '../connect/search-routing-profiles';
import type { DesiredStateRecord } from '../desired-state/record';
import { profileDifferences } from '../reconcile/differences';
import { planReconcile } from '../reconcile/plan';
import { comparesSearchOmissions } from '../reconcile/search-coverage';

/** Whether a routing profile's record can be checked from SearchRoutingProfiles' report of its profile. */
export function profileCheckableFromSearch(record: DesiredStateRecord): boolean {
  return recordedProfileProblem(record.desired) === undefined && !comparesSearchOmissions(asDesiredProfile(record.desired));
}

/**
 * Checks one routing profile against its record with the fewest reads: the profile as the run's
 * SearchRoutingProfiles sweep reported it (`searched`, given only when `profileCheckableFromSearch`), otherwise one
 * Describe; then each queue list the record manages and Connect does not report empty. It lists the
 * differences, and under policy correct applies the provider's own plan (`planReconcile` + `applyPlan`: the fewest
 * calls, no kept queue pair ever absent), once `confirm` says a deploy has not rewritten the record meanwhile.
 * Drift found from Search's report is described first: its event names the Region of the last edit, and its
 * correction sends back the live behaviours, both of which Search leaves out. A profile that is gone is reported,
 * never recreated.
 */
export async function checkRoutingProfile(
  api: PacedConnectApi, record: DesiredStateRecord, confirm: RecordConfirmer, searched?: SearchedProfile,
): Promise<ResourceOutcome> {
  const base = outcomeBase(record);
  const problem = recordedProfileProblem(record.desired);
  if (problem) return { ...base, status: DriftStatus.UNREADABLE_RECORD, reason: problem };
  const desired = asDesiredProfile(record.desired);
  const instanceId = parseInstanceArn(record.instanceArn)!.instanceId;
  const correcting = record.driftPolicy === DriftPolicyMode.CORRECT;

  let live;
  let differences;
  try {
    const summary = searched ?? await describeProfile(api, instanceId, record.routingProfileId);
    if (!summary) return deletedOutOfBand(record);
    live = await readQueueLists(api, instanceId, summary, desired);
    differences = profileDifferences(desired, live);
    if (searched && differences.length > 0) {
      const described = await describeProfile(api, instanceId, record.routingProfileId);
      if (!described) return deletedOutOfBand(record);
      // The queue lists already read are Connect's own; Describe completes the rest.
      const { numberOfAssociatedQueues: _q, numberOfAssociatedManualAssignmentQueues: _m, ...profile } = described;
      live = { ...live, ...profile };
      differences = profileDifferences(desired, live);
    }
  } catch (error) {
    return readFailed(base, error);
  }
  const checked = { ...base, ...observedIdentity(record, live) };

  if (differences.length === 0) return { ...checked, status: DriftStatus.IN_SYNC };
  if (!correcting) return { ...checked, status: DriftStatus.DRIFTED, differences };

  const corrections: string[] = [];
  try {
    const changed = await confirm(record);
    if (changed) return recordChanged(checked, changed);
    const plan = planReconcile(desired, live);
    for (const call of plan) {
      const target = { instanceId, routingProfileId: live.routingProfileId, routingProfileArn: live.routingProfileArn };
      await applyPlan(api, target, [call]);
      corrections.push(call.operation);
    }
  } catch (error) {
    return correctionFailed(checked, differences, corrections, error);
  }
  return { ...checked, status: DriftStatus.CORRECTED, differences, corrections };
}

/** The outcome of a record whose profile Connect no longer has. */
export function deletedOutOfBand(record: DesiredStateRecord): ResourceOutcome {
  // A concurrency resource never owned the profile: no deploy recreates it, so the advice differs.
  const advice = record.resourceType === ROUTING_PROFILE_CONCURRENCY_RESOURCE_TYPE
    ? 'point the RoutingProfileConcurrency at an existing profile, or remove it from the stack.'
    : 'deploy the stack with a changed property to recreate it, or remove the construct.';
  return {
    ...outcomeBase(record),
    status: DriftStatus.DELETED_OUT_OF_BAND,
    differences: [{ field: 'routingProfile', expected: record.routingProfileArn, actual: null }],
    reason: `Routing profile ${record.routingProfileArn} no longer exists in Connect. The reconciler never recreates a profile: ${advice}`,
  };
}

export function outcomeBase(record: DesiredStateRecord): Omit<ResourceOutcome, 'status'> {
  return {
    logicalResourceId: record.logicalResourceId,
    resourceType: record.resourceType,
    physicalResourceId: record.physicalResourceId,
    routingProfileArn: record.routingProfileArn,
    ...declaredIdentity(record),
    instanceArn: record.instanceArn,
    driftPolicy: record.driftPolicy,
    differences: [],
  };
}
