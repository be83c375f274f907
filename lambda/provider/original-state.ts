/**
 * The provider's side of the originals (`desired-state/original-state.ts`): a Create keeps what it found before its
 * first write (the first run's copy wins over a re-run's), and a Delete reads it back and removes it once put back.
 *
 * Without a table (`DESIRED_STATE_TABLE` unset, a stack synthesized by a construct version that made none) nothing
 * is kept: callers say so in their summary and behave as that version did.
 */
import { desiredStateTable } from './record-desired-state';
import { describeError } from '../connect/retry';
import { createDynamoDbClient } from '../desired-state/dynamodb-client';
import { deleteOriginal, keepFirstOriginal, OriginalKey, readOriginal } from '../desired-state/original-state';

export type { OriginalKey };

/**
 * Keeps `original` for the resource and profile unless an earlier run of the same Create kept one, and returns the
 * one kept; undefined when there is no table. Call it before the first write: a failure changes nothing.
 */
export async function keepOriginal<T>(key: OriginalKey, original: T): Promise<{ readonly original: unknown; readonly first: boolean } | undefined> {
  const table = desiredStateTable();
  if (!table) return undefined;
  try {
    return await keepFirstOriginal(createDynamoDbClient(), table, key, original, new Date());
  } catch (error) {
    throw new Error(`Recording what routing profile ${key.routingProfileArn} holds before this stack changes it, in DynamoDB table `
      + `${table}, failed: ${describeError(error)}. Nothing was changed in Connect; check the table and the provider role, then retry.`);
  }
}

/** The original kept for the resource and profile, or undefined (none kept, or no table). */
export async function recallOriginal(key: OriginalKey): Promise<unknown> {
  const table = desiredStateTable();
  if (!table) return undefined;
  try {
    return await readOriginal(createDynamoDbClient(), table, key);
  } catch (error) {
    throw new Error(`Reading what routing profile ${key.routingProfileArn} held before this stack changed it, from DynamoDB table `
      + `${table}, failed: ${describeError(error)}. Nothing was changed in Connect; check the table and the provider role, then retry the delete.`);
  }
}

/** Removes the original once it is put back or no longer wanted. */
export async function forgetOriginal(key: OriginalKey): Promise<void> {
  const table = desiredStateTable();
  if (!table) return;
  try {
    await deleteOriginal(createDynamoDbClient(), table, key);
  } catch (error) {
    throw new Error(`Removing the kept original state of routing profile ${key.routingProfileArn} from DynamoDB table ${table} failed: `
      + `${describeError(error)}. Connect is as intended; retry the delete to remove the item.`);
  }
}
