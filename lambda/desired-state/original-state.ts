/**
 * What a resource found on a routing profile before its first change, kept until its Delete puts it back: the whole
 * state of a profile a `RoutingProfile` adopted, or the memory a `RoutingProfileConcurrency` keeps in its physical id.
 *
 * One item in the stack's desired-state table, under a partition of its own (`<stack id>#original`): a drift run
 * queries the stack's partition and never reads it. The sort key holds the logical id and the profile's ARN, so a
 * replacement that takes another profile never overwrites what the old one must put back. The first write wins:
 * a Create that Lambda runs again finds the original its first run kept, never the state that run left.
 */
import { ConditionalCheckFailedException, DeleteItemCommand, DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { DesiredStateKey } from '../../src/private/contract';

/** Which resource kept it, and for which profile. */
export interface OriginalKey {
  readonly stackId: string;
  readonly logicalResourceId: string;
  readonly routingProfileArn: string;
}

const ORIGINAL_PARTITION_SUFFIX = '#original';
const ORIGINAL_ATTRIBUTE = 'Original';
const RECORDED_AT_ATTRIBUTE = 'RecordedAt';

function keyItem(key: OriginalKey) {
  return {
    [DesiredStateKey.PARTITION]: { S: `${key.stackId}${ORIGINAL_PARTITION_SUFFIX}` },
    [DesiredStateKey.SORT]: { S: `${key.logicalResourceId}#${key.routingProfileArn}` },
  };
}

/**
 * Keeps `original` unless an original is already kept under the key, and returns the one kept: `original` itself
 * (`first: true`), or the earlier one.
 */
export async function keepFirstOriginal<T>(
  client: DynamoDBClient, tableName: string, key: OriginalKey, original: T, now: Date,
): Promise<{ readonly original: unknown; readonly first: boolean }> {
  try {
    await client.send(new PutItemCommand({
      TableName: tableName,
      Item: { ...keyItem(key), [ORIGINAL_ATTRIBUTE]: { S: JSON.stringify(original) }, [RECORDED_AT_ATTRIBUTE]: { S: now.toISOString() } },
      ConditionExpression: 'attribute_not_exists(#partition)',
      ExpressionAttributeNames: { '#partition': DesiredStateKey.PARTITION },
    }));
    return { original, first: true };
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException || (error as Error).name === 'ConditionalCheckFailedException')) throw error;
    return { original: await readOriginal(client, tableName, key), first: false };
  }
}

/** The original kept under the key (parsed JSON), or undefined. Strongly consistent: a write a moment ago is seen. */
export async function readOriginal(client: DynamoDBClient, tableName: string, key: OriginalKey): Promise<unknown> {
  const out = await client.send(new GetItemCommand({ TableName: tableName, Key: keyItem(key), ConsistentRead: true }));
  const text = out.Item?.[ORIGINAL_ATTRIBUTE]?.S;
  return text === undefined ? undefined : JSON.parse(text);
}

/** Removes the original kept under the key; an absent one is fine. */
export async function deleteOriginal(client: DynamoDBClient, tableName: string, key: OriginalKey): Promise<void> {
  await client.send(new DeleteItemCommand({ TableName: tableName, Key: keyItem(key) }));
}
