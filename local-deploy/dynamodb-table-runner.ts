import { isDeepStrictEqual } from 'util';
import { CreateTableCommand, CreateTableCommandInput, DeleteTableCommand, DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ResourceOperationError } from './errors';
import { generatedName } from './register-function';
import { ResourceOutcome, ResourceRequest, ResourceRunner } from './resource-runner';

/** Table properties whose change makes CloudFormation replace the table. */
const REPLACING_PROPERTIES = ['TableName', 'KeySchema', 'LocalSecondaryIndexes'] as const;

/** The table properties passed to CreateTable; others (TTL, PITR, tags, …) have no local effect and are not applied. */
const CREATE_PROPERTIES = [
  'AttributeDefinitions', 'KeySchema', 'BillingMode', 'ProvisionedThroughput', 'GlobalSecondaryIndexes',
  'LocalSecondaryIndexes', 'StreamSpecification',
] as const;

/**
 * `AWS::DynamoDB::Table` in a local DynamoDB (dynalite), because the handlers read and write the tables the
 * app declares. A change of name or key schema replaces the table, as in CloudFormation; any other change is
 * recorded without a call (the local table's capacity and settings have no effect).
 */
export class DynamoDbTableRunner implements ResourceRunner {
  private readonly client: DynamoDBClient;

  constructor(endpoint: string, region: string) {
    this.client = new DynamoDBClient({ endpoint, region, credentials: { accessKeyId: 'local-deploy', secretAccessKey: 'local-deploy' } });
  }

  public async create(request: ResourceRequest): Promise<ResourceOutcome> {
    const tableName = typeof request.properties.TableName === 'string' ? request.properties.TableName
      : generatedName(request.stack.stackName, request.logicalId);
    const input: Record<string, unknown> = { TableName: tableName };
    for (const key of CREATE_PROPERTIES) {
      if (request.properties[key] !== undefined) input[key] = numbersIn(request.properties[key]);
    }
    try {
      await this.client.send(new CreateTableCommand(input as unknown as CreateTableCommandInput));
      const described = await this.client.send(new DescribeTableCommand({ TableName: tableName }));
      return {
        physicalId: tableName,
        attributes: {
          Arn: described.Table?.TableArn,
          ...(described.Table?.LatestStreamArn ? { StreamArn: described.Table.LatestStreamArn } : {}),
        },
      };
    } catch (error) {
      throw new ResourceOperationError(request.logicalId, 'Create', `DynamoDB CreateTable failed: ${(error as Error).name}: ${(error as Error).message}`);
    }
  }

  public async update(request: ResourceRequest): Promise<ResourceOutcome> {
    const replaces = REPLACING_PROPERTIES.some((key) => !isDeepStrictEqual(request.properties[key], request.oldProperties?.[key]));
    if (replaces) return this.create(request);
    const described = await this.client.send(new DescribeTableCommand({ TableName: request.physicalId }));
    return { physicalId: request.physicalId!, attributes: { Arn: described.Table?.TableArn } };
  }

  public async delete(request: ResourceRequest): Promise<void> {
    try {
      await this.client.send(new DeleteTableCommand({ TableName: request.physicalId }));
    } catch (error) {
      if ((error as Error).name === 'ResourceNotFoundException') return;
      throw new ResourceOperationError(request.logicalId, 'Delete', `DynamoDB DeleteTable failed: ${(error as Error).name}: ${(error as Error).message}`, request.physicalId);
    }
  }

  public destroy(): void {
    this.client.destroy();
  }
}

/** Capacity numbers arrive as numbers or strings from the template; the API wants numbers. */
function numbersIn(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => numbersIn(item));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, numbersIn(v, k)]));
  }
  return /CapacityUnits$/.test(key) && typeof value === 'string' ? Number(value) : value;
}
