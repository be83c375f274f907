/**
 * Records of version 1, written by cdk-connect-routing 0.0.0, still in users' tables: a record is rewritten only
 * when a deploy sends its resource an event, and upgrading the library sends none. A routing profile's desired
 * state then used older field names, mapped here to the handler's; a concurrency record is unchanged.
 */

/** A v1 routing-profile `desired` in today's shape; anything unexpected is left for the checker to report. */
export function upgradeRecordedProfileV1(desired: unknown): unknown {
  if (desired === null || typeof desired !== 'object' || Array.isArray(desired)) return desired;
  const { defaultOutboundQueueId, queueConfigs, manualAssignmentQueues, ...rest } = desired as Record<string, unknown>;
  return {
    ...rest,
    defaultOutboundQueue: defaultOutboundQueueId,
    ...(queueConfigs !== undefined ? {
      queueConfigs: mapList(queueConfigs, ({ queueId, delay, ...config }) => ({ ...config, queue: queueId, delaySeconds: delay })),
    } : {}),
    ...(manualAssignmentQueues !== undefined ? {
      manualAssignmentQueueConfigs: mapList(manualAssignmentQueues, ({ queueId, ...pair }) => ({ ...pair, queue: queueId })),
    } : {}),
  };
}

function mapList(value: unknown, map: (item: Record<string, unknown>) => Record<string, unknown>): unknown {
  return Array.isArray(value) ? value.map((item) => (item !== null && typeof item === 'object' ? map(item) : item)) : value;
}
