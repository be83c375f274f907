import { Channel, DesiredProfile, LiveProfile, LiveState, QueuePair, QueueConfig } from '../../lambda/reconcile';

export const CHANNELS: readonly Channel[] = ['VOICE', 'CHAT', 'TASK', 'EMAIL'];

/** `n` distinct standard configs q000/VOICE, q000/CHAT, … with priority 1 and delay 0, starting at `from`. */
export function queues(n: number, from = 0, priority = 1, delay = 0): QueueConfig[] {
  return Array.from({ length: n }, (_, i) => ({ ...pair(from + i), priority, delaySeconds: delay }));
}

/** `n` distinct manual-assignment pairs, starting at `from`. */
export function manualQueues(n: number, from = 0): QueuePair[] {
  return Array.from({ length: n }, (_, i) => pair(from + i));
}

function pair(i: number): QueuePair {
  return { queue: `q${String(Math.floor(i / 4)).padStart(3, '0')}`, channel: CHANNELS[i % 4] };
}

/** A live state with both queue lists read, as every state these tests build is (the handler may leave unread a list it does not manage). */
export type ReadState = LiveState & { readonly queueConfigs: readonly QueueConfig[]; readonly manualAssignmentQueueConfigs: readonly QueuePair[] };

export const LIVE: LiveProfile & ReadState = {
  routingProfileId: 'rp-1',
  routingProfileArn: 'arn:aws:connect:us-east-1:123456789012:instance/i-1/routing-profile/rp-1',
  isDefault: false,
  numberOfAssociatedUsers: 0,
  name: 'Sales',
  description: 'Sales agents',
  defaultOutboundQueue: 'q-out',
  mediaConcurrencies: [
    { channel: 'VOICE', concurrency: 1, crossChannelBehavior: 'ROUTE_CURRENT_CHANNEL_ONLY' },
    { channel: 'CHAT', concurrency: 3, crossChannelBehavior: 'ROUTE_ANY_CHANNEL' },
  ],
  queueConfigs: queues(3),
  manualAssignmentQueueConfigs: manualQueues(2),
  agentAvailabilityTimer: 'TIME_SINCE_LAST_ACTIVITY',
  tags: { 'team': 'sales', 'env': 'prod', 'aws:cloudformation:stack-name': 'S' },
};

/** The desired state equal to LIVE in every managed field. */
export const SAME: DesiredProfile = {
  name: LIVE.name,
  description: LIVE.description!,
  defaultOutboundQueue: LIVE.defaultOutboundQueue,
  mediaConcurrencies: LIVE.mediaConcurrencies,
  queueConfigs: LIVE.queueConfigs,
  manualAssignmentQueueConfigs: LIVE.manualAssignmentQueueConfigs,
  agentAvailabilityTimer: LIVE.agentAvailabilityTimer,
  tags: { team: 'sales', env: 'prod' },
};
