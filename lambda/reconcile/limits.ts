/**
 * Per-call limits of the Connect API that shape every plan.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_AssociateRoutingProfileQueues.html
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_TagResource.html
 */

/** QueueConfigs / ManualAssignmentQueueConfigs (Create, Associate, Update) and queue references (Disassociate). */
export const MAX_QUEUES_PER_CALL = 10;

/** TagMap (TagResource, Create's Tags) and TagKeyList (UntagResource). */
export const MAX_TAGS_PER_CALL = 50;

/** Tag keys with this prefix belong to AWS: never removed, never set. */
export const AWS_RESERVED_TAG_PREFIX = 'aws:';

/** Connect's default when a media concurrency carries no cross-channel behaviour. */
export const DEFAULT_CROSS_CHANNEL_BEHAVIOR = 'ROUTE_CURRENT_CHANNEL_ONLY';
