/**
 * What the drift reconciler may do in an instance for one kind of managed resource: the reads every check makes,
 * and the writes a `CORRECT` correction may make with the resources they touch. Never Create or Delete: nothing
 * is resurrected.
 */
export interface DriftAccess {
  /** Read actions, on the instance and its routing profiles. */
  readonly reads: readonly string[];
  /** Write actions a correction may make. */
  readonly corrections: readonly string[];
  /** The resources the corrections act on, in one instance. */
  readonly correctedResources: (instanceArn: string) => string[];
}

/**
 * A `RoutingProfile`: the instance's SearchRoutingProfiles sweep, Describe where Search leaves out what the record
 * compares, the queue lists (Describe and Search carry the tags); and the deploy's update calls (queues re-associated).
 */
export const ROUTING_PROFILE_DRIFT_ACCESS: DriftAccess = {
  reads: [
    'connect:SearchRoutingProfiles',
    'connect:DescribeRoutingProfile',
    'connect:ListRoutingProfileQueues',
    'connect:ListRoutingProfileManualAssignmentQueues',
    // The names of the queues a finding mentions, for its event.
    'connect:ListQueues',
  ],
  corrections: [
    'connect:UpdateRoutingProfileName',
    'connect:UpdateRoutingProfileDefaultOutboundQueue',
    'connect:UpdateRoutingProfileConcurrency',
    'connect:UpdateRoutingProfileAgentAvailabilityTimer',
    'connect:AssociateRoutingProfileQueues',
    'connect:DisassociateRoutingProfileQueues',
    'connect:UpdateRoutingProfileQueues',
    'connect:TagResource',
    'connect:UntagResource',
  ],
  correctedResources: (instanceArn) => [`${instanceArn}/routing-profile/*`, `${instanceArn}/queue/*`],
};

/** A `RoutingProfileConcurrency`: the sweep or one Describe per check, one concurrency update per correction, on profiles only. */
export const ROUTING_PROFILE_CONCURRENCY_DRIFT_ACCESS: DriftAccess = {
  reads: ['connect:SearchRoutingProfiles', 'connect:DescribeRoutingProfile'],
  corrections: ['connect:UpdateRoutingProfileConcurrency'],
  correctedResources: (instanceArn) => [`${instanceArn}/routing-profile/*`],
};
