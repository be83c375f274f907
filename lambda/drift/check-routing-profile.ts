import type { RecordConfirmer } from './confirm-record';
import { correctionFailed, readFailed, recordChanged } from './failed-outcomes';
import { DriftStatus, ResourceOutcome } from './outcome';
import { asDesiredProfile, recordedProfileProblem } from './recorded-profile';
import { parseInstanceArn } from '../../src/private/connect-arn';
import { DriftPolicyMode, ROUTING_PROFILE_CONCURRENCY_RESOURCE_TYPE } from '../../src/private/contract';
import { applyPlan } from '../connect/apply-plan';
import { PacedConnectApi } from '../connect/paced-connect-api';
import { readLiveProfile } from '../connect/read-live-profile';
import type { DesiredStateRecord } from '../desired-state/record';
import { profileDifferences } from '../reconcile/differences';
import { planReconcile } from '../reconcile/plan';

/**
 * Checks one routing profile against its record: reads the whole live state (the provider's reader), lists the
 * differences, and under policy correct applies the provider's own plan (`planReconcile` + `applyPlan`: the
 * fewest calls, no kept queue pair ever absent), once `confirm` says a deploy has not rewritten the record
 * meanwhile. A profile that is gone is reported, never recreated.
 */
export async function checkRoutingProfile(api: PacedConnectApi, record: DesiredStateRecord, confirm: RecordConfirmer): Promise<ResourceOutcome> {
  const base = outcomeBase(record);
  const problem = recordedProfileProblem(record.desired);
  if (problem) return { ...base, status: DriftStatus.UNREADABLE_RECORD, reason: problem };
  const desired = asDesiredProfile(record.desired);
  const instanceId = parseInstanceArn(record.instanceArn)!.instanceId;

  let live;
  try {
    live = await readLiveProfile(api, instanceId, record.routingProfileId);
  } catch (error) {
    return readFailed(base, error);
  }
  if (!live) return deletedOutOfBand(record);

  const differences = profileDifferences(desired, live);
  if (differences.length === 0) return { ...base, status: DriftStatus.IN_SYNC };
  if (record.driftPolicy !== DriftPolicyMode.CORRECT) return { ...base, status: DriftStatus.DRIFTED, differences };

  const corrections: string[] = [];
  try {
    const changed = await confirm(record);
    if (changed) return recordChanged(base, changed);
    const plan = planReconcile(desired, live);
    for (const call of plan) {
      const target = { instanceId, routingProfileId: live.routingProfileId, routingProfileArn: live.routingProfileArn };
      await applyPlan(api, target, [call]);
      corrections.push(call.operation);
    }
  } catch (error) {
    return correctionFailed(base, differences, corrections, error);
  }
  return { ...base, status: DriftStatus.CORRECTED, differences, corrections };
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
    instanceArn: record.instanceArn,
    driftPolicy: record.driftPolicy,
    differences: [],
  };
}
