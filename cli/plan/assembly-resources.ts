import { StackValues } from './stack-values';
import type { CloudAssembly } from '../../local-deploy/assembly';
import { ROUTING_PROFILE_CONCURRENCY_RESOURCE_TYPE, ROUTING_PROFILE_RESOURCE_TYPE } from '../../src/private/contract';
import { CliError } from '../errors';

/** The resource types a plan covers: what a deploy reconciles against Connect. */
export const PLANNED_TYPES: readonly string[] = [ROUTING_PROFILE_RESOURCE_TYPE, ROUTING_PROFILE_CONCURRENCY_RESOURCE_TYPE];

/** Properties only CloudFormation and the provider use: the function to call and its time-out. */
const TRANSPORT_PROPERTIES = ['ServiceToken', 'ServiceTimeout'];

/** One of this library's resources in the assembly, with its properties as a deploy would send them. */
export interface AssemblyResource {
  readonly stackName: string;
  readonly logicalId: string;
  /** The construct path (`ContactCenter/Support`), or `<stack>/<logical id>` without path metadata. */
  readonly path: string;
  readonly resourceType: string;
  /** Resolved, in CloudFormation's wire format, values known only after deploy marked (see known-after-deploy.ts). */
  readonly properties: Record<string, unknown>;
  /** The resource's `Condition`, when whether it is deployed at all is known only after deploy. */
  readonly conditionAfterDeploy?: string;
}

/**
 * Every RoutingProfile and RoutingProfileConcurrency of the selected stacks (all when none is named), in stack
 * order then template order. Resources whose `Condition` is false are not deployed, so not planned.
 */
export function assemblyResources(
  assembly: CloudAssembly, stackNames: readonly string[], region: string | undefined, label: string,
): AssemblyResource[] {
  const known = assembly.stacks.map((s) => s.stackName);
  for (const name of stackNames) {
    if (!known.includes(name)) {
      throw new CliError(`stack ${JSON.stringify(name)} is not in the cloud assembly at ${label}; it has: ${known.join(', ') || 'no stacks'}`);
    }
  }
  const stacks = assembly.stacks.filter((s) => stackNames.length === 0 || stackNames.includes(s.stackName));
  const resources: AssemblyResource[] = [];
  for (const stack of stacks) {
    const values = new StackValues(stack, region);
    for (const [logicalId, resource] of Object.entries(stack.template.Resources ?? {})) {
      if (!PLANNED_TYPES.includes(resource.Type)) continue;
      const location = `${stack.stackName}/${logicalId}`;
      const holds = resource.Condition === undefined ? true : values.conditionHolds(resource.Condition, location);
      if (holds === false) continue;
      const properties = { ...(values.resolve(resource.Properties ?? {}, `${location} Properties`) as Record<string, unknown>) };
      for (const key of TRANSPORT_PROPERTIES) delete properties[key];
      const cdkPath = (resource as { Metadata?: Record<string, unknown> }).Metadata?.['aws:cdk:path'];
      resources.push({
        stackName: stack.stackName,
        logicalId,
        path: typeof cdkPath === 'string' ? cdkPath.replace(/\/Resource(\/Default)?$/, '') : location,
        resourceType: resource.Type,
        properties,
        ...(holds === undefined ? { conditionAfterDeploy: resource.Condition } : {}),
      });
    }
  }
  if (resources.length === 0) {
    throw new CliError(`the cloud assembly at ${label} has none of cdk-connect-routing's resources (RoutingProfile, RoutingProfileConcurrency)`
      + `${stacks.length > 0 ? ` in ${stacks.map((s) => s.stackName).join(', ')}` : ' (it has no stacks)'}: nothing to plan`);
  }
  return resources;
}
