import { Duration, Stack, StackProps, Tags } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import {
  AgentAvailabilityTimer,
  Channel,
  ContactRoutingFunction,
  CrossChannelBehavior,
  MediaConcurrency,
  QueueRef,
  QueueTimeAdjustment,
  RoutingCondition,
  RoutingProfile,
  RoutingProfileConcurrency,
  RoutingProfileTarget,
} from '../../src';

export interface ContactCenterStackProps extends StackProps {
  /** The Amazon Connect instance to configure. */
  readonly instanceArn: string;

  /**
   * The holiday-peak variant: sales agents take four chats instead of two and returns move up the support
   * queue order. The demo deploys it as "a change to the app".
   *
   * @default false
   */
  readonly holidayPeak?: boolean;
}

/**
 * A contact center across voice, chat, task and email: front-line support taking twelve queues on two channels
 * (24 queue/channel pairs, more than Connect's 10 per call), a sales team, an email desk, a callback desk that
 * picks its work by hand, the concurrency of the instance's default profile (which the stack does not own), and
 * contact-routing rules flows call to move VIP callers and callbacks forward.
 * Queues are referenced by name and resolved in the instance at deploy time.
 */
export class ContactCenterStack extends Stack {
  public readonly support: RoutingProfile;
  public readonly sales: RoutingProfile;
  public readonly emailDesk: RoutingProfile;
  public readonly callbacks: RoutingProfile;
  public readonly contactRouting: ContactRoutingFunction;
  public readonly defaultProfileConcurrency: RoutingProfileConcurrency;

  constructor(scope: Construct, id: string, props: ContactCenterStackProps) {
    super(scope, id, props);
    const queue = (name: string) => QueueRef.fromQueueName(name);
    const peak = props.holidayPeak ?? false;

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
    // Priority 1 routes first; a delay lets the queue's own agents take a contact before this profile's do.
    const supportOrder: Array<[string, number, number]> = [
      ['VIP', 1, 0], ['Outages', 1, 0], ['Escalations', 2, 0], ['Support', 2, 0], ['Technical Support', 3, 0],
      ['Billing', 3, 0], ['Returns', peak ? 2 : 4, 0], ['Spanish', 5, 30], ['French', 5, 30], ['Sales', 6, 15],
      ['Callbacks', 7, 30], ['BasicQueue', 9, 60],
    ];
    for (const [name, priority, delaySeconds] of supportOrder) {
      for (const channel of [Channel.VOICE, Channel.CHAT]) {
        this.support.addQueueConfig({ queue: queue(name), channel, priority, delay: Duration.seconds(delaySeconds) });
      }
    }

    this.sales = new RoutingProfile(this, 'Sales', {
      instanceArn: props.instanceArn,
      routingProfileName: 'Sales',
      description: 'Sales agents: inbound sales calls and chats, VIP calls when free',
      defaultOutboundQueue: queue('Sales'),
      mediaConcurrencies: [MediaConcurrency.voice(), MediaConcurrency.chat(peak ? 4 : 2)],
      queueConfigs: [
        { queue: queue('Sales'), channel: Channel.VOICE, priority: 1 },
        { queue: queue('Sales'), channel: Channel.CHAT, priority: 1 },
        { queue: queue('VIP'), channel: Channel.VOICE, priority: 2 },
      ],
      tags: { team: 'sales' },
      fallbackRoutingProfile: this.support,
    });

    this.emailDesk = new RoutingProfile(this, 'EmailDesk', {
      instanceArn: props.instanceArn,
      routingProfileName: 'Email Desk',
      description: 'Written contacts: five emails at once, back-office tasks alongside',
      defaultOutboundQueue: queue('Email Support'),
      mediaConcurrencies: [MediaConcurrency.email(5), MediaConcurrency.task(3)],
      queueConfigs: [
        { queue: queue('Email Support'), channel: Channel.EMAIL, priority: 1 },
        { queue: queue('Billing'), channel: Channel.EMAIL, priority: 2 },
        { queue: queue('Back Office'), channel: Channel.TASK, priority: 1 },
      ],
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

    // The instance's default profile is not ours: manage only its concurrency, and put it back on removal.
    this.defaultProfileConcurrency = new RoutingProfileConcurrency(this, 'BasicConcurrency', {
      routingProfile: RoutingProfileTarget.fromName(props.instanceArn, 'Basic Routing Profile'),
      mediaConcurrencies: [
        MediaConcurrency.chat(3, { crossChannelBehavior: CrossChannelBehavior.ROUTE_ANY_CHANNEL }),
        MediaConcurrency.task(2),
      ],
    });

    // Flows invoke this to reorder a waiting contact: gold and platinum customers first, callbacks ten minutes forward.
    this.contactRouting = new ContactRoutingFunction(this, 'ContactRouting', {
      instanceArn: props.instanceArn,
      rules: [
        { name: 'vip', conditions: [RoutingCondition.attributeOneOf('tier', ['gold', 'platinum'])], priority: 1 },
        {
          name: 'callbacks',
          conditions: [RoutingCondition.initiationMethodOneOf(['CALLBACK'])],
          queueTimeAdjustment: QueueTimeAdjustment.forward(Duration.minutes(10)),
        },
      ],
    });

    Tags.of(this).add('cost-center', 'contact-center');
  }
}
