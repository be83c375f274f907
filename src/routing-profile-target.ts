import { Fn, Token } from 'aws-cdk-lib';
import { instanceArnError, parseRoutingProfileArn, routingProfileArnError } from './private/connect-arn';
import { RoutingProfileRefSpec } from './private/contract';
import { routingProfileIdError, routingProfileNameError } from './private/rules';
import { checkValue } from './private/synth-checks';
import type { IRoutingProfile } from './routing-profile';

/**
 * An existing routing profile whose media concurrencies a `RoutingProfileConcurrency` manages: by id, by ARN,
 * by name (looked up by the handler at deploy time), or as an `IRoutingProfile`.
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/routing-profiles.html
 */
export class RoutingProfileTarget {
  /**
   * A routing profile by its id in an instance.
   *
   * @param instanceArn the ARN of the Connect instance: a literal ARN or a token
   * @param routingProfileId the profile's id, the last segment of its ARN, or a token
   */
  public static fromId(instanceArn: string, routingProfileId: string): RoutingProfileTarget {
    checkValue(instanceArn, instanceArnError, 'instanceArn');
    checkValue(routingProfileId, routingProfileIdError, 'routingProfileId');
    return new RoutingProfileTarget(instanceArn, { Id: routingProfileId });
  }

  /**
   * A routing profile by its ARN.
   *
   * @param routingProfileArn `arn:<partition>:connect:<region>:<account>:instance/<instanceId>/routing-profile/<routingProfileId>`, or a token
   */
  public static fromArn(routingProfileArn: string): RoutingProfileTarget {
    let instanceArn: string;
    if (Token.isUnresolved(routingProfileArn)) {
      // instance/<instanceId>/routing-profile/<routingProfileId>: the instance part, split at deploy time.
      const parts = Fn.split('/', routingProfileArn);
      instanceArn = Fn.join('/', [Fn.select(0, parts), Fn.select(1, parts)]);
    } else {
      checkValue(routingProfileArn, routingProfileArnError, 'routingProfileArn');
      instanceArn = parseRoutingProfileArn(routingProfileArn)!.instanceArn;
    }
    return new RoutingProfileTarget(instanceArn, { Arn: routingProfileArn });
  }

  /**
   * A routing profile by its exact name, looked up in the instance by the handler at deploy time, e.g. the
   * default `Basic Routing Profile`. The deploy fails, having changed nothing, when no profile has that name.
   *
   * @param instanceArn the ARN of the Connect instance: a literal ARN or a token
   * @param routingProfileName the profile's name, 1 to 127 characters, case-sensitive
   */
  public static fromName(instanceArn: string, routingProfileName: string): RoutingProfileTarget {
    checkValue(instanceArn, instanceArnError, 'instanceArn');
    checkValue(routingProfileName, routingProfileNameError, 'routingProfileName');
    return new RoutingProfileTarget(instanceArn, { Name: routingProfileName });
  }

  /**
   * A routing profile imported with `RoutingProfile.fromRoutingProfileArn` or `fromRoutingProfileName`.
   *
   * A `RoutingProfile` defined in the same app manages its own concurrency (`mediaConcurrencies`): targeting it
   * is a synth-time error.
   *
   * @param routingProfile the routing profile
   */
  public static fromRoutingProfile(routingProfile: IRoutingProfile): RoutingProfileTarget {
    return new RoutingProfileTarget(routingProfile.instanceArn, { Arn: routingProfile.routingProfileArn }, routingProfile);
  }

  /** The ARN of the Connect instance the profile belongs to. */
  public readonly instanceArn: string;

  /**
   * The profile's ARN, when targeted by ARN or as an `IRoutingProfile`.
   *
   * @default - not targeted by ARN
   */
  public readonly routingProfileArn?: string;

  /**
   * The profile's id, when targeted by id.
   *
   * @default - not targeted by id
   */
  public readonly routingProfileId?: string;

  /**
   * The profile's name, when targeted by name.
   *
   * @default - not targeted by name
   */
  public readonly routingProfileName?: string;

  private readonly spec: RoutingProfileRefSpec;
  private readonly profile?: IRoutingProfile;

  private constructor(instanceArn: string, spec: RoutingProfileRefSpec, profile?: IRoutingProfile) {
    this.instanceArn = instanceArn;
    this.spec = spec;
    this.profile = profile;
    this.routingProfileArn = spec.Arn;
    this.routingProfileId = spec.Id;
    this.routingProfileName = spec.Name;
  }

  /**
   * The target as the spec carries it: exactly one of `Arn`, `Id`, `Name`.
   *
   * @internal
   */
  public _toSpec(): RoutingProfileRefSpec {
    return { ...this.spec };
  }

  /**
   * The `IRoutingProfile` given to `fromRoutingProfile`, if any.
   *
   * @internal
   */
  public _profile(): IRoutingProfile | undefined {
    return this.profile;
  }

  /**
   * A key under which two targets of the same profile compare equal at synth time: an ARN and an id in its
   * instance share one; a name has its own. A token compares equal only to the same token.
   *
   * @internal
   */
  public _key(): string {
    if (this.spec.Name !== undefined) return nameKey(this.instanceArn, this.spec.Name);
    return arnKey(this.spec.Arn ?? `${this.instanceArn}/routing-profile/${this.spec.Id}`);
  }
}

function arnKey(routingProfileArn: string): string {
  return `arn ${routingProfileArn}`;
}

function nameKey(instanceArn: string, routingProfileName: string): string {
  return `name ${JSON.stringify([instanceArn, routingProfileName])}`;
}
