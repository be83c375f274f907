import type { AssemblyResource } from './assembly-resources';
import { afterDeployValues, holdsAfterDeploy } from './known-after-deploy';
import type { PlannedCallView, ResourcePlan } from './resource-plan';
import { ConnectApi } from '../../lambda/connect/connect-api';
import { routingProfileSummaries } from '../../lambda/connect/list-routing-profiles';
import { describeProfile, readLiveProfile } from '../../lambda/connect/read-live-profile';
import { readWorkloadTypes } from '../../lambda/connect/read-workload-types';
import { listStandardQueues, QueueResolver, StandardQueue } from '../../lambda/connect/resolve-queues';
import { describeError, operationOf } from '../../lambda/connect/retry';
import { checkWorkloadTypesAgainst } from '../../lambda/provider/check-workload-types';
import { parseRoutingProfileSpec } from '../../lambda/provider/routing-profile/parse-spec';
import { resolveDesired } from '../../lambda/provider/routing-profile/resolve-desired';
import { parseConcurrencySpec } from '../../lambda/provider/routing-profile-concurrency/parse-spec';
import { describeTarget, resolveTargetId } from '../../lambda/provider/routing-profile-concurrency/resolve-target';
import { planConcurrencyChange } from '../../lambda/reconcile/concurrency-plan';
import { concurrencyDifferences, FieldDifference, mentionedQueueIds, profileDifferences } from '../../lambda/reconcile/differences';
import { planCreate, planReconcile } from '../../lambda/reconcile/plan';
import type { PlannedCall } from '../../lambda/reconcile/types';
import type { InstanceLocation } from '../../src/private/connect-arn';
import { OWNERSHIP_TAG_KEY, ROUTING_PROFILE_RESOURCE_TYPE, RoutingProfileProperty } from '../../src/private/contract';

/**
 * The ownership tag's value is the deploy's to choose (it depends on the CloudFormation stack), so a planned
 * CreateRoutingProfile shows this in its place: the plan never depends on the value's format.
 */
const OWNERSHIP_TAG_AFTER_DEPLOY = '(known after deploy)';
// Adopted profiles carry no ownership tag, before the first deploy and after it alike, so the note says only what holds in both.
const ADOPTED_NOTE = 'adopted (no cdk-connect-routing ownership tag): the deploy manages it in place, never re-creates it';

/**
 * Plans each resource the way the provider's lifecycle handles its Create or Update, with the handler's own modules
 * (spec parsing and rules, queue resolution, the live reads, the planners, the differences, the workload-type check)
 * and the caller's read-only `api`. An instance's queues, workload types, and the names of the routing profiles a
 * Create would meet are read once per instance: the plan is read-only, so they cannot change under it.
 */
export class ResourcePlanner {
  private readonly standardQueuesOf = oncePerInstance((instanceId) => listStandardQueues(this.api, instanceId));
  private readonly workloadTypesOf = oncePerInstance((instanceId) => readWorkloadTypes(this.api, instanceId));
  /** Routing profile name → id in an instance (every page of ListRoutingProfiles). */
  private readonly profileIdsOf = oncePerInstance(async (instanceId) => {
    const byName = new Map<string, string>();
    for await (const summary of routingProfileSummaries(this.api, instanceId)) {
      if (summary.Name !== undefined && summary.Id !== undefined) byName.set(summary.Name, summary.Id);
    }
    return byName;
  });
  private readonly resolvers = new Map<string, QueueResolver>();

  constructor(private readonly api: ConnectApi) {}

  public async plan(resource: AssemblyResource): Promise<ResourcePlan> {
    const base = {
      stackName: resource.stackName,
      logicalId: resource.logicalId,
      path: resource.path,
      resourceType: resource.resourceType,
      notes: [],
      differences: [],
      calls: [],
      queueNames: {},
    };
    const properties = structuredClone(resource.properties);
    // Used only by a delete (users moved there first): a plan of a create or an update does without it.
    delete properties[RoutingProfileProperty.FALLBACK_ROUTING_PROFILE];
    const placeholders = resource.resourceType === ROUTING_PROFILE_RESOURCE_TYPE ? queuesAfterDeploy(properties) : new Map<string, string>();
    const knownAfterDeploy = afterDeployValues(resource.properties, '');
    // The profile's name as declared: a RoutingProfile's, or the name a RoutingProfileConcurrency finds its target by.
    const declared = properties.Name ?? (properties.RoutingProfile as { Name?: unknown } | undefined)?.Name;
    const name = typeof declared === 'string' && !holdsAfterDeploy(declared) ? declared : undefined;
    const withKnown = { ...base, knownAfterDeploy, ...(name !== undefined ? { routingProfileName: name } : {}) };
    if (resource.conditionAfterDeploy !== undefined) {
      return {
        ...withKnown,
        action: 'after-deploy',
        reason: `whether it is deployed depends on its Condition ${resource.conditionAfterDeploy}, `
        + 'which depends on values known only after deploy',
      };
    }
    const undecided = afterDeployValues(properties, '');
    if (undecided.length > 0) {
      return {
        ...withKnown,
        action: 'after-deploy',
        reason: `${undecided.map((u) => `\`${u.field}\``).join(', ')} `
        + `${undecided.length === 1 ? 'is' : 'are'} known only after deploy (${[...new Set(undecided.map((u) => u.value))].join('; ')})`,
      };
    }
    try {
      return resource.resourceType === ROUTING_PROFILE_RESOURCE_TYPE
        ? await this.planRoutingProfile(properties, placeholders, withKnown)
        : await this.planConcurrency(properties, withKnown);
    } catch (error) {
      if (!wouldFailDeploy(error)) throw error;
      const operation = operationOf(error);
      return { ...withKnown, action: 'fail', reason: operation ? `Connect ${operation} failed: ${describeError(error)}` : (error as Error).message };
    }
  }

  /** As `createRoutingProfile` decides: by name in the instance (a physical id is CloudFormation's alone), adopting when allowed. */
  private async planRoutingProfile(
    properties: Record<string, unknown>, placeholders: ReadonlyMap<string, string>, base: Omit<ResourcePlan, 'action'>,
  ): Promise<ResourcePlan> {
    const spec = parseRoutingProfileSpec(properties);
    const instanceId = spec.instance.instanceId;
    const desired = await resolveDesired(spec.desired, this.resolver(spec.instance));
    const queueNames = { ...namesById(await this.standardQueuesOf(instanceId)), ...Object.fromEntries(placeholders) };
    const notes = placeholders.size === 0 ? [] : [`${placeholders.size} queue(s) known only after deploy: planned as if new to the profile, `
      + 'so a queue that already serves it makes fewer calls than shown']; // (a CfnQueue created by the same deploy is new)
    const plan = { ...base, instanceId, queueNames, notes };

    const existingId = (await this.profileIdsOf(instanceId)).get(desired.name);
    // The queue lists the declaration manages, as a deploy's Update reads them.
    const live = existingId !== undefined ? await readLiveProfile(this.api, instanceId, existingId, desired) : undefined;
    if (live === undefined) {
      const { create, followUp } = planCreate(desired, { ownershipTagValue: OWNERSHIP_TAG_AFTER_DEPLOY });
      await checkWorkloadTypesAgainst(() => this.workloadTypesOf(instanceId), instanceId, desired.mediaConcurrencies, spec.checkWorkloadTypes);
      const calls = [{ operation: 'CreateRoutingProfile', input: create }, ...followUp.map(callView)];
      return { ...plan, action: 'create', calls, queueNames: namesUsed(queueNames, [], calls) };
    }
    const target = { ...plan, routingProfileArn: live.routingProfileArn, agents: live.numberOfAssociatedUsers };
    const owner = live.tags[OWNERSHIP_TAG_KEY];
    if (owner === undefined && !spec.adoptExisting) {
      return {
        ...target,
        action: 'fail',
        reason: `a routing profile named ${JSON.stringify(desired.name)} already exists (${live.routingProfileArn}) `
        + 'and cdk-connect-routing did not create it: set `adoptExisting: true` to manage it, or choose another `routingProfileName`',
      };
    }
    const planned = planReconcile(desired, live);
    await checkWorkloadTypesAgainst(() => this.workloadTypesOf(instanceId), instanceId, desired.mediaConcurrencies, spec.checkWorkloadTypes, planned);
    const calls = planned.map(callView);
    const differences = profileDifferences(desired, live);
    return {
      ...target,
      action: calls.length > 0 ? 'change' : 'unchanged',
      notes: [...(owner === undefined ? [ADOPTED_NOTE] : []), ...notes],
      differences,
      calls,
      queueNames: namesUsed(queueNames, differences, calls),
    };
  }

  /** As `createConcurrency` decides: the target found, refused when a RoutingProfile owns it, only the declared channels compared. */
  private async planConcurrency(properties: Record<string, unknown>, base: Omit<ResourcePlan, 'action'>): Promise<ResourcePlan> {
    const spec = parseConcurrencySpec(properties);
    const instanceId = spec.instance.instanceId;
    // A name already listed for this plan is not listed again; a name not found gets the handler's own refusal.
    const routingProfileId = (spec.target.kind === 'name' ? (await this.profileIdsOf(instanceId)).get(spec.target.name) : undefined)
      ?? await resolveTargetId(this.api, spec.instance, spec.target);
    const live = await describeProfile(this.api, instanceId, routingProfileId);
    if (live === undefined) {
      return { ...base, instanceId, action: 'fail', reason: `no routing profile ${describeTarget(spec.target)} exists in instance ${instanceId}` };
    }
    const target = {
      ...base, instanceId, routingProfileName: live.name, routingProfileArn: live.routingProfileArn, agents: live.numberOfAssociatedUsers,
    };
    const owner = live.tags[OWNERSHIP_TAG_KEY];
    if (owner !== undefined) {
      return {
        ...target,
        action: 'fail',
        reason: `routing profile ${JSON.stringify(live.name)} is managed by the RoutingProfile resource `
        + `${JSON.stringify(owner)}: set its \`mediaConcurrencies\` there instead of with RoutingProfileConcurrency`,
      };
    }
    const calls = planConcurrencyChange(spec.desired, live.mediaConcurrencies);
    await checkWorkloadTypesAgainst(() => this.workloadTypesOf(instanceId), instanceId, spec.desired, spec.checkWorkloadTypes, calls);
    return {
      ...target,
      action: calls.length > 0 ? 'change' : 'unchanged',
      differences: concurrencyDifferences(spec.desired, live.mediaConcurrencies),
      calls: calls.map(callView),
    };
  }

  private resolver(instance: InstanceLocation): QueueResolver {
    let resolver = this.resolvers.get(instance.instanceId);
    if (resolver === undefined) {
      resolver = new QueueResolver(this.api, instance, () => this.standardQueuesOf(instance.instanceId));
      this.resolvers.set(instance.instanceId, resolver);
    }
    return resolver;
  }
}

/** `read`, called once per instance id: later calls get the first call's promise. */
function oncePerInstance<T>(read: (instanceId: string) => Promise<T>): (instanceId: string) => Promise<T> {
  const reads = new Map<string, Promise<T>>();
  return (instanceId) => {
    let value = reads.get(instanceId);
    if (value === undefined) reads.set(instanceId, value = read(instanceId));
    return value;
  };
}

/** Queue id → name; a queue without a name is shown by its id. */
function namesById(queues: readonly StandardQueue[]): Record<string, string> {
  return Object.fromEntries(queues.map((q) => [q.id, q.name ?? q.id]));
}

/**
 * Replaces each queue reference that holds a value known only after deploy with a placeholder queue id, which no
 * live queue has, and returns the placeholders with what they stand for: the rest of the profile is then planned.
 */
function queuesAfterDeploy(properties: Record<string, unknown>): Map<string, string> {
  const placeholders = new Map<string, string>();
  const replace = (holder: Record<string, unknown>, key: string) => {
    if (!holdsAfterDeploy(holder[key])) return;
    const id = `after-deploy-${placeholders.size + 1}`;
    placeholders.set(id, `(queue known after deploy: ${afterDeployValues(holder[key], '').map((v) => v.value).join(', ')})`);
    holder[key] = { Id: id };
  };
  replace(properties, 'DefaultOutboundQueue');
  for (const list of [properties.QueueConfigs, properties.ManualAssignmentQueues]) {
    if (Array.isArray(list)) list.forEach((entry) => typeof entry === 'object' && entry !== null && replace(entry as Record<string, unknown>, 'Queue'));
  }
  return placeholders;
}

/**
 * Whether an error is the deploy's own refusal, which the plan reports as "fails": the handler's reasons (a spec
 * its rules refuse, a queue or profile not found, a workload type the instance lacks) and Connect not finding the
 * instance. Anything else (credentials, access, the network, a bug) stops the plan.
 */
function wouldFailDeploy(error: unknown): boolean {
  const { name, code } = error as { name?: string; code?: string };
  return (name === 'Error' && code === undefined) || name === 'InvalidSpecError' || name === 'ResourceNotFoundException';
}

/** The names of the queues the differences and calls name, by id. */
function namesUsed(
  names: Readonly<Record<string, string>>, differences: readonly FieldDifference[], calls: readonly PlannedCallView[],
): Record<string, string> {
  const ids = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {value.forEach(visit);} else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        if ((key === 'QueueId' || key === 'DefaultOutboundQueueId') && typeof item === 'string') ids.add(item);
        else visit(item);
      }
    }
  };
  calls.forEach((call) => visit(call.input));
  for (const id of mentionedQueueIds(differences)) ids.add(id);
  return Object.fromEntries([...ids].filter((id) => names[id] !== undefined).sort().map((id) => [id, names[id]]));
}

function callView(call: PlannedCall): PlannedCallView {
  return { operation: call.operation, input: call.input };
}
