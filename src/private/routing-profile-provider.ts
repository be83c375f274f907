import * as path from 'path';
import { CfnResource, Duration, Stack, Token, aws_iam as iam, aws_lambda as lambda } from 'aws-cdk-lib';
import { Construct, IConstruct } from 'constructs';
import { ROUTING_PROFILE_PROVIDER_ID } from './contract';
import { acknowledgeNagFindings } from './nag-acknowledgement';

/**
 * How long the handler may run. It bounds its retries of throttled Connect calls (2 requests/s per API per
 * account) by the time it has left, so a long reconcile fails with a reason instead of being cut off.
 */
export const PROVIDER_TIMEOUT = Duration.minutes(14);

/**
 * How long CloudFormation waits for the handler's response: a little above the function's timeout, so a
 * crashed or cut-off invocation fails the deploy within minutes instead of CloudFormation's default hour.
 */
export const SERVICE_TIMEOUT = Duration.minutes(15);

/** The Connect actions the handler calls, on the instance, its routing profiles, queues and agents only. */
export const CONNECT_ACTIONS: readonly string[] = [
  'connect:CreateRoutingProfile',
  'connect:DescribeRoutingProfile',
  'connect:ListRoutingProfiles',
  'connect:SearchRoutingProfiles',
  'connect:ListRoutingProfileQueues',
  'connect:ListRoutingProfileManualAssignmentQueues',
  'connect:AssociateRoutingProfileQueues',
  'connect:DisassociateRoutingProfileQueues',
  'connect:UpdateRoutingProfileQueues',
  'connect:UpdateRoutingProfileConcurrency',
  'connect:UpdateRoutingProfileName',
  'connect:UpdateRoutingProfileDefaultOutboundQueue',
  'connect:UpdateRoutingProfileAgentAvailabilityTimer',
  'connect:DeleteRoutingProfile',
  'connect:TagResource',
  'connect:UntagResource',
  'connect:ListTagsForResource',
  'connect:ListQueues',
  'connect:DescribeQueue',
  'connect:SearchUsers',
  'connect:DescribeUser',
  'connect:UpdateUserRoutingProfile',
];

/** The resources of one instance the handler touches: the instance itself and three kinds of child. */
export function instanceResources(instanceArn: string): string[] {
  return [instanceArn, `${instanceArn}/routing-profile/*`, `${instanceArn}/queue/*`, `${instanceArn}/agent/*`];
}

/**
 * The one function per stack that serves every `Custom::ConnectRoutingProfile`,
 * `Custom::ConnectRoutingProfileConcurrency` and `Custom::ConnectRoutingProfileLookup` in it. Its role gets one
 * statement per Connect instance it serves.
 */
export class RoutingProfileProvider extends Construct {
  /** The stack's provider, created on first use. */
  public static getOrCreate(scope: IConstruct): RoutingProfileProvider {
    const stack = Stack.of(scope);
    const existing = stack.node.tryFindChild(ROUTING_PROFILE_PROVIDER_ID);
    if (existing === undefined) {
      return new RoutingProfileProvider(stack, ROUTING_PROFILE_PROVIDER_ID);
    }
    if (!(existing instanceof RoutingProfileProvider)) {
      throw new Error(`The construct id \`${ROUTING_PROFILE_PROVIDER_ID}\` under stack ${stack.node.path} is reserved for `
        + `the cdk-connect-routing provider, got: a ${existing.constructor.name}`);
    }
    return existing;
  }

  /** The handler function. */
  public readonly handler: lambda.Function;

  /** The service token of the custom resources. */
  public readonly serviceToken: string;

  /** Keys of the instances already granted, so each gets one statement however many profiles use it. */
  private readonly grantedInstances = new Set<string>();

  private constructor(scope: Construct, id: string) {
    super(scope, id);
    this.handler = new lambda.Function(this, 'Handler', {
      description: 'cdk-connect-routing: reconciles Amazon Connect routing profiles to their declared state',
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      // `projen bundle` writes lambda/routing-profile/index.ts to this folder, which ships in the package. The
      // path resolves from src/private (ts-jest) and lib/private (compiled) alike.
      code: lambda.Code.fromAsset(path.join(__dirname, '..', '..', 'assets', 'lambda', 'routing-profile', 'index')),
      timeout: PROVIDER_TIMEOUT,
      memorySize: 256,
    });
    this.serviceToken = this.handler.functionArn;

    acknowledgeNagFindings(this.handler, [{
      id: 'AwsSolutions-L1',
      reason: 'Node.js 22 is the newest Lambda runtime at the aws-cdk-lib 2.168.0 peer floor, and the bundle targets it.',
    }]);
    acknowledgeNagFindings(this.handler.role!, [{
      id: 'AwsSolutions-IAM4',
      reason: 'AWSLambdaBasicExecutionRole only lets the function write its own logs; the log group name is known '
        + 'only once the function exists, so an inline policy could not name it without a dependency cycle.',
      appliesTo: ['Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'],
    }]);
  }

  /**
   * Lets the function manage routing profiles of one instance: the Connect actions it calls, on the instance,
   * its routing profiles, queues and agents. Once per instance, however often it is called.
   */
  public grantInstance(instanceArn: string): void {
    const key = Token.isUnresolved(instanceArn) ? JSON.stringify(Stack.of(this).resolve(instanceArn)) : instanceArn;
    if (this.grantedInstances.has(key)) {
      return;
    }
    this.grantedInstances.add(key);
    this.handler.addToRolePolicy(new iam.PolicyStatement({
      actions: [...CONNECT_ACTIONS],
      resources: instanceResources(instanceArn),
    }));
    if (this.grantedInstances.size === 1) {
      const policy = this.handler.role!.node.tryFindChild('DefaultPolicy');
      acknowledgeNagFindings(policy!, [{
        id: 'AwsSolutions-IAM5',
        reason: 'Routing profile ids exist only after CreateRoutingProfile; queues named in the spec and agents to '
          + 'move off a deleted profile are found at deploy time. Every wildcard stays inside one Connect instance.',
        appliesTo: [{ regex: '/^Resource::.+\\/(routing-profile|queue|agent)\\/\\*$/' }],
      }]);
    }
  }
}

/** The CloudFormation resource behind a construct, for escape hatches. */
export function cfnResourceOf(construct: IConstruct): CfnResource {
  const child = construct.node.defaultChild;
  if (!CfnResource.isCfnResource(child)) {
    throw new Error(`Expected ${construct.node.path} to have a CfnResource as its default child`);
  }
  return child;
}
