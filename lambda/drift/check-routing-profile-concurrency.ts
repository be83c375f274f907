import { deletedOutOfBand, outcomeBase } from './check-routing-profile';
import type { RecordConfirmer } from './confirm-record';
import { correctionFailed, readFailed, recordChanged } from './failed-outcomes';
import { DriftStatus, ResourceOutcome } from './outcome';
import { asRecordedConcurrency, recordedConcurrencyProblem } from './recorded-concurrency';
import { parseInstanceArn } from '../../src/private/connect-arn';
import { DriftPolicyMode } from '../../src/private/contract';
import { applyPlan } from '../connect/apply-plan';
import { PacedConnectApi } from '../connect/paced-connect-api';
import { describeProfile } from '../connect/read-live-profile';
import type { DesiredStateRecord } from '../desired-state/record';
import { planConcurrency } from '../reconcile/concurrency-plan';
import { concurrencyDifferences } from '../reconcile/differences';

/**
 * Checks the declared channels of a `RoutingProfileConcurrency` against the live profile: one
 * DescribeRoutingProfile, nothing else of the profile read or compared. Under policy correct it applies the
 * provider's own plan (`planConcurrency`): one UpdateRoutingProfileConcurrency that sends every live channel
 * back as Describe reported it (workload-type concurrencies included) except the declared ones, once `confirm`
 * says a deploy has not rewritten the record meanwhile. A profile that is gone is reported, never recreated.
 */
export async function checkRoutingProfileConcurrency(
  api: PacedConnectApi, record: DesiredStateRecord, confirm: RecordConfirmer,
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

  let live;
  try {
    live = await describeProfile(api, target.instanceId, target.routingProfileId);
  } catch (error) {
    return readFailed(base, error);
  }
  if (!live) return deletedOutOfBand(record);

  const differences = concurrencyDifferences(desired, live.mediaConcurrencies);
  if (differences.length === 0) return { ...base, status: DriftStatus.IN_SYNC };
  if (record.driftPolicy !== DriftPolicyMode.CORRECT) return { ...base, status: DriftStatus.DRIFTED, differences };

  const plan = planConcurrency(desired, live.mediaConcurrencies);
  try {
    const changed = await confirm(record);
    if (changed) return recordChanged(base, changed);
    await applyPlan(api, target, plan);
  } catch (error) {
    return correctionFailed(base, differences, [], error);
  }
  return { ...base, status: DriftStatus.CORRECTED, differences, corrections: plan.map((call) => call.operation) };
}
