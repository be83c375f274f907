import { Duration, Stack, StackProps, Tags } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import {
  AgentAvailabilityTimer,
  Channel,
  CrossChannelBehavior,
  MediaConcurrency,
  QueueRef,
  RoutingProfile,
} from '../../src';

export interface ContactCenterStackProps extends StackProps {
  /** The Amazon Connect instance to configure. */
  readonly instanceArn: string;
}

/**
 * A small contact center: front-line support across voice and chat (12 queue/channel pairs, more than one
 * Connect call can carry), a sales team, and a callback desk that agents pick work from by hand.
 * Queues are referenced by name and resolved in the instance at deploy time.
 */
export class ContactCenterStack extends Stack {
  public readonly support: RoutingProfile;
  public readonly sales: RoutingProfile;
  public readonly callbacks: RoutingProfile;

  constructor(scope: Construct, id: string, props: ContactCenterStackProps) {
    super(scope, id, props);
    const queue = (name: string) => QueueRef.fromQueueName(name);

    this.support = new RoutingProfile(this, 'Support', {
      instanceArn: props.instanceArn,
      routingProfileName: 'Tier 1 Support',
      description: 'Front-line agents: calls first, up to three chats and two tasks alongside',
      defaultOutboundQueue: queue('Support'),
      mediaConcurrencies: [
        MediaConcurrency.voice(),
        MediaConcurrency.chat(3, { crossChannelBehavior: CrossChannelBehavior.ROUTE_ANY_CHANNEL }),
        MediaConcurrency.task(2),
      ],
      agentAvailabilityTimer: AgentAvailabilityTimer.TIME_SINCE_LAST_INBOUND,
      queueConfigs: [],
    });
    // VIP customers first, then support, then the rest after a short delay.
    const order: Array<[string, number, number]> = [
      ['VIP', 1, 0], ['Support', 2, 0], ['Billing', 3, 0], ['Sales', 4, 15], ['Callbacks', 5, 30], ['BasicQueue', 9, 60],
    ];
    for (const [name, priority, delaySeconds] of order) {
      for (const channel of [Channel.VOICE, Channel.CHAT]) {
        this.support.addQueueConfig({ queue: queue(name), channel, priority, delay: Duration.seconds(delaySeconds) });
      }
    }

    this.sales = new RoutingProfile(this, 'Sales', {
      instanceArn: props.instanceArn,
      routingProfileName: 'Sales',
      defaultOutboundQueue: queue('Sales'),
      mediaConcurrencies: [MediaConcurrency.voice(), MediaConcurrency.chat(2)],
      queueConfigs: [
        { queue: queue('Sales'), channel: Channel.VOICE, priority: 1 },
        { queue: queue('Sales'), channel: Channel.CHAT, priority: 1 },
        { queue: queue('VIP'), channel: Channel.VOICE, priority: 1 },
      ],
      tags: { team: 'sales' },
      fallbackRoutingProfile: this.support,
    });

    this.callbacks = new RoutingProfile(this, 'Callbacks', {
      instanceArn: props.instanceArn,
      routingProfileName: 'Callback Desk',
      description: 'Agents pick scheduled callbacks and tasks from the queue themselves',
      defaultOutboundQueue: queue('Callbacks'),
      mediaConcurrencies: [MediaConcurrency.voice(), MediaConcurrency.task(5)],
      queueConfigs: [{ queue: queue('Callbacks'), channel: Channel.TASK, priority: 1 }],
      manualAssignmentQueueConfigs: [
        { queue: queue('Callbacks'), channel: Channel.VOICE },
        { queue: queue('Callbacks'), channel: Channel.TASK },
      ],
    });

    Tags.of(this).add('cost-center', 'contact-center');
  }
}
