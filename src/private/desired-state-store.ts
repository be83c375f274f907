import { RemovalPolicy, Stack, aws_dynamodb as dynamodb, aws_iam as iam } from 'aws-cdk-lib';
import { Construct, IConstruct } from 'constructs';
import { DESIRED_STATE_TABLE_ID, DesiredStateKey } from './contract';

/**
 * The stack's desired-state table: one item per managed resource (its resolved desired state, drift policy,
 * physical id), written by the provider on every Create/Update and removed on Delete, read by the drift
 * reconciler; and, in a partition of their own, what an adopted profile or a `RoutingProfileConcurrency`'s target
 * held before the stack changed it, read back on removal. One per stack, found or created directly under the stack.
 *
 * Why DynamoDB and not SSM parameters: one profile's record (50 + 50 queue pairs, 49 tags of up to 384 bytes)
 * reaches about 30 KB, past SSM's 4 KB (8 KB advanced) value limit; a DynamoDB item holds 400 KB.
 * Encrypted with the AWS managed key `aws/dynamodb`: every use is logged in CloudTrail, and there is no key
 * policy to get wrong or key to pay for (a customer managed key deleted by mistake would make every record
 * unreadable). On-demand billing: a deploy writes a few items, a run reads one partition.
 */
export class DesiredStateStore extends Construct {
  /** The stack's table, created on first use. */
  public static getOrCreate(scope: IConstruct): DesiredStateStore {
    const stack = Stack.of(scope);
    const existing = stack.node.tryFindChild(DESIRED_STATE_TABLE_ID);
    if (existing === undefined) return new DesiredStateStore(stack, DESIRED_STATE_TABLE_ID);
    if (!(existing instanceof DesiredStateStore)) {
      throw new Error(`The construct id \`${DESIRED_STATE_TABLE_ID}\` under stack ${stack.node.path} is reserved for `
        + `the cdk-connect-routing desired-state table, got: a ${existing.constructor.name}`);
    }
    return existing;
  }

  public readonly table: dynamodb.Table;
  private readonly writers = new Set<string>();
  private readonly originalReaders = new Set<string>();

  private constructor(scope: Construct, id: string) {
    super(scope, id);
    this.table = new dynamodb.Table(this, 'Table', {
      partitionKey: { name: DesiredStateKey.PARTITION, type: dynamodb.AttributeType.STRING },
      sortKey: { name: DesiredStateKey.SORT, type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      // Derived data: every deploy rewrites it, and each resource's Delete removes its own record first.
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // Point-in-time recovery through the L1: the L2 prop changed name after the aws-cdk-lib 2.168.0 floor.
    (this.table.node.defaultChild as dynamodb.CfnTable).pointInTimeRecoverySpecification = { pointInTimeRecoveryEnabled: true };
  }

  /** Lets the provider write and remove records (PutItem, DeleteItem only); once per grantee. */
  public grantWriteRecords(grantee: iam.IGrantable & IConstruct): void {
    if (this.writers.has(grantee.node.addr)) return;
    this.writers.add(grantee.node.addr);
    this.table.grant(grantee, 'dynamodb:PutItem', 'dynamodb:DeleteItem');
  }

  /** Lets the provider read back what it kept of a profile before changing it (GetItem); once per grantee. */
  public grantReadOriginals(grantee: iam.IGrantable & IConstruct): void {
    if (this.originalReaders.has(grantee.node.addr)) return;
    this.originalReaders.add(grantee.node.addr);
    this.table.grant(grantee, 'dynamodb:GetItem');
  }

  /** Lets the reconciler read the stack's records (Query), and one record again right before a correction (GetItem). */
  public grantReadRecords(grantee: iam.IGrantable): void {
    this.table.grant(grantee, 'dynamodb:Query', 'dynamodb:GetItem');
  }
}
