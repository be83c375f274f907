import { CustomResource, RemovalPolicy, Stack, aws_cloudwatch as cloudwatch } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { DriftPolicy } from './drift-policy';
import { MediaConcurrency } from './media-concurrency';
import {
  DriftMetric,
  ROUTING_PROFILE_CONCURRENCY_RESOURCE_TYPE,
  RoutingProfileAttribute,
  RoutingProfileConcurrencyProperty,
  RoutingProfileConcurrencySpec,
  SPEC_VERSION,
} from './private/contract';
import { ROUTING_PROFILE_CONCURRENCY_DRIFT_ACCESS } from './private/drift-access';
import { driftMetric } from './private/drift-metrics';
import { registerForDrift } from './private/drift-registration';
import { connectProviderToStore } from './private/provider-store';
import {
  cfnResourceOf,
  ROUTING_PROFILE_CONCURRENCY_PROVIDER_ACCESS,
  RoutingProfileProvider,
  setServiceTimeout,
} from './private/routing-profile-provider';
import { ruleMessage } from './private/rule-message';
import { mediaConcurrenciesErrors } from './private/rules';
import { isUnresolved, throwIfErrors } from './private/synth-checks';
import { grantWorkloadTypeCheck } from './private/workload-type-check';
import { RoutingProfile } from './routing-profile';
import { RoutingProfileTarget } from './routing-profile-target';

/**
 * Properties of a `RoutingProfileConcurrency`.
 */
export interface RoutingProfileConcurrencyProps {
  /**
   * The existing routing profile whose concurrency to manage, e.g.
   * `RoutingProfileTarget.fromName(instanceArn, 'Basic Routing Profile')`. A different profile replaces the
   * resource: the new profile is changed, then the old one is put back as it was found.
   */
  readonly routingProfile: RoutingProfileTarget;

  /**
   * The channels to manage and how many contacts of each an agent works at once: at least one, each channel
   * once. Channels not listed keep whatever the profile has; a listed channel the profile lacks is added. A
   * channel's cross-channel behaviour is managed only when given.
   *
   * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_MediaConcurrency.html
   */
  readonly mediaConcurrencies: MediaConcurrency[];

  /**
   * Whether removing the construct (or pointing it at another profile) puts the managed channels back as they
   * were before its first change, cross-channel behaviour included; `false` leaves them as they are. A channel
   * dropped from `mediaConcurrencies` by an update is put back the same way.
   *
   * What the profile had is remembered once, at the first deploy: a channel it lacked then is removed, even one
   * added in the console since and declared by a later update. To keep such a channel, remove the construct and
   * add it again declaring the channel, so that it is remembered as it is.
   *
   * @default true
   */
  readonly restoreOnRemoval?: boolean;

  /**
   * What the stack's scheduled drift check does when a declared channel's live concurrency or cross-channel
   * behaviour differs from these props between deploys (a deploy always corrects it): report it, correct it with
   * one `UpdateRoutingProfileConcurrency`, or ignore it. Channels not declared are never checked. See
   * `DriftReconciler`.
   *
   * @default DriftPolicy.REPORT
   * @see https://github.com/cdk-connect-routing/cdk-connect-routing/blob/main/docs/drift.md
   */
  readonly driftPolicy?: DriftPolicy;

  /**
   * Whether each deploy that writes the profile's concurrency first checks that every workload type declared in
   * `mediaConcurrencies` is a value of the instance's `connect:WorkloadType` attribute, and fails naming the missing
   * ones, having changed nothing. The provider is then allowed `connect:DescribePredefinedAttribute` on the
   * instance. Set `false` where that attribute cannot be read: nothing then stops a workload type no contact can
   * have.
   *
   * @default true (it only matters when `mediaConcurrencies` declares workload types)
   * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribePredefinedAttribute.html
   */
  readonly checkWorkloadTypes?: boolean;
}

/**
 * The media concurrencies of an Amazon Connect routing profile this stack does not own, such as an existing
 * instance's default "Basic Routing Profile": only the declared channels are changed, nothing else on the
 * profile is touched.
 *
 * On its first deploy the stack's provider function remembers the profile's concurrency (every channel, with
 * its cross-channel behaviour, kept in the resource's physical id), then applies the declared values with one
 * `UpdateRoutingProfileConcurrency` call, or none when they already hold. Every later deploy compares with the
 * live profile, so a console change to a declared channel is reverted. Between deploys the stack's
 * `DriftReconciler` checks the declared channels on its schedule and reports or corrects a change according to
 * `driftPolicy`. On removal the declared channels go back as remembered (unless `restoreOnRemoval` is `false`);
 * a profile deleted meanwhile does not fail the delete.
 *
 * One profile's concurrency is managed by one construct: two `RoutingProfileConcurrency` on the same profile,
 * or one on a `RoutingProfile` of the same app, fail at synth. Targets are compared as written: an id and an
 * ARN of the same profile match, a name matches the same name in the same instance, and a token matches only
 * the same token (a name cannot be matched with an id, nor a token with a literal).
 *
 * @example
 * new RoutingProfileConcurrency(this, 'BasicConcurrency', {
 *   routingProfile: RoutingProfileTarget.fromName(
 *     'arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555',
 *     'Basic Routing Profile'),
 *   mediaConcurrencies: [
 *     MediaConcurrency.chat(3, { crossChannelBehavior: CrossChannelBehavior.ROUTE_ANY_CHANNEL }),
 *     MediaConcurrency.task(2),
 *   ],
 * });
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateRoutingProfileConcurrency.html
 */
export class RoutingProfileConcurrency extends Construct {
  /**
   * The ARN of the routing profile, as the handler resolved it.
   *
   * @attribute
   */
  public readonly routingProfileArn: string;

  /**
   * The id of the routing profile, as the handler resolved it.
   *
   * @attribute
   */
  public readonly routingProfileId: string;

  /** The ARN of the Connect instance the routing profile belongs to. */
  public readonly instanceArn: string;

  /** The routing profile whose concurrency is managed. */
  public readonly routingProfile: RoutingProfileTarget;

  /** The custom resource's logical id: the drift metrics' resource dimension. */
  private readonly logicalId: string;

  constructor(scope: Construct, id: string, props: RoutingProfileConcurrencyProps) {
    super(scope, id);
    throwIfErrors(mediaConcurrenciesErrors(props.mediaConcurrencies.map((m) => m._toSpec()), { prop: 'mediaConcurrencies', isUnresolved }));

    this.routingProfile = props.routingProfile;
    this.instanceArn = props.routingProfile.instanceArn;
    const provider = RoutingProfileProvider.getOrCreate(this);
    // Only what the concurrency handler calls: a stack that manages nothing else gets no create, delete or user actions.
    provider.grantInstance(this.instanceArn, ROUTING_PROFILE_CONCURRENCY_PROVIDER_ACCESS);
    grantWorkloadTypeCheck(provider, this.instanceArn, props.mediaConcurrencies, props.checkWorkloadTypes);
    const driftPolicy = props.driftPolicy ?? DriftPolicy.REPORT;
    registerForDrift(this, provider, this.instanceArn, driftPolicy, ROUTING_PROFILE_CONCURRENCY_DRIFT_ACCESS);
    // The first deploy keeps its memory there too, so a Create that Lambda runs again takes the first run's.
    connectProviderToStore(this, provider, { keepsOriginals: true });

    const spec: RoutingProfileConcurrencySpec = {
      [RoutingProfileConcurrencyProperty.SPEC_VERSION]: SPEC_VERSION,
      [RoutingProfileConcurrencyProperty.INSTANCE_ARN]: this.instanceArn,
      [RoutingProfileConcurrencyProperty.ROUTING_PROFILE]: props.routingProfile._toSpec(),
      [RoutingProfileConcurrencyProperty.MEDIA_CONCURRENCIES]: props.mediaConcurrencies.map((m) => m._toSpec()),
      [RoutingProfileConcurrencyProperty.RESTORE_ON_REMOVAL]: props.restoreOnRemoval ?? true,
      [RoutingProfileConcurrencyProperty.DRIFT_POLICY]: driftPolicy.value,
      [RoutingProfileConcurrencyProperty.CHECK_WORKLOAD_TYPES]: props.checkWorkloadTypes,
    };
    const resource = new CustomResource(this, 'Resource', {
      serviceToken: provider.serviceToken,
      resourceType: ROUTING_PROFILE_CONCURRENCY_RESOURCE_TYPE,
      properties: spec,
      // Always Delete, so the handler is called and applies `restoreOnRemoval`.
      removalPolicy: RemovalPolicy.DESTROY,
    });
    setServiceTimeout(resource);
    this.logicalId = cfnResourceOf(resource).logicalId;

    this.routingProfileArn = resource.getAttString(RoutingProfileAttribute.ARN);
    this.routingProfileId = resource.getAttString(RoutingProfileAttribute.ID);

    // At synth, over the whole app, so the order in which constructs are added does not matter.
    this.node.addValidation({ validate: () => this.conflicts() });
  }

  /**
   * Fields of the declared channels found different from their declared state by each drift check (0 when in
   * sync). Build an alarm with `metric.createAlarm()`.
   */
  public metricDriftedFields(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return driftMetric(DriftMetric.DRIFTED_FIELDS, {
      [DriftMetric.STACK_DIMENSION]: Stack.of(this).stackName,
      [DriftMetric.RESOURCE_DIMENSION]: this.logicalId,
    }, props);
  }

  /** Another construct of the app that manages this profile's concurrency, named with both paths. */
  private conflicts(): string[] {
    const key = this.routingProfile._key();
    const errors: string[] = [];
    for (const other of this.node.root.node.findAll()) {
      if (other === this) continue;
      if (other instanceof RoutingProfileConcurrency && other.routingProfile._key() === key) {
        errors.push(this.conflict(`whose concurrency ${other.node.path} also manages`));
      } else if (other instanceof RoutingProfile && this.targets(other)) {
        errors.push(this.conflict(`that ${other.node.path} defines (set its concurrency with that construct's \`mediaConcurrencies\`)`));
      }
    }
    return errors;
  }

  private targets(profile: RoutingProfile): boolean {
    return this.routingProfile._profile() === profile
      || this.routingProfile._key() === RoutingProfileTarget.fromRoutingProfile(profile)._key()
      || this.routingProfile._key() === RoutingProfileTarget.fromName(profile.instanceArn, profile.routingProfileName)._key();
  }

  private conflict(which: string): string {
    return ruleMessage('routingProfile', `of ${this.node.path} must not name a routing profile ${which}`, describeTarget(this.routingProfile));
  }
}

function describeTarget(target: RoutingProfileTarget): object {
  const spec = target._toSpec();
  return spec.Name !== undefined ? { instanceArn: target.instanceArn, name: spec.Name }
    : spec.Id !== undefined ? { instanceArn: target.instanceArn, id: spec.Id } : { arn: spec.Arn };
}
