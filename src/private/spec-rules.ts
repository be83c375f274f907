/**
 * The whole desired-state spec of each resource type, checked member by member with the rules of `rules.ts`:
 * what the handler runs on the properties CloudFormation sends, before any Connect call. The constructs apply the
 * same rules to each prop as it is given (and never write the members only the handler checks here, such as
 * `RemovalPolicy` or `SpecVersion`, wrongly). Pure, no aws-cdk-lib import.
 *
 * Every function returns every problem found (empty when the spec is fine), in the rules' message form.
 */
import { booleanOf, wholeNumberOf } from './cfn-values';
import { instanceArnError, parseRoutingProfileArn, routingProfileArnError } from './connect-arn';
import {
  DEFAULT_MAX_QUEUE_PAIRS,
  DriftPolicyMode,
  RemovalMode,
  RoutingProfileConcurrencySpec,
  RoutingProfileLookupSpec,
  RoutingProfileSpec,
} from './contract';
import { ruleMessage } from './rule-message';
import * as rules from './rules';

/** A spec member by member, none of them checked yet. */
type UncheckedSpec<T> = rules.Unchecked<T>;

/** Problems of a `Custom::ConnectRoutingProfile`'s properties. */
export function routingProfileSpecErrors(properties: Readonly<Record<string, unknown>>): string[] {
  const spec = properties as UncheckedSpec<RoutingProfileSpec>;
  const errors: string[] = [];
  const check = (problem: string | undefined) => { if (problem !== undefined) errors.push(problem); };

  check(instanceArnError(spec.InstanceArn));
  check(rules.routingProfileNameError(spec.Name, 'routingProfileName'));
  check(rules.routingProfileDescriptionError(spec.Description, 'description'));
  check(rules.queueRefSpecError(spec.DefaultOutboundQueue, 'defaultOutboundQueue'));
  errors.push(...rules.mediaConcurrenciesErrors(spec.MediaConcurrencies));

  const maxQueuePairs = spec.MaxQueuePairs === undefined ? DEFAULT_MAX_QUEUE_PAIRS : wholeNumberOf(spec.MaxQueuePairs);
  check(rules.maxQueuePairsError(maxQueuePairs));
  const quota = typeof maxQueuePairs === 'number' && Number.isInteger(maxQueuePairs) ? maxQueuePairs : DEFAULT_MAX_QUEUE_PAIRS;
  if (spec.QueueConfigs !== undefined) {
    errors.push(...rules.queueConfigsErrors(spec.QueueConfigs, quota));
  }
  if (spec.ManualAssignmentQueues !== undefined) {
    errors.push(...rules.manualAssignmentQueueConfigsErrors(spec.ManualAssignmentQueues, quota));
  }
  if (spec.AgentAvailabilityTimer !== undefined) check(rules.agentAvailabilityTimerError(spec.AgentAvailabilityTimer));
  // The ownership tag takes one of Connect's 50 tag slots.
  if (spec.Tags !== undefined) errors.push(...rules.tagsErrors(spec.Tags, rules.MAX_TAGS - 1));

  const removal = spec.RemovalPolicy ?? RemovalMode.DESTROY;
  if (removal !== RemovalMode.DESTROY && removal !== RemovalMode.RETAIN) {
    errors.push(ruleMessage('removalPolicy', `must be ${RemovalMode.DESTROY} or ${RemovalMode.RETAIN}`, removal));
  }
  if (booleanOf(spec.AdoptExisting ?? false) === undefined) errors.push(ruleMessage('adoptExisting', 'must be true or false', spec.AdoptExisting));
  if (booleanOf(spec.RestoreOnRemoval ?? true) === undefined) errors.push(ruleMessage('restoreOnRemoval', 'must be true or false', spec.RestoreOnRemoval));
  if (spec.FallbackRoutingProfile !== undefined) check(routingProfileArnError(spec.FallbackRoutingProfile, 'fallbackRoutingProfile'));
  check(driftPolicyError(spec.DriftPolicy));
  check(checkWorkloadTypesError(spec.CheckWorkloadTypes));
  return errors;
}

/** Problems of a `Custom::ConnectRoutingProfileConcurrency`'s properties. */
export function routingProfileConcurrencySpecErrors(properties: Readonly<Record<string, unknown>>): string[] {
  const spec = properties as UncheckedSpec<RoutingProfileConcurrencySpec>;
  const errors: string[] = [];
  const check = (problem: string | undefined) => { if (problem !== undefined) errors.push(problem); };
  const instanceProblem = instanceArnError(spec.InstanceArn);
  check(instanceProblem);
  check(routingProfileRefError(spec.RoutingProfile, instanceProblem === undefined ? spec.InstanceArn as string : undefined));
  errors.push(...rules.mediaConcurrenciesErrors(spec.MediaConcurrencies));
  if (booleanOf(spec.RestoreOnRemoval ?? true) === undefined) {
    errors.push(ruleMessage('restoreOnRemoval', 'must be true or false', spec.RestoreOnRemoval));
  }
  check(driftPolicyError(spec.DriftPolicy));
  check(checkWorkloadTypesError(spec.CheckWorkloadTypes));
  return errors;
}

/** Problems of a `Custom::ConnectRoutingProfileLookup`'s properties. */
export function routingProfileLookupSpecErrors(properties: Readonly<Record<string, unknown>>): string[] {
  const spec = properties as UncheckedSpec<RoutingProfileLookupSpec>;
  return [instanceArnError(spec.InstanceArn), rules.routingProfileNameError(spec.Name, 'routingProfileName')]
    .filter((problem): problem is string => problem !== undefined);
}

/** A drift policy: absent (a construct older than drift detection) takes the default. */
export function driftPolicyError(value: unknown): string | undefined {
  const modes: readonly unknown[] = Object.values(DriftPolicyMode);
  return value === undefined || modes.includes(value) ? undefined : ruleMessage('driftPolicy', `must be one of ${modes.join(', ')}`, value);
}

/** The opt-out of the deploy-time workload-type check: absent (checked) or a boolean. */
function checkWorkloadTypesError(value: unknown): string | undefined {
  return value === undefined || booleanOf(value) !== undefined ? undefined : ruleMessage('checkWorkloadTypes', 'must be true or false', value);
}

/**
 * The profile a concurrency resource targets: exactly one of Arn (in the resource's instance), Id or Name.
 *
 * @param instanceArn the resource's instance, when it is valid
 */
function routingProfileRefError(value: unknown, instanceArn: string | undefined): string | undefined {
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  const ref = (isObject ? value : {}) as Record<string, unknown>;
  const given = (['Arn', 'Id', 'Name'] as const).filter((member) => ref[member] !== undefined);
  if (!isObject || given.length !== 1) {
    return ruleMessage('routingProfile', 'must name a routing profile by exactly one of Arn, Id or Name', value ?? null);
  }
  const member = given[0];
  const memberValue = ref[member];
  switch (member) {
    case 'Arn': {
      const problem = routingProfileArnError(memberValue, 'routingProfile.Arn');
      if (problem !== undefined || instanceArn === undefined) return problem;
      return parseRoutingProfileArn(memberValue as string)!.instanceArn === instanceArn ? undefined
        : ruleMessage('routingProfile.Arn', `must belong to the instance ${JSON.stringify(instanceArn)}`, memberValue);
    }
    case 'Id':
      return rules.routingProfileIdError(memberValue, 'routingProfile.Id');
    default:
      return rules.routingProfileNameError(memberValue, 'routingProfile.Name');
  }
}
