/** A template uses an intrinsic function the local deploy does not resolve. */
export class UnsupportedIntrinsicError extends Error {
  constructor(public readonly intrinsic: string, public readonly location: string, supported: readonly string[]) {
    super(`\`${intrinsic}\` is not supported by the local deploy, at ${location}; supported: ${supported.join(', ')}`);
    this.name = 'UnsupportedIntrinsicError';
  }
}

/** A template the local deploy cannot use as written (bad reference, cycle, malformed intrinsic). */
export class TemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateError';
  }
}

/**
 * One resource operation failed. `physicalResourceId` is what the resource reported (a failed Create may
 * still name something the rollback's Delete must remove).
 */
export class ResourceOperationError extends Error {
  constructor(
    public readonly logicalId: string,
    public readonly operation: 'Create' | 'Update' | 'Delete',
    public readonly reason: string,
    public readonly physicalResourceId?: string,
  ) {
    super(`${operation} of ${logicalId} failed: ${reason}`);
    this.name = 'ResourceOperationError';
  }
}

/** A deploy failed; `rollbackErrors` lists the rollback steps that failed too (empty: rolled back cleanly). */
export class DeployFailedError extends Error {
  constructor(
    public readonly stackName: string,
    public readonly cause: Error,
    public readonly rollbackErrors: readonly Error[],
  ) {
    super(`Deploy of ${stackName} failed and was rolled back${rollbackErrors.length ? ' with errors' : ''}: ${cause.message}`
      + rollbackErrors.map((e) => `\n  rollback: ${e.message}`).join(''));
    this.name = 'DeployFailedError';
  }
}

/**
 * A stack's saved state cannot be read. The deploy refuses to guess what is deployed: fixing or deleting the
 * file is the user's call (deleting it forgets the stack's resources, which stay where they were deployed).
 */
export class StateFileError extends Error {
  constructor(public readonly stackName: string, public readonly file: string, problem: string) {
    super(`The saved state of stack ${stackName} (${file}) is unreadable: ${problem}; fix or delete the file `
      + '(deleting it forgets what that stack deployed)');
    this.name = 'StateFileError';
  }
}
