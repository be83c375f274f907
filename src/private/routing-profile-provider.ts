import * as path from 'path';
import { CfnResource, Duration, Stack, Token, aws_iam as iam, aws_lambda as lambda, aws_logs as logs } from 'aws-cdk-lib';
import { Construct, IConstruct } from 'constructs';
import { OWNERSHIP_TAG_KEY, ROUTING_PROFILE_PROVIDER_ID } from './contract';
import { functionLogging, setRetention } from './function-logging';
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

/**
 * How long the provider's log events are kept unless `RoutingProfile.configureProvider` says otherwise: a year of
 * deploys (what each one changed, in a few lines per resource) is a useful audit trail at little cost.
 */
export const DEFAULT_PROVIDER_LOG_RETENTION = logs.RetentionDays.ONE_YEAR;

/**
 * The Connect actions the handler calls for every `RoutingProfile`, on the instance, its routing profiles and queues
 * only. Deleting (`DELETE_OWNED_PROFILE_ACCESS`) and moving users (`FALLBACK_USERS_ACCESS`) are granted apart.
 */
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
  'connect:TagResource',
  'connect:UntagResource',
  'connect:ListTagsForResource',
  'connect:ListQueues',
  'connect:DescribeQueue',
];

/** The resources of one instance a `RoutingProfile`'s handler touches: the instance, its profiles and its queues. */
export function instanceResources(instanceArn: string): string[] {
  return [instanceArn, `${instanceArn}/routing-profile/*`, `${instanceArn}/queue/*`];
}

/** What the provider may do in an instance for one kind of resource it serves. */
export interface ProviderAccess {
  /** The Connect actions the handler calls for that kind. */
  readonly actions: readonly string[];
  /** The resources of one instance they act on. */
  readonly resources: (instanceArn: string) => string[];
  /** IAM conditions on those actions: a statement of their own. Absent: none. */
  readonly conditions?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** A `RoutingProfile`: every action the handler has, on the instance, its profiles and queues. */
export const ROUTING_PROFILE_PROVIDER_ACCESS: ProviderAccess = { actions: CONNECT_ACTIONS, resources: instanceResources };

/**
 * Deleting a profile: only one that carries this library's ownership tag, which the handler puts on every profile
 * it creates (it checks the value, this resource's own, before deleting). The Service Authorization Reference lists
 * `aws:ResourceTag/${TagKey}` for DeleteRoutingProfile and the routing-profile resource type.
 *
 * @see https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonconnect.html
 */
export const DELETE_OWNED_PROFILE_ACCESS: ProviderAccess = {
  actions: ['connect:DeleteRoutingProfile'],
  resources: (instanceArn) => [`${instanceArn}/routing-profile/*`],
  conditions: { Null: { [`aws:ResourceTag/${OWNERSHIP_TAG_KEY}`]: 'false' } },
};

/** Moving a deleted profile's users to its `fallbackRoutingProfile`: granted only when a profile of the stack has one. */
export const FALLBACK_USERS_ACCESS: ProviderAccess = {
  actions: ['connect:SearchUsers', 'connect:UpdateUserRoutingProfile'],
  resources: (instanceArn) => [instanceArn, `${instanceArn}/routing-profile/*`, `${instanceArn}/agent/*`],
};

/**
 * A `RoutingProfileConcurrency`: find the profile by name, read its concurrency and tags with one Describe (to refuse
 * a profile a `RoutingProfile` owns), and the one concurrency write; on the instance and its routing profiles only.
 */
export const ROUTING_PROFILE_CONCURRENCY_PROVIDER_ACCESS: ProviderAccess = {
  actions: [
    'connect:ListRoutingProfiles',
    'connect:DescribeRoutingProfile',
    'connect:UpdateRoutingProfileConcurrency',
  ],
  resources: (instanceArn) => [instanceArn, `${instanceArn}/routing-profile/*`],
};

/**
 * The deploy-time check of declared workload types: one DescribePredefinedAttribute of `connect:WorkloadType`. The
 * action's only resource type is the instance (Service Authorization Reference), so the instance ARN is all it gets.
 *
 * @see https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonconnect.html
 */
export const WORKLOAD_TYPE_CHECK_PROVIDER_ACCESS: ProviderAccess = {
  actions: ['connect:DescribePredefinedAttribute'],
  resources: (instanceArn) => [instanceArn],
};

/** A lookup by name (`RoutingProfile.fromRoutingProfileName`): one list call on the instance, nothing else. */
export const ROUTING_PROFILE_LOOKUP_PROVIDER_ACCESS: ProviderAccess = {
  actions: ['connect:ListRoutingProfiles'],
  resources: (instanceArn) => [instanceArn, `${instanceArn}/routing-profile/*`],
};

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

  /** The handler's log group. */
  public readonly logGroup: logs.LogGroup;

  /** The service token of the custom resources. */
  public readonly serviceToken: string;

  /** Per instance and conditions, its one statement and what it already holds, so each action and resource is added once. */
  private readonly instanceGrants = new Map<string, { statement: iam.PolicyStatement; actions: Set<string>; resources: Set<string> }>();

  private constructor(scope: Construct, id: string) {
    super(scope, id);
    const logging = functionLogging(this, DEFAULT_PROVIDER_LOG_RETENTION);
    this.logGroup = logging.logGroup;
    this.handler = new lambda.Function(this, 'Handler', {
      description: 'cdk-connect-routing: reconciles Amazon Connect routing profiles to their declared state',
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      // `projen bundle` writes lambda/provider/index.ts to this folder, which ships in the package. The
      // path resolves from src/private (ts-jest) and lib/private (compiled) alike.
      code: lambda.Code.fromAsset(path.join(__dirname, '..', '..', 'assets', 'lambda', 'provider', 'index')),
      timeout: PROVIDER_TIMEOUT,
      memorySize: 256,
      role: logging.role,
      logGroup: logging.logGroup,
    });
    this.serviceToken = this.handler.functionArn;

    acknowledgeNagFindings(this.handler, [{
      id: 'AwsSolutions-L1',
      reason: 'Node.js 22 is the newest Lambda runtime at the aws-cdk-lib 2.168.0 peer floor, and the bundle targets it.',
    }]);
  }

  /** Sets how long the handler's log events are kept. */
  public setLogRetention(retention: logs.RetentionDays): void {
    setRetention(this.logGroup, retention);
  }

  /**
   * Lets the function serve one kind of resource in an instance: `access`'s actions on its resources (a routing
   * profile's by default). One statement per instance (and set of conditions) holds the union of every kind granted
   * there, each action and resource once.
   */
  public grantInstance(instanceArn: string, access: ProviderAccess = ROUTING_PROFILE_PROVIDER_ACCESS): void {
    const key = JSON.stringify([this.keyOf(instanceArn), access.conditions ?? {}]);
    const grant = this.instanceGrants.get(key) ?? this.newInstanceGrant(key, access);
    for (const action of access.actions.filter((a) => !grant.actions.has(a))) {
      grant.actions.add(action);
      grant.statement.addActions(action);
    }
    for (const resource of access.resources(instanceArn).filter((r) => !grant.resources.has(this.keyOf(r)))) {
      grant.resources.add(this.keyOf(resource));
      grant.statement.addResources(resource);
    }
  }

  private newInstanceGrant(key: string, access: ProviderAccess) {
    const grant = { statement: new iam.PolicyStatement({ conditions: access.conditions }), actions: new Set<string>(), resources: new Set<string>() };
    this.instanceGrants.set(key, grant);
    this.handler.addToRolePolicy(grant.statement);
    if (this.instanceGrants.size === 1) {
      const policy = this.handler.role!.node.tryFindChild('DefaultPolicy');
      acknowledgeNagFindings(policy!, [{
        id: 'AwsSolutions-IAM5',
        reason: 'Routing profile ids exist only after CreateRoutingProfile; queues named in the spec and agents to '
          + 'move off a deleted profile are found at deploy time. Every wildcard stays inside one Connect instance.',
        appliesTo: [{ regex: '/^Resource::.+\\/(routing-profile|queue|agent)\\/\\*$/' }],
      }]);
    }
    return grant;
  }

  /** What an ARN resolves to: a token is compared by its template form, so the same reference matches itself. */
  private keyOf(arn: string): string {
    return Token.isUnresolved(arn) ? JSON.stringify(Stack.of(this).resolve(arn)) : arn;
  }
}

/**
 * Sets CloudFormation's `ServiceTimeout` (seconds) on one of the provider's custom resources, through an override
 * because `CustomResourceProps.serviceTimeout` is newer than the aws-cdk-lib 2.168.0 peer floor.
 */
export function setServiceTimeout(resource: IConstruct): void {
  cfnResourceOf(resource).addPropertyOverride('ServiceTimeout', SERVICE_TIMEOUT.toSeconds().toString());
}

/** The CloudFormation resource behind a construct, for escape hatches. */
export function cfnResourceOf(construct: IConstruct): CfnResource {
  const child = construct.node.defaultChild;
  if (!CfnResource.isCfnResource(child)) {
    throw new Error(`Expected ${construct.node.path} to have a CfnResource as its default child`);
  }
  return child;
}
