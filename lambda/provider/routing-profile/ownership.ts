/**
 * The ownership tag (`OWNERSHIP_TAG_KEY`) a `RoutingProfile` resource puts on every profile it creates, and which
 * values of it mean "this resource made the profile".
 *
 * The value carries the stack's unique id, the UUID at the end of its StackId
 * (`arn:aws:cloudformation:<region>:<account>:stack/<name>/<uuid>`), so that a new stack given the name of an
 * earlier one never takes for its own a profile the earlier stack retained. Version 0.0.0 wrote
 * `<stack name>/<logical id>`, which such a stack would share: that form is recognised only for the profile a
 * resource's own physical id names (Update, Delete), never to resume a Create.
 */
import { createHash } from 'crypto';

/** Connect's TagValue limit. */
const MAX_TAG_VALUE_LENGTH = 256;

/** The ownership tags a resource recognises as its own. */
export interface Ownership {
  /** What it tags new profiles with, and the only value that lets a Create resume a profile. */
  readonly tagValue: string;
  /** The values earlier versions gave the same resource: only for the profile its physical id names. */
  readonly legacyTagValues: readonly string[];
}

/**
 * The ownership of one custom resource: `<stack name>/<stack uuid>/<logical id>`, readable in the Connect console,
 * or a SHA-256 of the StackId and logical id when that would pass Connect's 256-character tag value limit. It is
 * the same for every request CloudFormation (or Lambda's own retry) sends for that resource.
 */
export function ownershipOf(stackId: string, logicalResourceId: string): Ownership {
  const [, stackName, stackUuid] = stackId.split('/');
  // The hashed form already covered the whole StackId in 0.0.0, so it is the same in both versions.
  const hashed = `sha256:${createHash('sha256').update(`${stackId}/${logicalResourceId}`).digest('hex')}`;
  const fit = (value: string) => (value.length <= MAX_TAG_VALUE_LENGTH ? value : hashed);
  return {
    tagValue: fit(stackName && stackUuid ? `${stackName}/${stackUuid}/${logicalResourceId}` : `${stackId}/${logicalResourceId}`),
    legacyTagValues: [fit(`${stackName ?? stackId}/${logicalResourceId}`)],
  };
}

/** Whether a profile's ownership tag says this resource created it, in this version's form or an earlier one's. */
export function isOwnedProfile(tagValue: string | undefined, ownership: Ownership): boolean {
  return tagValue !== undefined && (tagValue === ownership.tagValue || ownership.legacyTagValues.includes(tagValue));
}
