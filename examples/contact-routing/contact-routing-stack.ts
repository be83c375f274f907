import { CfnOutput, Duration, Stack, StackProps } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { Channel, ContactRoutingFunction, QueueRef, QueueTimeAdjustment, RoutingCondition } from '../../src';

export interface ContactRoutingStackProps extends StackProps {
  /** The Amazon Connect instance whose flows invoke the function. */
  readonly instanceArn: string;
}

/**
 * Routing rules a contact-flow designer asks for, declared once in CDK instead of in every flow:
 *
 * - VIP callers (a `tier` attribute the flow set from the CRM) are answered first: priority 1.
 * - Customers at risk of leaving (a `churnRisk` score of 0.8 or more) come next: priority 2.
 * - Callbacks waiting in the Callbacks queue move ten minutes forward: they already waited once.
 * - Low-urgency tasks step back two minutes, so calls and chats of the same priority go first.
 *
 * Flows may also pass the value themselves (`queuePriority` or `queueTimeAdjustmentSeconds` as a function input
 * parameter), which overrides the rules: e.g. a retention flow that computed its own priority. By default no better
 * than the rules give (priority 1, ten minutes forward), so an attribute a customer set cannot buy more.
 */
export class ContactRoutingStack extends Stack {
  public readonly contactRouting: ContactRoutingFunction;

  constructor(scope: Construct, id: string, props: ContactRoutingStackProps) {
    super(scope, id, props);

    this.contactRouting = new ContactRoutingFunction(this, 'ContactRouting', {
      instanceArn: props.instanceArn,
      rules: [
        { name: 'vip', conditions: [RoutingCondition.attributeOneOf('tier', ['gold', 'platinum'])], priority: 1 },
        { name: 'churn-risk', conditions: [RoutingCondition.attributeAtLeast('churnRisk', 0.8)], priority: 2 },
        {
          name: 'callbacks',
          conditions: [
            RoutingCondition.initiationMethodOneOf(['CALLBACK']),
            RoutingCondition.queueIs(QueueRef.fromQueueName('Callbacks')),
          ],
          queueTimeAdjustment: QueueTimeAdjustment.forward(Duration.minutes(10)),
        },
      ],
    });
    this.contactRouting.addRule({
      name: 'low-urgency-tasks',
      conditions: [RoutingCondition.channelIs(Channel.TASK), RoutingCondition.attributeEquals('urgency', 'low')],
      queueTimeAdjustment: QueueTimeAdjustment.back(Duration.minutes(2)),
    });

    // The ARN a flow's Invoke AWS Lambda function block (InvokeLambdaFunction action) names.
    new CfnOutput(this, 'ContactRoutingFunctionArn', { value: this.contactRouting.functionArn });
  }
}
