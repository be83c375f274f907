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
 * app declares. A change of name or key schema replaces the table, as in CloudFormation: a new table (under a
 * new generated name when the app names none), the old one deleted after the deploy. Any other change is
 * recorded without a call (the local table's capacity and settings have no effect).
 */
export class DynamoDbTableRunner implements ResourceRunner {
  private readonly client: DynamoDBClient;

  constructor(endpoint: string, region: string) {
    this.client = new DynamoDBClient({ endpoint, region, credentials: { accessKeyId: 'local-deploy', secretAccessKey: 'local-deploy' } });
  }

  public create(request: ResourceRequest): Promise<ResourceOutcome> {
    return this.createTable(request, 'Create');
  }

  private async createTable(request: ResourceRequest, operation: 'Create' | 'Update', replacing?: string): Promise<ResourceOutcome> {
    const tableName = typeof request.properties.TableName === 'string' ? request.properties.TableName
      : generatedName(request.stack.stackName, request.logicalId, replacing);
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
      throw new ResourceOperationError(request.logicalId, operation, `DynamoDB CreateTable failed: ${(error as Error).name}: ${(error as Error).message}`,
        operation === 'Update' ? request.physicalId : undefined);
    }
  }

  public async update(request: ResourceRequest): Promise<ResourceOutcome> {
    const replaces = REPLACING_PROPERTIES.some((key) => !isDeepStrictEqual(request.properties[key], request.oldProperties?.[key]))
      // A rollback after a replacement that never happened asks for what the table already is: keep it.
      && !await this.alreadyIs(request);
    if (replaces) {
      const named = request.properties.TableName;
      if (typeof named === 'string' && named === request.oldProperties?.TableName) {
        // CloudFormation refuses too: the new table would need the name the old one still holds.
        throw new ResourceOperationError(request.logicalId, 'Update', 'CloudFormation cannot update a stack when a custom-named '
          + `resource requires replacing. Rename ${named} and update the stack again.`, request.physicalId);
      }
      return this.createTable(request, 'Update', request.physicalId);
    }
    const described = await this.client.send(new DescribeTableCommand({ TableName: request.physicalId }));
    return { physicalId: request.physicalId!, attributes: { Arn: described.Table?.TableArn } };
  }

  /** Whether the current table has the name and keys the request declares. */
  private async alreadyIs(request: ResourceRequest): Promise<boolean> {
    const named = request.properties.TableName;
    if (typeof named === 'string' && named !== request.physicalId) return false;
    let table;
    try {
      table = (await this.client.send(new DescribeTableCommand({ TableName: request.physicalId }))).Table;
    } catch (error) {
      if ((error as Error).name === 'ResourceNotFoundException') return false;
      throw error;
    }
    const indexes = (list: unknown) => ((list ?? []) as Array<{ IndexName?: string; KeySchema?: unknown }>)
      .map(({ IndexName, KeySchema }) => ({ IndexName, KeySchema }));
    return isDeepStrictEqual(table?.KeySchema, request.properties.KeySchema)
      && isDeepStrictEqual(indexes(table?.LocalSecondaryIndexes), indexes(request.properties.LocalSecondaryIndexes));
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
