/**
 * A run reads every record once, at its start, and may correct a resource minutes later. A deploy in between
 * changes Connect first and the record second, and a Delete removes the record before it touches Connect:
 * correcting against the record read at the start would undo that deploy (for good, after a Delete). So right
 * before any correction the run reads the record again and corrects only if it is still the one the check
 * compared with: same physical id, same `RecordedAt` (every write sets a new one).
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { describeError } from '../connect/retry';
import { readDesiredState } from '../desired-state/read-record';
import type { DesiredStateRecord } from '../desired-state/record';

/** Undefined when `record` is still the table's, otherwise why the correction must be skipped. */
export type RecordConfirmer = (record: DesiredStateRecord) => Promise<string | undefined>;

/** The record could not be read again, so the correction was not made. */
export class RecordRereadError extends Error {
  constructor(cause: unknown) {
    super(`Reading the desired-state record again before correcting failed (${describeError(cause)}): nothing was changed; the next run tries again.`);
    this.name = 'RecordRereadError';
  }
}

export async function confirmRecord(client: DynamoDBClient, tableName: string, record: DesiredStateRecord): Promise<string | undefined> {
  let current;
  try {
    current = await readDesiredState(client, tableName, record);
  } catch (error) {
    throw new RecordRereadError(error);
  }
  const skipped = 'the correction was skipped so as not to undo it; the next run checks against the table as it is then.';
  if ('absent' in current) {
    return `The record was removed while the run was checking (the resource is being deleted or replaced): ${skipped}`;
  }
  if ('unreadable' in current) {
    return `A deploy rewrote the record while the run was checking, and it is now unreadable (${current.unreadable.reason}): ${skipped}`;
  }
  const now = current.record;
  if (now.physicalResourceId !== record.physicalResourceId || now.recordedAt !== record.recordedAt) {
    return `A deploy rewrote the record while the run was checking (recorded ${JSON.stringify(record.recordedAt)} for `
      + `${record.physicalResourceId}, now ${JSON.stringify(now.recordedAt)} for ${now.physicalResourceId}): ${skipped}`;
  }
  return undefined;
}
