/**
 * What the provider reports to CloudFormation for one event, shared by every resource type it serves: the
 * result of a lifecycle step, and the physical id a failure reports.
 *
 * CloudFormation's rules: a Create returns the resource's real id; an Update that returns another id is a
 * replacement (CloudFormation then deletes the old one); a Delete returns the id it was given. A Create that fails
 * still reports an id, which the rollback's Delete receives: normally a placeholder that names nothing, but when
 * the Create left something behind (a profile it could not remove, a concurrency it may have changed), that
 * thing's id, so the rollback removes or restores it.
 */
import { RoutingProfileAttribute } from '../../src/private/contract';

/** What one lifecycle step did: the physical id for CloudFormation, attributes, and a line for the log. */
export interface LifecycleResult {
  readonly physicalResourceId: string;
  readonly data?: Record<string, string>;
  readonly summary: string;
}

/** A failure whose physical id is not the request's placeholder: the rollback must act on it. */
export class PhysicalIdError extends Error {
  constructor(public readonly physicalResourceId: string, message: string) {
    super(message);
    this.name = 'PhysicalIdError';
  }
}

/** The physical id of a Create that failed and left nothing behind: a Delete recognises it as nothing. */
export function failedCreatePhysicalId(requestId: string): string {
  return `failed-create:${requestId}`;
}

/** The attributes every resource type returns for the profile it manages (read with `Fn::GetAtt`). */
export function profileAttributes(instanceId: string, routingProfileId: string, routingProfileArn: string): Record<string, string> {
  return {
    [RoutingProfileAttribute.ARN]: routingProfileArn,
    [RoutingProfileAttribute.ID]: routingProfileId,
    [RoutingProfileAttribute.INSTANCE_ID]: instanceId,
  };
}

/** A spec that failed validation; its message lists every problem and becomes the CloudFormation reason. */
export class InvalidSpecError extends Error {
  constructor(problems: readonly string[]) {
    super(`Invalid routing profile properties; nothing was changed in Connect:\n- ${problems.join('\n- ')}`);
    this.name = 'InvalidSpecError';
  }
}
