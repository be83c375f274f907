import * as path from 'path';
import {
  ArnFormat,
  Duration,
  Lazy,
  Stack,
  Token,
  aws_connect as connect,
  aws_iam as iam,
  aws_lambda as lambda,
  aws_logs as logs,
} from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { ContactRoutingAction } from './contact-routing-action';
import { ContactRoutingRule } from './contact-routing-rule';
import { instanceArnError } from './private/connect-arn';
import { configSpec, FlowLimitProps, validateConfig } from './private/contact-routing-config';
import { ContactRoutingEnv } from './private/contact-routing-contract';
import { functionLogging } from './private/function-logging';
import { acknowledgeNagFindings } from './private/nag-acknowledgement';
import { ruleMessage } from './private/rule-message';
import { isUnresolved } from './private/synth-checks';

/**
 * The longest a flow waits for a Lambda function: `InvocationTimeLimitSeconds` is at most 8. The function must
 * answer before that, so its timeout stays below it.
 */
const FLOW_TIME_LIMIT_SECONDS = 8;
const DEFAULT_TIMEOUT = Duration.seconds(FLOW_TIME_LIMIT_SECONDS - 1);
const DEFAULT_LOG_RETENTION = logs.RetentionDays.ONE_MONTH;

/**
 * Properties of a `ContactRoutingFunction`.
 */
export interface ContactRoutingFunctionProps {
  /**
   * The ARN of the Amazon Connect instance whose flows invoke the function: a literal ARN or
   * `CfnInstance.attrArn`. The function may change contacts of this instance only, and must be in its Region.
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html
   */
  readonly instanceArn: string;

  /**
   * The rules, tried in order: the first whose conditions all hold sets the contact's priority or queue time
   * adjustment. They travel in the function's environment, so together they must fit in Lambda's 4 KB for
   * environment variables (checked at synth). `addRule()` adds more.
   *
   * @default - no rules: the function applies only values a flow passes as `queuePriority` or
   * `queueTimeAdjustmentSeconds`
   */
  readonly rules?: ContactRoutingRule[];

  /**
   * The action taken when no rule matches and the flow passes no value of its own.
   *
   * @default - none: the function returns `NO_MATCH` and changes nothing
   */
  readonly defaultAction?: ContactRoutingAction;

  /**
   * The best (lowest) queue priority a flow may pass as `queuePriority`. A flow that passes a better one gets
   * `INVALID_INPUT` and the contact is left as it is.
   *
   * The risk it bounds: a passed value overrides the rules, and flows often fill it from a contact attribute, which a
   * customer can sometimes set (a chat's attributes, for instance), so unbounded a customer could give themselves
   * priority 1. Set it to 1 to let flows pass any priority.
   *
   * @default - no better than the rules and `defaultAction` give: their best priority, or 5 (Connect's priority for a
   * new contact) when none gives one
   * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateContactRoutingData.html
   */
  readonly bestFlowPriority?: number;

  /**
   * The largest forward age adjustment a flow may pass as `queueTimeAdjustmentSeconds`, in whole seconds. A flow that
   * passes a larger one gets `INVALID_INPUT` and the contact is left as it is; moving a contact back (a negative
   * value) is always allowed. It bounds the same risk as `bestFlowPriority`.
   *
   * @default - no more than the rules and `defaultAction` give: their largest forward adjustment, or none (0) when
   * none gives one
   */
  readonly maxFlowQueueTimeAdjustment?: Duration;

  /**
   * How long the function may run, in whole seconds from 1 to 7: below the 8 seconds a flow waits at most, so it
   * always answers. Throttled calls are retried until shortly before it. Set the flow's Invoke Lambda timeout
   * (`InvocationTimeLimitSeconds`) to at least this plus one second.
   *
   * @default Duration.seconds(7)
   * @see https://docs.aws.amazon.com/connect/latest/APIReference/interactions-invokelambdafunction.html
   */
  readonly timeout?: Duration;

  /**
   * How long the function's log events are kept. Each invocation logs one line with the contact id, the outcome
   * and the rule (never attributes, parameter values or phone numbers), so keep them no longer than your contact
   * records policy allows. The log group is kept when the stack is deleted, its events expiring with this retention.
   *
   * @default logs.RetentionDays.ONE_MONTH
   */
  readonly logRetention?: logs.RetentionDays;
}

/**
 * A Lambda function that contact flows invoke to change a waiting contact's routing priority or age
 * (UpdateContactRoutingData), from rules declared here or from a value the flow passes.
 *
 * It is associated with the instance (so flows can pick it), Connect may invoke it, and it may call
 * `connect:UpdateContactRoutingData` on that instance's contacts only. It returns a flat string map the flow reads
 * as `$.External.outcome` (`UPDATED`, `NO_MATCH`, `NOT_IN_QUEUE`, `INVALID_INPUT`, `ERROR`), `$.External.rule`,
 * `$.External.queuePriority` or `$.External.queueTimeAdjustmentSeconds`, and `$.External.reason`. It never fails the
 * flow's Invoke block for a contact that left the queue or a bad input.
 *
 * @example
 * const routing = new ContactRoutingFunction(this, 'ContactRouting', {
 *   instanceArn: 'arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555',
 *   rules: [
 *     { name: 'vip', conditions: [RoutingCondition.attributeOneOf('tier', ['gold', 'platinum'])], priority: 1 },
 *     {
 *       name: 'callbacks',
 *       conditions: [RoutingCondition.initiationMethodOneOf(['CALLBACK'])],
 *       queueTimeAdjustment: QueueTimeAdjustment.forward(Duration.minutes(10)),
 *     },
 *   ],
 * });
 * new CfnOutput(this, 'ContactRoutingFunctionArn', { value: routing.functionArn });
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateContactRoutingData.html
 */
export class ContactRoutingFunction extends Construct {
  /** The Lambda function, for flows to invoke and for alarms on its metrics. */
  public readonly function: lambda.IFunction;

  /** The function's ARN: the `LambdaFunctionARN` of the flow's `InvokeLambdaFunction` action. */
  public readonly functionArn: string;

  /** The association that lets the instance's flows invoke the function. */
  public readonly integrationAssociation: connect.CfnIntegrationAssociation;

  /** The ARN of the Connect instance whose contacts the function changes. */
  public readonly instanceArn: string;

  /** The function's log group, with the retention of `logRetention`: one line per invocation. */
  public readonly logGroup: logs.ILogGroup;

  private readonly rules: ContactRoutingRule[];
  private readonly defaultAction: ContactRoutingAction | undefined;
  private readonly flowLimits: FlowLimitProps;

  constructor(scope: Construct, id: string, props: ContactRoutingFunctionProps) {
    super(scope, id);
    validateInstanceArn(props.instanceArn, Stack.of(this).region);
    const timeout = props.timeout ?? DEFAULT_TIMEOUT;
    validateTimeout(timeout);
    this.rules = [...(props.rules ?? [])];
    this.defaultAction = props.defaultAction;
    this.flowLimits = { bestFlowPriority: props.bestFlowPriority, maxFlowQueueTimeAdjustment: props.maxFlowQueueTimeAdjustment };
    validateConfig(this.rules, this.defaultAction, this.flowLimits);
    this.instanceArn = props.instanceArn;

    // An explicit group: Lambda's own would keep every contact id forever.
    const logging = functionLogging(this, props.logRetention ?? DEFAULT_LOG_RETENTION);
    this.logGroup = logging.logGroup;
    const handler = new lambda.Function(this, 'Function', {
      description: 'cdk-connect-routing: sets a waiting contact\'s routing priority or age for a contact flow',
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      // `lambda/contact-routing/index.ts`, bundled with the AWS SDK at this library's build. The path resolves
      // from src/ (ts-jest) and lib/ (compiled) alike.
      code: lambda.Code.fromAsset(path.join(__dirname, '..', 'assets', 'lambda', 'contact-routing', 'index')),
      timeout,
      // More memory is more CPU: a shorter cold start while a caller waits.
      memorySize: 512,
      role: logging.role,
      logGroup: logging.logGroup,
      environment: {
        [ContactRoutingEnv.CONFIG]: Lazy.string({
          produce: () => Stack.of(this).toJsonString(configSpec(this.rules, this.defaultAction, this.flowLimits)),
        }),
      },
    });
    handler.addToRolePolicy(new iam.PolicyStatement({
      actions: ['connect:UpdateContactRoutingData'],
      resources: [`${props.instanceArn}/contact/*`],
    }));

    // Connect invokes the function as connect.amazonaws.com on behalf of this instance only.
    handler.addPermission('ConnectInvoke', {
      principal: new iam.ServicePrincipal('connect.amazonaws.com'),
      sourceArn: props.instanceArn,
      sourceAccount: Stack.of(this).splitArn(props.instanceArn, ArnFormat.SLASH_RESOURCE_NAME).account,
    });

    this.integrationAssociation = new connect.CfnIntegrationAssociation(this, 'IntegrationAssociation', {
      instanceId: props.instanceArn,
      integrationType: 'LAMBDA_FUNCTION',
      integrationArn: handler.functionArn,
    });
    // A flow may pick the function as soon as it is associated: let Connect invoke it by then.
    this.integrationAssociation.node.addDependency(handler.node.findChild('ConnectInvoke'));

    this.function = handler;
    this.functionArn = handler.functionArn;
    acknowledgeFindings(handler);
  }

  /**
   * Adds a rule after the others (the first rule that matches wins). Checked at once, with the others, against
   * the rule checks and the 4 KB environment limit.
   */
  public addRule(rule: ContactRoutingRule): void {
    validateConfig([...this.rules, rule], this.defaultAction, this.flowLimits);
    this.rules.push(rule);
  }
}

function validateInstanceArn(instanceArn: string, stackRegion: string): void {
  if (isUnresolved(instanceArn)) {
    return;
  }
  const error = instanceArnError(instanceArn, 'instanceArn');
  if (error !== undefined) {
    throw new Error(error);
  }
  const instanceRegion = instanceArn.split(':')[3];
  if (!Token.isUnresolved(stackRegion) && instanceRegion !== stackRegion) {
    throw new Error(ruleMessage('instanceArn', `must be in the stack's Region ${stackRegion} (Connect invokes Lambda functions `
      + 'in its own Region only)', instanceArn));
  }
}

function validateTimeout(timeout: Duration): void {
  if (timeout.isUnresolved()) {
    return;
  }
  const seconds = timeout.toSeconds({ integral: false });
  if (!Number.isInteger(seconds) || seconds < 1 || seconds >= FLOW_TIME_LIMIT_SECONDS) {
    throw new Error(ruleMessage('timeout', `must be a whole number of seconds from 1 to ${FLOW_TIME_LIMIT_SECONDS - 1}, below the `
      + `${FLOW_TIME_LIMIT_SECONDS} seconds a flow waits for a Lambda function at most`, seconds));
  }
}

function acknowledgeFindings(handler: lambda.Function): void {
  acknowledgeNagFindings(handler, [{
    id: 'AwsSolutions-L1',
    reason: 'Node.js 22 is the newest Lambda runtime at the aws-cdk-lib 2.168.0 peer floor, and the bundle targets it.',
  }]);
  acknowledgeNagFindings(handler.role!.node.findChild('DefaultPolicy'), [{
    id: 'AwsSolutions-IAM5',
    reason: 'Each invocation changes the contact the flow is handling, whose id exists only at run time; the '
      + 'wildcard stays inside one Connect instance\'s contacts and allows UpdateContactRoutingData only.',
    appliesTo: [{ regex: '/^Resource::.+\\/contact\\/\\*$/' }],
  }]);
}
