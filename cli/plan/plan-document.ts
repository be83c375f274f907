import type { ResourcePlan } from './resource-plan';

/** The version of the `--json` document's shape; a change to the shape is a new version. */
export const PLAN_FORMAT_VERSION = 1;

export interface PlanDocument {
  readonly formatVersion: typeof PLAN_FORMAT_VERSION;
  /** Always true: the plan only read from Connect. */
  readonly readOnly: true;
  readonly assembly: string;
  readonly region: string;
  readonly summary: {
    readonly create: number;
    readonly change: number;
    readonly unchanged: number;
    readonly fail: number;
    readonly afterDeploy: number;
    /** Write calls the deploy would make, in total. */
    readonly calls: number;
    /** Read calls the plan made. */
    readonly readCalls: number;
  };
  readonly resources: readonly ResourcePlan[];
}

/** The plan as the `--json` document (documented in README.md, "The plan's output"). */
export function planDocument(plans: readonly ResourcePlan[], about: { assembly: string; region: string; readCalls: number }): PlanDocument {
  const count = (action: ResourcePlan['action']) => plans.filter((p) => p.action === action).length;
  return {
    formatVersion: PLAN_FORMAT_VERSION,
    readOnly: true,
    assembly: about.assembly,
    region: about.region,
    summary: {
      create: count('create'),
      change: count('change'),
      unchanged: count('unchanged'),
      fail: count('fail'),
      afterDeploy: count('after-deploy'),
      calls: plans.reduce((total, p) => total + p.calls.length, 0),
      readCalls: about.readCalls,
    },
    resources: plans.map(ordered),
  };
}

/** A resource's plan with its keys in the documented order, the ones that say what happens first. */
function ordered(plan: ResourcePlan): ResourcePlan {
  const {
    stackName, logicalId, path, resourceType, action, instanceId, routingProfileName, routingProfileArn, agents, reason,
    notes, differences, calls, queueNames, knownAfterDeploy,
  } = plan;
  return JSON.parse(JSON.stringify({
    stackName,
    logicalId,
    path,
    resourceType,
    action,
    instanceId,
    routingProfileName,
    routingProfileArn,
    agents,
    reason,
    notes,
    differences,
    calls,
    queueNames,
    knownAfterDeploy,
  }));
}
