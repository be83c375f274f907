import { validateEnumValue } from './private/validate';

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
   * A channel by the name the Connect API gives it, for a channel Connect added after this release.
   *
   * A known name returns the matching constant, e.g. `Channel.of('CHAT') === Channel.CHAT`.
   *
   * @param name the channel's name in upper case, e.g. `CHAT`
   */
  public static of(name: string): Channel {
    const known = [Channel.VOICE, Channel.CHAT, Channel.TASK, Channel.EMAIL].find((channel) => channel.name === name);
    if (known !== undefined) {
      return known;
    }
    validateEnumValue('channel', name, 'channel');
    return new Channel(name);
  }

  /** The channel's name as the Connect API spells it, e.g. `VOICE`. */
  public readonly name: string;

  private constructor(name: string) {
    this.name = name;
  }

  /** Returns the channel's name. */
  public toString(): string {
    return this.name;
  }
}
