/**
 * The contract between the constructs (src/) and the handlers (lambda/): resource type names, property and
 * attribute keys, environment variable names. Plain constants and types only, no aws-cdk-lib import, because
 * the handler bundles import this file too.
 *
 * Frozen API: changing a resource type or a construct id replaces users' resources.
 */

/** CloudFormation type of the custom resource that reconciles one routing profile. */
export const ROUTING_PROFILE_RESOURCE_TYPE = 'Custom::ConnectRoutingProfile';

/** CloudFormation type of the custom resource that manages only a profile's media concurrencies. */
export const ROUTING_PROFILE_CONCURRENCY_RESOURCE_TYPE = 'Custom::ConnectRoutingProfileConcurrency';

/** Keys of the concurrency resource's properties. */
export const RoutingProfileConcurrencyProperty = {
  SPEC_VERSION: 'SpecVersion',
  /** The instance of the target profile (the one the provider's IAM statement covers). */
  INSTANCE_ARN: 'InstanceArn',
  /** The target profile: `RoutingProfileRefSpec`. */
  ROUTING_PROFILE: 'RoutingProfile',
  /** The declared channels only: `MediaConcurrencyEntry[]`. */
  MEDIA_CONCURRENCIES: 'MediaConcurrencies',
  /** 'true' to put the declared channels back as they were found when the resource is removed. */
  RESTORE_ON_REMOVAL: 'RestoreOnRemoval',
  /** `DriftPolicyMode` value. Absent (a construct older than drift detection): `DEFAULT_DRIFT_POLICY`. */
  DRIFT_POLICY: 'DriftPolicy',
  /** 'false' to skip the deploy-time check of declared workload types. Absent: checked. */
  CHECK_WORKLOAD_TYPES: 'CheckWorkloadTypes',
} as const;

/** A routing profile as the concurrency spec names it: exactly one of the three, in the spec's instance. */
export interface RoutingProfileRefSpec {
  readonly Arn?: string;
  readonly Id?: string;
  /** Resolved by the handler at deploy time (exact, case-sensitive). */
  readonly Name?: string;
}

/**
 * The desired concurrency of some channels of a profile the stack does not own, as the construct writes it.
 * The handler returns the `RoutingProfileAttribute` attributes of the profile it resolved.
 */
export interface RoutingProfileConcurrencySpec {
  readonly SpecVersion: string;
  readonly InstanceArn: string;
  readonly RoutingProfile: RoutingProfileRefSpec;
  readonly MediaConcurrencies: readonly MediaConcurrencyEntry[];
  readonly RestoreOnRemoval: string | boolean;
  /** `DriftPolicyMode` value. Absent (a construct older than drift detection): `DEFAULT_DRIFT_POLICY`. */
  readonly DriftPolicy?: string;
  /** false to skip the deploy-time check of declared workload types. Absent (written only when the prop is given): checked. */
  readonly CheckWorkloadTypes?: string | boolean;
}

/**
 * Version of the desired-state spec carried in the resource properties. A handler refuses a version it does
 * not know instead of guessing, so an old handler never misreads a newer construct's spec.
 */
export const SPEC_VERSION = '1';

/** Keys of the custom resource's properties. CloudFormation delivers every scalar among them as a string. */
export const RoutingProfileProperty = {
  SPEC_VERSION: 'SpecVersion',
  INSTANCE_ARN: 'InstanceArn',
  NAME: 'Name',
  DESCRIPTION: 'Description',
  DEFAULT_OUTBOUND_QUEUE: 'DefaultOutboundQueue',
  MEDIA_CONCURRENCIES: 'MediaConcurrencies',
  QUEUE_CONFIGS: 'QueueConfigs',
  MANUAL_ASSIGNMENT_QUEUES: 'ManualAssignmentQueues',
  AGENT_AVAILABILITY_TIMER: 'AgentAvailabilityTimer',
  TAGS: 'Tags',
  REMOVAL_POLICY: 'RemovalPolicy',
  ADOPT_EXISTING: 'AdoptExisting',
  RESTORE_ON_REMOVAL: 'RestoreOnRemoval',
  FALLBACK_ROUTING_PROFILE: 'FallbackRoutingProfile',
  MAX_QUEUE_PAIRS: 'MaxQueuePairs',
  DRIFT_POLICY: 'DriftPolicy',
  CHECK_WORKLOAD_TYPES: 'CheckWorkloadTypes',
} as const;

/** Attributes the handler returns in `Data` (read with `Fn::GetAtt`). */
export const RoutingProfileAttribute = {
  ARN: 'RoutingProfileArn',
  ID: 'RoutingProfileId',
  INSTANCE_ID: 'InstanceId',
} as const;

/** Removal behaviours as they travel in the spec. */
export const RemovalMode = {
  DESTROY: 'destroy',
  RETAIN: 'retain',
} as const;
export type RemovalMode = typeof RemovalMode[keyof typeof RemovalMode];

/**
 * Tag the handler puts on every profile it creates, valued with the stack's name, its unique id and the logical id
 * (`lambda/provider/routing-profile/ownership.ts`). A Create that is retried after its profile was made finds that
 * profile by this tag and resumes it instead of creating a second one.
 */
export const OWNERSHIP_TAG_KEY = 'cdk-connect-routing:owner';

/** Environment variables of the provider function. */
export const ProviderEnv = {
  /** Override of the Connect endpoint, used by the local emulator and tests (the drift reconciler's client too). Unset in AWS. */
  CONNECT_ENDPOINT: 'CONNECT_ENDPOINT',
  /** The desired-state table the provider records each resource's resolved desired state in. Unset: no recording. */
  DESIRED_STATE_TABLE: 'DESIRED_STATE_TABLE',
} as const;

/** A queue as the spec names it: exactly one of the three. */
export interface QueueRefSpec {
  readonly Arn?: string;
  readonly Id?: string;
  readonly Name?: string;
}

/**
 * The desired state of one routing profile, as the construct writes it into the custom resource's properties
 * (keys from `RoutingProfileProperty`). CloudFormation turns every number and boolean into a string on the
 * way, so the handler parses them back explicitly; the types below say what the construct writes.
 */
export interface RoutingProfileSpec {
  readonly SpecVersion: string;
  readonly InstanceArn: string;
  readonly Name: string;
  readonly Description: string;
  readonly DefaultOutboundQueue: QueueRefSpec;
  readonly MediaConcurrencies: readonly MediaConcurrencyEntry[];
  /** Absent: queue configs are not managed. Empty: the profile has none. */
  readonly QueueConfigs?: readonly QueueConfigEntry[];
  /** Absent: manual-assignment queues are not managed. Empty: the profile has none. */
  readonly ManualAssignmentQueues?: readonly ManualAssignmentQueueEntry[];
  /** Absent: not managed. */
  readonly AgentAvailabilityTimer?: string;
  /** User tags (the handler adds the ownership tag). Absent: tags other than ownership are not managed. */
  readonly Tags?: Readonly<Record<string, string>>;
  /** `RemovalMode` value. */
  readonly RemovalPolicy: string;
  /** 'true' to adopt an existing profile of the same name instead of failing. */
  readonly AdoptExisting: string | boolean;
  /**
   * 'false' to leave an adopted profile as it is on removal. Absent (not declared, or a construct older than it):
   * an adopted profile is put back as it was before adoption, when that was recorded.
   */
  readonly RestoreOnRemoval?: string | boolean;
  /** Users still on the profile at delete are moved here first: a routing profile ARN. Absent: none. */
  readonly FallbackRoutingProfile?: string;
  /** Quota override for queue/channel pairs, per kind. Absent: `DEFAULT_MAX_QUEUE_PAIRS`. */
  readonly MaxQueuePairs?: string | number;
  /** `DriftPolicyMode` value. Absent (a construct older than drift detection): `DEFAULT_DRIFT_POLICY`. */
  readonly DriftPolicy?: string;
  /** false to skip the deploy-time check of declared workload types. Absent (written only when the prop is given): checked. */
  readonly CheckWorkloadTypes?: string | boolean;
}

/**
 * One channel: a channel-level `Concurrency`, or (TASK and EMAIL) `WorkloadTypeConcurrencies` and no `Concurrency`.
 * `WorkloadTypeConcurrencies` appears only when the user declares workload types, so a spec written before they
 * existed reads the same.
 */
export interface MediaConcurrencyEntry {
  readonly Channel: string;
  /** Absent when the channel gives `WorkloadTypeConcurrencies`. */
  readonly Concurrency?: string | number;
  /** Absent: not managed (Connect applies ROUTE_CURRENT_CHANNEL_ONLY on create). */
  readonly CrossChannelBehavior?: string;
  /** 1..5 workload types, their concurrencies summing to at most 10. */
  readonly WorkloadTypeConcurrencies?: readonly WorkloadTypeConcurrencyEntry[];
}

/** How many contacts of one workload type (a value of the instance's `connect:WorkloadType`) an agent works at once. */
export interface WorkloadTypeConcurrencyEntry {
  readonly WorkloadType: string;
  readonly Concurrency: string | number;
  /** Absent: not managed. */
  readonly CrossChannelWorkloadBehavior?: string;
}

export interface QueueConfigEntry {
  readonly Queue: QueueRefSpec;
  readonly Channel: string;
  readonly Priority: string | number;
  /** Whole seconds. */
  readonly Delay: string | number;
}

export interface ManualAssignmentQueueEntry {
  readonly Queue: QueueRefSpec;
  readonly Channel: string;
}

/** Connect's documented per-profile quota of queue/channel pairs (adjustable through Service Quotas). */
export const DEFAULT_MAX_QUEUE_PAIRS = 50;

/**
 * CloudFormation type of the custom resource that looks up an existing routing profile by name (for
 * `RoutingProfile.fromRoutingProfileName`). Served by the same provider function; it changes nothing in
 * Connect and returns the same attributes as `RoutingProfileAttribute` (`RoutingProfileArn`, `RoutingProfileId`).
 */
export const ROUTING_PROFILE_LOOKUP_RESOURCE_TYPE = 'Custom::ConnectRoutingProfileLookup';

/** Keys of the lookup resource's properties. */
export const RoutingProfileLookupProperty = {
  /** The ARN of the Connect instance to search. */
  INSTANCE_ARN: 'InstanceArn',
  /** The routing profile's exact name. */
  NAME: 'Name',
} as const;

/** The desired lookup, as the construct writes it into the lookup resource's properties. */
export interface RoutingProfileLookupSpec {
  readonly InstanceArn: string;
  readonly Name: string;
}

/**
 * Construct id of the provider (one per stack) that serves both resource types, directly under the stack.
 * Frozen: changing it gives the function a new ARN, and CloudFormation refuses to change an existing custom
 * resource's ServiceToken.
 */
export const ROUTING_PROFILE_PROVIDER_ID = 'CdkConnectRoutingProfileProvider';

/** What the scheduled drift reconciler does about a resource whose live state differs from its declared state. */
export const DriftPolicyMode = {
  /** Report the difference (metric + event), change nothing. */
  REPORT: 'report',
  /** Apply the same minimal plan a deploy would, then report what was corrected. */
  CORRECT: 'correct',
  /** Do not check the resource at all (no Connect call). */
  IGNORE: 'ignore',
} as const;
export type DriftPolicyMode = typeof DriftPolicyMode[keyof typeof DriftPolicyMode];

/** The policy of a resource that does not say (docs/drift.md explains the choice). */
export const DEFAULT_DRIFT_POLICY: DriftPolicyMode = DriftPolicyMode.REPORT;

/**
 * The desired-state table (one per stack): one item per managed resource, keyed by the stack's id and the
 * resource's logical id, written by the provider and read by the drift reconciler. Attribute names are frozen:
 * records outlive handler versions.
 */
export const DesiredStateKey = {
  /** Partition key: the CloudFormation stack id (ARN). */
  PARTITION: 'StackId',
  /** Sort key: the resource's logical id. */
  SORT: 'LogicalResourceId',
} as const;

/**
 * Version of the record format the provider writes. The reconciler also reads version 1 (written by 0.0.0, with
 * the handler's older field names) and reports any other version as unreadable.
 */
export const DESIRED_STATE_RECORD_VERSION = '2';

/** Construct id of the desired-state table, directly under the stack. Frozen: a new id replaces the table. */
export const DESIRED_STATE_TABLE_ID = 'CdkConnectRoutingDesiredState';

/** Construct id of the drift reconciler a managed resource creates when the stack declares none. Frozen. */
export const DRIFT_RECONCILER_ID = 'CdkConnectRoutingDriftReconciler';

/** Environment variables of the drift reconciler function. */
export const DriftReconcilerEnv = {
  /** The desired-state table's name. */
  DESIRED_STATE_TABLE: 'DESIRED_STATE_TABLE',
  /** The stack's id: the partition of the table the reconciler reads. */
  STACK_ID: 'STACK_ID',
  /** The stack's name: the metrics' `StackName` dimension and the events' `stackName`. */
  STACK_NAME: 'STACK_NAME',
  /** Name or ARN of the event bus drift events go to. */
  EVENT_BUS_NAME: 'EVENT_BUS_NAME',
  /** Calls per second per Connect API the reconciler allows itself (Connect allows 2, shared). */
  MAX_CALLS_PER_SECOND: 'MAX_CALLS_PER_SECOND',
} as const;

/** CloudWatch namespace of the drift metrics (embedded metric format, written by the reconciler). */
export const DRIFT_METRIC_NAMESPACE = 'CdkConnectRouting/Drift';

/** Drift metric names and dimensions. */
export const DriftMetric = {
  /** Per stack: resources found different from their declared state (deleted out of band included). */
  DRIFTED_PROFILES: 'DriftedProfiles',
  /** Per stack, and per stack and resource: fields found different. */
  DRIFTED_FIELDS: 'DriftedFields',
  /** Per stack: resources the reconciler put back in their declared state. */
  CORRECTED_PROFILES: 'CorrectedProfiles',
  /** Per stack: resources that could not be checked (unreadable record, instance gone, failed call, out of time). */
  UNCHECKED_PROFILES: 'UncheckedProfiles',
  /** Dimension: the stack's name. */
  STACK_DIMENSION: 'StackName',
  /** Dimension: the resource's logical id in the stack. */
  RESOURCE_DIMENSION: 'LogicalResourceId',
} as const;

/** EventBridge `source` of drift events. */
export const DRIFT_EVENT_SOURCE = 'cdk-connect-routing';

/** EventBridge `detail-type` of drift events, one per outcome. */
export const DriftEventType = {
  DETECTED: 'Connect Routing Drift Detected',
  CORRECTED: 'Connect Routing Drift Corrected',
  CHECK_FAILED: 'Connect Routing Drift Check Failed',
} as const;
