import {
  Annotations,
  CustomResource,
  Fn,
  IResolvable,
  IResource,
  ITaggable,
  Lazy,
  RemovalPolicy,
  Resource,
  TagManager,
  Stack,
  TagType,
  Token,
  aws_cloudwatch as cloudwatch,
  aws_logs as logs,
} from 'aws-cdk-lib';
import { Construct, IConstruct } from 'constructs';
import { AgentAvailabilityTimer } from './agent-availability-timer';
import { DriftPolicy } from './drift-policy';
import { MediaConcurrency } from './media-concurrency';
import { instanceArnError, parseRoutingProfileArn, routingProfileArnError } from './private/connect-arn';
import {
  DEFAULT_MAX_QUEUE_PAIRS,
  DriftMetric,
  OWNERSHIP_TAG_KEY,
  RemovalMode,
  ROUTING_PROFILE_LOOKUP_RESOURCE_TYPE,
  ROUTING_PROFILE_RESOURCE_TYPE,
  RoutingProfileAttribute,
  RoutingProfileLookupProperty,
  RoutingProfileLookupSpec,
  RoutingProfileProperty,
  RoutingProfileSpec,
  SPEC_VERSION,
} from './private/contract';
import { driftMetric } from './private/drift-metrics';
import { registerForDrift } from './private/drift-registration';
import { manualAssignmentQueueEntry, queueConfigEntry } from './private/profile-spec';
import { connectProviderToStore } from './private/provider-store';
import { queueRefKey } from './private/queue-ref-spec';
import {
  cfnResourceOf,
  DELETE_OWNED_PROFILE_ACCESS,
  FALLBACK_USERS_ACCESS,
  ROUTING_PROFILE_LOOKUP_PROVIDER_ACCESS,
  RoutingProfileProvider,
  setServiceTimeout,
} from './private/routing-profile-provider';
import { ruleMessage } from './private/rule-message';
import * as rules from './private/rules';
import { checkValue, isUnresolved, throwIfErrors } from './private/synth-checks';
import { grantWorkloadTypeCheck } from './private/workload-type-check';
import { ManualAssignmentQueueConfig, QueueConfig } from './queue-config';
import { QueueRef } from './queue-ref';

/**
 * User tags a profile may carry: Connect allows 50 per resource, and the handler adds its ownership tag to every
 * profile it creates.
 */
const MAX_USER_TAGS = rules.MAX_TAGS - 1;

/**
 * An Amazon Connect routing profile, defined in this app or imported.
 */
export interface IRoutingProfile extends IResource {
  /**
   * The routing profile's ARN.
   *
   * @attribute
   */
  readonly routingProfileArn: string;

  /**
   * The routing profile's id, the last segment of its ARN.
   *
   * @attribute
   */
  readonly routingProfileId: string;

  /**
   * The ARN of the Connect instance the routing profile belongs to.
   */
  readonly instanceArn: string;
}

/**
 * Options of the stack's provider function, which serves every `RoutingProfile`, `RoutingProfileConcurrency` and
 * lookup by name of the stack (`RoutingProfile.configureProvider`).
 */
export interface RoutingProfileProviderOptions {
  /**
   * How long the provider function's log events are kept: a few lines per deploy and resource, saying what each
   * deploy changed in Connect (no customer data).
   *
   * @default logs.RetentionDays.ONE_YEAR
   * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention
   */
  readonly logRetention?: logs.RetentionDays;
}

/**
 * Properties of a `RoutingProfile`.
 */
export interface RoutingProfileProps {
  /**
   * The ARN of the Amazon Connect instance the profile belongs to: a literal ARN or `CfnInstance.attrArn`.
   * Changing it replaces the profile.
   *
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html
   */
  readonly instanceArn: string;

  /**
   * The routing profile's name, unique in the instance: 1 to 127 characters.
   *
   * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateRoutingProfile.html#connect-CreateRoutingProfile-request-Name
   */
  readonly routingProfileName: string;

  /**
   * The routing profile's description: 1 to 250 characters.
   *
   * @default - the routing profile's name (Connect requires a description)
   * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateRoutingProfile.html#connect-CreateRoutingProfile-request-Description
   */
  readonly description?: string;

  /**
   * The queue of the outbound calls agents with the profile place.
   *
   * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateRoutingProfile.html#connect-CreateRoutingProfile-request-DefaultOutboundQueueId
   */
  readonly defaultOutboundQueue: QueueRef;

  /**
   * How many contacts of each channel an agent with the profile works at once: at most one entry per channel.
   *
   * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_MediaConcurrency.html
   */
  readonly mediaConcurrencies: MediaConcurrency[];

  /**
   * The queues the profile routes contacts from, per channel, with their priority and delay: at most
   * `maxQueuePairs` queue/channel pairs. An empty list means the profile has no queues; `addQueueConfig()` adds more.
   * A queue on a channel without a media concurrency is valid (Connect accepts it) but its contacts never reach
   * agents with this profile: synth warns about it.
   *
   * @default - the profile's queues are not managed: the handler leaves the ones it finds (a new profile has
   * none), unless `addQueueConfig()` is called
   * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_RoutingProfileQueueConfig.html
   */
  readonly queueConfigs?: QueueConfig[];

  /**
   * The queues whose contacts agents with the profile pick themselves, per channel: at most `maxQueuePairs`
   * queue/channel pairs, a quota separate from `queueConfigs`'. An empty list means none;
   * `addManualAssignmentQueueConfig()` adds more.
   *
   * @default - manual-assignment queues are not managed, unless `addManualAssignmentQueueConfig()` is called
   * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_RoutingProfileManualAssignmentQueueConfig.html
   */
  readonly manualAssignmentQueueConfigs?: ManualAssignmentQueueConfig[];

  /**
   * How Connect ranks the profile's available agents for the next contact.
   *
   * @default - not managed: Connect's choice on create (time since last activity), left alone on update
   * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateRoutingProfile.html#connect-CreateRoutingProfile-request-AgentAvailabilityTimer
   */
  readonly agentAvailabilityTimer?: AgentAvailabilityTimer;

  /**
   * Tags of the routing profile, merged with those given through `Tags.of(scope)`: at most 49, since the
   * handler adds the ownership tag `cdk-connect-routing:owner` and Connect allows 50. Tags are always
   * managed: a tag added in the console is removed at the next deploy.
   *
   * @default - no tags other than the ownership tag
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/tagging.html
   */
  readonly tags?: { [key: string]: string };

  /**
   * What happens to the routing profile when the construct leaves the stack or is replaced:
   * `RemovalPolicy.DESTROY` deletes it, `RemovalPolicy.RETAIN` (or `RETAIN_ON_UPDATE_OR_DELETE`) leaves it in
   * Connect. `RemovalPolicy.SNAPSHOT` is not supported. The handler applies it, so the CloudFormation resource
   * itself always keeps `DeletionPolicy: Delete`.
   *
   * @default RemovalPolicy.DESTROY
   * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_DeleteRoutingProfile.html
   */
  readonly removalPolicy?: RemovalPolicy;

  /**
   * Whether to take over an existing routing profile of the same name, the default "Basic Routing Profile"
   * included, instead of failing on the duplicate name. The adopted profile is then reconciled to these
   * props. It is never deleted: removing the construct puts it back as it was before adoption (see
   * `restoreOnRemoval`), whatever `removalPolicy` says (which applies only to a profile this resource created).
   * What it held is recorded at adoption in the stack's desired-state table, created for it if need be. The profile
   * is looked up by name before any write, so adopting one already as declared makes no write at all.
   *
   * @default false
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/routing-profiles.html
   */
  readonly adoptExisting?: boolean;

  /**
   * Whether removing the construct puts a profile it adopted back as it was before adoption: name, description,
   * default outbound queue, concurrency, both queue lists, agent availability timer and tags, with the same minimal
   * plan a deploy makes (no queue the two states share is dropped, even briefly). `false` leaves the profile as it
   * is then. Either way it is never deleted and its users stay assigned to it. A profile adopted by version 0.0.0
   * has nothing recorded and is left as it is. Only with `adoptExisting: true`.
   *
   * @default true
   */
  readonly restoreOnRemoval?: boolean;

  /**
   * A routing profile of the same instance to move the users still assigned to this one to, before deleting it.
   * Only a stack with such a profile grants its provider `connect:SearchUsers` and `connect:UpdateUserRoutingProfile`
   * on the instance's agents.
   *
   * @default - none: a delete while users are assigned fails with a reason naming how many
   * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateUserRoutingProfile.html
   */
  readonly fallbackRoutingProfile?: IRoutingProfile;

  /**
   * The instance's quota of queue/channel pairs per routing profile, when raised through Service Quotas: a
   * whole number of at least 50. It applies to `queueConfigs` and, separately, to
   * `manualAssignmentQueueConfigs`.
   *
   * @default 50
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/amazon-connect-service-limits.html
   */
  readonly maxQueuePairs?: number;

  /**
   * What the stack's scheduled drift check does when the live profile differs from these props between deploys
   * (a deploy always corrects it): report it, correct it, or ignore it. See `DriftReconciler`.
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
 * An Amazon Connect routing profile, kept in its declared state by a custom resource.
 *
 * On every deploy the stack's provider function reads the live profile, plans the fewest Connect calls that
 * make it match these props (never dropping a queue that stays), and applies them. Console changes are
 * therefore corrected at the next deploy.
 *
 * @example
 * const support = new RoutingProfile(this, 'Support', {
 *   instanceArn: 'arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555',
 *   routingProfileName: 'Tier 1 Support',
 *   defaultOutboundQueue: QueueRef.fromQueueName('BasicQueue'),
 *   mediaConcurrencies: [
 *     MediaConcurrency.voice(),
 *     MediaConcurrency.chat(3, { crossChannelBehavior: CrossChannelBehavior.ROUTE_ANY_CHANNEL }),
 *   ],
 *   queueConfigs: [
 *     { queue: QueueRef.fromQueueName('VIP'), channel: Channel.VOICE, priority: 1 },
 *     { queue: QueueRef.fromQueueName('BasicQueue'), channel: Channel.CHAT, priority: 2, delay: Duration.seconds(30) },
 *   ],
 * });
 * support.addQueueConfig({ queue: QueueRef.fromQueueName('Billing'), channel: Channel.VOICE, priority: 3 });
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/routing-profiles.html
 */
export class RoutingProfile extends Resource implements IRoutingProfile, ITaggable {
  /**
   * Configures the stack's provider function, the one Lambda function that serves every `RoutingProfile`,
   * `RoutingProfileConcurrency` and lookup by name of the stack. Call it anywhere in the stack, before or after them.
   *
   * @param scope any construct of the stack
   */
  public static configureProvider(scope: IConstruct, options: RoutingProfileProviderOptions): void {
    if (options.logRetention !== undefined) RoutingProfileProvider.getOrCreate(scope).setLogRetention(options.logRetention);
  }

  /**
   * Imports an existing routing profile by its ARN.
   *
   * @param routingProfileArn `arn:<partition>:connect:<region>:<account>:instance/<instanceId>/routing-profile/<routingProfileId>`, or a token
   */
  public static fromRoutingProfileArn(scope: Construct, id: string, routingProfileArn: string): IRoutingProfile {
    let instanceArn: string;
    let routingProfileId: string;
    if (Token.isUnresolved(routingProfileArn)) {
      // instance/<instanceId>/routing-profile/<routingProfileId>: split on "/" at deploy time.
      const parts = Fn.split('/', routingProfileArn);
      instanceArn = Fn.join('/', [Fn.select(0, parts), Fn.select(1, parts)]);
      routingProfileId = Fn.select(3, parts);
    } else {
      checkValue(routingProfileArn, routingProfileArnError, 'routingProfileArn');
      ({ instanceArn, routingProfileId } = parseRoutingProfileArn(routingProfileArn)!);
    }
    return new ImportedRoutingProfile(scope, id, { routingProfileArn, routingProfileId, instanceArn });
  }

  /**
   * Imports an existing routing profile by its name, looked up in the instance at deploy time by the stack's
   * provider function (a `Custom::ConnectRoutingProfileLookup` resource that changes nothing in Connect).
   *
   * The deploy fails when the instance has no routing profile of that name.
   *
   * @param instanceArn the ARN of the Connect instance: a literal ARN or `CfnInstance.attrArn`
   * @param routingProfileName the profile's exact name, e.g. `Basic Routing Profile`
   */
  public static fromRoutingProfileName(scope: Construct, id: string, instanceArn: string, routingProfileName: string): IRoutingProfile {
    checkValue(instanceArn, instanceArnError, 'instanceArn');
    checkValue(routingProfileName, rules.routingProfileNameError, 'routingProfileName');
    const lookupScope = new Construct(scope, id);
    const provider = RoutingProfileProvider.getOrCreate(lookupScope);
    provider.grantInstance(instanceArn, ROUTING_PROFILE_LOOKUP_PROVIDER_ACCESS);
    const spec: RoutingProfileLookupSpec = {
      [RoutingProfileLookupProperty.INSTANCE_ARN]: instanceArn,
      [RoutingProfileLookupProperty.NAME]: routingProfileName,
    };
    const lookup = new CustomResource(lookupScope, 'Lookup', {
      serviceToken: provider.serviceToken,
      resourceType: ROUTING_PROFILE_LOOKUP_RESOURCE_TYPE,
      properties: spec,
    });
    setServiceTimeout(lookup);
    return new ImportedRoutingProfile(lookupScope, 'Resource', {
      routingProfileArn: lookup.getAttString(RoutingProfileAttribute.ARN),
      routingProfileId: lookup.getAttString(RoutingProfileAttribute.ID),
      instanceArn,
    });
  }

  /**
   * The routing profile's ARN, returned by the handler once the profile exists.
   *
   * @attribute
   */
  public readonly routingProfileArn: string;

  /**
   * The routing profile's id, returned by the handler once the profile exists.
   *
   * @attribute
   */
  public readonly routingProfileId: string;

  /**
   * The ARN of the Connect instance the routing profile belongs to.
   */
  public readonly instanceArn: string;

  /**
   * The routing profile's name.
   */
  public readonly routingProfileName: string;

  /**
   * The profile's tags, merged with those given through `Tags.of(scope)`.
   */
  public readonly tags: TagManager;

  private readonly mediaConcurrencies: readonly MediaConcurrency[];
  private readonly maxQueuePairs: number | undefined;
  /** `undefined` while not managed. */
  private queueConfigs: QueueConfig[] | undefined;
  /** `undefined` while not managed. */
  private manualAssignmentQueueConfigs: ManualAssignmentQueueConfig[] | undefined;
  private removalMode: RemovalMode;
  /** The custom resource's logical id: the drift metrics' resource dimension. */
  private readonly logicalId: string;

  constructor(scope: Construct, id: string, props: RoutingProfileProps) {
    super(scope, id);

    checkValue(props.instanceArn, instanceArnError, 'instanceArn');
    checkValue(props.routingProfileName, rules.routingProfileNameError, 'routingProfileName');
    if (props.description !== undefined) {
      checkValue(props.description, rules.routingProfileDescriptionError, 'description');
    }
    if (props.maxQueuePairs !== undefined) {
      checkValue(props.maxQueuePairs, rules.maxQueuePairsError, 'maxQueuePairs');
    }
    throwIfErrors(rules.mediaConcurrenciesErrors(props.mediaConcurrencies.map((m) => m._toSpec()), { prop: 'mediaConcurrencies', isUnresolved }));
    this.removalMode = removalModeOf(props.removalPolicy ?? RemovalPolicy.DESTROY);
    if (props.fallbackRoutingProfile !== undefined) {
      validateSameInstance(props.instanceArn, props.fallbackRoutingProfile);
    }
    validateUserTags(props.tags ?? {});
    if (props.restoreOnRemoval !== undefined && props.adoptExisting !== true && !isUnresolved(props.adoptExisting)) {
      throw new Error(ruleMessage('restoreOnRemoval', 'applies only to a profile adopted with `adoptExisting: true` (a profile this '
        + 'resource creates follows `removalPolicy`)', props.restoreOnRemoval));
    }

    this.instanceArn = props.instanceArn;
    this.routingProfileName = props.routingProfileName;
    this.mediaConcurrencies = [...props.mediaConcurrencies];
    this.maxQueuePairs = props.maxQueuePairs;
    if (props.queueConfigs !== undefined) {
      this.queueConfigs = this.checkedQueueConfigs(props.queueConfigs);
    }
    if (props.manualAssignmentQueueConfigs !== undefined) {
      this.manualAssignmentQueueConfigs = this.checkedManualAssignmentQueueConfigs(props.manualAssignmentQueueConfigs);
    }
    this.tags = new TagManager(TagType.MAP, ROUTING_PROFILE_RESOURCE_TYPE, props.tags);

    const provider = RoutingProfileProvider.getOrCreate(this);
    provider.grantInstance(props.instanceArn);
    provider.grantInstance(props.instanceArn, DELETE_OWNED_PROFILE_ACCESS);
    // Users are moved only off a profile that names where to: no user access for a stack that sets no fallback.
    if (props.fallbackRoutingProfile !== undefined) provider.grantInstance(props.instanceArn, FALLBACK_USERS_ACCESS);
    grantWorkloadTypeCheck(provider, props.instanceArn, props.mediaConcurrencies, props.checkWorkloadTypes);
    const driftPolicy = props.driftPolicy ?? DriftPolicy.REPORT;
    registerForDrift(this, provider, props.instanceArn, driftPolicy);
    // An adoption keeps what the profile held, for removal to put back, in the table (made for it if drift did not).
    if (props.adoptExisting !== undefined && props.adoptExisting !== false) {
      connectProviderToStore(this, provider, { keepsOriginals: true });
    }

    // Optional members left undefined drop out of the template; lazy ones follow add…() calls and Tags.of().
    const spec: Resolvable<RoutingProfileSpec> = {
      [RoutingProfileProperty.SPEC_VERSION]: SPEC_VERSION,
      [RoutingProfileProperty.INSTANCE_ARN]: props.instanceArn,
      [RoutingProfileProperty.NAME]: props.routingProfileName,
      [RoutingProfileProperty.DESCRIPTION]: props.description ?? props.routingProfileName,
      [RoutingProfileProperty.DEFAULT_OUTBOUND_QUEUE]: props.defaultOutboundQueue._toSpec(),
      [RoutingProfileProperty.MEDIA_CONCURRENCIES]: this.mediaConcurrencies.map((m) => m._toSpec()),
      [RoutingProfileProperty.QUEUE_CONFIGS]: Lazy.any({ produce: () => this.queueConfigs?.map(queueConfigEntry) }),
      [RoutingProfileProperty.MANUAL_ASSIGNMENT_QUEUES]: Lazy.any({
        produce: () => this.manualAssignmentQueueConfigs?.map(manualAssignmentQueueEntry),
      }),
      [RoutingProfileProperty.AGENT_AVAILABILITY_TIMER]: props.agentAvailabilityTimer?.value,
      [RoutingProfileProperty.TAGS]: Lazy.any({ produce: () => this.tags.renderTags() ?? {} }),
      [RoutingProfileProperty.REMOVAL_POLICY]: Lazy.string({ produce: () => this.removalMode }),
      [RoutingProfileProperty.ADOPT_EXISTING]: props.adoptExisting ?? false,
      // Only when declared: a stack that never sets it keeps the properties it had, and its default (true) holds.
      [RoutingProfileProperty.RESTORE_ON_REMOVAL]: props.restoreOnRemoval,
      [RoutingProfileProperty.FALLBACK_ROUTING_PROFILE]: props.fallbackRoutingProfile?.routingProfileArn,
      [RoutingProfileProperty.MAX_QUEUE_PAIRS]: props.maxQueuePairs,
      [RoutingProfileProperty.DRIFT_POLICY]: driftPolicy.value,
      [RoutingProfileProperty.CHECK_WORKLOAD_TYPES]: props.checkWorkloadTypes,
    };
    const resource = new CustomResource(this, 'Resource', {
      serviceToken: provider.serviceToken,
      resourceType: ROUTING_PROFILE_RESOURCE_TYPE,
      properties: spec,
      // Always Delete: the handler is called and honours the spec's RemovalPolicy, 'retain' included.
      removalPolicy: RemovalPolicy.DESTROY,
    });
    setServiceTimeout(resource);
    this.logicalId = cfnResourceOf(resource).logicalId;

    this.routingProfileArn = resource.getAttString(RoutingProfileAttribute.ARN);
    this.routingProfileId = resource.getAttString(RoutingProfileAttribute.ID);

    // Tags.of() tags arrive through an aspect after the constructor, so the merged set is checked at synth.
    this.node.addValidation({ validate: () => userTagsErrors(this.tags.tagValues()) });
    // Over the whole app at synth, so the order in which profiles are added does not matter.
    this.node.addValidation({ validate: () => this.nameConflicts() });
  }

  /**
   * Adds a queue the profile routes contacts from. The profile's queues become managed if they were not.
   *
   * Checked at once against the profile's other queue configs: no queue/channel pair twice, at most `maxQueuePairs`
   * pairs, a priority from 1 to 99, a delay from 0 to 9999 s. A channel the profile gives no media concurrency gets a
   * synth warning (Connect accepts it, but agents with this profile never get those contacts).
   */
  public addQueueConfig(config: QueueConfig): void {
    const existing = this.queueConfigs ?? [];
    this.queueConfigs = this.checkedQueueConfigs([...existing, config], existing.length);
  }

  /**
   * Adds a queue whose contacts agents with the profile pick themselves. The profile's manual-assignment queues
   * become managed if they were not.
   *
   * Checked at once against the others: no queue/channel pair twice, at most `maxQueuePairs` pairs.
   */
  public addManualAssignmentQueueConfig(config: ManualAssignmentQueueConfig): void {
    this.manualAssignmentQueueConfigs = this.checkedManualAssignmentQueueConfigs(
      [...(this.manualAssignmentQueueConfigs ?? []), config]);
  }

  /**
   * Fields of this profile found different from its declared state by each drift check (0 when in sync).
   * Build an alarm with `metric.createAlarm()`.
   */
  public metricDriftedFields(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return driftMetric(DriftMetric.DRIFTED_FIELDS, {
      [DriftMetric.STACK_DIMENSION]: Stack.of(this).stackName,
      [DriftMetric.RESOURCE_DIMENSION]: this.logicalId,
    }, props);
  }

  /**
   * Sets what happens to the routing profile when the construct leaves the stack or is replaced, overriding
   * the `removalPolicy` prop: `DESTROY` deletes it, `RETAIN` or `RETAIN_ON_UPDATE_OR_DELETE` leaves it.
   * `SNAPSHOT` is not supported.
   */
  public applyRemovalPolicy(policy: RemovalPolicy): void {
    this.removalMode = removalModeOf(policy, 'applyRemovalPolicy');
  }

  /**
   * The whole list, checked: each config, duplicates, the quota. Configs from the `warnFrom`th on that sit on a
   * channel without a media concurrency are warned about once (valid in Connect, but no agent of this profile gets
   * those contacts).
   */
  private checkedQueueConfigs(configs: QueueConfig[], warnFrom = 0): QueueConfig[] {
    throwIfErrors(rules.queueConfigsErrors(configs.map(queueConfigEntry), this.pairQuota(), { prop: 'queueConfigs', isUnresolved }));
    configs.slice(warnFrom).forEach((config, offset) => this.warnIfNoConcurrency(config, warnFrom + offset));
    return [...configs];
  }

  private warnIfNoConcurrency(config: QueueConfig, index: number): void {
    const channels = this.mediaConcurrencies.map((m) => m.channel.value);
    const channel = config.channel.value;
    if (isUnresolved(channel) || channels.some(isUnresolved) || channels.includes(channel)) return;
    const queue = queueRefKey(config.queue._toSpec()) ?? 'a queue';
    Annotations.of(this).addWarningV2('cdk-connect-routing:queue-channel-without-concurrency',
      `\`queueConfigs[${index}]\` routes ${queue} on ${channel}, a channel the profile gives no media concurrency `
      + `(it gives: ${channels.join(', ')}): agents with this profile never get those contacts. Add a ${channel} media `
      + 'concurrency, or remove the queue config.');
  }

  /** The whole list, checked: each config, duplicates, the quota. */
  private checkedManualAssignmentQueueConfigs(configs: ManualAssignmentQueueConfig[]): ManualAssignmentQueueConfig[] {
    throwIfErrors(rules.manualAssignmentQueueConfigsErrors(configs.map(manualAssignmentQueueEntry), this.pairQuota(),
      { prop: 'manualAssignmentQueueConfigs', isUnresolved }));
    return [...configs];
  }

  /**
   * Another `RoutingProfile` of the app with this name in this instance: Connect names are unique per instance, so
   * the second Create would fail at deploy. Names compare exactly: neither the API Reference nor the Admin Guide says
   * Connect ignores case, so a case-only difference is left to Connect rather than refused here (the local emulator
   * compares exactly too).
   */
  private nameConflicts(): string[] {
    if (isUnresolved(this.routingProfileName)) return [];
    const instance = instanceKey(this, this.instanceArn);
    return this.node.root.node.findAll()
      .filter((other): other is RoutingProfile => other instanceof RoutingProfile && other !== this
        && other.routingProfileName === this.routingProfileName && instanceKey(other, other.instanceArn) === instance)
      .map((other) => ruleMessage('routingProfileName', `of ${this.node.path} must differ from that of ${other.node.path}, `
        + 'another routing profile of the same instance (Connect names are unique per instance)', this.routingProfileName));
  }

  /** The pair quota the lists are checked against; a token quota is checked by the handler. */
  private pairQuota(): number {
    const quota = this.maxQueuePairs ?? DEFAULT_MAX_QUEUE_PAIRS;
    return isUnresolved(quota) ? Number.POSITIVE_INFINITY : quota;
  }
}

/** A routing profile that exists outside this construct. */
class ImportedRoutingProfile extends Resource implements IRoutingProfile {
  public readonly routingProfileArn: string;
  public readonly routingProfileId: string;
  public readonly instanceArn: string;

  constructor(scope: Construct, id: string, attrs: Omit<IRoutingProfile, keyof IResource>) {
    // The instance's ARN, never a looked-up attribute, carries the account and region.
    super(scope, id, { environmentFromArn: attrs.instanceArn });
    this.routingProfileArn = attrs.routingProfileArn;
    this.routingProfileId = attrs.routingProfileId;
    this.instanceArn = attrs.instanceArn;
  }
}

/** An instance ARN as it compares: a token by its template form, so the same reference matches itself. */
function instanceKey(scope: Construct, instanceArn: string): string {
  return isUnresolved(instanceArn) ? JSON.stringify(Stack.of(scope).resolve(instanceArn)) : instanceArn;
}

/** A spec whose members may also be tokens resolved at synth. */
type Resolvable<T> = { readonly [K in keyof T]: T[K] | IResolvable };

function validateSameInstance(instanceArn: string, fallback: IRoutingProfile): void {
  if (!isUnresolved(instanceArn) && !isUnresolved(fallback.instanceArn) && fallback.instanceArn !== instanceArn) {
    throw new Error(ruleMessage('fallbackRoutingProfile',
      `must belong to the profile's instance ${JSON.stringify(instanceArn)}`, fallback.routingProfileArn));
  }
}

/** The tag rules of `rules.ts`, with the count lowered by the ownership tag and the reason said. */
function userTagsErrors(tags: { readonly [key: string]: string }): string[] {
  const errors = rules.tagsErrors(tags, Number.POSITIVE_INFINITY, { prop: 'tags', isUnresolved });
  const count = Object.keys(tags).length;
  if (count > MAX_USER_TAGS) {
    errors.unshift(ruleMessage('tags', `must hold at most ${MAX_USER_TAGS} tags (Connect allows ${rules.MAX_TAGS} per routing `
      + `profile and the handler adds its ownership tag ${JSON.stringify(OWNERSHIP_TAG_KEY)})`, count));
  }
  return errors;
}

function validateUserTags(tags: { readonly [key: string]: string }): void {
  throwIfErrors(userTagsErrors(tags));
}

function removalModeOf(policy: RemovalPolicy, prop = 'removalPolicy'): RemovalMode {
  switch (policy) {
    case RemovalPolicy.DESTROY:
      return RemovalMode.DESTROY;
    case RemovalPolicy.RETAIN:
    case RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE:
      return RemovalMode.RETAIN;
    default:
      throw new Error(ruleMessage(prop,
        'must be RemovalPolicy.DESTROY or RemovalPolicy.RETAIN (a routing profile has no snapshot)', policy));
  }
}
