import { channelError } from './private/rules';
import { checkValue } from './private/synth-checks';

/**
 * A Connect contact channel: the medium a contact arrives on and an agent works it on.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_MediaConcurrency.html
 */
export class Channel {
  /** Voice calls. */
  public static readonly VOICE = new Channel('VOICE');

  /** Chats, including SMS and messaging apps. */
  public static readonly CHAT = new Channel('CHAT');

  /** Tasks. */
  public static readonly TASK = new Channel('TASK');

  /** Emails. */
  public static readonly EMAIL = new Channel('EMAIL');

  /**
   * A channel from its name as the Connect API spells it, for a name known only as a string: read from
   * configuration, or a token (e.g. a CloudFormation parameter), which the handler checks at deploy time.
   *
   * Only Connect's documented channels pass, and each returns its constant (`Channel.of('CHAT') === Channel.CHAT`).
   * A channel Connect adds later needs a newer release of this library, whose handler validates it again at deploy.
   *
   * @param value `VOICE`, `CHAT`, `TASK` or `EMAIL`
   */
  public static of(value: string): Channel {
    const known = [Channel.VOICE, Channel.CHAT, Channel.TASK, Channel.EMAIL].find((channel) => channel.value === value);
    if (known !== undefined) {
      return known;
    }
    checkValue(value, channelError, 'channel');
    return new Channel(value);
  }

  /** The channel's name as the Connect API spells it, e.g. `VOICE`. */
  public readonly value: string;

  /**
   * The channel's name as the Connect API spells it.
   *
   * @deprecated use `value`, the name every enum-like class of this library gives its value
   */
  public readonly name: string;

  private constructor(value: string) {
    this.value = value;
    this.name = value;
  }

  /** Returns the channel's name. */
  public toString(): string {
    return this.value;
  }
}
