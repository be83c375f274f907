/**
 * What a check may take from SearchRoutingProfiles' report of a profile. Search reports every field a check
 * compares except each channel's CrossChannelBehavior and the AgentAvailabilityTimer, which it leaves out
 * (https://docs.aws.amazon.com/connect/latest/APIReference/API_SearchRoutingProfiles.html); queue priorities,
 * delays and channels are in neither Search nor Describe, only in the queue lists. So Search stands in for
 * DescribeRoutingProfile exactly where nothing left out is compared, reported or sent back, and never by guessing
 * what it left out. Pure.
 */
import { channelDiffers } from './concurrency-plan';
import type { AgentAvailabilityTimer, MediaConcurrency } from './types';

/** The part of a desired state that decides whether Search's report is enough to compare it. */
export interface ComparedSettings {
  readonly mediaConcurrencies: readonly MediaConcurrency[];
  readonly agentAvailabilityTimer?: AgentAvailabilityTimer;
}

/** Whether comparing `desired` reads something Search leaves out: a declared cross-channel behaviour or timer. */
export function comparesSearchOmissions(desired: ComparedSettings): boolean {
  return desired.agentAvailabilityTimer !== undefined || desired.mediaConcurrencies.some((m) => m.crossChannelBehavior !== undefined);
}

/**
 * Whether the drift of a whole profile, found from Search's report, needs Describe before it is reported or
 * corrected: a live channel the stack does not declare is reported with its behaviour, and a correction of the
 * concurrency sends every live behaviour back (planReconcile). Every other difference is complete without it.
 */
export function profileDriftNeedsDescribe(desired: ComparedSettings, live: readonly MediaConcurrency[], correcting: boolean): boolean {
  const declared = new Set(desired.mediaConcurrencies.map((m) => m.channel));
  return live.some((have) => !declared.has(have.channel)) || concurrencyDriftNeedsDescribe(desired.mediaConcurrencies, live, correcting);
}

/**
 * Whether the drift of some channels, found from Search's report, needs Describe: only to correct it, since the
 * one UpdateRoutingProfileConcurrency sends every live channel back as Describe reports it (planConcurrency).
 */
export function concurrencyDriftNeedsDescribe(desired: readonly MediaConcurrency[], live: readonly MediaConcurrency[], correcting: boolean): boolean {
  const liveByChannel = new Map(live.map((m) => [m.channel, m]));
  return correcting && desired.some((want) => channelDiffers(want, liveByChannel.get(want.channel)));
}
