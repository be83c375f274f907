/**
 * Connect ARNs: their shape, their parts, and the rules that check them. One set of patterns for the constructs
 * (synth) and the handlers (deploy), so an ARN that passes synth never fails the handler's parse. Plain
 * TypeScript, no aws-cdk-lib import.
 *
 * Templates from the IAM service authorization reference:
 * `arn:${Partition}:connect:${Region}:${Account}:instance/${InstanceId}[/routing-profile|queue|agent/${Id}]`.
 *
 * @see https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonconnect.html#amazonconnect-resources-for-iam-policies
 */
import { ruleMessage } from './rule-message';

/** Where an instance lives and what it is called. */
export interface InstanceLocation {
  readonly partition: string;
  readonly region: string;
  readonly account: string;
  readonly instanceId: string;
  readonly instanceArn: string;
}

/** A resource inside an instance: a routing profile, a queue, a user (`agent`), ... */
export interface ChildResource {
  readonly instance: InstanceLocation;
  /** `routing-profile`, `queue`, `agent`, ... */
  readonly resourceType: string;
  readonly id: string;
}

const INSTANCE = 'arn:([a-z][a-z-]*):connect:([a-z0-9-]+):(\\d{12}):instance\\/([^/]+)';
const INSTANCE_ARN = new RegExp(`^${INSTANCE}$`);
const CHILD_ARN = new RegExp(`^${INSTANCE}\\/([a-z-]+)\\/([^/]+)$`);

/** Parses an instance ARN, or returns undefined. */
export function parseInstanceArn(arn: string): InstanceLocation | undefined {
  const m = INSTANCE_ARN.exec(arn);
  return m ? { partition: m[1], region: m[2], account: m[3], instanceId: m[4], instanceArn: arn } : undefined;
}

/** Parses the ARN of a resource inside an instance, or returns undefined. */
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
export function childArn(instance: Pick<InstanceLocation, 'instanceArn'>, resourceType: string, id: string): string {
  return `${instance.instanceArn}/${resourceType}/${id}`;
}

/** A child ARN of one resource type, or undefined. */
function parseChildArnOf(arn: string, resourceType: string): ChildResource | undefined {
  const parsed = parseChildArn(arn);
  return parsed?.resourceType === resourceType ? parsed : undefined;
}

/** The instance ARN and profile id inside a routing profile ARN, or undefined when the string is not one. */
export function parseRoutingProfileArn(arn: string): { readonly instanceArn: string; readonly routingProfileId: string } | undefined {
  const parsed = parseChildArnOf(arn, 'routing-profile');
  return parsed && { instanceArn: parsed.instance.instanceArn, routingProfileId: parsed.id };
}

/** The queue id inside a Connect queue ARN, or undefined when the string is not one. */
export function queueIdFromArn(arn: string): string | undefined {
  return parseChildArnOf(arn, 'queue')?.id;
}

const INSTANCE_ARN_FORM = 'arn:<partition>:connect:<region>:<12-digit account>:instance/<instanceId>';

/** A Connect instance ARN (not its id or alias: the IAM policy and every call need the ARN). */
export function instanceArnError(value: unknown, prop = 'instanceArn'): string | undefined {
  return typeof value === 'string' && parseInstanceArn(value)
    ? undefined
    : ruleMessage(prop, `must be a Connect instance ARN (${INSTANCE_ARN_FORM})`, value);
}

/** A Connect routing profile ARN. */
export function routingProfileArnError(value: unknown, prop = 'routingProfileArn'): string | undefined {
  return typeof value === 'string' && parseChildArnOf(value, 'routing-profile')
    ? undefined
    : ruleMessage(prop, `must be a Connect routing profile ARN (${INSTANCE_ARN_FORM}/routing-profile/<routingProfileId>)`, value);
}

/** A Connect queue ARN. */
export function queueArnError(value: unknown, prop = 'queueArn'): string | undefined {
  return typeof value === 'string' && parseChildArnOf(value, 'queue')
    ? undefined
    : ruleMessage(prop, `must be a Connect queue ARN (${INSTANCE_ARN_FORM}/queue/<queueId>)`, value);
}
