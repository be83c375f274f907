import { ConditionalCheckFailedException, DeleteItemCommand, DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { DesiredStateKey, DesiredStateRecord, encodeRecord, keyItem, PHYSICAL_RESOURCE_ID_ATTRIBUTE } from './record';

/** Records (or replaces) a resource's desired state. */
export async function putDesiredState(client: DynamoDBClient, tableName: string, record: DesiredStateRecord): Promise<void> {
  await client.send(new PutItemCommand({ TableName: tableName, Item: encodeRecord(record) }));
}

/**
 * Removes a resource's record, but only while it still describes `physicalResourceId`. On a replacement,
 * CloudFormation creates the new resource (same logical id, new physical id) before it deletes the old one:
 * the old one's Delete must not remove the new one's record. Returns whether a record was removed.
 */
export async function deleteDesiredState(
  client: DynamoDBClient, tableName: string, key: DesiredStateKey, physicalResourceId: string,
): Promise<boolean> {
  try {
    await client.send(new DeleteItemCommand({
      TableName: tableName,
      Key: keyItem(key),
      ConditionExpression: '#physicalId = :physicalId',
      ExpressionAttributeNames: { '#physicalId': PHYSICAL_RESOURCE_ID_ATTRIBUTE },
      ExpressionAttributeValues: { ':physicalId': { S: physicalResourceId } },
    }));
    return true;
  } catch (error) {
    // No record, or one of another physical id: nothing of this resource to remove.
    if (error instanceof ConditionalCheckFailedException || (error as Error).name === 'ConditionalCheckFailedException') return false;
    throw error;
  }
}
