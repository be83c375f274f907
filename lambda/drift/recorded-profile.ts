import type { DesiredProfile } from '../reconcile/types';

/**
 * Checks that a record's `desired` has the shape the provider writes for a routing profile (the planner's
 * `DesiredProfile`). Returns a problem naming the first bad field, or undefined. A record written by a
 * handler with another shape is reported as unreadable instead of being planned from.
 */
export function recordedProfileProblem(desired: unknown): string | undefined {
  if (desired === null || typeof desired !== 'object' || Array.isArray(desired)) return `\`Desired\` must be an object, got: ${JSON.stringify(desired)}`;
  const d = desired as Record<string, unknown>;
  for (const field of ['name', 'description', 'defaultOutboundQueueId'] as const) {
    if (typeof d[field] !== 'string') return `\`Desired.${field}\` must be a string, got: ${JSON.stringify(d[field] ?? null)}`;
  }
  if (!Array.isArray(d.mediaConcurrencies) || d.mediaConcurrencies.length === 0
    || !d.mediaConcurrencies.every((m) => typeof m?.channel === 'string' && typeof m?.concurrency === 'number')) {
    return `\`Desired.mediaConcurrencies\` must list {channel, concurrency}, got: ${JSON.stringify(d.mediaConcurrencies ?? null)}`;
  }
  if (d.queueConfigs !== undefined && !(Array.isArray(d.queueConfigs) && d.queueConfigs.every((q) => typeof q?.queueId === 'string'
    && typeof q?.channel === 'string' && typeof q?.priority === 'number' && typeof q?.delay === 'number'))) {
    return `\`Desired.queueConfigs\` must list {queueId, channel, priority, delay}, got: ${JSON.stringify(d.queueConfigs).slice(0, 200)}`;
  }
  if (d.manualAssignmentQueues !== undefined && !(Array.isArray(d.manualAssignmentQueues)
    && d.manualAssignmentQueues.every((q) => typeof q?.queueId === 'string' && typeof q?.channel === 'string'))) {
    return `\`Desired.manualAssignmentQueues\` must list {queueId, channel}, got: ${JSON.stringify(d.manualAssignmentQueues).slice(0, 200)}`;
  }
  if (d.tags !== undefined && (d.tags === null || typeof d.tags !== 'object' || Array.isArray(d.tags)
    || !Object.values(d.tags).every((v) => typeof v === 'string'))) {
    return `\`Desired.tags\` must map keys to strings, got: ${JSON.stringify(d.tags).slice(0, 200)}`;
  }
  return undefined;
}

/** The record's desired state, once `recordedProfileProblem` found none. */
export function asDesiredProfile(desired: unknown): DesiredProfile {
  return desired as DesiredProfile;
}
