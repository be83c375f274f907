import type { DriftPolicyMode } from '../../src/private/contract';
import type { FieldDifference } from '../reconcile/differences';

/** What a run found for one resource. */
export const DriftStatus = {
  /** Live state matches the record. */
  IN_SYNC: 'IN_SYNC',
  /** Differences found and reported; nothing changed (policy report). */
  DRIFTED: 'DRIFTED',
  /** Differences found and put right (policy correct). */
  CORRECTED: 'CORRECTED',
  /** Differences found; putting them right failed part-way (the next run starts from the live state). */
  CORRECTION_FAILED: 'CORRECTION_FAILED',
  /** The profile no longer exists in Connect; it is never recreated. */
  DELETED_OUT_OF_BAND: 'DELETED_OUT_OF_BAND',
  /** The profile's Connect instance does not exist (or is not visible to the reconciler). */
  INSTANCE_NOT_FOUND: 'INSTANCE_NOT_FOUND',
  /** The record could not be decoded; the resource was skipped. */
  UNREADABLE_RECORD: 'UNREADABLE_RECORD',
  /** Reading the live state failed. */
  CHECK_FAILED: 'CHECK_FAILED',
  /** The run's time budget ran out before this resource. */
  NOT_CHECKED: 'NOT_CHECKED',
  /** Policy ignore: no call made. */
  IGNORED: 'IGNORED',
} as const;
export type DriftStatus = typeof DriftStatus[keyof typeof DriftStatus];

/** Statuses that mean "live differs from declared" (what DriftedProfiles counts). */
export const DRIFT_FOUND: ReadonlySet<DriftStatus> = new Set<DriftStatus>([
  DriftStatus.DRIFTED, DriftStatus.CORRECTED, DriftStatus.CORRECTION_FAILED, DriftStatus.DELETED_OUT_OF_BAND,
]);

/** Statuses that mean "not checked this run" (what UncheckedProfiles counts). */
export const NOT_CHECKED: ReadonlySet<DriftStatus> = new Set<DriftStatus>([
  DriftStatus.INSTANCE_NOT_FOUND, DriftStatus.UNREADABLE_RECORD, DriftStatus.CHECK_FAILED, DriftStatus.NOT_CHECKED,
]);

export interface ResourceOutcome {
  readonly logicalResourceId: string;
  readonly status: DriftStatus;
  readonly resourceType?: string;
  readonly physicalResourceId?: string;
  readonly routingProfileArn?: string;
  /** The profile's name: as Connect has it when the check read it, else as the stack declared it. */
  readonly routingProfileName?: string;
  /** Names of the queues the differences mention, by queue id (the field paths name queues by id). */
  readonly queueNames?: Readonly<Record<string, string>>;
  /**
   * The Region where the profile was last changed, when that is not its instance's Region: a Global Resiliency
   * replica's edit, synchronized to this instance.
   */
  readonly lastModifiedRegion?: string;
  readonly instanceArn?: string;
  readonly driftPolicy?: DriftPolicyMode;
  /** Every drifted field (empty when in sync or not checked). */
  readonly differences: readonly FieldDifference[];
  /** The write operations a correction made, in order. */
  readonly corrections?: readonly string[];
  /** Why the resource was not checked, or why its correction failed. */
  readonly reason?: string;
}
