import { Channel } from './channel';
import { CrossChannelBehavior } from './cross-channel-behavior';
import { MediaConcurrencyEntry } from './private/contract';

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
 * How many contacts of one channel an agent with the routing profile works at once.
 *
 * Rules: VOICE is exactly 1; CHAT, TASK and EMAIL take a whole number from 1 to 10. They are checked by the
 * construct that takes the value (unless the number is a token, which the handler checks at deploy), so the message
 * names where it is: `mediaConcurrencies[1].concurrency`.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_MediaConcurrency.html
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

  /** How many contacts of the channel an agent works at once. */
  public readonly concurrency: number;

  /**
   * Whether an agent busy on this channel may be offered contacts on other channels.
   *
   * @default - not set; Connect applies `ROUTE_CURRENT_CHANNEL_ONLY`
   */
  public readonly crossChannelBehavior?: CrossChannelBehavior;

  private constructor(channel: Channel, concurrency: number, options: MediaConcurrencyOptions) {
    this.channel = channel;
    this.concurrency = concurrency;
    this.crossChannelBehavior = options.crossChannelBehavior;
  }

  /**
   * The concurrency as the desired-state spec carries it.
   *
   * @internal
   */
  public _toSpec(): MediaConcurrencyEntry {
    return {
      Channel: this.channel.value,
      Concurrency: this.concurrency,
      CrossChannelBehavior: this.crossChannelBehavior?.value,
    };
  }
}
