import * as path from 'path';
import { DescribeTableCommand, DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { CfnResource, RemovalPolicy, aws_dynamodb as dynamodb } from 'aws-cdk-lib';
import { EchoResource, synthEchoApp, workDirectory } from './echo-app';
import { RunningDynamoDbLocal, RunningEmulator, startDynamoDbLocal, startEmulator } from '../../emulator';
import { DeployFailedError, LocalDeployment } from '../../local-deploy';

let emulator: RunningEmulator;
let local: RunningDynamoDbLocal;
let client: DynamoDBClient;
let work: string;
let deployment: LocalDeployment;

beforeAll(async () => {
  emulator = await startEmulator({ throttle: false, log: () => undefined });
  local = await startDynamoDbLocal();
  client = new DynamoDBClient({ endpoint: local.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
});
afterAll(async () => {
  client.destroy();
  await local.close();
  await emulator.close();
});

beforeEach(async () => {
  work = workDirectory();
  deployment = await LocalDeployment.start({
    environment: { connectEndpoint: emulator.endpoint, dynamodbEndpoint: local.endpoint },
    stateDirectory: path.join(work, 'state'),
  });
});
afterEach(() => deployment.close());

/**
 * The Echo app with one table `Records` keyed by `partitionKey`, optionally named; deleted when replaced or
 * removed. `resources` are echo resources deployed after the table.
 */
function appWithTable(partitionKey: string, tableName?: string, resources: Record<string, EchoResource> = {}): string {
  return synthEchoApp(work, path.join(work, 'events.jsonl'), resources, (stack) => {
    const table = new dynamodb.Table(stack, 'Records', {
      tableName,
      partitionKey: { name: partitionKey, type: dynamodb.AttributeType.STRING },
      removalPolicy: RemovalPolicy.DESTROY,
    });
    for (const id of Object.keys(resources)) (stack.node.findChild(id) as CfnResource).addDependency(table.node.defaultChild as CfnResource);
  });
}

function tableOf(): { logicalId: string; physicalId: string } {
  const [logicalId, state] = Object.entries(deployment.state('Echo')!.resources).find(([, r]) => r.type === 'AWS::DynamoDB::Table')!;
  return { logicalId, physicalId: state.physicalId };
}

async function keyOf(tableName: string): Promise<string | undefined> {
  return (await client.send(new DescribeTableCommand({ TableName: tableName }))).Table?.KeySchema?.[0].AttributeName;
}

async function tableNames(): Promise<string[]> {
  return (await client.send(new ListTablesCommand({}))).TableNames ?? [];
}

test('a key-schema change replaces a generated-name table under a new name, and the old table is deleted', async () => {
  await deployment.deploy(appWithTable('pk'));
  const before = tableOf();
  expect(await keyOf(before.physicalId)).toBe('pk');

  const [result] = await deployment.deploy(appWithTable('id'));

  const after = tableOf();
  expect(result.replaced).toEqual([before.logicalId]);
  expect(after.physicalId).not.toBe(before.physicalId);
  expect(after.physicalId).toMatch(/^Echo-Records[0-9A-F]{8}-[0-9A-F]{12}$/);
  expect(await keyOf(after.physicalId)).toBe('id');
  expect(result.deleted).toEqual([before.logicalId]);
  expect(await tableNames()).not.toContain(before.physicalId);

  // A second replacement gets yet another name, never one a table still holds.
  await deployment.deploy(appWithTable('pk'));
  expect(tableOf().physicalId).not.toBe(after.physicalId);
  expect(await keyOf(tableOf().physicalId)).toBe('pk');
  await deployment.destroy();
});

test('a rollback after a replacement deletes the new table and keeps the old one', async () => {
  await deployment.deploy(appWithTable('pk', undefined, { After: { properties: { Name: 'after', Value: 'one' } } }));
  const before = tableOf();

  const error = await deployment.deploy(appWithTable('id', undefined, { After: { properties: { Name: 'after', Value: 'two', FailOn: 'Update' } } }))
    .catch((e) => e);

  expect(error).toBeInstanceOf(DeployFailedError);
  expect(error.rollbackErrors).toEqual([]);
  expect(tableOf()).toEqual(before);
  expect(await keyOf(before.physicalId)).toBe('pk');
  expect((await tableNames()).filter((name) => name.startsWith('Echo-Records'))).toEqual([before.physicalId]);
  await deployment.destroy();
});

test('a key-schema change of a table the app names fails as in CloudFormation, and the table is kept', async () => {
  await deployment.deploy(appWithTable('pk', 'named-records'));

  const error = await deployment.deploy(appWithTable('id', 'named-records')).catch((e) => e);

  expect(error).toBeInstanceOf(DeployFailedError);
  expect(error.message).toMatch(/Update of Records[0-9A-F]{8} failed: CloudFormation cannot update a stack when a custom-named resource requires replacing/);
  // The rollback's Update back to the old keys finds the table already has them: no replacement, no error.
  expect(error.rollbackErrors).toEqual([]);
  expect(tableOf().physicalId).toBe('named-records');
  expect(await keyOf('named-records')).toBe('pk');
  await deployment.destroy();
  expect(await tableNames()).not.toContain('named-records');
});
