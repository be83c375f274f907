import { CrossChannelWorkloadBehavior } from './cross-channel-workload-behavior';

/**
 * How many contacts of one workload type an agent with the routing profile works at once, on a channel configured
 * per workload type (`MediaConcurrency.taskByWorkloadType`, `MediaConcurrency.emailByWorkloadType`).
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_WorkloadTypeConcurrency.html
 */
export interface WorkloadTypeConcurrency {
  /**
   * The workload type: a value of the instance's system predefined attribute `connect:WorkloadType`, e.g.
   * `billing`, given once per channel. The deploy checks that the instance has it (see `checkWorkloadTypes`).
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/predefined-attributes.html
   */
  readonly workloadType: string;

  /**
   * How many contacts of this workload type an agent works at once: a whole number from 1 to 10. A channel's
   * workload types add up to at most 10.
   */
  readonly concurrency: number;

  /**
   * Whether an agent busy with a contact of this workload type may be offered contacts of other workload types or
   * channels.
   *
   * @default - not set, and not managed: the deploy keeps whatever Connect has
   * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CrossChannelWorkloadBehavior.html
   */
  readonly crossChannelWorkloadBehavior?: CrossChannelWorkloadBehavior;
}
