import { Duration } from 'aws-cdk-lib';
import { queueTimeAdjustmentSecondsError } from './private/contact-routing-rules';
import { ruleMessage } from './private/rule-message';
import { isUnresolved } from './private/synth-checks';

/**
 * How much older (forward) or younger (back) a contact should look to Connect's first-in, first-out routing
 * within its priority. Connect replaces any earlier adjustment of the contact; it changes the order only, not the
 * wait time reported in metrics.
 *
 * A CDK `Duration` cannot be negative, so the direction is chosen by the factory.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateContactRoutingData.html
 */
export class QueueTimeAdjustment {
  /**
   * Moves the contact forward: it is routed as if it had waited `by` longer, ahead of contacts of the same
   * priority that waited up to that much longer.
   *
   * @param by whole seconds, e.g. `Duration.minutes(5)`
   */
  public static forward(by: Duration): QueueTimeAdjustment {
    return QueueTimeAdjustment.checked(durationSeconds(by, 'forward'), 'forward');
  }

  /**
   * Moves the contact back: it is routed as if it had waited `by` less.
   *
   * @param by whole seconds, e.g. `Duration.seconds(90)`
   */
  public static back(by: Duration): QueueTimeAdjustment {
    const seconds = durationSeconds(by, 'back');
    if (isUnresolved(seconds)) {
      throw new Error(ruleMessage('back', 'must be a literal Duration (a token cannot be negated at synth; use '
        + '`QueueTimeAdjustment.ofSeconds()` with a negative value)', by.toString()));
    }
    return QueueTimeAdjustment.checked(seconds === 0 ? 0 : -seconds, 'back');
  }

  /**
   * An adjustment in signed whole seconds: positive moves the contact forward, negative back, 0 clears an
   * earlier adjustment.
   *
   * @param seconds from -2147483648 to 2147483647
   */
  public static ofSeconds(seconds: number): QueueTimeAdjustment {
    return QueueTimeAdjustment.checked(seconds, 'ofSeconds');
  }

  private static checked(seconds: number, prop: string): QueueTimeAdjustment {
    if (!isUnresolved(seconds)) {
      const error = queueTimeAdjustmentSecondsError(seconds, prop);
      if (error !== undefined) {
        throw new Error(error);
      }
    }
    return new QueueTimeAdjustment(seconds);
  }

  /** The adjustment in signed whole seconds, as Connect's `QueueTimeAdjustmentSeconds` takes it. */
  public readonly seconds: number;

  private constructor(seconds: number) {
    this.seconds = seconds;
  }
}

/**
 * What a rule, the default, or a flow sets on the contact: exactly one of a priority and a queue time
 * adjustment, because UpdateContactRoutingData takes one or the other, never both.
 */
export interface ContactRoutingAction {
  /**
   * The contact's routing priority in its queue: a whole number of at least 1. Lower routes first; a new contact
   * has 5. Set this or `queueTimeAdjustment`, not both.
   *
   * @default - no priority: `queueTimeAdjustment` must be set
   * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateContactRoutingData.html#connect-UpdateContactRoutingData-request-QueuePriority
   */
  readonly priority?: number;

  /**
   * How much older or younger the contact should look within its priority. Set this or `priority`, not both.
   *
   * @default - no adjustment: `priority` must be set
   * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateContactRoutingData.html#connect-UpdateContactRoutingData-request-QueueTimeAdjustmentSeconds
   */
  readonly queueTimeAdjustment?: QueueTimeAdjustment;
}

/** A duration in seconds, not rounded, so the whole-seconds rule can say what it got; a token stays a token. */
function durationSeconds(duration: Duration, prop: string): number {
  if (duration.isUnresolved()) {
    try {
      return duration.toSeconds();
    } catch {
      throw new Error(ruleMessage(prop, 'must be given in seconds when it is a token (`Duration.seconds(token)`)', duration.toString()));
    }
  }
  return duration.toSeconds({ integral: false });
}
