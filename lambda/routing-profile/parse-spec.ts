import {
  DEFAULT_MAX_QUEUE_PAIRS,
  QueueRefSpec,
  RemovalMode,
  RoutingProfileSpec,
  SPEC_VERSION,
} from '../../src/private/contract';
import type { DriftPolicyMode } from '../../src/private/contract';
import * as rules from '../../src/private/rules';
import { InstanceLocation, parseChildArn, parseInstanceArn } from '../connect/arns';
import { parseDriftPolicy } from '../desired-state/drift-policy';
import type { AgentAvailabilityTimer, BehaviorType, Channel, MediaConcurrencySpec } from '../reconcile/types';
import { parseBoolean, parseWholeNumber } from '../shared/cfn-values';

/** A spec that failed validation; its message lists every problem and becomes the CloudFormation reason. */
export class InvalidSpecError extends Error {
  constructor(problems: readonly string[]) {
    super(`Invalid routing profile properties; nothing was changed in Connect:\n- ${problems.join('\n- ')}`);
    this.name = 'InvalidSpecError';
  }
}

/** A queue config with its queue still a reference (names are resolved against Connect later). */
export interface QueueConfigRef {
  readonly queue: QueueRefSpec;
  readonly channel: Channel;
  readonly priority: number;
  readonly delay: number;
}

export interface ManualAssignmentQueueRef {
  readonly queue: QueueRefSpec;
  readonly channel: Channel;
}

/** The spec, typed and validated: numbers are numbers, enums checked, every DESIGN §5 rule applied. */
export interface ParsedSpec {
  readonly instance: InstanceLocation;
  readonly name: string;
  readonly description: string;
  readonly defaultOutboundQueue: QueueRefSpec;
  readonly mediaConcurrencies: readonly MediaConcurrencySpec[];
  readonly queueConfigs?: readonly QueueConfigRef[];
  readonly manualAssignmentQueues?: readonly ManualAssignmentQueueRef[];
  readonly agentAvailabilityTimer?: AgentAvailabilityTimer;
  readonly tags?: Readonly<Record<string, string>>;
  readonly removal: RemovalMode;
  readonly adoptExisting: boolean;
  readonly fallbackRoutingProfileArn?: string;
  readonly maxQueuePairs: number;
  /** What the scheduled drift reconciler does about this profile. */
  readonly driftPolicy: DriftPolicyMode;
}

/**
 * Parses and validates the resource properties before any Connect call, with the same rules the construct
 * applies at synth (values that were tokens at synth are checked here for the first time). CloudFormation
 * delivers numbers and booleans as strings; they are parsed explicitly, and a malformed one is reported by
 * name rather than coerced.
 */
export function parseSpec(properties: Record<string, unknown>): ParsedSpec {
  const spec = properties as unknown as RoutingProfileSpec;
  const problems: string[] = [];
  const check = (problem: string | undefined) => { if (problem !== undefined) problems.push(problem); };

  if (String(spec.SpecVersion) !== SPEC_VERSION) {
    throw new InvalidSpecError([`\`SpecVersion\` must be ${JSON.stringify(SPEC_VERSION)} for this handler version; got: ${JSON.stringify(spec.SpecVersion)}. Upgrade the cdk-connect-routing package so the construct and handler match.`]);
  }

  const instance = typeof spec.InstanceArn === 'string' ? parseInstanceArn(spec.InstanceArn) : undefined;
  if (!instance) {
    problems.push(`\`instanceArn\` must be a Connect instance ARN (arn:<partition>:connect:<region>:<account>:instance/<id>), got: ${JSON.stringify(spec.InstanceArn)}`);
  }
  check(rules.routingProfileNameError(spec.Name, 'routingProfileName'));
  check(rules.routingProfileDescriptionError(spec.Description, 'description'));
  check(rules.queueRefSpecError(spec.DefaultOutboundQueue, 'defaultOutboundQueue'));

  const mediaConcurrencies = asList(spec.MediaConcurrencies, 'mediaConcurrencies', problems).map((m) => ({
    channel: m.Channel,
    concurrency: parseWholeNumber(m.Concurrency),
    crossChannelBehavior: m.CrossChannelBehavior,
  }));
  if (Array.isArray(spec.MediaConcurrencies) && mediaConcurrencies.length === 0 || spec.MediaConcurrencies === undefined) {
    problems.push(`\`mediaConcurrencies\` must give at least one channel, got: ${JSON.stringify(spec.MediaConcurrencies ?? null)}`);
  }
  problems.push(...rules.mediaConcurrenciesErrors(mediaConcurrencies));

  const maxQueuePairs = spec.MaxQueuePairs === undefined ? DEFAULT_MAX_QUEUE_PAIRS : parseWholeNumber(spec.MaxQueuePairs);
  check(spec.MaxQueuePairs === undefined ? undefined : rules.maxQueuePairsError(maxQueuePairs));
  const quota = typeof maxQueuePairs === 'number' && Number.isInteger(maxQueuePairs) ? maxQueuePairs : DEFAULT_MAX_QUEUE_PAIRS;

  let queueConfigs: QueueConfigRef[] | undefined;
  if (spec.QueueConfigs !== undefined) {
    const data = asList(spec.QueueConfigs, 'queueConfigs', problems).map((q) => ({
      queue: q.Queue,
      channel: q.Channel,
      priority: parseWholeNumber(q.Priority),
      delaySeconds: parseWholeNumber(q.Delay),
    }));
    problems.push(...rules.queueConfigsErrors(data, mediaConcurrencies.map((m) => m.channel), quota));
    queueConfigs = data.map((q) => ({
      queue: q.queue as QueueRefSpec,
      channel: q.channel as Channel,
      priority: q.priority as number,
      delay: q.delaySeconds as number,
    }));
  }

  let manualAssignmentQueues: ManualAssignmentQueueRef[] | undefined;
  if (spec.ManualAssignmentQueues !== undefined) {
    const data = asList(spec.ManualAssignmentQueues, 'manualAssignmentQueueConfigs', problems)
      .map((q) => ({ queue: q.Queue, channel: q.Channel }));
    problems.push(...rules.manualAssignmentQueueConfigsErrors(data, quota, { prop: 'manualAssignmentQueueConfigs' }));
    manualAssignmentQueues = data.map((q) => ({ queue: q.queue as QueueRefSpec, channel: q.channel as Channel }));
  }

  if (spec.AgentAvailabilityTimer !== undefined) check(rules.agentAvailabilityTimerError(spec.AgentAvailabilityTimer));
  // The ownership tag takes one of Connect's 50 tag slots.
  if (spec.Tags !== undefined) problems.push(...rules.tagsErrors(spec.Tags, rules.MAX_TAGS - 1));

  const removal = spec.RemovalPolicy ?? RemovalMode.DESTROY;
  if (removal !== RemovalMode.DESTROY && removal !== RemovalMode.RETAIN) {
    problems.push(`\`removalPolicy\` must be ${RemovalMode.DESTROY} or ${RemovalMode.RETAIN}, got: ${JSON.stringify(removal)}`);
  }
  const adoptExisting = parseBoolean(spec.AdoptExisting ?? 'false');
  if (adoptExisting === undefined) {
    problems.push(`\`adoptExisting\` must be true or false, got: ${JSON.stringify(spec.AdoptExisting)}`);
  }
  if (spec.FallbackRoutingProfile !== undefined && parseChildArn(String(spec.FallbackRoutingProfile))?.resourceType !== 'routing-profile') {
    problems.push(`\`fallbackRoutingProfile\` must be a routing profile ARN, got: ${JSON.stringify(spec.FallbackRoutingProfile)}`);
  }

  const driftPolicy = parseDriftPolicy(spec.DriftPolicy);
  if ('problem' in driftPolicy) problems.push(driftPolicy.problem);

  if (problems.length > 0) throw new InvalidSpecError(problems);

  return {
    instance: instance!,
    name: spec.Name,
    description: spec.Description,
    defaultOutboundQueue: spec.DefaultOutboundQueue,
    mediaConcurrencies: mediaConcurrencies.map((m) => ({
      channel: m.channel as Channel,
      concurrency: m.concurrency as number,
      ...(m.crossChannelBehavior !== undefined ? { crossChannelBehavior: m.crossChannelBehavior as BehaviorType } : {}),
    })),
    queueConfigs,
    manualAssignmentQueues,
    agentAvailabilityTimer: spec.AgentAvailabilityTimer as AgentAvailabilityTimer | undefined,
    tags: spec.Tags,
    removal: removal as RemovalMode,
    adoptExisting: adoptExisting!,
    fallbackRoutingProfileArn: spec.FallbackRoutingProfile,
    maxQueuePairs: quota,
    driftPolicy: (driftPolicy as { policy: DriftPolicyMode }).policy,
  };
}

function asList<T>(value: readonly T[] | undefined, prop: string, problems: string[]): readonly T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push(`\`${prop}\` must be a list, got: ${JSON.stringify(value)}`);
    return [];
  }
  return value;
}
