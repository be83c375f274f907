import { crossChannelBehaviorError } from './private/rules';
import { checkValue } from './private/synth-checks';

/**
 * Whether an agent busy with a contact on one channel may be offered contacts on other channels.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CrossChannelBehavior.html
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/routing-profiles.html
 */
export class CrossChannelBehavior {
  /** While the agent works a contact on this channel, offer only contacts on this channel. */
  public static readonly ROUTE_CURRENT_CHANNEL_ONLY = new CrossChannelBehavior('ROUTE_CURRENT_CHANNEL_ONLY');

  /** While the agent works a contact on this channel, offer contacts on any channel. */
  public static readonly ROUTE_ANY_CHANNEL = new CrossChannelBehavior('ROUTE_ANY_CHANNEL');

  /**
   * A behaviour from its name as the Connect API spells it, for a name known only as a string: read from
   * configuration, or a token (e.g. a CloudFormation parameter), which the handler checks at deploy time.
   *
   * Only Connect's documented values pass, and each returns its constant. A value Connect adds later needs a newer
   * release of this library, whose handler validates it again at deploy.
   *
   * @param value `ROUTE_CURRENT_CHANNEL_ONLY` or `ROUTE_ANY_CHANNEL`
   */
  public static of(value: string): CrossChannelBehavior {
    const known = [CrossChannelBehavior.ROUTE_CURRENT_CHANNEL_ONLY, CrossChannelBehavior.ROUTE_ANY_CHANNEL]
      .find((behavior) => behavior.value === value);
    if (known !== undefined) {
      return known;
    }
    checkValue(value, crossChannelBehaviorError, 'crossChannelBehavior');
    return new CrossChannelBehavior(value);
  }

  /** The behaviour type as the Connect API spells it, e.g. `ROUTE_ANY_CHANNEL`. */
  public readonly value: string;

  /**
   * The behaviour type as the Connect API spells it.
   *
   * @deprecated use `value`, the name every enum-like class of this library gives its value
   */
  public readonly behaviorType: string;

  private constructor(value: string) {
    this.value = value;
    this.behaviorType = value;
  }

  /** Returns the behaviour type. */
  public toString(): string {
    return this.value;
  }
}
