import { crossChannelWorkloadBehaviorError } from './private/rules';
import { checkValue } from './private/synth-checks';

/**
 * Whether an agent busy with a contact of one workload type may be offered contacts of other workload types, or of
 * other channels. The names are Connect's, spelling included (`WORKLOADTYPE` in two of them).
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CrossChannelWorkloadBehavior.html
 */
export class CrossChannelWorkloadBehavior {
  /** While the agent works a contact of this workload type, offer only contacts of this channel and workload type. */
  public static readonly ROUTE_CURRENT_CHANNEL_CURRENT_WORKLOADTYPE_ONLY =
    new CrossChannelWorkloadBehavior('ROUTE_CURRENT_CHANNEL_CURRENT_WORKLOADTYPE_ONLY');

  /** While the agent works a contact of this workload type, offer contacts of this channel, any workload type. */
  public static readonly ROUTE_CURRENT_CHANNEL_ANY_WORKLOADTYPE_ONLY =
    new CrossChannelWorkloadBehavior('ROUTE_CURRENT_CHANNEL_ANY_WORKLOADTYPE_ONLY');

  /** While the agent works a contact of this workload type, offer contacts of any channel and workload type. */
  public static readonly ROUTE_ANY_CHANNEL_ANY_WORKLOAD_TYPE = new CrossChannelWorkloadBehavior('ROUTE_ANY_CHANNEL_ANY_WORKLOAD_TYPE');

  /**
   * A behaviour from its name as the Connect API spells it, for a name known only as a string: read from
   * configuration, or a token (e.g. a CloudFormation parameter), which the handler checks at deploy time.
   *
   * Only Connect's documented values pass, and each returns its constant. A value Connect adds later needs a newer
   * release of this library, whose handler validates it again at deploy.
   *
   * @param value `ROUTE_CURRENT_CHANNEL_CURRENT_WORKLOADTYPE_ONLY`, `ROUTE_CURRENT_CHANNEL_ANY_WORKLOADTYPE_ONLY` or
   *   `ROUTE_ANY_CHANNEL_ANY_WORKLOAD_TYPE`
   */
  public static of(value: string): CrossChannelWorkloadBehavior {
    const known = [
      CrossChannelWorkloadBehavior.ROUTE_CURRENT_CHANNEL_CURRENT_WORKLOADTYPE_ONLY,
      CrossChannelWorkloadBehavior.ROUTE_CURRENT_CHANNEL_ANY_WORKLOADTYPE_ONLY,
      CrossChannelWorkloadBehavior.ROUTE_ANY_CHANNEL_ANY_WORKLOAD_TYPE,
    ].find((behavior) => behavior.value === value);
    if (known !== undefined) {
      return known;
    }
    checkValue(value, crossChannelWorkloadBehaviorError, 'crossChannelWorkloadBehavior');
    return new CrossChannelWorkloadBehavior(value);
  }

  /** The behaviour type as the Connect API spells it, e.g. `ROUTE_ANY_CHANNEL_ANY_WORKLOAD_TYPE`. */
  public readonly value: string;

  private constructor(value: string) {
    this.value = value;
  }

  /** Returns the behaviour type. */
  public toString(): string {
    return this.value;
  }
}
