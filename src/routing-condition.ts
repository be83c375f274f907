import { Channel } from './channel';
import { ConditionSource, ConditionTest, RoutingConditionSpec } from './private/contact-routing-contract';
import { conditionErrors } from './private/contact-routing-rules';
import { isUnresolved } from './private/synth-checks';
import { QueueRef } from './queue-ref';

/**
 * A test on the contact a flow hands to a `ContactRoutingFunction`: on one of its contact attributes, on a
 * parameter the flow passes, on its channel, its queue or how it was initiated. A rule matches when every one
 * of its conditions holds.
 *
 * Attribute and parameter values are strings. The numeric tests read them as decimal numbers and do not hold
 * when the value is absent or not a number; `attributePresent` holds for any value but the empty string.
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/connect-lambda-functions.html
 */
export class RoutingCondition {
  /**
   * The contact attribute `name` is exactly `value` (case-sensitive).
   *
   * @param name the attribute's name, e.g. `tier`
   * @param value the value it must have, e.g. `gold`
   */
  public static attributeEquals(name: string, value: string): RoutingCondition {
    return RoutingCondition.keyed('attributeEquals', ConditionSource.ATTRIBUTE, name, ConditionTest.EQUALS, { values: [value] });
  }

  /**
   * The contact attribute `name` is one of `values` (case-sensitive).
   *
   * @param name the attribute's name
   * @param values the values it may have: at least one
   */
  public static attributeOneOf(name: string, values: string[]): RoutingCondition {
    return RoutingCondition.keyed('attributeOneOf', ConditionSource.ATTRIBUTE, name, ConditionTest.ONE_OF, { values: [...values] });
  }

  /**
   * The contact has the attribute `name`, with a value other than the empty string.
   *
   * @param name the attribute's name
   */
  public static attributePresent(name: string): RoutingCondition {
    return RoutingCondition.keyed('attributePresent', ConditionSource.ATTRIBUTE, name, ConditionTest.PRESENT, {});
  }

  /**
   * The contact attribute `name` is a number greater than `value`.
   *
   * @param name the attribute's name, e.g. `lifetimeValue`
   * @param value the number it must exceed
   */
  public static attributeGreaterThan(name: string, value: number): RoutingCondition {
    return RoutingCondition.keyed('attributeGreaterThan', ConditionSource.ATTRIBUTE, name, ConditionTest.GREATER_THAN, { number: value });
  }

  /**
   * The contact attribute `name` is a number greater than or equal to `value`.
   *
   * @param name the attribute's name
   * @param value the smallest number that matches
   */
  public static attributeAtLeast(name: string, value: number): RoutingCondition {
    return RoutingCondition.keyed('attributeAtLeast', ConditionSource.ATTRIBUTE, name, ConditionTest.AT_LEAST, { number: value });
  }

  /**
   * The contact attribute `name` is a number less than `value`.
   *
   * @param name the attribute's name
   * @param value the number it must stay below
   */
  public static attributeLessThan(name: string, value: number): RoutingCondition {
    return RoutingCondition.keyed('attributeLessThan', ConditionSource.ATTRIBUTE, name, ConditionTest.LESS_THAN, { number: value });
  }

  /**
   * The contact attribute `name` is a number less than or equal to `value`.
   *
   * @param name the attribute's name
   * @param value the largest number that matches
   */
  public static attributeAtMost(name: string, value: number): RoutingCondition {
    return RoutingCondition.keyed('attributeAtMost', ConditionSource.ATTRIBUTE, name, ConditionTest.AT_MOST, { number: value });
  }

  /**
   * The flow parameter `name` is exactly `value` (case-sensitive).
   *
   * @param name the parameter's name, as the flow's Invoke Lambda block sets it
   * @param value the value it must have
   */
  public static parameterEquals(name: string, value: string): RoutingCondition {
    return RoutingCondition.keyed('parameterEquals', ConditionSource.PARAMETER, name, ConditionTest.EQUALS, { values: [value] });
  }

  /**
   * The flow parameter `name` is one of `values` (case-sensitive).
   *
   * @param name the parameter's name
   * @param values the values it may have: at least one
   */
  public static parameterOneOf(name: string, values: string[]): RoutingCondition {
    return RoutingCondition.keyed('parameterOneOf', ConditionSource.PARAMETER, name, ConditionTest.ONE_OF, { values: [...values] });
  }

  /**
   * The flow passes the parameter `name`, with a value other than the empty string.
   *
   * @param name the parameter's name
   */
  public static parameterPresent(name: string): RoutingCondition {
    return RoutingCondition.keyed('parameterPresent', ConditionSource.PARAMETER, name, ConditionTest.PRESENT, {});
  }

  /**
   * The flow parameter `name` is a number greater than `value`.
   *
   * @param name the parameter's name
   * @param value the number it must exceed
   */
  public static parameterGreaterThan(name: string, value: number): RoutingCondition {
    return RoutingCondition.keyed('parameterGreaterThan', ConditionSource.PARAMETER, name, ConditionTest.GREATER_THAN, { number: value });
  }

  /**
   * The flow parameter `name` is a number greater than or equal to `value`.
   *
   * @param name the parameter's name
   * @param value the smallest number that matches
   */
  public static parameterAtLeast(name: string, value: number): RoutingCondition {
    return RoutingCondition.keyed('parameterAtLeast', ConditionSource.PARAMETER, name, ConditionTest.AT_LEAST, { number: value });
  }

  /**
   * The flow parameter `name` is a number less than `value`.
   *
   * @param name the parameter's name
   * @param value the number it must stay below
   */
  public static parameterLessThan(name: string, value: number): RoutingCondition {
    return RoutingCondition.keyed('parameterLessThan', ConditionSource.PARAMETER, name, ConditionTest.LESS_THAN, { number: value });
  }

  /**
   * The flow parameter `name` is a number less than or equal to `value`.
   *
   * @param name the parameter's name
   * @param value the largest number that matches
   */
  public static parameterAtMost(name: string, value: number): RoutingCondition {
    return RoutingCondition.keyed('parameterAtMost', ConditionSource.PARAMETER, name, ConditionTest.AT_MOST, { number: value });
  }

  /**
   * The contact is on `channel`.
   *
   * @param channel e.g. `Channel.VOICE`
   */
  public static channelIs(channel: Channel): RoutingCondition {
    return RoutingCondition.checked('channelIs', { source: ConditionSource.CHANNEL, test: ConditionTest.ONE_OF, values: [channel.name] });
  }

  /**
   * The contact is on one of `channels`.
   *
   * @param channels at least one channel
   */
  public static channelOneOf(channels: Channel[]): RoutingCondition {
    return RoutingCondition.checked('channelOneOf', {
      source: ConditionSource.CHANNEL, test: ConditionTest.ONE_OF, values: channels.map((channel) => channel.name),
    });
  }

  /**
   * The contact's current queue (`$.Queue` in the flow) is `queue`, compared by ARN, id or name as the reference
   * gives it. A contact with no queue set does not match.
   *
   * @param queue e.g. `QueueRef.fromQueueName('Callbacks')` or `QueueRef.fromCfnQueue(vipQueue)`
   */
  public static queueIs(queue: QueueRef): RoutingCondition {
    return RoutingCondition.checked('queueIs', { source: ConditionSource.QUEUE, test: ConditionTest.EQUALS, queue: queue._toSpec() });
  }

  /**
   * The contact was initiated in one of these ways, e.g. `CALLBACK` for the callbacks a flow queued.
   *
   * @param methods Connect's initiation methods in upper case: `INBOUND`, `OUTBOUND`, `TRANSFER`, `CALLBACK`, `API`, …
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/ctr-data-model.html#ctr-ContactTraceRecord
   */
  public static initiationMethodOneOf(methods: string[]): RoutingCondition {
    return RoutingCondition.checked('initiationMethodOneOf', {
      source: ConditionSource.INITIATION_METHOD, test: ConditionTest.ONE_OF, values: [...methods],
    });
  }

  private static keyed(
    factory: string, source: string, key: string, test: string, operand: Pick<RoutingConditionSpec, 'values' | 'number'>): RoutingCondition {
    return RoutingCondition.checked(factory, { source, test, key, ...operand });
  }

  private static checked(factory: string, spec: RoutingConditionSpec): RoutingCondition {
    const errors = conditionErrors(spec, factory, isUnresolved);
    if (errors.length > 0) {
      throw new Error(errors.join('\n'));
    }
    return new RoutingCondition(spec);
  }

  private readonly spec: RoutingConditionSpec;

  private constructor(spec: RoutingConditionSpec) {
    this.spec = spec;
  }

  /**
   * The condition as the function's configuration carries it.
   *
   * @internal
   */
  public _toSpec(): RoutingConditionSpec {
    return this.spec;
  }

  /** A short description, e.g. `attribute "tier" oneOf ["gold","platinum"]`. */
  public toString(): string {
    const subject = this.spec.key !== undefined ? `${this.spec.source} ${JSON.stringify(this.spec.key)}` : this.spec.source;
    const operand = this.spec.values ?? this.spec.number ?? this.spec.queue;
    return operand === undefined ? `${subject} ${this.spec.test}` : `${subject} ${this.spec.test} ${JSON.stringify(operand)}`;
  }
}
