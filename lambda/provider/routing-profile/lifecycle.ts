import { CreateRoutingProfileCommand, DeleteRoutingProfileCommand } from '@aws-sdk/client-connect';
import { adoptedOriginalOf, restoredProfile } from './adopted-original';
import { isOwnedProfile, Ownership } from './ownership';
import { ParsedSpec } from './parse-spec';
import { reassignUsers } from './reassign-users';
import { resolveDesired } from './resolve-desired';
import { parseChildArn } from '../../../src/private/connect-arn';
import { OWNERSHIP_TAG_KEY, RemovalMode } from '../../../src/private/contract';
import { applyPlan, ProfileTarget } from '../../connect/apply-plan';
import { sendWithChannelConcurrencyFallback } from '../../connect/channel-concurrency-fallback';
import { ConnectApi } from '../../connect/connect-api';
import { findRoutingProfileByName } from '../../connect/find-routing-profile';
import { describeProfile, readLiveProfile } from '../../connect/read-live-profile';
import { QueueResolver } from '../../connect/resolve-queues';
import { describeError, operationOf } from '../../connect/retry';
import type { DesiredStateKey } from '../../desired-state/record';
import { planCreate, planReconcile } from '../../reconcile/plan';
import type { DesiredProfile, LiveProfile } from '../../reconcile/types';
import { checkDeclaredWorkloadTypes } from '../check-workload-types';
import { forgetOriginal, keepOriginal, recallOriginal } from '../original-state';
import { LifecycleResult, PhysicalIdError, profileAttributes } from '../result';

/** A Create or Update that succeeded, with the resolved desired state it applied (recorded for the drift reconciler). */
export interface ProfileOutcome extends LifecycleResult {
  readonly desired: DesiredProfile;
}

/** Who is asking: the resource (the key of what it keeps in the desired-state table) and its ownership tag values. */
export interface Requester {
  readonly resource: DesiredStateKey;
  readonly ownership: Ownership;
}

/**
 * Makes a profile matching the spec exist, and returns its ARN as the physical id.
 *
 * CreateRoutingProfile comes first: no listing of the instance's profiles before it, which would cost every Create a
 * throttled read. A spec that adopts (`adoptExisting`) expects the profile to be there, so it looks it up first and
 * adopts it without a failed write (an exported app's first deploy writes nothing). Otherwise the profile of that
 * name is looked up only when Connect answers that the name is taken:
 * - one carrying this resource's ownership tag was made by an earlier attempt of this Create (its answer lost, or
 *   the Lambda re-run): it is resumed, never duplicated;
 * - another one is adopted only when the spec opts in; otherwise the create fails, having changed nothing.
 * A new profile is created with what fits in CreateRoutingProfile, then the rest is associated; if that fails, the
 * new profile is deleted again so no orphan is left.
 */
export async function createRoutingProfile(api: ConnectApi, spec: ParsedSpec, requester: Requester): Promise<ProfileOutcome> {
  const instanceId = spec.instance.instanceId;
  const desired = await resolveDesired(spec.desired, new QueueResolver(api, spec.instance));

  if (spec.adoptExisting) {
    const existing = await readProfileNamed(api, instanceId, desired.name);
    if (existing) return resumeOrAdopt(api, spec, desired, requester, existing);
  }

  const { create, followUp } = planCreate(desired, { ownershipTagValue: requester.ownership.tagValue });
  await checkDeclaredWorkloadTypes(api, instanceId, desired.mediaConcurrencies, spec.checkWorkloadTypes);
  let created;
  try {
    created = await sendWithChannelConcurrencyFallback(create.MediaConcurrencies, (list) => api.write('CreateRoutingProfile', (c) => c.send(
      new CreateRoutingProfileCommand({
        InstanceId: instanceId,
        ...create,
        MediaConcurrencies: list.map((m) => ({ ...m })),
        QueueConfigs: create.QueueConfigs?.map((q) => ({ ...q })),
        ManualAssignmentQueueConfigs: create.ManualAssignmentQueueConfigs?.map((q) => ({ ...q })),
        Tags: create.Tags && { ...create.Tags },
      }))));
  } catch (error) {
    if ((error as Error).name !== 'DuplicateResourceException') throw error;
    const existing = await readProfileNamed(api, instanceId, desired.name);
    if (!existing) {
      throw new Error(`Connect answered that a routing profile named ${JSON.stringify(desired.name)} already exists in instance `
        + `${instanceId}, but no profile of exactly that name can be read now (was it just deleted, or does its name differ only `
        + 'in case?). Nothing was changed; retry the deployment, or choose another `routingProfileName`.');
    }
    return resumeOrAdopt(api, spec, desired, requester, existing);
  }
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

/** The live profile of exactly that name in the instance, if there is one. */
async function readProfileNamed(api: ConnectApi, instanceId: string, name: string): Promise<LiveProfile | undefined> {
  const existing = await findRoutingProfileByName(api, instanceId, name);
  return existing?.Id ? readLiveProfile(api, instanceId, existing.Id) : undefined;
}

/**
 * The name is taken: resumes the profile an earlier attempt of this Create made (this version's ownership tag
 * only: the 0.0.0 form names no stack uniquely), or adopts another one when the spec allows; reconciled either way.
 * What an adopted profile held is kept first, for removal to put back (a re-run keeps the first run's copy).
 */
async function resumeOrAdopt(
  api: ConnectApi, spec: ParsedSpec, desired: DesiredProfile, requester: Requester, live: LiveProfile,
): Promise<ProfileOutcome> {
  const instanceId = spec.instance.instanceId;
  const ownedByUs = live.tags[OWNERSHIP_TAG_KEY] === requester.ownership.tagValue;
  if (!ownedByUs && !spec.adoptExisting) {
    throw new Error(`A routing profile named ${JSON.stringify(desired.name)} already exists in instance ${instanceId} (${live.routingProfileArn}). `
      + 'Choose another `routingProfileName`, or set `adoptExisting: true` to manage the existing profile.');
  }
  const plan = planReconcile(desired, live);
  await checkDeclaredWorkloadTypes(api, instanceId, desired.mediaConcurrencies, spec.checkWorkloadTypes, plan);
  const kept = ownedByUs ? undefined
    : await keepOriginal({ ...requester.resource, routingProfileArn: live.routingProfileArn }, adoptedOriginalOf(live));
  try {
    await applyPlan(api, targetOf(instanceId, live), plan);
  } catch (error) {
    // Reported by its ARN, so the rollback's Delete acts on it: deletes the profile this resource made, or puts the
    // adopted one back as it was.
    const operation = operationOf(error);
    const rollback = ownedByUs ? 'deletes it' : kept ? 'puts it back as it was before adoption' : 'leaves it as it is';
    throw new PhysicalIdError(live.routingProfileArn, `${operation ? `Connect ${operation} failed: ` : ''}${describeError(error)}, `
      + `while ${ownedByUs ? 'finishing' : 'adopting'} routing profile ${live.routingProfileArn}; the rollback ${rollback}.`);
  }
  const keptNote = ownedByUs ? '' : kept ? '; what it held is kept for removal to put back'
    : '; no desired-state table to keep what it held, so removal will leave it as it is';
  return {
    physicalResourceId: live.routingProfileArn,
    data: profileAttributes(instanceId, live.routingProfileId, live.routingProfileArn),
    summary: `${ownedByUs ? 'resumed' : 'adopted'} ${live.routingProfileArn} with ${plan.length} write call(s)${keptNote}`,
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
  await checkDeclaredWorkloadTypes(api, spec.instance.instanceId, desired.mediaConcurrencies, spec.checkWorkloadTypes, plan);
  await applyPlan(api, targetOf(spec.instance.instanceId, live), plan);
  return {
    physicalResourceId,
    data: profileAttributes(spec.instance.instanceId, current.id, physicalResourceId),
    summary: plan.length === 0 ? `no change to ${physicalResourceId}` : `updated ${physicalResourceId} with ${plan.length} write call(s)`,
    desired,
  };
}

/** What a Delete needs of the spec: read leniently by the handler, whatever state the properties are in. */
export type DeleteSpec = Pick<ParsedSpec, 'removal' | 'fallbackRoutingProfileArn' | 'restoreOnRemoval'> & Pick<DesiredProfile, 'maxQueuePairs'>;

/**
 * Deletes the profile if this resource created it and the removal policy allows. Never deletes the
 * instance's default profile or a profile it adopted: an adopted profile is put back as it was before adoption
 * (unless `restoreOnRemoval` is false). A profile already gone is success. When users are still assigned to a
 * profile to delete, they are moved to the fallback profile if one is given; otherwise the delete fails with a
 * reason naming how many users hold it.
 */
export async function deleteRoutingProfile(
  api: ConnectApi, spec: DeleteSpec, physicalResourceId: string, requester: Requester,
): Promise<LifecycleResult> {
  const target = parseChildArn(physicalResourceId);
  // A Create that failed returned a non-ARN physical id: there is nothing to delete.
  if (!target || target.resourceType !== 'routing-profile') return { physicalResourceId, summary: 'nothing to delete' };
  // Only an adoption keeps an original: the table says which profiles to put back, before any Connect call.
  const originalKey = { ...requester.resource, routingProfileArn: physicalResourceId };
  const original = await recallOriginal(originalKey);
  if (original !== undefined) {
    const outcome = await putBackAdopted(api, spec, physicalResourceId, original);
    await forgetOriginal(originalKey);
    return outcome;
  }
  if (spec.removal === RemovalMode.RETAIN) return { physicalResourceId, summary: `retained ${physicalResourceId} (removal policy)` };

  const instanceId = target.instance.instanceId;
  // Describe says all a delete needs to know: default or not, the tags, who is assigned.
  const live = await describeProfile(api, instanceId, target.id);
  if (!live) return { physicalResourceId, summary: `${physicalResourceId} was already gone` };
  if (live.isDefault) return { physicalResourceId, summary: `kept ${physicalResourceId}: the instance's default profile is never deleted` };
  // The physical id names this resource's own profile, so a tag an earlier version wrote counts too.
  if (!isOwnedProfile(live.tags[OWNERSHIP_TAG_KEY], requester.ownership)) {
    // Adopted with no original kept (by version 0.0.0, or with no table): nothing to put it back to.
    return { physicalResourceId, summary: `kept ${physicalResourceId} as it is: it was adopted, not created, by this stack` };
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

/**
 * Puts an adopted profile back as it was before adoption: the deploy's own minimal plan from the live profile to the
 * kept state, so no queue that both have is dropped even for a moment. Users stay on it, and the default profile
 * stays the default: an adopted profile is only ever updated, never deleted.
 */
async function putBackAdopted(api: ConnectApi, spec: DeleteSpec, physicalResourceId: string, original: unknown): Promise<LifecycleResult> {
  if (!spec.restoreOnRemoval) return { physicalResourceId, summary: `kept ${physicalResourceId} as it is (adopted; restoreOnRemoval: false)` };
  const target = parseChildArn(physicalResourceId)!;
  const desired = restoredProfile(original, spec.maxQueuePairs);
  if (!desired) {
    throw new Error(`What routing profile ${physicalResourceId} held before this stack adopted it cannot be read back from the `
      + 'desired-state table, so it cannot be put back. Nothing was changed; restore it by hand, then retry the delete with the '
      + 'resource retained.');
  }
  const live = await readLiveProfile(api, target.instance.instanceId, target.id);
  if (!live) return { physicalResourceId, summary: `${physicalResourceId} was already gone: nothing to put back` };
  const plan = planReconcile(desired, live);
  await applyPlan(api, targetOf(target.instance.instanceId, live), plan);
  return { physicalResourceId, summary: `put ${physicalResourceId} back as it was before adoption with ${plan.length} write call(s)` };
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
