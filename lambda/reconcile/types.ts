/**
 * The handler's one shape of a routing profile, desired and live alike, and the write calls the planner emits.
 *
 * A field keeps the name the construct prop has (`queueConfigs`, `manualAssignmentQueueConfigs`,
 * `defaultOutboundQueue`, `priority`…), with its unit where the prop's type carried it (`delaySeconds` for the
 * `delay` Duration), until the Connect request body spells it Connect's way (`Delay`). The queue type parameter is
 * how the profile names its queues: as the spec wrote them (`QueueRefSpec`) until the handler resolves names, then
 * by id (`QueueId`), the only form Connect reports and the planner compares.
 *
 * Plain types only: this file is bundled into the handlers and must not pull in aws-cdk-lib or the AWS SDK.
 * The request bodies mirror `@aws-sdk/client-connect` 3.1136 inputs exactly (minus InstanceId,
 * RoutingProfileId and resourceArn, which the applier adds); test/reconcile checks that at compile time.
 */

/** Connect's `Channel` enum. */
export type Channel = 'VOICE' | 'CHAT' | 'TASK' | 'EMAIL';

/** Connect's `BehaviorType` enum (cross-channel routing of a media concurrency). */
export type BehaviorType = 'ROUTE_CURRENT_CHANNEL_ONLY' | 'ROUTE_ANY_CHANNEL';

/** Connect's `ChannelWorkloadBehaviorType` enum (its spelling, `WORKLOADTYPE` included). */
export type ChannelWorkloadBehaviorType =
  | 'ROUTE_ANY_CHANNEL_ANY_WORKLOAD_TYPE'
  | 'ROUTE_CURRENT_CHANNEL_ANY_WORKLOADTYPE_ONLY'
  | 'ROUTE_CURRENT_CHANNEL_CURRENT_WORKLOADTYPE_ONLY';

/** Connect's `AgentAvailabilityTimer` enum. */
export type AgentAvailabilityTimer = 'TIME_SINCE_LAST_ACTIVITY' | 'TIME_SINCE_LAST_INBOUND';

/** A queue once resolved: its id in the instance. */
export type QueueId = string;

/** How many contacts of one workload type (a value of `connect:WorkloadType`) an agent handles at once. */
export interface WorkloadTypeConcurrency {
  readonly workloadType: string;
  readonly concurrency: number;
  /**
   * Undefined on the desired side means "not managed", as for `crossChannelBehavior`. Undefined on the live side
   * means Connect reported none; AWS documents no default, so it is compared as absent.
   */
  readonly crossChannelWorkloadBehavior?: ChannelWorkloadBehaviorType;
}

/**
 * How many contacts of one channel an agent handles at once: a channel-level `concurrency`, or (TASK and EMAIL)
 * `workloadTypeConcurrencies`; a channel uses one model or the other. A declared channel is set to the model it
 * declares, the other model's values dropped.
 */
export interface MediaConcurrency {
  readonly channel: Channel;
  /**
   * Undefined when the channel is configured per workload type. Live, such a channel may report 0 (the API's
   * range is 0..10 while every per-channel range starts at 1): 0 there counts as none.
   */
  readonly concurrency?: number;
  /**
   * Undefined on the desired side means "not managed": whatever Connect has is accepted and kept.
   * Undefined on the live side means Connect reported none (its default, ROUTE_CURRENT_CHANNEL_ONLY, applies).
   */
  readonly crossChannelBehavior?: BehaviorType;
  /** Undefined when the channel has none (never empty: Connect's list holds 1..5). Compared as a set keyed by type. */
  readonly workloadTypeConcurrencies?: readonly WorkloadTypeConcurrency[];
}

/** A manual-assignment queue config: a (queue, channel) pair, also the key of standard queue configs. */
export interface ManualAssignmentQueueConfig<Q = QueueId> {
  readonly queue: Q;
  readonly channel: Channel;
}

/** A (queue, channel) pair of resolved queues. */
export type QueuePair = ManualAssignmentQueueConfig<QueueId>;

/** A standard (routed) queue config: a pair plus its routing priority (1..99) and delay (0..9999 s). */
export interface QueueConfig<Q = QueueId> extends ManualAssignmentQueueConfig<Q> {
  readonly priority: number;
  readonly delaySeconds: number;
}

/**
 * A routing profile. Desired: optional fields are "not managed" when undefined, and the planner never touches
 * them; an empty list means "none". Live: see `LiveState`.
 */
export interface RoutingProfileState<Q = QueueId> {
  readonly name: string;
  readonly description: string;
  readonly defaultOutboundQueue: Q;
  readonly mediaConcurrencies: readonly MediaConcurrency[];
  /** Undefined = not managed; [] = no standard queues. */
  readonly queueConfigs?: readonly QueueConfig<Q>[];
  /** Undefined = not managed; [] = no manual-assignment queues. */
  readonly manualAssignmentQueueConfigs?: readonly ManualAssignmentQueueConfig<Q>[];
  /** Undefined = not managed (desired), or none reported (live). */
  readonly agentAvailabilityTimer?: AgentAvailabilityTimer;
  /** Undefined = not managed. Live `aws:` keys and the ownership tag are never removed. */
  readonly tags?: Readonly<Record<string, string>>;
}

/** What the stack declares, with the quota its queue lists are planned against. */
export interface DesiredProfile<Q = QueueId> extends RoutingProfileState<Q> {
  /**
   * Quota of queue/channel pairs per profile, applied separately to standard and to manual-assignment pairs.
   * @default DEFAULT_MAX_QUEUE_PAIRS (50)
   */
  readonly maxQueuePairs?: number;
}

/**
 * What Connect has, as the planner compares it. A queue list is read (every page) whenever the desired state
 * manages it; one it does not manage may be left unread (undefined): nothing compares or changes it, so reading it
 * would be a wasted call (`lambda/connect/read-live-profile.ts`).
 */
export interface LiveState extends RoutingProfileState<QueueId> {
  /** Undefined = not read. */
  readonly queueConfigs?: readonly QueueConfig[];
  /** Undefined = not read. */
  readonly manualAssignmentQueueConfigs?: readonly QueuePair[];
  readonly tags: Readonly<Record<string, string>>;
}

/** A live profile: its state, its identity, and what Describe says of its use and last change. */
export interface LiveProfile extends LiveState {
  readonly routingProfileId: string;
  readonly routingProfileArn: string;
  readonly isDefault: boolean;
  readonly numberOfAssociatedUsers: number;
  /** Where the last change was made (Global Resiliency: possibly the replica's Region). Undefined when not reported. */
  readonly lastModifiedRegion?: string;
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

export interface WorkloadTypeConcurrencyBody {
  readonly WorkloadType: string;
  readonly Concurrency: number;
  readonly CrossChannelWorkloadBehavior?: { readonly ChannelWorkloadBehaviorType?: ChannelWorkloadBehaviorType };
}

export interface MediaConcurrencyBody {
  readonly Channel: Channel;
  readonly Concurrency?: number;
  readonly CrossChannelBehavior?: { readonly BehaviorType: BehaviorType };
  readonly WorkloadTypeConcurrencies?: WorkloadTypeConcurrencyBody[];
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

/** The one write call a concurrency plan may hold. */
export type ConcurrencyCall = Extract<PlannedCall, { readonly operation: 'UpdateRoutingProfileConcurrency' }>;

/** What creating a profile takes: one CreateRoutingProfile, then what did not fit in it. */
export interface CreatePlan {
  readonly create: CreateRoutingProfileBody;
  /** Calls to make on the new profile, in order (associations beyond the first 10, tags beyond 50). */
  readonly followUp: readonly PlannedCall[];
}
