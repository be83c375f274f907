/**
 * One resource's desired state as the provider records it for the drift reconciler: the state *resolved* at
 * deploy time (queue ids, not names), so the reconciler never resolves names and compares with exactly what
 * the deploy applied. Encoded as one DynamoDB item; the resolved state travels as a JSON string (a profile
 * with 50 + 50 queue pairs and 49 tags of maximum length stays under 30 KB, far below DynamoDB's 400 KB).
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { upgradeRecordedProfileV1 } from './record-v1';
import {
  DESIRED_STATE_RECORD_VERSION,
  DesiredStateKey,
  DriftPolicyMode,
  ROUTING_PROFILE_RESOURCE_TYPE,
} from '../../src/private/contract';
import type { MediaConcurrency } from '../reconcile/types';

/** The key of a record: one per resource of one stack. */
export interface DesiredStateKey {
  readonly stackId: string;
  readonly logicalResourceId: string;
}

/**
 * What the provider records for a `RoutingProfileConcurrency`: the declared channels only, nothing else of the
 * profile. (A `RoutingProfile` records its resolved `DesiredProfile`.)
 */
export interface RecordedConcurrency {
  readonly mediaConcurrencies: readonly MediaConcurrency[];
}

/** A record, decoded. `desired` is validated by the checker of its resource type. */
export interface DesiredStateRecord extends DesiredStateKey {
  readonly resourceType: string;
  /** The physical id CloudFormation knows the resource by (a profile ARN, or the concurrency resource's id). */
  readonly physicalResourceId: string;
  readonly instanceArn: string;
  /** The routing profile the resource manages. */
  readonly routingProfileId: string;
  readonly routingProfileArn: string;
  readonly driftPolicy: DriftPolicyMode;
  readonly desired: unknown;
  /** ISO time of the deploy that wrote it. */
  readonly recordedAt: string;
}

/** Item attribute names other than the key. Frozen: records outlive handler versions. */
const Attribute = {
  RECORD_VERSION: 'RecordVersion',
  RESOURCE_TYPE: 'ResourceType',
  PHYSICAL_RESOURCE_ID: 'PhysicalResourceId',
  INSTANCE_ARN: 'InstanceArn',
  ROUTING_PROFILE_ID: 'RoutingProfileId',
  ROUTING_PROFILE_ARN: 'RoutingProfileArn',
  DRIFT_POLICY: 'DriftPolicy',
  DESIRED: 'Desired',
  RECORDED_AT: 'RecordedAt',
} as const;

/** The attribute conditional deletes compare. */
export const PHYSICAL_RESOURCE_ID_ATTRIBUTE = Attribute.PHYSICAL_RESOURCE_ID;

export function keyItem(key: DesiredStateKey): Record<string, AttributeValue> {
  return {
    [DesiredStateKey.PARTITION]: { S: key.stackId },
    [DesiredStateKey.SORT]: { S: key.logicalResourceId },
  };
}

export function encodeRecord(record: DesiredStateRecord): Record<string, AttributeValue> {
  return {
    ...keyItem(record),
    [Attribute.RECORD_VERSION]: { S: DESIRED_STATE_RECORD_VERSION },
    [Attribute.RESOURCE_TYPE]: { S: record.resourceType },
    [Attribute.PHYSICAL_RESOURCE_ID]: { S: record.physicalResourceId },
    [Attribute.INSTANCE_ARN]: { S: record.instanceArn },
    [Attribute.ROUTING_PROFILE_ID]: { S: record.routingProfileId },
    [Attribute.ROUTING_PROFILE_ARN]: { S: record.routingProfileArn },
    [Attribute.DRIFT_POLICY]: { S: record.driftPolicy },
    [Attribute.DESIRED]: { S: JSON.stringify(record.desired) },
    [Attribute.RECORDED_AT]: { S: record.recordedAt },
  };
}

/** A record that could not be decoded: what is known of it, and why. */
export interface UnreadableRecord {
  readonly logicalResourceId: string;
  readonly physicalResourceId?: string;
  readonly reason: string;
}

/** Decodes an item, or says precisely why it cannot be used (never throws). */
export function decodeRecord(item: Record<string, AttributeValue>): { record: DesiredStateRecord } | { unreadable: UnreadableRecord } {
  const text = (name: string): string | undefined => item[name]?.S;
  const logicalResourceId = text(DesiredStateKey.SORT) ?? '(no logical id)';
  const physicalResourceId = text(Attribute.PHYSICAL_RESOURCE_ID);
  const unreadable = (reason: string) => ({ unreadable: { logicalResourceId, physicalResourceId, reason } });

  const version = text(Attribute.RECORD_VERSION);
  if (version !== DESIRED_STATE_RECORD_VERSION && version !== '1') {
    return unreadable(`\`${Attribute.RECORD_VERSION}\` must be "1" or ${JSON.stringify(DESIRED_STATE_RECORD_VERSION)}, got: ${JSON.stringify(version ?? null)}`);
  }
  const required = [DesiredStateKey.PARTITION, DesiredStateKey.SORT, Attribute.RESOURCE_TYPE, Attribute.PHYSICAL_RESOURCE_ID,
    Attribute.INSTANCE_ARN, Attribute.ROUTING_PROFILE_ID, Attribute.ROUTING_PROFILE_ARN, Attribute.DRIFT_POLICY, Attribute.DESIRED];
  const missing = required.filter((name) => !text(name));
  if (missing.length > 0) return unreadable(`\`${missing.join('`, `')}\` must be a non-empty string, got: none`);

  const policy = text(Attribute.DRIFT_POLICY)!;
  if (!Object.values(DriftPolicyMode).includes(policy as DriftPolicyMode)) {
    return unreadable(`\`${Attribute.DRIFT_POLICY}\` must be one of ${Object.values(DriftPolicyMode).join(', ')}, got: ${JSON.stringify(policy)}`);
  }
  let desired: unknown;
  try {
    desired = JSON.parse(text(Attribute.DESIRED)!);
  } catch (error) {
    return unreadable(`\`${Attribute.DESIRED}\` must be JSON, got: ${JSON.stringify(text(Attribute.DESIRED)!.slice(0, 80))} (${(error as Error).message})`);
  }
  return {
    record: {
      stackId: text(DesiredStateKey.PARTITION)!,
      logicalResourceId,
      resourceType: text(Attribute.RESOURCE_TYPE)!,
      physicalResourceId: physicalResourceId!,
      instanceArn: text(Attribute.INSTANCE_ARN)!,
      routingProfileId: text(Attribute.ROUTING_PROFILE_ID)!,
      routingProfileArn: text(Attribute.ROUTING_PROFILE_ARN)!,
      driftPolicy: policy as DriftPolicyMode,
      desired: version === '1' && text(Attribute.RESOURCE_TYPE) === ROUTING_PROFILE_RESOURCE_TYPE ? upgradeRecordedProfileV1(desired) : desired,
      recordedAt: text(Attribute.RECORDED_AT) ?? '',
    },
  };
}
