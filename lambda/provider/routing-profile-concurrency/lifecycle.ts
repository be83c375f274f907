import { declaredChannels, ParsedConcurrencySpec, restoresOnRemoval } from './parse-spec';
import { recallFromPhysicalId, RememberedConcurrency, rememberInPhysicalId } from './remembered-concurrency';
import { describeTarget, resolveTargetId } from './resolve-target';
import { parseChildArn } from '../../../src/private/connect-arn';
import { OWNERSHIP_TAG_KEY } from '../../../src/private/contract';
import { applyPlan, ProfileTarget } from '../../connect/apply-plan';
import { ConnectApi } from '../../connect/connect-api';
import { DescribedProfile, describeProfile } from '../../connect/read-live-profile';
import { describeError, operationOf } from '../../connect/retry';
import { planConcurrencyChange, planConcurrencyRestore, rememberConcurrency } from '../../reconcile/concurrency-plan';
import type { MediaConcurrency } from '../../reconcile/types';
import { LifecycleResult, PhysicalIdError, profileAttributes } from '../result';

/**
 * Gives the declared channels their declared values, and returns a physical id that remembers what the
 * profile had (every channel, with its behaviour), for removal to put back.
 *
 * A retried Create (Lambda's own retry, after a response upload failed) finds the declared values already
 * live and remembers those: it cannot tell them from values that were there before. The remembered list is in
 * the log line and the physical id, so an operator can see it.
 */
export async function createConcurrency(api: ConnectApi, spec: ParsedConcurrencySpec): Promise<LifecycleResult> {
  // Describe carries the tags: no ListTagsForResource is needed to see the ownership tag.
  const live = await readTarget(api, spec);
  if (live.tags[OWNERSHIP_TAG_KEY] !== undefined) {
    throw new Error(`Routing profile ${JSON.stringify(live.name)} (${live.routingProfileArn}) is managed by the RoutingProfile resource `
      + `${JSON.stringify(live.tags[OWNERSHIP_TAG_KEY])}: set its \`mediaConcurrencies\` there instead of with RoutingProfileConcurrency. Nothing was changed.`);
  }
  const original = rememberConcurrency(live.mediaConcurrencies);
  // Before any write: a physical id that cannot hold the memory fails the Create with nothing changed.
  const physicalResourceId = rememberInPhysicalId(live.routingProfileArn, original);
  const plan = planConcurrencyChange(spec.desired, live.mediaConcurrencies);
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
    summary: `set the concurrency of ${live.routingProfileArn} with ${plan.length} write call(s); remembered ${formatOriginal(original)}`,
  };
}

/**
 * Reconciles the declared channels against live (so a console change is reverted), and puts back as found the
 * channels the old properties declared and the new ones do not, in the same single call. The physical id, and
 * with it the memory, is kept. A different target profile is a Create on it: CloudFormation then deletes the
 * old physical id, which restores the old profile.
 */
export async function updateConcurrency(
  api: ConnectApi, spec: ParsedConcurrencySpec, physicalResourceId: string, oldProperties: Record<string, unknown> | undefined,
): Promise<LifecycleResult> {
  const remembered = recallFromPhysicalId(physicalResourceId);
  if (!remembered) return createConcurrency(api, spec);
  const routingProfileId = await resolveTargetId(api, spec.instance, spec.target);
  const rememberedTarget = parseChildArn(remembered.routingProfileArn);
  if (rememberedTarget?.instance.instanceArn !== spec.instance.instanceArn || rememberedTarget.id !== routingProfileId) {
    return createConcurrency(api, spec);
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
 * Puts the declared channels back as the physical id remembers them, unless the properties say to leave them.
 * Only the physical id and the properties are needed, as CloudFormation sends nothing else. A profile gone
 * since, or a physical id a failed Create left, is success with nothing to do.
 */
export async function deleteConcurrency(
  api: ConnectApi, properties: Record<string, unknown> | undefined, physicalResourceId: string): Promise<LifecycleResult> {
  const remembered = recallFromPhysicalId(physicalResourceId);
  const target = remembered && parseChildArn(remembered.routingProfileArn);
  if (!remembered || !target) return { physicalResourceId, summary: 'nothing to restore' };
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
  return original.map((m) => `${m.channel} ${m.concurrency ?? '(workload types)'}${m.crossChannelBehavior ? ` ${m.crossChannelBehavior}` : ''}`).join(', ');
}

function targetOf(instanceId: string, live: DescribedProfile): ProfileTarget {
  return { instanceId, routingProfileId: live.routingProfileId, routingProfileArn: live.routingProfileArn };
}
