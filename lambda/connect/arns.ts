/**
 * Connect ARNs, parsed. Templates from the IAM service authorization reference:
 * `arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}[/routing-profile|queue/${Id}]`.
 */

export interface InstanceLocation {
  readonly partition: string;
  readonly region: string;
  readonly account: string;
  readonly instanceId: string;
  readonly instanceArn: string;
}

const INSTANCE_ARN = /^arn:([a-z-]+):connect:([a-z0-9-]+):(\d{12}):instance\/([^/]+)$/;
const CHILD_ARN = /^arn:([a-z-]+):connect:([a-z0-9-]+):(\d{12}):instance\/([^/]+)\/([a-z-]+)\/([^/]+)$/;

/** Parses an instance ARN, or returns undefined. */
export function parseInstanceArn(arn: string): InstanceLocation | undefined {
  const m = INSTANCE_ARN.exec(arn);
  if (!m) return undefined;
  return { partition: m[1], region: m[2], account: m[3], instanceId: m[4], instanceArn: arn };
}

export interface ChildResource {
  readonly instance: InstanceLocation;
  /** `routing-profile`, `queue`, `agent`, ... */
  readonly resourceType: string;
  readonly id: string;
}

/** Parses the ARN of a resource inside an instance (routing profile, queue, user), or returns undefined. */
export function parseChildArn(arn: string): ChildResource | undefined {
  const m = CHILD_ARN.exec(arn);
  if (!m) return undefined;
  const instanceArn = `arn:${m[1]}:connect:${m[2]}:${m[3]}:instance/${m[4]}`;
  return {
    instance: { partition: m[1], region: m[2], account: m[3], instanceId: m[4], instanceArn },
    resourceType: m[5],
    id: m[6],
  };
}

/** The ARN of a resource inside an instance. */
export function childArn(instance: InstanceLocation, resourceType: string, id: string): string {
  return `${instance.instanceArn}/${resourceType}/${id}`;
}
