import { booleanOf } from '../../../src/private/cfn-values';
import { InstanceLocation, parseInstanceArn, parseRoutingProfileArn } from '../../../src/private/connect-arn';
import { DEFAULT_DRIFT_POLICY, DriftPolicyMode, RoutingProfileConcurrencySpec } from '../../../src/private/contract';
import { channelError } from '../../../src/private/rules';
import { routingProfileConcurrencySpecErrors } from '../../../src/private/spec-rules';
import type { Channel, MediaConcurrency } from '../../reconcile/types';
import { checkSpecVersion, checksWorkloadTypes, mediaConcurrencyOf } from '../read-spec';
import { InvalidSpecError } from '../result';

/** The profile a concurrency resource targets, not yet resolved against Connect. */
export type TargetRef =
  | { readonly kind: 'arn'; readonly arn: string; readonly routingProfileId: string }
  | { readonly kind: 'id'; readonly routingProfileId: string }
  | { readonly kind: 'name'; readonly name: string };

/** The concurrency spec, checked and typed. */
export interface ParsedConcurrencySpec {
  readonly instance: InstanceLocation;
  readonly target: TargetRef;
  /** The declared channels only. */
  readonly desired: readonly MediaConcurrency[];
  readonly restoreOnRemoval: boolean;
  readonly driftPolicy: DriftPolicyMode;
  /** Whether declared workload types are checked against the instance's `connect:WorkloadType` before a write. */
  readonly checkWorkloadTypes: boolean;
}

/**
 * Checks the resource properties before any Connect call, with the construct's rules (a target named by exactly
 * one of ARN in the instance, id or name; at least one channel, each once, VOICE exactly 1, the others 1 to 10 or
 * per workload type), then reads them into the handler's shape. CloudFormation's strings are read explicitly.
 */
export function parseConcurrencySpec(properties: Record<string, unknown>): ParsedConcurrencySpec {
  checkSpecVersion(properties.SpecVersion);
  const problems = routingProfileConcurrencySpecErrors(properties);
  if (problems.length > 0) throw new InvalidSpecError(problems);

  const spec = properties as unknown as RoutingProfileConcurrencySpec;
  return {
    instance: parseInstanceArn(spec.InstanceArn)!,
    target: targetOf(spec.RoutingProfile),
    desired: spec.MediaConcurrencies.map(mediaConcurrencyOf),
    restoreOnRemoval: booleanOf(spec.RestoreOnRemoval ?? true)!,
    driftPolicy: (spec.DriftPolicy ?? DEFAULT_DRIFT_POLICY) as DriftPolicyMode,
    checkWorkloadTypes: checksWorkloadTypes(spec.CheckWorkloadTypes),
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
    .filter((channel): channel is Channel => typeof channel === 'string' && channelError(channel) === undefined);
  return channels.length > 0 ? [...new Set(channels)] : undefined;
}

/** Whether a Delete restores: anything but an explicit false does, the safe side for a profile someone else owns. */
export function restoresOnRemoval(properties: Record<string, unknown> | undefined): boolean {
  return booleanOf(properties?.RestoreOnRemoval) !== false;
}

function targetOf(ref: RoutingProfileConcurrencySpec['RoutingProfile']): TargetRef {
  if (ref.Arn !== undefined) return { kind: 'arn', arn: ref.Arn, routingProfileId: parseRoutingProfileArn(ref.Arn)!.routingProfileId };
  if (ref.Id !== undefined) return { kind: 'id', routingProfileId: ref.Id };
  return { kind: 'name', name: ref.Name! };
}
