import * as path from 'path';
import {
  Annotations,
  Duration,
  Stack,
  Token,
  aws_cloudwatch as cloudwatch,
  aws_dynamodb as dynamodb,
  aws_events as events,
  aws_events_targets as targets,
  aws_iam as iam,
  aws_lambda as lambda,
  aws_logs as logs,
} from 'aws-cdk-lib';
import { Construct, IConstruct } from 'constructs';
import { DriftPolicy } from './drift-policy';
import { DRIFT_RECONCILER_ID, DriftMetric, DriftReconcilerEnv } from './private/contract';
import { DesiredStateStore } from './private/desired-state-store';
import { DriftAccess, ROUTING_PROFILE_DRIFT_ACCESS } from './private/drift-access';
import { driftMetric } from './private/drift-metrics';
import { functionLogging } from './private/function-logging';
import { acknowledgeNagFindings } from './private/nag-acknowledgement';
import { ruleMessage } from './private/rule-message';

/** How long one run may take: 500 profiles at one call per second per API fit, and runs 15 minutes apart never overlap. */
const RECONCILER_TIMEOUT = Duration.minutes(10);

/** Connect allows 2 requests/s per API per account, shared by every tool: by default the reconciler takes half. */
const DEFAULT_MAX_CALLS_PER_SECOND = 1;

/**
 * A run every 15 minutes logs a line per resource (the metrics, in embedded metric format, are taken out as the lines
 * arrive, so retention does not shorten them) and every finding also goes to EventBridge: a month of lines is enough
 * to look into a finding.
 */
const DEFAULT_LOG_RETENTION = logs.RetentionDays.ONE_MONTH;

/**
 * Properties of a `DriftReconciler`.
 */
export interface DriftReconcilerProps {
  /**
   * When the reconciler checks the stack's routing profiles. Keep runs at least 10 minutes apart (the longest a
   * run may take) so two never overlap.
   *
   * @default Schedule.rate(Duration.minutes(15))
   * @see https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html
   */
  readonly schedule?: events.Schedule;

  /**
   * The most calls per second the reconciler makes to each Connect API: a number greater than 0 and at most 10.
   * Connect allows 2 per API per account, shared with deploys and every other tool.
   *
   * @default 1
   * @see https://docs.aws.amazon.com/connect/latest/adminguide/amazon-connect-service-limits.html#connect-api-quotas
   */
  readonly maxCallsPerSecond?: number;

  /**
   * The event bus drift events are put on.
   *
   * @default - the account's default event bus
   * @see https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-bus.html
   */
  readonly eventBus?: events.IEventBus;

  /**
   * How long the reconciler function's log events are kept: each run's summary and metrics lines, and the full list
   * of differences when one is too large for its event.
   *
   * @default logs.RetentionDays.ONE_MONTH
   * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention
   */
  readonly logRetention?: logs.RetentionDays;

  /**
   * Whether the schedule runs. Disabled, nothing is checked between deploys, but the desired state is still
   * recorded, so enabling it later needs no redeploy of the profiles.
   *
   * @default true
   */
  readonly enabled?: boolean;
}

/**
 * Options of `DriftReconciler.addDriftAlarm()`.
 */
export interface DriftAlarmProps {
  /**
   * How many drifted routing profiles in one period raise the alarm.
   *
   * @default 1
   */
  readonly threshold?: number;

  /**
   * How many consecutive periods must breach.
   *
   * @default 1
   */
  readonly evaluationPeriods?: number;

  /**
   * The period the metric's maximum is taken over.
   *
   * @default Duration.hours(1)
   */
  readonly period?: Duration;

  /**
   * The alarm's description.
   *
   * @default - one naming the stack and the metric
   */
  readonly alarmDescription?: string;
}

/**
 * The stack's scheduled drift check: one Lambda function, run on a schedule, that compares every routing
 * profile and every managed concurrency (`RoutingProfileConcurrency`) of the stack with the desired state the
 * deploy recorded, and reports or corrects the difference according to each resource's `driftPolicy`.
 *
 * A stack has at most one, found or created by `DriftReconciler.of(stack)`: its first `RoutingProfile` or
 * `RoutingProfileConcurrency` whose drift policy is not `IGNORE` creates one with the defaults (a stack whose
 * resources all ignore drift gets none). To configure it, declare it directly in the stack before
 * those resources; they then use it.
 *
 * @example
 * const drift = new DriftReconciler(stack, 'Drift', { schedule: events.Schedule.rate(Duration.hours(1)) });
 * drift.addDriftAlarm('ProfilesDrifted');
 */
export class DriftReconciler extends Construct {
  /**
   * The stack's reconciler: the one declared in the stack, or a default one created on first use.
   */
  public static of(scope: IConstruct): DriftReconciler {
    const stack = Stack.of(scope);
    const declared = stack.node.children.find((child): child is DriftReconciler => child instanceof DriftReconciler);
    return declared ?? new DriftReconciler(stack, DRIFT_RECONCILER_ID);
  }

  /** The function that runs each check. */
  public readonly handler: lambda.Function;

  /** The function's log group, with the retention of `logRetention`. */
  public readonly logGroup: logs.ILogGroup;

  /** The schedule rule that invokes it. */
  public readonly rule: events.Rule;

  /** The stack's desired-state table the reconciler reads. */
  public readonly table: dynamodb.ITable;

  private readonly stackName: string;
  /** Per instance, the actions already granted, so each is granted once however many resources use it. */
  private readonly granted = new Map<string, { reads: Set<string>; corrections: Set<string> }>();

  constructor(scope: Construct, id: string, props: DriftReconcilerProps = {}) {
    if (!Stack.isStack(scope)) {
      throw new Error(ruleMessage('scope', 'must be a Stack: one reconciler serves every profile of its stack', scope.node.path));
    }
    const maxCallsPerSecond = props.maxCallsPerSecond ?? DEFAULT_MAX_CALLS_PER_SECOND;
    if (!Token.isUnresolved(maxCallsPerSecond) && !(maxCallsPerSecond > 0 && maxCallsPerSecond <= 10)) {
      throw new Error(ruleMessage('maxCallsPerSecond', 'must be greater than 0 and at most 10', maxCallsPerSecond));
    }
    const existing = scope.node.children.find((child): child is DriftReconciler => child instanceof DriftReconciler);
    if (existing !== undefined) {
      const made = existing.node.id === DRIFT_RECONCILER_ID
        ? 'a default one, made by the first RoutingProfile or RoutingProfileConcurrency of the stack: declare this one before them'
        : 'one already';
      throw new Error(ruleMessage('scope', `must hold one DriftReconciler, and it has ${made}`, existing.node.path));
    }
    super(scope, id);

    const store = DesiredStateStore.getOrCreate(this);
    this.table = store.table;
    this.stackName = scope.stackName;
    const eventBus = props.eventBus ?? events.EventBus.fromEventBusName(this, 'DefaultBus', 'default');
    const logging = functionLogging(this, props.logRetention ?? DEFAULT_LOG_RETENTION);
    this.logGroup = logging.logGroup;

    this.handler = new lambda.Function(this, 'Handler', {
      description: 'cdk-connect-routing: checks the stack\'s routing profiles for drift and reports or corrects it',
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      // The bundle of lambda/drift/index.ts, shipped in the package; resolves from src/ (ts-jest) and lib/ alike.
      code: lambda.Code.fromAsset(path.join(__dirname, '..', 'assets', 'lambda', 'drift', 'index')),
      timeout: RECONCILER_TIMEOUT,
      memorySize: 256,
      // A failed run is not retried: the next scheduled run starts from the live state anyway.
      retryAttempts: 0,
      role: logging.role,
      logGroup: logging.logGroup,
      environment: {
        [DriftReconcilerEnv.DESIRED_STATE_TABLE]: store.table.tableName,
        [DriftReconcilerEnv.STACK_ID]: scope.stackId,
        [DriftReconcilerEnv.STACK_NAME]: scope.stackName,
        [DriftReconcilerEnv.EVENT_BUS_NAME]: eventBus.eventBusName,
        [DriftReconcilerEnv.MAX_CALLS_PER_SECOND]: String(maxCallsPerSecond),
      },
    });
    store.grantReadRecords(this.handler);
    this.handler.addToRolePolicy(new iam.PolicyStatement({ actions: ['events:PutEvents'], resources: [eventBus.eventBusArn] }));

    const schedule = props.schedule ?? events.Schedule.rate(Duration.minutes(15));
    warnIfRunsMayOverlap(this, schedule);
    this.rule = new events.Rule(this, 'Schedule', {
      description: `cdk-connect-routing: drift check of stack ${scope.stackName}`,
      schedule,
      enabled: props.enabled ?? true,
      targets: [new targets.LambdaFunction(this.handler, { retryAttempts: 0 })],
    });

    acknowledgeNagFindings(this.handler, [{
      id: 'AwsSolutions-L1',
      reason: 'Node.js 22 is the newest Lambda runtime at the aws-cdk-lib 2.168.0 peer floor, and the bundle targets it.',
    }]);
  }

  /**
   * Drifted routing profiles of the stack per run (deleted out of band included).
   */
  public metricDriftedProfiles(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.stackMetric(DriftMetric.DRIFTED_PROFILES, props);
  }

  /**
   * Drifted fields across the stack's routing profiles per run.
   */
  public metricDriftedFields(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.stackMetric(DriftMetric.DRIFTED_FIELDS, props);
  }

  /**
   * Routing profiles the reconciler put back in their declared state per run (policy `CORRECT`).
   */
  public metricCorrectedProfiles(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.stackMetric(DriftMetric.CORRECTED_PROFILES, props);
  }

  /**
   * Routing profiles a run could not check: unreadable record, instance gone, failed call, out of time.
   */
  public metricUncheckedProfiles(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.stackMetric(DriftMetric.UNCHECKED_PROFILES, props);
  }

  /**
   * An alarm that goes off when at least `threshold` routing profiles of the stack drifted (missing data,
   * i.e. no run in the period, does not breach: alarm on `metricUncheckedProfiles()` or the function's errors
   * for that).
   */
  public addDriftAlarm(id: string, props: DriftAlarmProps = {}): cloudwatch.Alarm {
    const threshold = props.threshold ?? 1;
    if (!Token.isUnresolved(threshold) && !(Number.isInteger(threshold) && threshold >= 1)) {
      throw new Error(ruleMessage('threshold', 'must be a whole number of at least 1', threshold));
    }
    const evaluationPeriods = props.evaluationPeriods ?? 1;
    if (!Token.isUnresolved(evaluationPeriods) && !(Number.isInteger(evaluationPeriods) && evaluationPeriods >= 1)) {
      throw new Error(ruleMessage('evaluationPeriods', 'must be a whole number of at least 1', evaluationPeriods));
    }
    return this.metricDriftedProfiles(props.period ? { period: props.period } : {}).createAlarm(this, id, {
      threshold,
      evaluationPeriods,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      alarmDescription: props.alarmDescription
        ?? `Routing profiles of stack ${this.stackName} differ from their declared state (cdk-connect-routing drift check)`,
    });
  }

  /**
   * Lets the reconciler check (and, for `CORRECT`, correct) one kind of resource in an instance. Called by the
   * library's constructs; each action is granted once per instance, write actions only when a resource of that
   * instance uses `CORRECT`, and only those its kind needs (`access`, a routing profile's by default).
   *
   * @internal
   */
  public _watch(instanceArn: string, policy: DriftPolicy, access: DriftAccess = ROUTING_PROFILE_DRIFT_ACCESS): void {
    if (policy === DriftPolicy.IGNORE) return;
    const key = Token.isUnresolved(instanceArn) ? JSON.stringify(Stack.of(this).resolve(instanceArn)) : instanceArn;
    const first = this.granted.size === 0;
    const granted = this.granted.get(key) ?? { reads: new Set<string>(), corrections: new Set<string>() };
    this.granted.set(key, granted);
    const reads = access.reads.filter((action) => !granted.reads.has(action));
    if (reads.length > 0) {
      reads.forEach((action) => granted.reads.add(action));
      this.handler.addToRolePolicy(new iam.PolicyStatement({ actions: reads, resources: [instanceArn, `${instanceArn}/routing-profile/*`] }));
    }
    const corrections = policy === DriftPolicy.CORRECT ? access.corrections.filter((action) => !granted.corrections.has(action)) : [];
    if (corrections.length > 0) {
      corrections.forEach((action) => granted.corrections.add(action));
      this.handler.addToRolePolicy(new iam.PolicyStatement({ actions: corrections, resources: access.correctedResources(instanceArn) }));
    }
    if (first) {
      acknowledgeNagFindings(this.handler.role!.node.tryFindChild('DefaultPolicy')!, [{
        id: 'AwsSolutions-IAM5',
        reason: 'The reconciler checks every routing profile the stack manages, whose ids exist only after deploy, and a '
          + 'correction re-associates queues the stack declares: every wildcard stays inside one Connect instance.',
        appliesTo: [{ regex: '/^Resource::.+\\/(routing-profile|queue)\\/\\*$/' }],
      }]);
    }
  }

  private stackMetric(metricName: string, props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return driftMetric(metricName, { [DriftMetric.STACK_DIMENSION]: this.stackName }, props);
  }
}

/** Warns when a fixed rate is shorter than the longest run, so two runs could overlap. */
function warnIfRunsMayOverlap(scope: Construct, schedule: events.Schedule): void {
  const rate = /^rate\((\d+) (minute|minutes|hour|hours|day|days)\)$/.exec(schedule.expressionString);
  if (!rate) return;
  const minutes = Number(rate[1]) * (rate[2].startsWith('hour') ? 60 : rate[2].startsWith('day') ? 1440 : 1);
  if (minutes < RECONCILER_TIMEOUT.toMinutes()) {
    Annotations.of(scope).addWarningV2('cdk-connect-routing:drift-schedule-overlap',
      `The drift schedule runs every ${minutes} minute(s), less than the ${RECONCILER_TIMEOUT.toMinutes()} minutes a run may take: `
      + 'two runs may overlap and double the calls to Connect. Use a rate of at least 10 minutes.');
  }
}
