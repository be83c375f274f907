/**
 * What differs between a concurrency resource's declared channels and the live profile, in the drift event's
 * field terms (`mediaConcurrencies[CHAT].concurrency`, `expected` declared, `actual` live, `null` for absent).
 * Pure.
 *
 * It follows `planConcurrency`'s rules exactly, so there are differences if and only if it plans a call: only
 * declared channels are compared (the rest of the profile belongs to someone else), a behaviour is compared only
 * when declared, and a live behaviour Connect reports as absent counts as its default.
 */
import type { FieldDifference } from './profile-differences';
import type { DesiredChannelConcurrency, LiveChannelConcurrency } from '../reconcile/concurrency-plan';
import { DEFAULT_CROSS_CHANNEL_BEHAVIOR } from '../reconcile/limits';

export function concurrencyDifferences(
  desired: readonly DesiredChannelConcurrency[], live: readonly LiveChannelConcurrency[],
): FieldDifference[] {
  const liveByChannel = new Map(live.map((m) => [m.channel, m]));
  return desired.flatMap((want): FieldDifference[] => {
    const have = liveByChannel.get(want.channel);
    if (have === undefined) return [{ field: `mediaConcurrencies[${want.channel}]`, expected: concurrencyValue(want), actual: null }];
    const differences: FieldDifference[] = [];
    if (have.concurrency !== want.concurrency) {
      // A channel configured per workload type only has no channel-level concurrency: `null`.
      differences.push({ field: `mediaConcurrencies[${want.channel}].concurrency`, expected: want.concurrency, actual: have.concurrency ?? null });
    }
    const liveBehavior = have.crossChannelBehavior ?? DEFAULT_CROSS_CHANNEL_BEHAVIOR;
    if (want.crossChannelBehavior !== undefined && want.crossChannelBehavior !== liveBehavior) {
      differences.push({ field: `mediaConcurrencies[${want.channel}].crossChannelBehavior`, expected: want.crossChannelBehavior, actual: liveBehavior });
    }
    return differences;
  });
}

/** A whole channel as a difference shows it: its concurrency, and its behaviour when there is one. */
export function concurrencyValue(m: DesiredChannelConcurrency): Record<string, unknown> {
  return { concurrency: m.concurrency, ...(m.crossChannelBehavior !== undefined ? { crossChannelBehavior: m.crossChannelBehavior } : {}) };
}
