import { parseRoutingProfileArn, routingProfileArnError } from '../../src/private/connect-arn';
import { DriftPolicyMode, RoutingProfileConcurrencySpec, SPEC_VERSION } from '../../src/private/contract';
import * as rules from '../../src/private/rules';
import { InstanceLocation, parseInstanceArn } from '../connect/arns';
import { parseDriftPolicy } from '../desired-state/drift-policy';
import type { BehaviorType, Channel, DesiredChannelConcurrency } from '../reconcile';
import { InvalidSpecError } from '../routing-profile/parse-spec';
import { parseBoolean, parseWholeNumber } from '../shared/cfn-values';

/** The profile a concurrency resource targets, not yet resolved against Connect. */
export type TargetRef =
  | { readonly kind: 'arn'; readonly arn: string; readonly routingProfileId: string }
  | { readonly kind: 'id'; readonly routingProfileId: string }
  | { readonly kind: 'name'; readonly name: string };

/** The concurrency spec, typed and validated. */
export interface ParsedConcurrencySpec {
  readonly instance: InstanceLocation;
  readonly target: TargetRef;
  readonly desired: readonly DesiredChannelConcurrency[];
  readonly restoreOnRemoval: boolean;
  readonly driftPolicy: DriftPolicyMode;
}

/**
 * Parses and validates the resource properties before any Connect call, with the construct's rules: a target
 * named by exactly one of ARN (in the instance), id or name; at least one channel, each once, VOICE exactly 1,
 * the others 1 to 10. CloudFormation's strings are parsed explicitly; a malformed value is reported by name.
 */
export function parseConcurrencySpec(properties: Record<string, unknown>): ParsedConcurrencySpec {
  const spec = properties as unknown as RoutingProfileConcurrencySpec;
  if (String(spec.SpecVersion) !== SPEC_VERSION) {
    throw new InvalidSpecError([`\`SpecVersion\` must be ${JSON.stringify(SPEC_VERSION)} for this handler version; got: `
      + `${JSON.stringify(spec.SpecVersion)}. Upgrade the cdk-connect-routing package so the construct and handler match.`]);
  }
  const problems: string[] = [];
  const check = (problem: string | undefined) => { if (problem !== undefined) problems.push(problem); };

  const instance = typeof spec.InstanceArn === 'string' ? parseInstanceArn(spec.InstanceArn) : undefined;
  if (!instance) {
    problems.push(`\`instanceArn\` must be a Connect instance ARN (arn:<partition>:connect:<region>:<account>:instance/<id>), got: ${JSON.stringify(spec.InstanceArn)}`);
  }
  const target = parseTarget(spec.RoutingProfile, instance, check);

  const entries = Array.isArray(spec.MediaConcurrencies) ? spec.MediaConcurrencies : undefined;
  if (entries === undefined || entries.length === 0) {
    problems.push(`\`mediaConcurrencies\` must give at least one channel, got: ${JSON.stringify(spec.MediaConcurrencies ?? null)}`);
  }
  const data = (entries ?? []).map((m) => ({
    channel: m?.Channel,
    concurrency: parseWholeNumber(m?.Concurrency),
    crossChannelBehavior: m?.CrossChannelBehavior,
  }));
  problems.push(...rules.mediaConcurrenciesErrors(data));

  const restoreOnRemoval = parseBoolean(spec.RestoreOnRemoval ?? 'true');
  if (restoreOnRemoval === undefined) {
    problems.push(`\`restoreOnRemoval\` must be true or false, got: ${JSON.stringify(spec.RestoreOnRemoval)}`);
  }
  const driftPolicy = parseDriftPolicy(spec.DriftPolicy);
  if ('problem' in driftPolicy) problems.push(driftPolicy.problem);

  if (problems.length > 0) throw new InvalidSpecError(problems);
  return {
    instance: instance!,
    target: target!,
    desired: data.map((m) => ({
      channel: m.channel as Channel,
      concurrency: m.concurrency as number,
      ...(m.crossChannelBehavior !== undefined ? { crossChannelBehavior: m.crossChannelBehavior as BehaviorType } : {}),
    })),
    restoreOnRemoval: restoreOnRemoval!,
    driftPolicy: (driftPolicy as { policy: DriftPolicyMode }).policy,
  };
}

/**
 * The channels a spec declares, read leniently: a Delete or an Update's old properties must be usable even when
 * they would not pass validation today. Undefined when none can be read.
 */
export function declaredChannels(properties: Record<string, unknown> | undefined): Channel[] | undefined {
  const entries = properties?.MediaConcurrencies;
  if (!Array.isArray(entries)) return undefined;
  const channels = entries.map((m) => (m as { Channel?: unknown })?.Channel)
    .filter((channel): channel is Channel => typeof channel === 'string' && rules.channelError(channel) === undefined);
  return channels.length > 0 ? [...new Set(channels)] : undefined;
}

/** Whether a Delete restores: anything but an explicit false does, the safe side for a profile someone else owns. */
export function restoresOnRemoval(properties: Record<string, unknown> | undefined): boolean {
  return parseBoolean(properties?.RestoreOnRemoval) !== false;
}

function parseTarget(value: unknown, instance: InstanceLocation | undefined, check: (problem: string | undefined) => void): TargetRef | undefined {
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  const ref = (isObject ? value : {}) as Record<string, unknown>;
  const given = (['Arn', 'Id', 'Name'] as const).filter((member) => ref[member] !== undefined);
  if (!isObject || given.length !== 1) {
    check(`\`routingProfile\` must name a routing profile by exactly one of Arn, Id or Name, got: ${JSON.stringify(value ?? null)}`);
    return undefined;
  }
  const member = given[0];
  const memberValue = ref[member];
  switch (member) {
    case 'Arn': {
      const problem = routingProfileArnError(memberValue, 'routingProfile.Arn');
      check(problem);
      if (problem !== undefined) return undefined;
      const parsed = parseRoutingProfileArn(memberValue as string)!;
      if (instance && parsed.instanceArn !== instance.instanceArn) {
        check(`\`routingProfile.Arn\` must belong to the instance ${JSON.stringify(instance.instanceArn)}, got: ${JSON.stringify(memberValue)}`);
        return undefined;
      }
      return { kind: 'arn', arn: memberValue as string, routingProfileId: parsed.routingProfileId };
    }
    case 'Id':
      if (typeof memberValue !== 'string' || memberValue.length === 0 || memberValue.includes('/')) {
        check(`\`routingProfile.Id\` must be a non-empty routing profile id without "/", got: ${JSON.stringify(memberValue)}`);
        return undefined;
      }
      return { kind: 'id', routingProfileId: memberValue };
    default: {
      const problem = rules.routingProfileNameError(memberValue, 'routingProfile.Name');
      check(problem);
      return problem === undefined ? { kind: 'name', name: memberValue as string } : undefined;
    }
  }
}
