/**
 * Identity of a queue reference as the spec carries it (`QueueRefSpec`), shared by the constructs (duplicate
 * detection at synth) and the handler (after it resolves names to ids). Plain TypeScript, no aws-cdk-lib import.
 */
import { QueueRefSpec } from './contract';

/**
 * A Connect queue ARN: `arn:<partition>:connect:<region>:<account>:instance/<instanceId>/queue/<queueId>`.
 * Captures the instance id and the queue id.
 */
export const QUEUE_ARN_PATTERN = /^arn:[a-z][a-z0-9-]*:connect:[^:]+:[^:]+:instance\/([^/]+)\/queue\/([^/]+)$/;

/** The queue id inside a Connect queue ARN, or `undefined` when the string is not one. */
export function queueIdFromArn(arn: string): string | undefined {
  return QUEUE_ARN_PATTERN.exec(arn)?.[2];
}

/**
 * A key under which two references to the same queue compare equal, as far as can be told without calling
 * Connect: an ARN and the id inside it share the key `Id:<queueId>`; a name is keyed `Name:<name>`, since only
 * the handler can resolve it to an id. Returns `undefined` for a spec that names no queue.
 */
export function queueRefKey(spec: QueueRefSpec): string | undefined {
  if (spec.Arn !== undefined) {
    const id = queueIdFromArn(spec.Arn);
    return id !== undefined ? `Id:${id}` : `Arn:${spec.Arn}`;
  }
  if (spec.Id !== undefined) {
    return `Id:${spec.Id}`;
  }
  if (spec.Name !== undefined) {
    return `Name:${spec.Name}`;
  }
  return undefined;
}
