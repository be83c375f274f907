/**
 * Connect instance and routing-profile ARNs: their shape and their parts. Plain TypeScript, no aws-cdk-lib
 * import, so the handler may use it too.
 *
 * @see https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonconnect.html#amazonconnect-resources-for-iam-policies
 */
import { ruleMessage } from './rule-message';
import { RuleResult } from './rules';

/** `arn:<partition>:connect:<region>:<account>:instance/<instanceId>`. Captures the instance id. */
export const INSTANCE_ARN_PATTERN = /^arn:[a-z][a-z0-9-]*:connect:[^:]+:[^:]+:instance\/([^/]+)$/;

/**
 * `arn:<partition>:connect:<region>:<account>:instance/<instanceId>/routing-profile/<routingProfileId>`.
 * Captures the instance ARN and the routing profile id.
 */
export const ROUTING_PROFILE_ARN_PATTERN =
  /^(arn:[a-z][a-z0-9-]*:connect:[^:]+:[^:]+:instance\/[^/]+)\/routing-profile\/([^/]+)$/;

/** A Connect instance ARN (not its id or alias: the IAM policy and every call need the ARN). */
export function instanceArnError(value: unknown, prop = 'instanceArn'): RuleResult {
  return typeof value === 'string' && INSTANCE_ARN_PATTERN.test(value)
    ? undefined
    : ruleMessage(prop, 'must be a Connect instance ARN (arn:<partition>:connect:<region>:<account>:instance/<instanceId>)', value);
}

/** A Connect routing profile ARN. */
export function routingProfileArnError(value: unknown, prop = 'routingProfileArn'): RuleResult {
  return typeof value === 'string' && ROUTING_PROFILE_ARN_PATTERN.test(value)
    ? undefined
    : ruleMessage(prop,
      'must be a Connect routing profile ARN (arn:<partition>:connect:<region>:<account>:instance/<instanceId>/routing-profile/<routingProfileId>)',
      value);
}

/** The instance ARN and profile id inside a routing profile ARN, or `undefined` when the string is not one. */
export function parseRoutingProfileArn(arn: string): { readonly instanceArn: string; readonly routingProfileId: string } | undefined {
  const match = ROUTING_PROFILE_ARN_PATTERN.exec(arn);
  return match === null ? undefined : { instanceArn: match[1], routingProfileId: match[2] };
}
