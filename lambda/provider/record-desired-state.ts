/**
 * The provider's side of the desired-state store: after a Create or Update has put Connect in the declared
 * state, record that state (Connect first, then the record: a record failure never leaves Connect half-changed,
 * it fails the CloudFormation operation with a reason that says the profile is right and the next deploy
 * retries the record). A Delete (retained profiles included) removes the record first, then changes Connect:
 * a drift run must never find the record of a resource whose Delete has already put the profile back.
 *
 * Nothing happens when the provider has no table (`DESIRED_STATE_TABLE` unset, e.g. a stack synthesized by an
 * older construct version).
 */
import type { CloudFormationCustomResourceEvent } from 'aws-lambda';
import { PhysicalIdError } from './result';
import { ProviderEnv } from '../../src/private/contract';
import { describeError } from '../connect/retry';
import { createDynamoDbClient } from '../desired-state/dynamodb-client';
import { DesiredStateKey, DesiredStateRecord } from '../desired-state/record';
import { deleteDesiredState, putDesiredState } from '../desired-state/write-record';

/** What a successful Create or Update leaves to record: the record without its key and time, which this module adds. */
export type RecordedResource = Omit<DesiredStateRecord, keyof DesiredStateKey | 'recordedAt'>;

/** The table the provider records in, or undefined when recording is off. */
export function desiredStateTable(): string | undefined {
  return process.env[ProviderEnv.DESIRED_STATE_TABLE] || undefined;
}

/** A resource's key in the desired-state table. */
export function recordKey(event: CloudFormationCustomResourceEvent): DesiredStateKey {
  return { stackId: event.StackId, logicalResourceId: event.LogicalResourceId };
}

/**
 * Records the resource's desired state for the drift reconciler. A failure carries the physical id to report
 * (`PhysicalIdError`), so a Create whose profile exists is reported by that profile's ARN and the rollback's
 * Delete removes it instead of orphaning it.
 */
export async function recordDesiredState(key: DesiredStateKey, resource: RecordedResource, now = new Date()): Promise<void> {
  const table = desiredStateTable();
  if (!table) return;
  try {
    await putDesiredState(createDynamoDbClient(), table, { ...key, ...resource, recordedAt: now.toISOString() });
  } catch (error) {
    throw new PhysicalIdError(resource.physicalResourceId, `${resource.physicalResourceId} is in its declared state in Connect, `
      + `but recording that state for drift detection in DynamoDB table ${table} failed: ${describeError(error)}. `
      + 'Nothing is wrong with the profile; check the table and the provider role, then deploy again to retry.');
  }
}

/** Removes the resource's record, if it still describes this physical id; a missing record is fine. */
export async function forgetDesiredState(key: DesiredStateKey, physicalResourceId: string): Promise<void> {
  const table = desiredStateTable();
  if (!table) return;
  try {
    await deleteDesiredState(createDynamoDbClient(), table, key, physicalResourceId);
  } catch (error) {
    throw new PhysicalIdError(physicalResourceId, `Removing the drift-detection record of ${physicalResourceId} from `
      + `DynamoDB table ${table} failed: ${describeError(error)}. Nothing was changed in Connect; check the table and the `
      + 'provider role, then retry the delete.');
  }
}
