/**
 * What a check may take from SearchRoutingProfiles' report of a profile. Search reports every field a check
 * compares except each channel's CrossChannelBehavior and the AgentAvailabilityTimer, which it leaves out
 * (https://docs.aws.amazon.com/connect/latest/APIReference/API_SearchRoutingProfiles.html); queue priorities,
 * delays and channels are in neither Search nor Describe, only in the queue lists. So Search stands in for
 * DescribeRoutingProfile exactly where nothing left out is compared, and never by guessing what it left out; a
 * difference found from it is described before it is reported or corrected (the event names the Region of the last
 * edit, which Search leaves out too, and a correction sends every live behaviour back). Pure.
 */
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
