import { aws_iam as iam, aws_logs as logs } from 'aws-cdk-lib';
import { Construct } from 'constructs';

/** A log group of one of the library's functions, and the role that may write there and nowhere else. */
export interface FunctionLogging {
  readonly logGroup: logs.LogGroup;
  readonly role: iam.Role;
}

/**
 * The log group and role of one of the library's Lambda functions, as children `LogGroup` and `ServiceRole` of
 * `scope`. The group has a retention: the one Lambda would make keeps events forever. The role may create streams
 * and put events in that group only, instead of carrying AWSLambdaBasicExecutionRole, whose logs actions cover every
 * log group of the account. The group is kept when the stack is deleted (its events expire with the retention).
 */
export function functionLogging(scope: Construct, retention: logs.RetentionDays): FunctionLogging {
  const logGroup = new logs.LogGroup(scope, 'LogGroup', { retention });
  const role = new iam.Role(scope, 'ServiceRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  logGroup.grantWrite(role);
  return { logGroup, role };
}

/** Changes a group's retention after it was made (`RetentionDays.INFINITE` keeps events forever). */
export function setRetention(logGroup: logs.LogGroup, retention: logs.RetentionDays): void {
  (logGroup.node.defaultChild as logs.CfnLogGroup).retentionInDays = retention === logs.RetentionDays.INFINITE ? undefined : retention;
}
