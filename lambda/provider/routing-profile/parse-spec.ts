import { booleanOf, wholeNumberOf } from '../../../src/private/cfn-values';
import { InstanceLocation, parseInstanceArn } from '../../../src/private/connect-arn';
import {
  DEFAULT_DRIFT_POLICY,
  DEFAULT_MAX_QUEUE_PAIRS,
  DriftPolicyMode,
  ManualAssignmentQueueEntry,
  QueueConfigEntry,
  QueueRefSpec,
  RemovalMode,
  RoutingProfileSpec,
} from '../../../src/private/contract';
import { routingProfileSpecErrors } from '../../../src/private/spec-rules';
import type { AgentAvailabilityTimer, Channel, DesiredProfile, ManualAssignmentQueueConfig, QueueConfig } from '../../reconcile/types';
import { checkSpecVersion, checksWorkloadTypes, mediaConcurrencyOf } from '../read-spec';
import { InvalidSpecError } from '../result';

/** A `Custom::ConnectRoutingProfile`'s properties, checked and typed: the declared profile and what to do with it. */
export interface ParsedSpec {
  readonly instance: InstanceLocation;
  /** The declared profile, its queues as the spec names them (resolved against Connect later). */
  readonly desired: DesiredProfile<QueueRefSpec>;
  readonly removal: RemovalMode;
  readonly adoptExisting: boolean;
  /** Whether removing the resource puts an adopted profile back as it was before adoption. */
  readonly restoreOnRemoval: boolean;
  readonly fallbackRoutingProfileArn?: string;
  /** What the scheduled drift reconciler does about this profile. */
  readonly driftPolicy: DriftPolicyMode;
  /** Whether declared workload types are checked against the instance's `connect:WorkloadType` before a write. */
  readonly checkWorkloadTypes: boolean;
}

/**
 * Checks the resource properties before any Connect call, with the rules the construct applies at synth (values
 * that were tokens at synth are checked here for the first time), then reads them into the handler's shape.
 * CloudFormation delivers numbers and booleans as strings; the rules read them as such, and a malformed one is
 * reported by name rather than coerced.
 */
export function parseRoutingProfileSpec(properties: Record<string, unknown>): ParsedSpec {
  checkSpecVersion(properties.SpecVersion);
  const problems = routingProfileSpecErrors(properties);
  if (problems.length > 0) throw new InvalidSpecError(problems);

  const spec = properties as unknown as RoutingProfileSpec;
  return {
    instance: parseInstanceArn(spec.InstanceArn)!,
    desired: {
      name: spec.Name,
      description: spec.Description,
      defaultOutboundQueue: spec.DefaultOutboundQueue,
      mediaConcurrencies: spec.MediaConcurrencies.map(mediaConcurrencyOf),
      queueConfigs: spec.QueueConfigs?.map(queueConfigOf),
      manualAssignmentQueueConfigs: spec.ManualAssignmentQueues?.map(manualAssignmentQueueConfigOf),
      agentAvailabilityTimer: spec.AgentAvailabilityTimer as AgentAvailabilityTimer | undefined,
      tags: spec.Tags,
      maxQueuePairs: spec.MaxQueuePairs === undefined ? DEFAULT_MAX_QUEUE_PAIRS : wholeNumberOf(spec.MaxQueuePairs) as number,
    },
    removal: (spec.RemovalPolicy ?? RemovalMode.DESTROY) as RemovalMode,
    adoptExisting: booleanOf(spec.AdoptExisting ?? false)!,
    restoreOnRemoval: booleanOf(spec.RestoreOnRemoval ?? true)!,
    fallbackRoutingProfileArn: spec.FallbackRoutingProfile,
    driftPolicy: (spec.DriftPolicy ?? DEFAULT_DRIFT_POLICY) as DriftPolicyMode,
    checkWorkloadTypes: checksWorkloadTypes(spec.CheckWorkloadTypes),
  };
}

function queueConfigOf(entry: QueueConfigEntry): QueueConfig<QueueRefSpec> {
  return {
    queue: entry.Queue,
    channel: entry.Channel as Channel,
    priority: wholeNumberOf(entry.Priority) as number,
    delaySeconds: wholeNumberOf(entry.Delay) as number,
  };
}

function manualAssignmentQueueConfigOf(entry: ManualAssignmentQueueEntry): ManualAssignmentQueueConfig<QueueRefSpec> {
  return { queue: entry.Queue, channel: entry.Channel as Channel };
}
