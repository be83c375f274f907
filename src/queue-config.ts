import { Duration } from 'aws-cdk-lib';
import { Channel } from './channel';
import { QueueRef } from './queue-ref';

/**
 * A queue the routing profile routes contacts of one channel from, with its priority and delay.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_RoutingProfileQueueConfig.html
 */
export interface QueueConfig {
  /**
   * The queue.
   */
  readonly queue: QueueRef;

  /**
   * The channel whose contacts the profile takes from this queue; the profile needs a media concurrency for it.
   */
  readonly channel: Channel;

  /**
   * The order in which contacts are routed to agents across the profile's queues: a whole number from 1 (first)
   * to 99.
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/concepts-routing-profiles-priority.html
   */
  readonly priority: number;

  /**
   * How long a contact waits in this queue before it is routed to an agent with this profile: whole seconds
   * from 0 to 9999.
   *
   * @default Duration.seconds(0)
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/concepts-routing-profiles-priority.html
   */
  readonly delay?: Duration;
}

/**
 * A queue whose contacts of one channel agents with the profile pick themselves (manual assignment) instead of
 * being offered them. VOICE is allowed: Connect supports it for agent-first callbacks.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_RoutingProfileManualAssignmentQueueConfig.html
 */
export interface ManualAssignmentQueueConfig {
  /**
   * The queue.
   */
  readonly queue: QueueRef;

  /**
   * The channel whose contacts agents pick from this queue.
   */
  readonly channel: Channel;
}
