/**
 * Identity of a queue reference as the spec carries it (`QueueRefSpec`), shared by the constructs (duplicate
 * detection at synth) and the handler (after it resolves names to ids). Plain TypeScript, no aws-cdk-lib import.
 */
import { queueIdFromArn } from './connect-arn';
import { QueueRefSpec } from './contract';

/**
 * A key under which two references to the same queue compare equal, as far as can be told without calling
 * Connect: an ARN and the id inside it share the key `Id:<queueId>`; a name is keyed `Name:<name>`, since only
 * the handler can resolve it to an id. Returns `undefined` for a spec that names no queue.
 */
export function queueRefKey(spec: QueueRefSpec): string | undefined {
  if (spec.Arn !== undefined) {
    const id = queueIdFromArn(spec.Arn);
    return id !== undefined ? queueIdKey(id) : `Arn:${spec.Arn}`;
  }
  if (spec.Id !== undefined) {
    return queueIdKey(spec.Id);
  }
  if (spec.Name !== undefined) {
    return `Name:${spec.Name}`;
  }
  return undefined;
}

/** The key of a queue known by its id (how the handler keys queues once it resolved them). */
export function queueIdKey(queueId: string): string {
  return `Id:${queueId}`;
}
