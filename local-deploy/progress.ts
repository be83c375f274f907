/** Resource statuses in CloudFormation's words, plus the two the local deploy adds. */
export type ResourceStatus =
  | 'CREATE_IN_PROGRESS' | 'CREATE_COMPLETE' | 'CREATE_FAILED'
  | 'UPDATE_IN_PROGRESS' | 'UPDATE_COMPLETE' | 'UPDATE_FAILED'
  | 'DELETE_IN_PROGRESS' | 'DELETE_COMPLETE' | 'DELETE_FAILED' | 'DELETE_SKIPPED'
  | 'UPDATE_ROLLBACK_IN_PROGRESS' | 'ROLLBACK_COMPLETE' | 'ROLLBACK_FAILED'
  /** Properties unchanged: CloudFormation sends nothing to the resource. */
  | 'NO_CHANGE'
  /** A type the local deploy does not run (IAM, schedules, …), or a Lambda function kept only to run locally. */
  | 'SKIPPED';

export interface ProgressEvent {
  readonly stackName: string;
  readonly logicalId: string;
  readonly resourceType: string;
  readonly status: ResourceStatus;
  readonly physicalId?: string;
  /** Why (a failure's reason, a skip's explanation). */
  readonly reason?: string;
}

export type ProgressListener = (event: ProgressEvent) => void;
