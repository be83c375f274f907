import type { InstanceSpec, ProfileSpec } from './connect-instance';
import type { Channel } from '../../lambda/reconcile/types';

/** Fourteen overflow queues after the named ones: enough for more than 50 pairs on one profile. */
const NAMED = ['Support', 'Billing', 'VIP', 'Café Ñandú', 'Queue "quoted"', 'Email Support', 'Back Office', 'Callbacks'];
const OVERFLOW = Array.from({ length: 14 }, (_, i) => `Overflow ${String(i + 1).padStart(2, '0')}`);
const queue = (name: string) => NAMED.indexOf(name);

/** The queue pair quota the emulator needs for `RICH_INSTANCE` (Connect's default is 50). */
export const RAISED_QUEUE_PAIR_QUOTA = 60;

/**
 * An instance with every shape an export writes from what the emulator can hold: both concurrency models with every
 * behaviour, delays, a timer, tags (one needing quotes), manual-assignment queues, names needing escapes and a profile
 * over Connect's default quota of 50 pairs (`maxQueuePairs`).
 */
export const RICH_INSTANCE: InstanceSpec = {
  queueNames: [...NAMED, ...OVERFLOW],
  profiles: [
    {
      name: 'Tier 1 Support',
      description: 'Front-line agents: calls first, up to three chats alongside',
      defaultOutboundQueue: queue('Support'),
      mediaConcurrencies: [
        { channel: 'VOICE', concurrency: 1 },
        { channel: 'CHAT', concurrency: 3, crossChannelBehavior: 'ROUTE_ANY_CHANNEL' },
        { channel: 'TASK', concurrency: 2, crossChannelBehavior: 'ROUTE_CURRENT_CHANNEL_ONLY' },
      ],
      queueConfigs: [
        { queue: queue('VIP'), channel: 'VOICE', priority: 1, delaySeconds: 0 },
        { queue: queue('Support'), channel: 'VOICE', priority: 1, delaySeconds: 0 },
        { queue: queue('Support'), channel: 'CHAT', priority: 1, delaySeconds: 0 },
        { queue: queue('Billing'), channel: 'VOICE', priority: 2, delaySeconds: 30 },
        { queue: queue('Café Ñandú'), channel: 'CHAT', priority: 3, delaySeconds: 15 },
        { queue: queue('Queue "quoted"'), channel: 'TASK', priority: 4, delaySeconds: 0 },
      ],
      manualAssignmentQueueConfigs: [{ queue: queue('Callbacks'), channel: 'CHAT' }],
      agentAvailabilityTimer: 'TIME_SINCE_LAST_INBOUND',
      tags: { 'team': 'support', 'cost-center': '42' },
    },
    {
      name: 'Back office',
      description: 'Tasks and emails per workload type; callbacks picked by hand',
      defaultOutboundQueue: queue('Back Office'),
      mediaConcurrencies: [
        { channel: 'VOICE', concurrency: 1 },
        {
          channel: 'TASK',
          workloadTypeConcurrencies: [
            { workloadType: 'returns', concurrency: 2 },
            { workloadType: 'billing', concurrency: 3, crossChannelWorkloadBehavior: 'ROUTE_CURRENT_CHANNEL_ANY_WORKLOADTYPE_ONLY' },
          ],
        },
        { channel: 'EMAIL', crossChannelBehavior: 'ROUTE_ANY_CHANNEL', workloadTypeConcurrencies: [{ workloadType: 'general', concurrency: 4 }] },
      ],
      queueConfigs: [
        { queue: queue('Back Office'), channel: 'TASK', priority: 1, delaySeconds: 0 },
        { queue: queue('Email Support'), channel: 'EMAIL', priority: 1, delaySeconds: 0 },
      ],
      manualAssignmentQueueConfigs: [
        { queue: queue('Callbacks'), channel: 'VOICE' },
        { queue: queue('Callbacks'), channel: 'TASK' },
      ],
      tags: {},
    },
    overflowProfile(),
  ],
};

/** 55 pairs over the overflow queues and every channel. */
function overflowProfile(): ProfileSpec {
  const channels: Channel[] = ['VOICE', 'CHAT', 'TASK', 'EMAIL'];
  const pairs = OVERFLOW.flatMap((_, i) => channels.map((channel) => ({
    queue: NAMED.length + i, channel, priority: 10 + i, delaySeconds: i * 60,
  }))).slice(0, 55);
  return {
    name: 'Overflow "night" shift',
    description: 'Every overflow queue on every channel',
    defaultOutboundQueue: -1,
    mediaConcurrencies: [
      { channel: 'VOICE', concurrency: 1 },
      { channel: 'CHAT', concurrency: 2 },
      { channel: 'TASK', concurrency: 1 },
      { channel: 'EMAIL', concurrency: 1 },
    ],
    queueConfigs: pairs,
    manualAssignmentQueueConfigs: [],
    agentAvailabilityTimer: 'TIME_SINCE_LAST_ACTIVITY',
    tags: { shift: 'night' },
  };
}
