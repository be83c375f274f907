import { isRecordedChannel } from './recorded-channel';
import type { DesiredProfile } from '../reconcile/types';

/**
 * Checks that a record's `desired` has the shape the provider writes for a routing profile (the planner's
 * `DesiredProfile`). Returns a problem naming the first bad field, or undefined. A record written by a
 * handler with another shape is reported as unreadable instead of being planned from.
 */
export function recordedProfileProblem(desired: unknown): string | undefined {
  if (desired === null || typeof desired !== 'object' || Array.isArray(desired)) return `\`Desired\` must be an object, got: ${JSON.stringify(desired)}`;
  const d = desired as Record<string, unknown>;
  for (const field of ['name', 'description', 'defaultOutboundQueue'] as const) {
    if (typeof d[field] !== 'string') return `\`Desired.${field}\` must be a string, got: ${JSON.stringify(d[field] ?? null)}`;
  }
  if (!Array.isArray(d.mediaConcurrencies) || d.mediaConcurrencies.length === 0 || !d.mediaConcurrencies.every(isRecordedChannel)) {
    return `\`Desired.mediaConcurrencies\` must list {channel, concurrency or workloadTypeConcurrencies}, got: ${JSON.stringify(d.mediaConcurrencies ?? null)}`;
  }
  if (d.queueConfigs !== undefined && !(Array.isArray(d.queueConfigs) && d.queueConfigs.every((q) => typeof q?.queue === 'string'
    && typeof q?.channel === 'string' && typeof q?.priority === 'number' && typeof q?.delaySeconds === 'number'))) {
    return `\`Desired.queueConfigs\` must list {queue, channel, priority, delaySeconds}, got: ${JSON.stringify(d.queueConfigs).slice(0, 200)}`;
  }
  if (d.manualAssignmentQueueConfigs !== undefined && !(Array.isArray(d.manualAssignmentQueueConfigs)
    && d.manualAssignmentQueueConfigs.every((q) => typeof q?.queue === 'string' && typeof q?.channel === 'string'))) {
    return `\`Desired.manualAssignmentQueueConfigs\` must list {queue, channel}, got: ${JSON.stringify(d.manualAssignmentQueueConfigs).slice(0, 200)}`;
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
