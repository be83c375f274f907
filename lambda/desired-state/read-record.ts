import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { decodeRecord, DesiredStateKey, DesiredStateRecord, UnreadableRecord, keyItem } from './record';

/** One resource's record as the table holds it now: decoded, unreadable, or absent. */
export type CurrentRecord = { readonly record: DesiredStateRecord } | { readonly unreadable: UnreadableRecord } | { readonly absent: true };

/** Reads one resource's record with a strongly consistent GetItem: what a deploy wrote a moment ago is seen. */
export async function readDesiredState(client: DynamoDBClient, tableName: string, key: DesiredStateKey): Promise<CurrentRecord> {
  const out = await client.send(new GetItemCommand({ TableName: tableName, Key: keyItem(key), ConsistentRead: true }));
  return out.Item ? decodeRecord(out.Item) : { absent: true };
}
