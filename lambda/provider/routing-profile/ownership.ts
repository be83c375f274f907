import { createHash } from 'crypto';

/** Connect's TagValue limit. */
const MAX_TAG_VALUE_LENGTH = 256;

/**
 * The ownership tag value of one custom resource: `<stack name>/<logical id>`, readable in the Connect console,
 * or a SHA-256 of it when that would pass Connect's 256-character tag value limit. It is the same for every
 * request CloudFormation (or Lambda's own retry) sends for that resource, so a retried Create recognises the
 * profile an interrupted attempt made.
 */
export function ownershipTagValue(stackId: string, logicalResourceId: string): string {
  // arn:aws:cloudformation:<region>:<account>:stack/<name>/<uuid>
  const stackName = stackId.split('/')[1] ?? stackId;
  const value = `${stackName}/${logicalResourceId}`;
  return value.length <= MAX_TAG_VALUE_LENGTH ? value : `sha256:${createHash('sha256').update(`${stackId}/${logicalResourceId}`).digest('hex')}`;
}
