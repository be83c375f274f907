import { agentAvailabilityTimerError } from './private/rules';
import { checkValue } from './private/synth-checks';

/**
 * How Connect ranks available agents for the next contact: by the time since their last activity of any kind,
 * or since their last inbound contact.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateRoutingProfile.html#connect-CreateRoutingProfile-request-AgentAvailabilityTimer
 */
export class AgentAvailabilityTimer {
  /** Rank agents by the time since their last activity, inbound or outbound. */
  public static readonly TIME_SINCE_LAST_ACTIVITY = new AgentAvailabilityTimer('TIME_SINCE_LAST_ACTIVITY');

  /** Rank agents by the time since their last inbound contact, so outbound work does not push them back. */
  public static readonly TIME_SINCE_LAST_INBOUND = new AgentAvailabilityTimer('TIME_SINCE_LAST_INBOUND');

  /**
   * A timer from its name as the Connect API spells it, for a name known only as a string: read from
   * configuration, or a token (e.g. a CloudFormation parameter), which the handler checks at deploy time.
   *
   * Only Connect's documented values pass, and each returns its constant. A value Connect adds later needs a newer
   * release of this library, whose handler validates it again at deploy.
   *
   * @param value `TIME_SINCE_LAST_ACTIVITY` or `TIME_SINCE_LAST_INBOUND`
   */
  public static of(value: string): AgentAvailabilityTimer {
    const known = [AgentAvailabilityTimer.TIME_SINCE_LAST_ACTIVITY, AgentAvailabilityTimer.TIME_SINCE_LAST_INBOUND]
      .find((timer) => timer.value === value);
    if (known !== undefined) {
      return known;
    }
    checkValue(value, agentAvailabilityTimerError, 'agentAvailabilityTimer');
    return new AgentAvailabilityTimer(value);
  }

  /** The timer as the Connect API spells it, e.g. `TIME_SINCE_LAST_ACTIVITY`. */
  public readonly value: string;

  private constructor(value: string) {
    this.value = value;
  }

  /** Returns the timer's value. */
  public toString(): string {
    return this.value;
  }
}
