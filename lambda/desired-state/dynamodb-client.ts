import { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/**
 * A DynamoDB client for the desired-state table. The standard `AWS_ENDPOINT_URL_DYNAMODB` variable points it at
 * a local DynamoDB (the SDK reads it natively). A few more attempts than the SDK's 3: a deploy that already
 * changed Connect should not fail on a passing DynamoDB hiccup.
 */
export function createDynamoDbClient(): DynamoDBClient {
  return new DynamoDBClient({ maxAttempts: 5 });
}
