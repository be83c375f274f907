/**
 * The outcomes of a check that did not get to the end. Running out of time is no failure: the resource was not
 * checked, and the next run checks it (`NOT_CHECKED`), whether the run's own pacing or a throttled call's
 * retries hit the deadline.
 */
import { RecordRereadError } from './confirm-record';
import { DriftStatus, ResourceOutcome } from './outcome';
import { PacerDeadlineError } from '../connect/call-pacer';
import { describeError, operationOf, RetryDeadlineError } from '../connect/retry';
import type { FieldDifference } from '../reconcile/differences';

type OutcomeBase = Omit<ResourceOutcome, 'status'>;

/** Whether an error means the run's time budget ran out (no call could start, or no retry fit). */
export function isOutOfTime(error: unknown): boolean {
  return error instanceof PacerDeadlineError || error instanceof RetryDeadlineError;
}

/** Reading the live state failed. */
export function readFailed(base: OutcomeBase, error: unknown): ResourceOutcome {
  if (isOutOfTime(error)) return { ...base, status: DriftStatus.NOT_CHECKED, reason: outOfTimeReason(error) };
  return { ...base, status: DriftStatus.CHECK_FAILED, reason: reasonOf(error) };
}

/**
 * A correction was not made, or not finished. Drift was found either way, so it stays `CORRECTION_FAILED`
 * (counted as drifted) even when the time budget cut it short: the next run reads the live state and finishes.
 */
export function correctionFailed(
  base: OutcomeBase, differences: readonly FieldDifference[], corrections: readonly string[], error: unknown,
): ResourceOutcome {
  const reason = error instanceof RecordRereadError ? error.message : reasonOf(error);
  return { ...base, status: DriftStatus.CORRECTION_FAILED, differences, corrections, reason };
}

/** The check was stopped before correcting because a deploy rewrote or removed the record meanwhile. */
export function recordChanged(base: OutcomeBase, reason: string): ResourceOutcome {
  return { ...base, status: DriftStatus.NOT_CHECKED, reason };
}

/** The budget ran out before anything of the resource was read. */
export function notCheckedInTime(base: OutcomeBase): ResourceOutcome {
  return { ...base, status: DriftStatus.NOT_CHECKED, reason: 'The run ran out of time before this resource; the next run checks it.' };
}

/** A failure as a reason a person can act on: the Connect operation and the error. */
export function reasonOf(error: unknown): string {
  const operation = operationOf(error);
  return operation ? `Connect ${operation} failed: ${describeError(error)}` : describeError(error);
}

/** The deadline errors' own messages say which call could not run and that the next run checks the rest. */
function outOfTimeReason(error: unknown): string {
  return (error as Error).message;
}
