import { Channel } from './channel';
import { CrossChannelBehavior } from './cross-channel-behavior';
import { MediaConcurrencyEntry } from './private/contract';
import { workloadTypeConcurrencyEntry } from './private/profile-spec';
import { WorkloadTypeConcurrency } from './workload-type-concurrency';

/**
 * Options of a media concurrency.
 */
export interface MediaConcurrencyOptions {
  /**
   * Whether an agent busy on this channel may be offered contacts on other channels.
   *
   * @default - not set; Connect applies `ROUTE_CURRENT_CHANNEL_ONLY`
   * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CrossChannelBehavior.html
   */
  readonly crossChannelBehavior?: CrossChannelBehavior;
}

/**
 * How many contacts of one channel an agent with the routing profile works at once: one number for the channel, or
 * (TASK and EMAIL) a number per workload type.
 *
 * Rules: VOICE is exactly 1; CHAT, TASK and EMAIL take a whole number from 1 to 10. Per workload type (TASK and
 * EMAIL only): 1 to 5 workload types, each once, each from 1 to 10, adding up to at most 10. They are checked by the
 * construct that takes the value (unless a value is a token, which the handler checks at deploy), so the message
 * names where it is: `mediaConcurrencies[1].concurrency`.
 *
 * Per the Admin Guide, a task or email whose workload type no agent's routing profile lists stays queued
 * indefinitely: read the README's "Workload types" section before declaring them.
 *
 * The example's TASK concurrency per workload type, from Python:
 *
 * ```python
 * MediaConcurrency.task_by_workload_type([
 *     WorkloadTypeConcurrency(workload_type="billing", concurrency=3,
 *         cross_channel_workload_behavior=CrossChannelWorkloadBehavior.ROUTE_CURRENT_CHANNEL_ANY_WORKLOADTYPE_ONLY),
 *     WorkloadTypeConcurrency(workload_type="returns", concurrency=2),
 * ])
 * ```
 *
 * @example
 * const tasks = MediaConcurrency.taskByWorkloadType([
 *   {
 *     workloadType: 'billing',
 *     concurrency: 3,
 *     crossChannelWorkloadBehavior: CrossChannelWorkloadBehavior.ROUTE_CURRENT_CHANNEL_ANY_WORKLOADTYPE_ONLY,
 *   },
 *   { workloadType: 'returns', concurrency: 2 },
 * ]);
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_MediaConcurrency.html
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/routing-profiles.html
 */
export class MediaConcurrency {
  /**
   * Voice: one call at a time, the only concurrency Connect allows for VOICE.
   *
   * @param options the cross-channel behaviour
   */
  public static voice(options: MediaConcurrencyOptions = {}): MediaConcurrency {
    return new MediaConcurrency(Channel.VOICE, 1, options);
  }

  /**
   * Chat: up to `concurrency` chats at once.
   *
   * @param concurrency a whole number from 1 to 10
   * @param options the cross-channel behaviour
   */
  public static chat(concurrency: number, options: MediaConcurrencyOptions = {}): MediaConcurrency {
    return new MediaConcurrency(Channel.CHAT, concurrency, options);
  }

  /**
   * Task: up to `concurrency` tasks at once.
   *
   * @param concurrency a whole number from 1 to 10
   * @param options the cross-channel behaviour
   */
  public static task(concurrency: number, options: MediaConcurrencyOptions = {}): MediaConcurrency {
    return new MediaConcurrency(Channel.TASK, concurrency, options);
  }

  /**
   * Email: up to `concurrency` emails at once.
   *
   * @param concurrency a whole number from 1 to 10
   * @param options the cross-channel behaviour
   */
  public static email(concurrency: number, options: MediaConcurrencyOptions = {}): MediaConcurrency {
    return new MediaConcurrency(Channel.EMAIL, concurrency, options);
  }

  /**
   * Tasks per workload type: up to `concurrency` tasks of each listed workload type at once, instead of one number
   * for the channel. A task whose workload type no routing profile of the instance lists stays queued indefinitely.
   *
   * @param workloadTypeConcurrencies 1 to 5 workload types, each once, their concurrencies adding up to at most 10
   * @param options the channel's cross-channel behaviour
   */
  public static taskByWorkloadType(workloadTypeConcurrencies: WorkloadTypeConcurrency[], options: MediaConcurrencyOptions = {}): MediaConcurrency {
    return new MediaConcurrency(Channel.TASK, undefined, options, workloadTypeConcurrencies);
  }

  /**
   * Emails per workload type: up to `concurrency` emails of each listed workload type at once, instead of one number
   * for the channel. An email whose workload type no routing profile of the instance lists stays queued indefinitely.
   *
   * @param workloadTypeConcurrencies 1 to 5 workload types, each once, their concurrencies adding up to at most 10
   * @param options the channel's cross-channel behaviour
   */
  public static emailByWorkloadType(workloadTypeConcurrencies: WorkloadTypeConcurrency[], options: MediaConcurrencyOptions = {}): MediaConcurrency {
    return new MediaConcurrency(Channel.EMAIL, undefined, options, workloadTypeConcurrencies);
  }

  /**
   * Any channel, including one made with `Channel.of`.
   *
   * @param channel the channel
   * @param concurrency exactly 1 for VOICE, otherwise a whole number from 1 to 10
   * @param options the cross-channel behaviour
   */
  public static of(channel: Channel, concurrency: number, options: MediaConcurrencyOptions = {}): MediaConcurrency {
    return new MediaConcurrency(channel, concurrency, options);
  }

  /** The channel. */
  public readonly channel: Channel;

  /**
   * How many contacts of the channel an agent works at once.
   *
   * @default - none: the channel is configured per workload type (`workloadTypeConcurrencies`)
   */
  public readonly concurrency?: number;

  /**
   * How many contacts of each workload type an agent works at once, on a channel configured per workload type.
   *
   * @default - none: the channel has one `concurrency`
   */
  public readonly workloadTypeConcurrencies?: WorkloadTypeConcurrency[];

  /**
   * Whether an agent busy on this channel may be offered contacts on other channels.
   *
   * @default - not set; Connect applies `ROUTE_CURRENT_CHANNEL_ONLY`
   */
  public readonly crossChannelBehavior?: CrossChannelBehavior;

  private constructor(
    channel: Channel, concurrency: number | undefined, options: MediaConcurrencyOptions, workloadTypeConcurrencies?: WorkloadTypeConcurrency[],
  ) {
    this.channel = channel;
    this.concurrency = concurrency;
    this.crossChannelBehavior = options.crossChannelBehavior;
    this.workloadTypeConcurrencies = workloadTypeConcurrencies && [...workloadTypeConcurrencies];
  }

  /**
   * The concurrency as the desired-state spec carries it: `WorkloadTypeConcurrencies` instead of `Concurrency` on a
   * channel configured per workload type (and only then, so a spec of a channel-level concurrency reads as before).
   *
   * @internal
   */
  public _toSpec(): MediaConcurrencyEntry {
    if (this.workloadTypeConcurrencies !== undefined) {
      return {
        Channel: this.channel.value,
        CrossChannelBehavior: this.crossChannelBehavior?.value,
        WorkloadTypeConcurrencies: this.workloadTypeConcurrencies.map(workloadTypeConcurrencyEntry),
      };
    }
    return {
      Channel: this.channel.value,
      Concurrency: this.concurrency,
      CrossChannelBehavior: this.crossChannelBehavior?.value,
    };
  }
}
