/**
 * Seeding: every new instance starts like a real one (BasicQueue and the default "Basic Routing Profile");
 * the default instance also gets a few more queues, agents assigned to the basic profile and contacts waiting
 * in queues, so tests have something realistic to read, route and reorder.
 */
import { randomUUID } from 'crypto';
import { nowSeconds, Store } from './store';
import { Channel, ContactState, InstanceRecord, RoutingProfileRecord, WORKLOAD_TYPE_ATTRIBUTE } from './types';
import { invalidParameter } from '../http/errors';
import { addCustomAttribute, setWorkloadTypes } from '../operations/predefined-attributes';

/** The values every seeded instance's `connect:WorkloadType` starts with. */
export const SEEDED_WORKLOAD_TYPES: readonly string[] = ['billing', 'returns', 'general'];

export interface SeedSummary {
  readonly instanceId: string;
  readonly instanceArn: string;
  /** Standard queues only (agent queues have no name). */
  readonly queues: ReadonlyArray<{ readonly name: string; readonly id: string; readonly arn: string }>;
  readonly routingProfiles: ReadonlyArray<{ readonly name: string; readonly id: string; readonly arn: string; readonly isDefault: boolean }>;
  readonly users: ReadonlyArray<{ readonly id: string; readonly username: string }>;
  readonly contacts: ReadonlyArray<{ readonly id: string; readonly queueId: string }>;
  /** The values of the instance's system predefined attribute `connect:WorkloadType`. */
  readonly workloadTypes: readonly string[];
}

/** What a brand-new Connect instance holds (plus a few workload types, so workload-type tests have values to use). */
export function seedNewInstance(store: Store, alias: string, id?: string): InstanceRecord {
  const instance = store.createInstance(alias, id);
  const basicQueue = store.addQueue(instance, { name: 'BasicQueue', description: 'A simple, basic voice queue.' });
  const profile: Omit<RoutingProfileRecord, 'arn'> = {
    id: randomUUID(),
    name: 'Basic Routing Profile',
    description: 'Default routing profile',
    defaultOutboundQueueId: basicQueue.id,
    mediaConcurrencies: [
      { Channel: 'VOICE', Concurrency: 1, CrossChannelBehavior: { BehaviorType: 'ROUTE_CURRENT_CHANNEL_ONLY' } },
      { Channel: 'CHAT', Concurrency: 2, CrossChannelBehavior: { BehaviorType: 'ROUTE_CURRENT_CHANNEL_ONLY' } },
      { Channel: 'TASK', Concurrency: 1, CrossChannelBehavior: { BehaviorType: 'ROUTE_CURRENT_CHANNEL_ONLY' } },
    ],
    queueConfigs: (['VOICE', 'CHAT', 'TASK'] as const).map((channel) => ({ queueId: basicQueue.id, channel, priority: 1, delay: 0 })),
    manualQueues: [],
    agentAvailabilityTimer: 'TIME_SINCE_LAST_ACTIVITY',
    isDefault: true,
    tags: {},
    lastModifiedTime: nowSeconds(),
  };
  store.addRoutingProfile(instance, profile, 'seed');
  setWorkloadTypes(instance, [...SEEDED_WORKLOAD_TYPES], 'replace');
  return instance;
}

/** The instance `startEmulator` and the CLI create: a small but realistic contact center. */
export function seedDefaultInstance(store: Store): InstanceRecord {
  const instance = seedNewInstance(store, 'emulated-contact-center');
  const byName = (name: string): string => [...instance.queues.values()].find((q) => q.name === name)!.id;
  for (const [name, description] of [
    ['Sales', 'Inbound sales calls and chats'],
    ['Support', 'Customer support'],
    ['Billing', 'Billing questions'],
    ['Callbacks', 'Scheduled and queued callbacks'],
    ['VIP', 'Priority customers'],
  ]) {
    store.addQueue(instance, { name, description });
  }
  const basic = [...instance.routingProfiles.values()].find((p) => p.isDefault)!;
  store.addUser(instance, { username: 'alice', firstName: 'Alice', lastName: 'Agent', email: 'alice@example.com', routingProfileId: basic.id });
  store.addUser(instance, { username: 'bob', firstName: 'Bob', lastName: 'Agent', email: 'bob@example.com', routingProfileId: basic.id });
  const now = nowSeconds();
  // Three callers waiting in BasicQueue (oldest first) and two chats in Support.
  store.addContact(instance, { queueId: byName('BasicQueue'), channel: 'VOICE', enqueuedAt: now - 300 });
  store.addContact(instance, { queueId: byName('BasicQueue'), channel: 'VOICE', enqueuedAt: now - 120 });
  store.addContact(instance, { queueId: byName('BasicQueue'), channel: 'VOICE', enqueuedAt: now - 30 });
  store.addContact(instance, { queueId: byName('Support'), channel: 'CHAT', enqueuedAt: now - 200 });
  store.addContact(instance, { queueId: byName('Support'), channel: 'CHAT', enqueuedAt: now - 60 });
  return instance;
}

export function summarize(instance: InstanceRecord): SeedSummary {
  return {
    instanceId: instance.id,
    instanceArn: instance.arn,
    queues: [...instance.queues.values()].filter((q) => q.type === 'STANDARD').map((q) => ({ name: q.name!, id: q.id, arn: q.arn })),
    routingProfiles: [...instance.routingProfiles.values()].map((p) => ({ name: p.name, id: p.id, arn: p.arn, isDefault: p.isDefault })),
    users: [...instance.users.values()].map((u) => ({ id: u.id, username: u.username })),
    contacts: [...instance.contacts.values()].map((c) => ({ id: c.id, queueId: c.queueId })),
    workloadTypes: [...instance.predefinedAttributes.get(WORKLOAD_TYPE_ATTRIBUTE)!.values],
  };
}

/** Body of `POST /_emulator/seed`. Every item defaults to the emulator's default instance. */
export interface SeedRequest {
  /** New instances, each seeded like a real one (BasicQueue, Basic Routing Profile). */
  readonly instances?: ReadonlyArray<{ readonly alias?: string; readonly id?: string }>;
  readonly queues?: ReadonlyArray<{ readonly instanceId?: string; readonly name: string; readonly description?: string; readonly id?: string }>;
  /** `routingProfileId` defaults to the instance's default profile. */
  readonly users?: ReadonlyArray<{
    readonly instanceId?: string;
    readonly username: string;
    readonly firstName?: string;
    readonly lastName?: string;
    readonly routingProfileId?: string;
    readonly id?: string;
  }>;
  /** `waitingSeconds` is how long the contact has already waited (default 0); priority defaults to 5. */
  readonly contacts?: ReadonlyArray<{
    readonly instanceId?: string;
    readonly queueId: string;
    readonly channel?: Channel;
    readonly priority?: number;
    readonly waitingSeconds?: number;
    readonly state?: ContactState;
    readonly id?: string;
  }>;
  /**
   * Customer predefined attributes (names follow the Admin Guide's rules: no `aws:` or `connect:` prefix, unique
   * ignoring case). To change `connect:WorkloadType`, use `setWorkloadTypes`/`addWorkloadTypes`.
   */
  readonly predefinedAttributes?: ReadonlyArray<{ readonly instanceId?: string; readonly name: string; readonly values?: readonly string[] }>;
}

export interface SeedResult {
  readonly instances: SeedSummary[];
  readonly queues: Array<{ name: string; id: string; arn: string; instanceId: string }>;
  readonly users: Array<{ id: string; username: string; arn: string; routingProfileId: string; instanceId: string }>;
  readonly contacts: Array<{ id: string; queueId: string; arn: string; instanceId: string }>;
  readonly predefinedAttributes: Array<{ name: string; values: string[]; instanceId: string }>;
}

/** Applies a seed request; a bad reference is a 400 naming it, and nothing after it is applied. */
export function applySeed(store: Store, defaultInstanceId: string, request: SeedRequest): SeedResult {
  const result: SeedResult = { instances: [], queues: [], users: [], contacts: [], predefinedAttributes: [] };
  for (const spec of request.instances ?? []) {
    const instance = seedNewInstance(store, spec.alias ?? `instance-${store.instances().length + 1}`, spec.id);
    result.instances.push(summarize(instance));
  }
  for (const spec of request.queues ?? []) {
    const instance = store.instance(spec.instanceId ?? defaultInstanceId);
    if (typeof spec.name !== 'string' || spec.name.length === 0) throw invalidParameter('seed: every queue needs a name');
    if ([...instance.queues.values()].some((q) => q.name === spec.name)) throw invalidParameter(`seed: queue name already exists: ${spec.name}`);
    const queue = store.addQueue(instance, { name: spec.name, description: spec.description, id: spec.id });
    result.queues.push({ name: spec.name, id: queue.id, arn: queue.arn, instanceId: instance.id });
  }
  for (const spec of request.users ?? []) {
    const instance = store.instance(spec.instanceId ?? defaultInstanceId);
    const routingProfileId = spec.routingProfileId ?? [...instance.routingProfiles.values()].find((p) => p.isDefault)!.id;
    store.routingProfile(instance, routingProfileId);
    const user = store.addUser(instance, { ...spec, routingProfileId });
    result.users.push({ id: user.id, username: user.username, arn: user.arn, routingProfileId, instanceId: instance.id });
  }
  for (const spec of request.contacts ?? []) {
    const instance = store.instance(spec.instanceId ?? defaultInstanceId);
    store.queue(instance, spec.queueId);
    const contact = store.addContact(instance, {
      queueId: spec.queueId,
      channel: spec.channel,
      priority: spec.priority,
      state: spec.state,
      id: spec.id,
      enqueuedAt: nowSeconds() - (spec.waitingSeconds ?? 0),
    });
    result.contacts.push({ id: contact.id, queueId: contact.queueId, arn: contact.arn, instanceId: instance.id });
  }
  for (const spec of request.predefinedAttributes ?? []) {
    const instance = store.instance(spec.instanceId ?? defaultInstanceId);
    let attribute;
    try {
      attribute = addCustomAttribute(instance, spec.name, spec.values);
    } catch (e) {
      throw invalidParameter(`seed: ${(e as Error).message}`);
    }
    result.predefinedAttributes.push({ name: attribute.name, values: [...attribute.values], instanceId: instance.id });
  }
  return result;
}
