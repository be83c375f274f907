/**
 * The in-memory state of one emulated account in one Region: its instances and, per routing profile, the
 * history of every state it passed through (for tests that prove no queue was ever dropped).
 */
import { randomUUID } from 'crypto';
import {
  Channel, ContactRecord, ContactState, InstanceRecord, PredefinedAttributeRecord, ProfileHistoryEntry, QueueRecord, RoutingProfileRecord,
  UserRecord, WORKLOAD_TYPE_ATTRIBUTE,
} from './types';
import { notFound } from '../http/errors';

export interface Quotas {
  /** Routing profiles per instance (Connect default 500). */
  readonly routingProfilesPerInstance: number;
  /** Queue+channel pairs per routing profile (Connect default 50). */
  readonly queuesPerRoutingProfile: number;
  /** Manual-assignment queue+channel pairs per routing profile, counted separately (default 50). */
  readonly manualAssignmentQueuesPerRoutingProfile: number;
}

/** Connect's default quotas (https://docs.aws.amazon.com/connect/latest/adminguide/amazon-connect-service-limits.html). */
export const DEFAULT_QUOTAS: Quotas = {
  routingProfilesPerInstance: 500,
  queuesPerRoutingProfile: 50,
  manualAssignmentQueuesPerRoutingProfile: 50,
};

interface StoreData {
  instances: Map<string, InstanceRecord>;
  history: Map<string, ProfileHistoryEntry[]>;
  historySeq: number;
}

export const nowSeconds = (): number => Date.now() / 1000;

export class Store {
  private data: StoreData = { instances: new Map(), history: new Map(), historySeq: 0 };

  constructor(
    public readonly region: string,
    public readonly accountId: string,
    public quotas: Quotas = DEFAULT_QUOTAS,
  ) {}

  /** A deep copy of the whole state, for `reset` to return to. */
  public snapshot(): unknown {
    return structuredClone(this.data);
  }

  public restore(snapshot: unknown): void {
    this.data = structuredClone(snapshot as StoreData);
  }

  public instanceArn(instanceId: string): string {
    return `arn:aws:connect:${this.region}:${this.accountId}:instance/${instanceId}`;
  }

  public instances(): InstanceRecord[] {
    return [...this.data.instances.values()];
  }

  public createInstance(alias: string, id: string = randomUUID()): InstanceRecord {
    const instance: InstanceRecord = {
      id,
      arn: this.instanceArn(id),
      alias,
      hoursOfOperationId: randomUUID(),
      securityProfileId: randomUUID(),
      tags: {},
      queues: new Map(),
      routingProfiles: new Map(),
      users: new Map(),
      contacts: new Map(),
      predefinedAttributes: new Map([[WORKLOAD_TYPE_ATTRIBUTE, {
        name: WORKLOAD_TYPE_ATTRIBUTE, values: [], system: true, lastModifiedTime: nowSeconds(),
      }]]),
    };
    this.data.instances.set(id, instance);
    return instance;
  }

  public instance(instanceId: string): InstanceRecord {
    const instance = this.data.instances.get(instanceId);
    if (!instance) throw notFound(`Instance not found: ${instanceId}`);
    return instance;
  }

  public queue(instance: InstanceRecord, queueId: string): QueueRecord {
    const queue = instance.queues.get(queueId);
    if (!queue) throw notFound(`Queue not found: ${queueId} in instance ${instance.id}`);
    return queue;
  }

  public routingProfile(instance: InstanceRecord, routingProfileId: string): RoutingProfileRecord {
    const profile = instance.routingProfiles.get(routingProfileId);
    if (!profile) throw notFound(`Routing profile not found: ${routingProfileId} in instance ${instance.id}`);
    return profile;
  }

  public predefinedAttribute(instance: InstanceRecord, name: string): PredefinedAttributeRecord {
    const attribute = instance.predefinedAttributes.get(name);
    if (!attribute) throw notFound(`Predefined attribute not found: ${name} in instance ${instance.id}`);
    return attribute;
  }

  public user(instance: InstanceRecord, userId: string): UserRecord {
    const user = instance.users.get(userId);
    if (!user) throw notFound(`User not found: ${userId} in instance ${instance.id}`);
    return user;
  }

  public contact(instance: InstanceRecord, contactId: string): ContactRecord {
    const contact = instance.contacts.get(contactId);
    if (!contact) throw notFound(`Contact not found: ${contactId} in instance ${instance.id}`);
    return contact;
  }

  /** Finds a contact in any instance (the control API addresses contacts by id alone). */
  public findContact(contactId: string): ContactRecord | undefined {
    for (const instance of this.data.instances.values()) {
      const contact = instance.contacts.get(contactId);
      if (contact) return contact;
    }
    return undefined;
  }

  public findQueue(queueId: string): { instance: InstanceRecord; queue: QueueRecord } | undefined {
    for (const instance of this.data.instances.values()) {
      const queue = instance.queues.get(queueId);
      if (queue) return { instance, queue };
    }
    return undefined;
  }

  public addQueue(instance: InstanceRecord, props: {
    name?: string; description?: string; type?: 'STANDARD' | 'AGENT'; id?: string; maxContacts?: number;
  }): QueueRecord {
    const id = props.id ?? randomUUID();
    const queue: QueueRecord = {
      id,
      arn: `${instance.arn}/queue/${id}`,
      type: props.type ?? 'STANDARD',
      name: props.name,
      description: props.description,
      hoursOfOperationId: instance.hoursOfOperationId,
      maxContacts: props.maxContacts,
      status: 'ENABLED',
      tags: {},
      lastModifiedTime: nowSeconds(),
    };
    instance.queues.set(id, queue);
    return queue;
  }

  public addRoutingProfile(instance: InstanceRecord, profile: Omit<RoutingProfileRecord, 'arn'>, operation: string): RoutingProfileRecord {
    const record: RoutingProfileRecord = { ...profile, arn: `${instance.arn}/routing-profile/${profile.id}` };
    instance.routingProfiles.set(record.id, record);
    this.recordHistory(record, operation);
    return record;
  }

  /** Users get an agent queue each, as in a real instance. */
  public addUser(instance: InstanceRecord, props: {
    username: string; firstName?: string; lastName?: string; email?: string; routingProfileId: string; id?: string;
  }): UserRecord {
    const id = props.id ?? randomUUID();
    const agentQueue = this.addQueue(instance, { type: 'AGENT' });
    const user: UserRecord = {
      id,
      arn: `${instance.arn}/agent/${id}`,
      username: props.username,
      firstName: props.firstName ?? props.username,
      lastName: props.lastName ?? 'Agent',
      email: props.email,
      routingProfileId: props.routingProfileId,
      securityProfileIds: [instance.securityProfileId],
      agentQueueId: agentQueue.id,
      tags: {},
      lastModifiedTime: nowSeconds(),
    };
    instance.users.set(id, user);
    return user;
  }

  public addContact(instance: InstanceRecord, props: {
    queueId: string; channel?: Channel; priority?: number; enqueuedAt?: number; state?: ContactState; id?: string;
  }): ContactRecord {
    const id = props.id ?? randomUUID();
    const contact: ContactRecord = {
      id,
      arn: `${instance.arn}/contact/${id}`,
      queueId: props.queueId,
      channel: props.channel ?? 'VOICE',
      state: props.state ?? 'QUEUED',
      enqueuedAt: props.enqueuedAt ?? nowSeconds(),
      priority: props.priority ?? 5,
      queueTimeAdjustmentSeconds: 0,
    };
    instance.contacts.set(id, contact);
    return contact;
  }

  public recordHistory(profile: RoutingProfileRecord, operation: string, deleted = false): void {
    const entries = this.data.history.get(profile.id) ?? [];
    entries.push(structuredClone({
      seq: ++this.data.historySeq,
      time: Date.now(),
      operation,
      deleted,
      name: profile.name,
      description: profile.description,
      defaultOutboundQueueId: profile.defaultOutboundQueueId,
      mediaConcurrencies: profile.mediaConcurrencies,
      queueConfigs: profile.queueConfigs,
      manualAssignmentQueues: profile.manualQueues,
      agentAvailabilityTimer: profile.agentAvailabilityTimer,
    }));
    this.data.history.set(profile.id, entries);
  }

  public history(routingProfileId: string): ProfileHistoryEntry[] {
    return this.data.history.get(routingProfileId) ?? [];
  }
}

