/**
 * The model the reconcile planner works on: the desired state of one routing profile (parsed and resolved by
 * the handler: queue ids, not names), the live state read from Connect, and the write calls the planner emits.
 *
 * Plain types only: this file is bundled into the handler and must not pull in aws-cdk-lib or the AWS SDK.
 * The request bodies mirror `@aws-sdk/client-connect` 3.1136 inputs exactly (minus InstanceId,
 * RoutingProfileId and resourceArn, which the applier adds); test/reconcile checks that at compile time.
 */

/** Connect's `Channel` enum. */
export type Channel = 'VOICE' | 'CHAT' | 'TASK' | 'EMAIL';

/** Connect's `BehaviorType` enum (cross-channel routing of a media concurrency). */
export type BehaviorType = 'ROUTE_CURRENT_CHANNEL_ONLY' | 'ROUTE_ANY_CHANNEL';

/** Connect's `AgentAvailabilityTimer` enum. */
export type AgentAvailabilityTimer = 'TIME_SINCE_LAST_ACTIVITY' | 'TIME_SINCE_LAST_INBOUND';

/** How many contacts of one channel an agent handles at once. */
export interface MediaConcurrencySpec {
  readonly channel: Channel;
  readonly concurrency: number;
  /**
   * Undefined on the desired side means "not managed": whatever Connect has is accepted and kept.
   * Undefined on the live side means Connect reported none.
   */
  readonly crossChannelBehavior?: BehaviorType;
}

/** A (queue, channel) pair; the key of both standard and manual-assignment queue configs. */
export interface QueuePair {
  readonly queueId: string;
  readonly channel: Channel;
}

/** A standard (routed) queue config: a pair plus its routing priority (1..99) and delay in seconds (0..9999). */
export interface QueueConfigSpec extends QueuePair {
  readonly priority: number;
  readonly delay: number;
}

/** A manual-assignment queue config: only the pair. */
export type ManualAssignmentQueueSpec = QueuePair;

/** What the stack declares. Optional fields are "not managed" when undefined: the planner never touches them. */
export interface DesiredProfile {
  readonly name: string;
  readonly description: string;
  readonly defaultOutboundQueueId: string;
  readonly mediaConcurrencies: readonly MediaConcurrencySpec[];
  /** Undefined = not managed; [] = no standard queues. */
  readonly queueConfigs?: readonly QueueConfigSpec[];
  /** Undefined = not managed; [] = no manual-assignment queues. */
  readonly manualAssignmentQueues?: readonly ManualAssignmentQueueSpec[];
  /** Undefined = not managed. */
  readonly agentAvailabilityTimer?: AgentAvailabilityTimer;
  /** Undefined = not managed. Live `aws:` keys and the ownership tag are never removed. */
  readonly tags?: Readonly<Record<string, string>>;
  /**
   * Quota of queue/channel pairs per profile, applied separately to standard and to manual-assignment pairs.
   * @default DEFAULT_MAX_QUEUE_PAIRS (50)
   */
  readonly maxQueuePairs?: number;
}

/**
 * What Connect has: Describe + every page of ListRoutingProfileQueues and
 * ListRoutingProfileManualAssignmentQueues + ListTagsForResource.
 */
export interface LiveProfile {
  readonly routingProfileId: string;
  readonly routingProfileArn: string;
  readonly name: string;
  /** Optional in Describe's output. */
  readonly description?: string;
  readonly defaultOutboundQueueId: string;
  readonly mediaConcurrencies: readonly MediaConcurrencySpec[];
  readonly queueConfigs: readonly QueueConfigSpec[];
  readonly manualAssignmentQueues: readonly ManualAssignmentQueueSpec[];
  /** Undefined when Connect reports none. */
  readonly agentAvailabilityTimer?: AgentAvailabilityTimer;
  readonly tags: Readonly<Record<string, string>>;
}

// ---- Request bodies, exactly as the SDK commands take them (ids added at apply time) ----
// Arrays are mutable only so a body spreads straight into an SDK command input, whose arrays are mutable.

export interface QueueReferenceBody {
  readonly QueueId: string;
  readonly Channel: Channel;
}

export interface QueueConfigBody {
  readonly QueueReference: QueueReferenceBody;
  readonly Priority: number;
  readonly Delay: number;
}

export interface ManualAssignmentQueueConfigBody {
  readonly QueueReference: QueueReferenceBody;
}

export interface MediaConcurrencyBody {
  readonly Channel: Channel;
  readonly Concurrency: number;
  readonly CrossChannelBehavior?: { readonly BehaviorType: BehaviorType };
}

export interface UpdateRoutingProfileNameBody {
  readonly Name?: string;
  readonly Description?: string;
}

export interface UpdateRoutingProfileDefaultOutboundQueueBody {
  readonly DefaultOutboundQueueId: string;
}

export interface UpdateRoutingProfileConcurrencyBody {
  readonly MediaConcurrencies: MediaConcurrencyBody[];
}

export interface UpdateRoutingProfileAgentAvailabilityTimerBody {
  readonly AgentAvailabilityTimer: AgentAvailabilityTimer;
}

export interface AssociateRoutingProfileQueuesBody {
  /** 1..10 entries when present. */
  readonly QueueConfigs?: QueueConfigBody[];
  /** 1..10 entries when present. */
  readonly ManualAssignmentQueueConfigs?: ManualAssignmentQueueConfigBody[];
}

export interface UpdateRoutingProfileQueuesBody {
  /** 1..10 entries. */
  readonly QueueConfigs: QueueConfigBody[];
}

export interface DisassociateRoutingProfileQueuesBody {
  /** 1..10 entries when present. */
  readonly QueueReferences?: QueueReferenceBody[];
  /** 1..10 entries when present. */
  readonly ManualAssignmentQueueReferences?: QueueReferenceBody[];
}

export interface TagResourceBody {
  /** 1..50 entries. */
  readonly tags: Readonly<Record<string, string>>;
}

export interface UntagResourceBody {
  /** 1..50 keys. */
  readonly tagKeys: string[];
}

export interface CreateRoutingProfileBody {
  readonly Name: string;
  readonly Description: string;
  readonly DefaultOutboundQueueId: string;
  readonly MediaConcurrencies: MediaConcurrencyBody[];
  /** The first ≤10 standard configs; the rest follow in AssociateRoutingProfileQueues calls. */
  readonly QueueConfigs?: QueueConfigBody[];
  /** The first ≤10 manual-assignment configs. */
  readonly ManualAssignmentQueueConfigs?: ManualAssignmentQueueConfigBody[];
  readonly AgentAvailabilityTimer?: AgentAvailabilityTimer;
  /** ≤50 tags, the ownership tag first. */
  readonly Tags?: Readonly<Record<string, string>>;
}

/** One write call to Connect, discriminated by its operation name. */
export type PlannedCall =
  | { readonly operation: 'UpdateRoutingProfileName'; readonly input: UpdateRoutingProfileNameBody }
  | { readonly operation: 'UpdateRoutingProfileDefaultOutboundQueue'; readonly input: UpdateRoutingProfileDefaultOutboundQueueBody }
  | { readonly operation: 'UpdateRoutingProfileConcurrency'; readonly input: UpdateRoutingProfileConcurrencyBody }
  | { readonly operation: 'UpdateRoutingProfileAgentAvailabilityTimer'; readonly input: UpdateRoutingProfileAgentAvailabilityTimerBody }
  | { readonly operation: 'AssociateRoutingProfileQueues'; readonly input: AssociateRoutingProfileQueuesBody }
  | { readonly operation: 'UpdateRoutingProfileQueues'; readonly input: UpdateRoutingProfileQueuesBody }
  | { readonly operation: 'DisassociateRoutingProfileQueues'; readonly input: DisassociateRoutingProfileQueuesBody }
  | { readonly operation: 'TagResource'; readonly input: TagResourceBody }
  | { readonly operation: 'UntagResource'; readonly input: UntagResourceBody };

/** The operation names a plan may contain. */
export type PlannedOperation = PlannedCall['operation'];

/** What creating a profile takes: one CreateRoutingProfile, then what did not fit in it. */
export interface CreatePlan {
  readonly create: CreateRoutingProfileBody;
  /** Calls to make on the new profile, in order (associations beyond the first 10, tags beyond 50). */
  readonly followUp: readonly PlannedCall[];
}
