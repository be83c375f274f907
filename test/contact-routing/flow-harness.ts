import { CallRecord, RunningEmulator, startEmulator } from '../../emulator';
import { handler } from '../../lambda/contact-routing';
import { ContactRoutingConfigSpec, ContactRoutingEnv, CONTACT_ROUTING_CONFIG_VERSION } from '../../src/private/contact-routing-contract';
import { ProviderEnv } from '../../src/private/contract';

/** The contact-routing handler run for real, its Connect SDK calls going over HTTP to the emulator. */
export async function startFlowEmulator(): Promise<RunningEmulator> {
  const emulator = await startEmulator({ port: 0, throttle: false, log: () => undefined });
  process.env[ProviderEnv.CONNECT_ENDPOINT] = emulator.endpoint;
  process.env.AWS_ACCESS_KEY_ID = 'test';
  process.env.AWS_SECRET_ACCESS_KEY = 'test';
  return emulator;
}

/** Sets the rule configuration the handler reads, as the construct would write it. */
export function configure(config: Partial<ContactRoutingConfigSpec> | string): void {
  process.env[ContactRoutingEnv.CONFIG] = typeof config === 'string'
    ? config : JSON.stringify({ version: CONTACT_ROUTING_CONFIG_VERSION, rules: [], ...config });
}

export interface FlowContactOptions {
  readonly attributes?: Record<string, string>;
  readonly parameters?: Record<string, string>;
  readonly channel?: string;
  readonly initiationMethod?: string;
  /** The queue the flow has set; `null` for none. Default: the contact's queue. */
  readonly queue?: { ARN: string; Name: string } | null;
}

/** The event Connect sends a flow's Lambda function for a contact waiting in one of the emulator's queues. */
export function flowEvent(emulator: RunningEmulator, contact: { id: string; queueId: string }, options: FlowContactOptions = {}) {
  const queue = emulator.seed.queues.find((q) => q.id === contact.queueId);
  return {
    Name: 'ContactFlowEvent',
    Details: {
      ContactData: {
        Attributes: options.attributes ?? {},
        Channel: options.channel ?? 'VOICE',
        ContactId: contact.id,
        CustomerEndpoint: { Address: '+15555550100', Type: 'TELEPHONE_NUMBER' },
        InitialContactId: contact.id,
        InitiationMethod: options.initiationMethod ?? 'INBOUND',
        InstanceARN: emulator.instanceArn,
        PreviousContactId: contact.id,
        Queue: options.queue !== undefined ? options.queue : queue ? { ARN: queue.arn, Name: queue.name } : null,
        SystemEndpoint: { Address: '+15555550199', Type: 'TELEPHONE_NUMBER' },
        MediaStreams: { Customer: { Audio: null } },
      },
      Parameters: options.parameters ?? {},
    },
  };
}

/** Invokes the handler as Lambda would, with `remainingMs` left in the invocation (7 s, the construct's default timeout). */
export function invoke(event: unknown, remainingMs = 7_000): Promise<Record<string, string>> {
  return handler(event, { getRemainingTimeInMillis: () => remainingMs });
}

/** Every UpdateContactRoutingData the emulator received, throttled and failed ones included. */
export function routingDataCalls(emulator: RunningEmulator): Promise<CallRecord[]> {
  return emulator.control.calls({ operation: 'UpdateContactRoutingData' });
}

/** Ids of the contacts waiting in a queue, in routing order. */
export async function order(emulator: RunningEmulator, queueId: string): Promise<string[]> {
  return (await emulator.control.queueOrder(queueId)).map((c) => c.contactId);
}

export function queueOf(emulator: RunningEmulator, name: string): { id: string; arn: string; name: string } {
  const queue = emulator.seed.queues.find((q) => q.name === name);
  if (!queue) throw new Error(`no seeded queue ${name}`);
  return queue;
}
