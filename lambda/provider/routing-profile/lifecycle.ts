import { CreateRoutingProfileCommand, DeleteRoutingProfileCommand } from '@aws-sdk/client-connect';
import { ParsedSpec } from './parse-spec';
import { reassignUsers } from './reassign-users';
import { resolveDesired } from './resolve-desired';
import { parseChildArn } from '../../../src/private/connect-arn';
import { OWNERSHIP_TAG_KEY, RemovalMode } from '../../../src/private/contract';
import { applyPlan, ProfileTarget } from '../../connect/apply-plan';
import { ConnectApi } from '../../connect/connect-api';
import { findRoutingProfileByName } from '../../connect/find-routing-profile';
import { describeProfile, readLiveProfile } from '../../connect/read-live-profile';
import { QueueResolver } from '../../connect/resolve-queues';
import { describeError } from '../../connect/retry';
import { planCreate, planReconcile } from '../../reconcile/plan';
import type { DesiredProfile } from '../../reconcile/types';
import { LifecycleResult, PhysicalIdError, profileAttributes } from '../result';

/** A Create or Update that succeeded, with the resolved desired state it applied (recorded for the drift reconciler). */
export interface ProfileOutcome extends LifecycleResult {
  readonly desired: DesiredProfile;
}

/** Who is asking: the ownership tag value that marks profiles this resource created. */
export interface Requester {
  readonly ownershipTagValue: string;
}

/**
 * Makes a profile matching the spec exist, and returns its ARN as the physical id.
 *
 * - A profile of that name carrying this resource's ownership tag is one an earlier, interrupted attempt
 *   created: it is adopted, never duplicated.
 * - Another profile of that name is adopted only when the spec opts in; otherwise the create fails, changing
 *   nothing.
 * - A new profile is created with what fits in CreateRoutingProfile, then the rest is associated; if that
 *   fails, the new profile is deleted again so no orphan is left.
 */
export async function createRoutingProfile(api: ConnectApi, spec: ParsedSpec, requester: Requester): Promise<ProfileOutcome> {
  const instanceId = spec.instance.instanceId;
  const desired = await resolveDesired(spec.desired, new QueueResolver(api, spec.instance));

  const existing = await findRoutingProfileByName(api, instanceId, desired.name);
  if (existing?.Id && existing.Arn) {
    const live = await readLiveProfile(api, instanceId, existing.Id);
    const ownedByUs = live?.tags[OWNERSHIP_TAG_KEY] === requester.ownershipTagValue;
    if (!ownedByUs && !spec.adoptExisting) {
      throw new Error(`A routing profile named ${JSON.stringify(desired.name)} already exists in instance ${instanceId} (${existing.Arn}). `
        + 'Choose another `routingProfileName`, or set `adoptExisting: true` to manage the existing profile.');
    }
    if (!live) throw new Error(`Routing profile ${existing.Arn} disappeared while it was being adopted; retry the deployment.`);
    const plan = planReconcile(desired, live);
    await applyPlan(api, targetOf(instanceId, live), plan);
    return {
      physicalResourceId: existing.Arn,
      data: profileAttributes(instanceId, existing.Id, existing.Arn),
      summary: `${ownedByUs ? 'resumed' : 'adopted'} ${existing.Arn} with ${plan.length} write call(s)`,
      desired,
    };
  }

  const { create, followUp } = planCreate(desired, { ownershipTagValue: requester.ownershipTagValue });
  const created = await api.write('CreateRoutingProfile', (c) => c.send(new CreateRoutingProfileCommand({
    InstanceId: instanceId,
    ...create,
    MediaConcurrencies: create.MediaConcurrencies.map((m) => ({ ...m })),
    QueueConfigs: create.QueueConfigs?.map((q) => ({ ...q })),
    ManualAssignmentQueueConfigs: create.ManualAssignmentQueueConfigs?.map((q) => ({ ...q })),
    Tags: create.Tags && { ...create.Tags },
  })));
  const id = created.RoutingProfileId!;
  const arn = created.RoutingProfileArn!;
  try {
    await applyPlan(api, { instanceId, routingProfileId: id, routingProfileArn: arn }, followUp);
  } catch (error) {
    if (await deleteQuietly(api, instanceId, id)) {
      throw new Error(`Creating routing profile ${JSON.stringify(desired.name)} failed after CreateRoutingProfile; `
        + `the new profile was deleted again so nothing is left behind. Cause: ${describeError(error)}`);
    }
    // The profile could not be deleted: report it as the physical id, so the Delete CloudFormation sends on
    // rollback removes it (it carries the ownership tag) instead of leaving an orphan.
    throw new PhysicalIdError(arn, `Creating routing profile ${JSON.stringify(desired.name)} failed after CreateRoutingProfile, `
      + `and deleting the new profile ${arn} failed too; the rollback will delete it. Cause: ${describeError(error)}`);
  }
  return {
    physicalResourceId: arn,
    data: profileAttributes(instanceId, id, arn),
    summary: `created ${arn} with ${1 + followUp.length} write call(s)`,
    desired,
  };
}

/**
 * Reconciles the live profile to the spec: compares with what Connect has now (so console edits are
 * reverted), never with the previous properties. A profile deleted out of band is created again, and a
 * change of instance creates a new profile (CloudFormation then deletes the old physical id).
 */
export async function updateRoutingProfile(
  api: ConnectApi, spec: ParsedSpec, physicalResourceId: string, requester: Requester): Promise<ProfileOutcome> {
  const current = parseChildArn(physicalResourceId);
  if (!current || current.instance.instanceId !== spec.instance.instanceId) {
    return createRoutingProfile(api, spec, requester);
  }
  const desired = await resolveDesired(spec.desired, new QueueResolver(api, spec.instance));
  const live = await readLiveProfile(api, current.instance.instanceId, current.id, desired);
  if (!live) return createRoutingProfile(api, spec, requester);

  const plan = planReconcile(desired, live);
  await applyPlan(api, targetOf(spec.instance.instanceId, live), plan);
  return {
    physicalResourceId,
    data: profileAttributes(spec.instance.instanceId, current.id, physicalResourceId),
    summary: plan.length === 0 ? `no change to ${physicalResourceId}` : `updated ${physicalResourceId} with ${plan.length} write call(s)`,
    desired,
  };
}

/**
 * Deletes the profile if this resource created it and the removal policy allows. Never deletes the
 * instance's default profile or a profile it adopted. A profile already gone is success. When users are
 * still assigned, they are moved to the fallback profile if one is given; otherwise the delete fails with
 * a reason naming how many users hold it.
 */
export async function deleteRoutingProfile(
  api: ConnectApi, spec: Pick<ParsedSpec, 'removal' | 'fallbackRoutingProfileArn'>, physicalResourceId: string, requester: Requester,
): Promise<LifecycleResult> {
  const target = parseChildArn(physicalResourceId);
  // A Create that failed returned a non-ARN physical id: there is nothing to delete.
  if (!target || target.resourceType !== 'routing-profile') return { physicalResourceId, summary: 'nothing to delete' };
  if (spec.removal === RemovalMode.RETAIN) return { physicalResourceId, summary: `retained ${physicalResourceId} (removal policy)` };

  const instanceId = target.instance.instanceId;
  // Describe says all a delete needs to know: default or not, the tags, who is assigned.
  const live = await describeProfile(api, instanceId, target.id);
  if (!live) return { physicalResourceId, summary: `${physicalResourceId} was already gone` };
  if (live.isDefault) return { physicalResourceId, summary: `kept ${physicalResourceId}: the instance's default profile is never deleted` };
  if (live.tags[OWNERSHIP_TAG_KEY] !== requester.ownershipTagValue) {
    return { physicalResourceId, summary: `kept ${physicalResourceId}: it was adopted, not created, by this stack` };
  }

  try {
    await deleteProfile(api, instanceId, target.id);
  } catch (error) {
    if ((error as Error).name !== 'ResourceInUseException') throw error;
    const fallback = spec.fallbackRoutingProfileArn ? parseChildArn(spec.fallbackRoutingProfileArn) : undefined;
    if (!fallback) {
      throw new Error(`Routing profile ${JSON.stringify(live.name)} (${physicalResourceId}) cannot be deleted: `
        + `${live.numberOfAssociatedUsers} user(s) are still assigned to it. Assign them another routing profile in Connect, `
        + 'or set `fallbackRoutingProfile` on the construct so they are moved there before the delete. Nothing was deleted.');
    }
    const moved = await reassignUsers(api, instanceId, target.id, fallback.id);
    await deleteProfile(api, instanceId, target.id);
    return { physicalResourceId, summary: `moved ${moved} user(s) to ${spec.fallbackRoutingProfileArn}, then deleted ${physicalResourceId}` };
  }
  return { physicalResourceId, summary: `deleted ${physicalResourceId}` };
}

async function deleteProfile(api: ConnectApi, instanceId: string, routingProfileId: string): Promise<void> {
  try {
    await api.write('DeleteRoutingProfile', (c) => c.send(new DeleteRoutingProfileCommand({ InstanceId: instanceId, RoutingProfileId: routingProfileId })));
  } catch (error) {
    if ((error as Error).name !== 'ResourceNotFoundException') throw error;
  }
}

/** Deletes a profile the handler just created; returns whether it is gone. */
async function deleteQuietly(api: ConnectApi, instanceId: string, routingProfileId: string): Promise<boolean> {
  try {
    await deleteProfile(api, instanceId, routingProfileId);
    return true;
  } catch (error) {
    console.error(`cleanup of routing profile ${routingProfileId} failed: ${describeError(error)}`);
    return false;
  }
}

function targetOf(instanceId: string, profile: { routingProfileId: string; routingProfileArn: string }): ProfileTarget {
  return { instanceId, routingProfileId: profile.routingProfileId, routingProfileArn: profile.routingProfileArn };
}
