import { declaredChannels, ParsedConcurrencySpec, restoresOnRemoval } from './parse-spec';
import { recallFromPhysicalId, RememberedConcurrency, rememberInPhysicalId } from './remembered-concurrency';
import { describeTarget, resolveTargetId } from './resolve-target';
import { parseChildArn } from '../../../src/private/connect-arn';
import { OWNERSHIP_TAG_KEY } from '../../../src/private/contract';
import { applyPlan, ProfileTarget } from '../../connect/apply-plan';
import { ConnectApi } from '../../connect/connect-api';
import { DescribedProfile, describeProfile } from '../../connect/read-live-profile';
import { describeError, operationOf } from '../../connect/retry';
import type { DesiredStateKey } from '../../desired-state/record';
import { planConcurrencyChange, planConcurrencyRestore, rememberConcurrency } from '../../reconcile/concurrency-plan';
import type { MediaConcurrency } from '../../reconcile/types';
import { checkDeclaredWorkloadTypes } from '../check-workload-types';
import { forgetOriginal, keepOriginal } from '../original-state';
import { LifecycleResult, PhysicalIdError, profileAttributes } from '../result';

/**
 * Gives the declared channels their declared values, and returns a physical id that remembers what the
 * profile had (every channel, with its behaviour), for removal to put back.
 *
 * The memory is also kept in the desired-state table before the write: a Create that Lambda runs again (after the
 * response to CloudFormation could not be sent) finds the declared values live, and would otherwise remember them as
 * what the profile had. It takes the first run's memory instead.
 */
export async function createConcurrency(api: ConnectApi, spec: ParsedConcurrencySpec, resource: DesiredStateKey): Promise<LifecycleResult> {
  // Describe carries the tags: no ListTagsForResource is needed to see the ownership tag.
  const live = await readTarget(api, spec);
  if (live.tags[OWNERSHIP_TAG_KEY] !== undefined) {
    throw new Error(`Routing profile ${JSON.stringify(live.name)} (${live.routingProfileArn}) is managed by the RoutingProfile resource `
      + `${JSON.stringify(live.tags[OWNERSHIP_TAG_KEY])}: set its \`mediaConcurrencies\` there instead of with RoutingProfileConcurrency. Nothing was changed.`);
  }
  // Before any write: a physical id that cannot hold the memory, or a workload type the instance lacks, fails the
  // Create with nothing changed.
  const found = rememberInPhysicalId(live.routingProfileArn, rememberConcurrency(live.mediaConcurrencies));
  const plan = planConcurrencyChange(spec.desired, live.mediaConcurrencies);
  await checkDeclaredWorkloadTypes(api, spec.instance.instanceId, spec.desired, spec.checkWorkloadTypes, plan);
  const kept = await keepOriginal({ ...resource, routingProfileArn: live.routingProfileArn }, { physicalResourceId: found });
  const earlier = kept && !kept.first ? keptMemory(kept.original, live.routingProfileArn) : undefined;
  const physicalResourceId = earlier ?? found;
  const original = recallFromPhysicalId(physicalResourceId)!.original;
  try {
    await applyPlan(api, targetOf(spec.instance.instanceId, live), plan);
  } catch (error) {
    // Connect may have applied the write (a deadline, or a connection cut after Connect answered): the rollback's
    // Delete gets the remembering physical id and puts the profile back instead of finding nothing to restore.
    const operation = operationOf(error);
    throw new PhysicalIdError(physicalResourceId, `${operation ? `Connect ${operation} failed: ` : ''}${describeError(error)}. `
      + `Connect may have applied it: the rollback puts the concurrency of ${live.routingProfileArn} back as found (${formatOriginal(original)}).`);
  }
  return {
    physicalResourceId,
    data: profileAttributes(spec.instance.instanceId, live.routingProfileId, live.routingProfileArn),
    summary: `set the concurrency of ${live.routingProfileArn} with ${plan.length} write call(s); remembered ${formatOriginal(original)}`
      + (earlier ? ' (what an earlier run of this Create found, before its write)' : kept ? '' : ' (no desired-state table to keep it in as well)'),
  };
}

/** The physical id an earlier run kept for this profile, if what is kept is one. */
function keptMemory(kept: unknown, routingProfileArn: string): string | undefined {
  const physicalResourceId = (kept as { physicalResourceId?: unknown } | undefined)?.physicalResourceId;
  return typeof physicalResourceId === 'string' && recallFromPhysicalId(physicalResourceId)?.routingProfileArn === routingProfileArn
    ? physicalResourceId : undefined;
}

/**
 * Reconciles the declared channels against live (so a console change is reverted), and puts back as found the
 * channels the old properties declared and the new ones do not, in the same single call. The physical id, and
 * with it the memory, is kept. A different target profile is a Create on it: CloudFormation then deletes the
 * old physical id, which restores the old profile.
 */
export async function updateConcurrency(
  api: ConnectApi, spec: ParsedConcurrencySpec, physicalResourceId: string, oldProperties: Record<string, unknown> | undefined,
  resource: DesiredStateKey,
): Promise<LifecycleResult> {
  const remembered = recallFromPhysicalId(physicalResourceId);
  if (!remembered) return createConcurrency(api, spec, resource);
  const routingProfileId = await resolveTargetId(api, spec.instance, spec.target);
  const rememberedTarget = parseChildArn(remembered.routingProfileArn);
  if (rememberedTarget?.instance.instanceArn !== spec.instance.instanceArn || rememberedTarget.id !== routingProfileId) {
    return createConcurrency(api, spec, resource);
  }
  const live = await describeProfile(api, spec.instance.instanceId, routingProfileId);
  if (!live) {
    throw new Error(`Routing profile ${remembered.routingProfileArn} no longer exists (was it deleted outside CloudFormation?). `
      + 'Point `routingProfile` at an existing profile, or remove the RoutingProfileConcurrency. Nothing was changed.');
  }
  const undeclared = spec.restoreOnRemoval
    ? (declaredChannels(oldProperties) ?? []).filter((channel) => !spec.desired.some((d) => d.channel === channel))
    : [];
  const plan = planConcurrencyChange(spec.desired, live.mediaConcurrencies, { original: remembered.original, channels: undeclared });
  await checkDeclaredWorkloadTypes(api, spec.instance.instanceId, spec.desired, spec.checkWorkloadTypes, plan);
  await applyPlan(api, targetOf(spec.instance.instanceId, live), plan);
  return {
    physicalResourceId,
    data: profileAttributes(spec.instance.instanceId, live.routingProfileId, live.routingProfileArn),
    summary: plan.length === 0 ? `no change to the concurrency of ${live.routingProfileArn}`
      : `updated the concurrency of ${live.routingProfileArn} with ${plan.length} write call(s)`
        + (undeclared.length > 0 ? `; put back ${undeclared.join(', ')} as found` : ''),
  };
}

/**
 * Puts the declared channels back as the physical id remembers them, unless the properties say to leave them, then
 * drops the copy the Create kept in the table. Only the physical id and the properties are needed, as CloudFormation
 * sends nothing else. A profile gone since, or a physical id a failed Create left, is success with nothing to do.
 */
export async function deleteConcurrency(
  api: ConnectApi, properties: Record<string, unknown> | undefined, physicalResourceId: string, resource: DesiredStateKey,
): Promise<LifecycleResult> {
  const remembered = recallFromPhysicalId(physicalResourceId);
  const target = remembered && parseChildArn(remembered.routingProfileArn);
  if (!remembered || !target) return { physicalResourceId, summary: 'nothing to restore' };
  const outcome = await restore(api, properties, physicalResourceId, remembered, target);
  await forgetOriginal({ ...resource, routingProfileArn: remembered.routingProfileArn });
  return outcome;
}

async function restore(
  api: ConnectApi, properties: Record<string, unknown> | undefined, physicalResourceId: string, remembered: RememberedConcurrency,
  target: NonNullable<ReturnType<typeof parseChildArn>>,
): Promise<LifecycleResult> {
  if (!restoresOnRemoval(properties)) {
    return { physicalResourceId, summary: `left the concurrency of ${remembered.routingProfileArn} as it is (restoreOnRemoval: false)` };
  }
  const live = await describeProfile(api, target.instance.instanceId, target.id);
  if (!live) return { physicalResourceId, summary: `${remembered.routingProfileArn} was already gone: nothing to restore` };
  const channels = declaredChannels(properties) ?? allChannels(remembered, live);
  const plan = planConcurrencyRestore(remembered.original, channels, live.mediaConcurrencies);
  await applyPlan(api, targetOf(target.instance.instanceId, live), plan);
  return {
    physicalResourceId,
    summary: `restored ${channels.join(', ')} of ${remembered.routingProfileArn} to ${formatOriginal(remembered.original)} with ${plan.length} write call(s)`,
  };
}

async function readTarget(api: ConnectApi, spec: ParsedConcurrencySpec): Promise<DescribedProfile> {
  const routingProfileId = await resolveTargetId(api, spec.instance, spec.target);
  const live = await describeProfile(api, spec.instance.instanceId, routingProfileId);
  if (!live) {
    throw new Error(`No routing profile ${describeTarget(spec.target)} exists in instance ${spec.instance.instanceId}; `
      + 'check `routingProfile` and the instance. Nothing was changed.');
  }
  return live;
}

/** Properties too damaged to say what was declared: every channel the profile had or has now. */
function allChannels(remembered: RememberedConcurrency, live: DescribedProfile) {
  return [...new Set([...remembered.original.map((m) => m.channel), ...live.mediaConcurrencies.map((m) => m.channel)])];
}

function formatOriginal(original: readonly MediaConcurrency[]): string {
  return original.map((m) => {
    const model = m.workloadTypeConcurrencies?.map((w) => `${w.workloadType}=${w.concurrency}`).join('/') ?? m.concurrency ?? '(workload types)';
    return `${m.channel} ${model}${m.crossChannelBehavior ? ` ${m.crossChannelBehavior}` : ''}`;
  }).join(', ');
}

function targetOf(instanceId: string, live: DescribedProfile): ProfileTarget {
  return { instanceId, routingProfileId: live.routingProfileId, routingProfileArn: live.routingProfileArn };
}
