import { aws_connect as connect, Token } from 'aws-cdk-lib';
import { queueArnError } from './private/connect-arn';
import { QueueRefSpec } from './private/contract';
import { queueRefKey } from './private/queue-ref-spec';
import { queueIdError, queueNameError } from './private/rules';
import { checkValue } from './private/synth-checks';

/**
 * A reference to an Amazon Connect queue in the routing profile's instance: by ARN, by L1 `CfnQueue`, by id,
 * or by name (resolved to an id by the handler at deploy time).
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/create-queue.html
 */
export class QueueRef {
  /**
   * A queue by its ARN.
   *
   * @param queueArn `arn:<partition>:connect:<region>:<account>:instance/<instanceId>/queue/<queueId>`, or a token
   */
  public static fromQueueArn(queueArn: string): QueueRef {
    checkValue(queueArn, queueArnError, 'queueArn');
    return new QueueRef({ Arn: queueArn });
  }

  /**
   * A queue defined in this app with the L1 `CfnQueue`, referenced by its `attrQueueArn`.
   *
   * @param queue the L1 queue
   * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-connect-queue.html
   */
  public static fromCfnQueue(queue: connect.CfnQueue): QueueRef {
    return QueueRef.fromQueueArn(queue.attrQueueArn);
  }

  /**
   * A queue by its id, the last segment of its ARN.
   *
   * @param queueId the queue id, or a token
   */
  public static fromQueueId(queueId: string): QueueRef {
    checkValue(queueId, queueIdError, 'queueId');
    return new QueueRef({ Id: queueId });
  }

  /**
   * A queue by its name, looked up in the instance by the handler at deploy time, e.g. `BasicQueue`.
   *
   * The deploy fails, having changed nothing, when the instance has no queue of that name.
   *
   * @param queueName the queue's name, 1 to 256 characters, or a token
   */
  public static fromQueueName(queueName: string): QueueRef {
    checkValue(queueName, queueNameError, 'queueName');
    return new QueueRef({ Name: queueName });
  }

  /**
   * The queue's ARN, when referenced by ARN or `CfnQueue`.
   *
   * @default - not referenced by ARN
   */
  public readonly queueArn?: string;

  /**
   * The queue's id, when referenced by id.
   *
   * @default - not referenced by id
   */
  public readonly queueId?: string;

  /**
   * The queue's name, when referenced by name.
   *
   * @default - not referenced by name
   */
  public readonly queueName?: string;

  private readonly spec: QueueRefSpec;

  private constructor(spec: QueueRefSpec) {
    this.spec = spec;
    this.queueArn = spec.Arn;
    this.queueId = spec.Id;
    this.queueName = spec.Name;
  }

  /**
   * The reference as the desired-state spec carries it: exactly one of `Arn`, `Id`, `Name`.
   *
   * @internal
   */
  public _toSpec(): QueueRefSpec {
    return { ...this.spec };
  }

  /**
   * A key under which two references to the same queue compare equal (an ARN and its id share one), or
   * `undefined` while the reference is an unresolved token.
   *
   * @internal
   */
  public _key(): string | undefined {
    const value = this.spec.Arn ?? this.spec.Id ?? this.spec.Name;
    return Token.isUnresolved(value) ? undefined : queueRefKey(this.spec);
  }
}
