import { isRecordedChannel } from './recorded-channel';
import type { RecordedConcurrency } from '../desired-state/record';

/**
 * Checks that a record's `desired` has the shape the provider writes for a concurrency resource: at least one
 * channel, each once, with a whole-number concurrency or workload types. Returns a problem naming the first bad
 * field, or undefined; a record of another shape is reported as unreadable instead of being planned from.
 */
export function recordedConcurrencyProblem(desired: unknown): string | undefined {
  if (desired === null || typeof desired !== 'object' || Array.isArray(desired)) return `\`Desired\` must be an object, got: ${JSON.stringify(desired)}`;
  const entries = (desired as Record<string, unknown>).mediaConcurrencies;
  const valid = Array.isArray(entries) && entries.length > 0 && entries.every(isRecordedChannel);
  if (!valid || new Set(entries.map((m) => m.channel)).size !== entries.length) {
    return '`Desired.mediaConcurrencies` must list {channel, concurrency or workloadTypeConcurrencies, crossChannelBehavior?}, each channel once, '
      + `got: ${JSON.stringify(entries ?? null).slice(0, 200)}`;
  }
  return undefined;
}

/** The record's desired state, once `recordedConcurrencyProblem` found none. */
export function asRecordedConcurrency(desired: unknown): RecordedConcurrency {
  return desired as RecordedConcurrency;
}
