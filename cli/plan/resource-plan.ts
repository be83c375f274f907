/**
 * What a deploy would do to one resource, as `plan` reports it (the `resources[]` of its `--json` document, whose
 * shape README.md documents: change it only with a new `formatVersion`).
 */
import type { FieldDifference } from '../../lambda/reconcile/differences';

/**
 * - `create`: no profile of that name exists; the deploy creates it.
 * - `change`: the deploy makes the calls listed.
 * - `unchanged`: the deploy makes no write call.
 * - `fail`: the deploy would fail, for `reason`, having changed nothing.
 * - `after-deploy`: not planned: what decides it is known only after deploy (`knownAfterDeploy`).
 */
export type PlanAction = 'create' | 'change' | 'unchanged' | 'fail' | 'after-deploy';

/** One write call the deploy would make: Connect's operation and its request body (ids added at the call). */
export interface PlannedCallView {
  readonly operation: string;
  readonly input: unknown;
}

export interface ResourcePlan {
  readonly stackName: string;
  readonly logicalId: string;
  readonly path: string;
  readonly resourceType: string;
  readonly action: PlanAction;
  readonly instanceId?: string;
  /** The profile's name, as declared (a RoutingProfile) or as found (a RoutingProfileConcurrency's target). */
  readonly routingProfileName?: string;
  /** The live profile, when there is one. */
  readonly routingProfileArn?: string;
  /** Agents (users) on the live profile. */
  readonly agents?: number;
  /** Why the deploy would fail, or why it cannot be planned. */
  readonly reason?: string;
  /** What else a person should know: an adoption, queues known only after deploy. */
  readonly notes: readonly string[];
  /** Declared vs live, field by field, in the drift event's format (docs/drift.md); queue ids resolve in `queueNames`. */
  readonly differences: readonly FieldDifference[];
  readonly calls: readonly PlannedCallView[];
  /** Queue id → name, for every queue id the differences and calls hold (a queue known only after deploy included). */
  readonly queueNames: Readonly<Record<string, string>>;
  /** Properties whose value CloudFormation knows only while it deploys. */
  readonly knownAfterDeploy: ReadonlyArray<{ readonly field: string; readonly value: string }>;
}
