/** The emulator's in-memory records: one Connect instance's queues, routing profiles, users and contacts. */

export type Channel = 'VOICE' | 'CHAT' | 'TASK' | 'EMAIL';

export interface MediaConcurrencyRecord {
  readonly Channel: Channel;
  readonly Concurrency?: number;
  readonly CrossChannelBehavior?: { readonly BehaviorType: string };
  readonly WorkloadTypeConcurrencies?: ReadonlyArray<{
    readonly WorkloadType: string;
    readonly Concurrency: number;
    readonly CrossChannelWorkloadBehavior?: { readonly ChannelWorkloadBehaviorType?: string };
  }>;
}

export interface QueuePair {
  readonly queueId: string;
  readonly channel: Channel;
  readonly priority: number;
  readonly delay: number;
}

export interface ManualPair {
  readonly queueId: string;
  readonly channel: Channel;
}

export interface QueueRecord {
  readonly id: string;
  readonly arn: string;
  readonly type: 'STANDARD' | 'AGENT';
  /** Agent queues have no name, as in a real instance. */
  readonly name?: string;
  readonly description?: string;
  readonly hoursOfOperationId: string;
  readonly maxContacts?: number;
  readonly status: 'ENABLED' | 'DISABLED';
  tags: Record<string, string>;
  lastModifiedTime: number;
}

export interface RoutingProfileRecord {
  readonly id: string;
  readonly arn: string;
  name: string;
  description: string;
  defaultOutboundQueueId: string;
  mediaConcurrencies: MediaConcurrencyRecord[];
  queueConfigs: QueuePair[];
  manualQueues: ManualPair[];
  agentAvailabilityTimer?: string;
  readonly isDefault: boolean;
  tags: Record<string, string>;
  lastModifiedTime: number;
  /** The Region of the client that made the last change (absent: the emulator's own). */
  lastModifiedRegion?: string;
}

export interface UserRecord {
  readonly id: string;
  readonly arn: string;
  readonly username: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly email?: string;
  routingProfileId: string;
  readonly securityProfileIds: string[];
  readonly agentQueueId: string;
  tags: Record<string, string>;
  lastModifiedTime: number;
}

export type ContactState = 'QUEUED' | 'CONNECTED' | 'ENDED';

export interface ContactRecord {
  readonly id: string;
  readonly arn: string;
  readonly queueId: string;
  readonly channel: Channel;
  state: ContactState;
  /** Epoch seconds when the contact entered the queue. */
  readonly enqueuedAt: number;
  /** Lower is routed first; a new contact's priority is 5 (API_UpdateContactRoutingData). */
  priority: number;
  /** Seconds added to the routing age (positive makes the contact look older, so earlier in line). */
  queueTimeAdjustmentSeconds: number;
  routingCriteria?: unknown;
}

/** The name of the system predefined attribute whose values are the instance's workload types. */
export const WORKLOAD_TYPE_ATTRIBUTE = 'connect:WorkloadType';

/** A predefined attribute of string values (the only kind the API has: `Values.StringList`). */
export interface PredefinedAttributeRecord {
  readonly name: string;
  values: string[];
  /** System attributes (`connect:…`) exist in every instance; customers cannot create or delete them. */
  readonly system: boolean;
  lastModifiedTime: number;
}

export interface InstanceRecord {
  readonly id: string;
  readonly arn: string;
  readonly alias: string;
  /** Hours of operation and security profile are not modelled; queues and users reference these ids. */
  readonly hoursOfOperationId: string;
  readonly securityProfileId: string;
  tags: Record<string, string>;
  readonly queues: Map<string, QueueRecord>;
  readonly routingProfiles: Map<string, RoutingProfileRecord>;
  readonly users: Map<string, UserRecord>;
  readonly contacts: Map<string, ContactRecord>;
  /** By name; always holds the system attribute `connect:WorkloadType`. */
  readonly predefinedAttributes: Map<string, PredefinedAttributeRecord>;
}

/** One state a routing profile passed through, with the call that produced it. */
export interface ProfileHistoryEntry {
  readonly seq: number;
  /** Epoch milliseconds. */
  readonly time: number;
  readonly operation: string;
  readonly deleted: boolean;
  readonly name: string;
  readonly description: string;
  readonly defaultOutboundQueueId: string;
  readonly mediaConcurrencies: MediaConcurrencyRecord[];
  readonly queueConfigs: QueuePair[];
  readonly manualAssignmentQueues: ManualPair[];
  readonly agentAvailabilityTimer?: string;
}
