import { AttributeValue, DynamoDBClient, QueryCommand } from '@aws-sdk/client-dynamodb';
import { decodeRecord, DesiredStateRecord, UnreadableRecord } from './record';
import { DesiredStateKey } from '../../src/private/contract';

/** Every record of a stack, decoded, and those that could not be. */
export interface StackRecords {
  readonly records: DesiredStateRecord[];
  readonly unreadable: UnreadableRecord[];
}

/** Reads every record of one stack (every page of a Query on the stack's partition), in logical id order. */
export async function readStackRecords(client: DynamoDBClient, tableName: string, stackId: string): Promise<StackRecords> {
  const records: DesiredStateRecord[] = [];
  const unreadable: UnreadableRecord[] = [];
  let startKey: Record<string, AttributeValue> | undefined;
  do {
    const page = await client.send(new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: '#stack = :stack',
      ExpressionAttributeNames: { '#stack': DesiredStateKey.PARTITION },
      ExpressionAttributeValues: { ':stack': { S: stackId } },
      // Strongly consistent: a run right after a deploy sees what the deploy recorded.
      ConsistentRead: true,
      ExclusiveStartKey: startKey,
    }));
    for (const item of page.Items ?? []) {
      const decoded = decodeRecord(item);
      if ('record' in decoded) records.push(decoded.record);
      else unreadable.push(decoded.unreadable);
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return { records, unreadable };
}
