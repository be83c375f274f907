/**
 * What a profile held when a `RoutingProfile` adopted it, in the form kept in the desired-state table, and the
 * desired state that puts it back on removal: every field the planner manages (name, description, outbound queue,
 * concurrency, both queue lists, timer, tags), so the restore is the same minimal, no-pair-dropped plan as a deploy.
 */
import { DEFAULT_MAX_QUEUE_PAIRS } from '../../../src/private/contract';
import type { DesiredProfile, LiveProfile, LiveState } from '../../reconcile/types';

/** The kept form. */
export interface AdoptedOriginal {
  readonly adoptedProfile: LiveState;
}

/** The kept form of a live profile: its state, without its identity or use counts. */
export function adoptedOriginalOf(live: LiveProfile): AdoptedOriginal {
  return {
    adoptedProfile: {
      name: live.name,
      description: live.description,
      defaultOutboundQueue: live.defaultOutboundQueue,
      mediaConcurrencies: live.mediaConcurrencies,
      queueConfigs: live.queueConfigs,
      manualAssignmentQueueConfigs: live.manualAssignmentQueueConfigs,
      ...(live.agentAvailabilityTimer !== undefined ? { agentAvailabilityTimer: live.agentAvailabilityTimer } : {}),
      tags: live.tags,
    },
  };
}

/**
 * The desired state that puts the profile back, or undefined when `kept` is not what `adoptedOriginalOf` writes.
 * Its quota is the stack's (`quota`), and at least the pairs the profile held.
 */
export function restoredProfile(kept: unknown, quota: number = DEFAULT_MAX_QUEUE_PAIRS): DesiredProfile | undefined {
  const profile = (kept as Partial<AdoptedOriginal> | undefined)?.adoptedProfile;
  if (typeof profile?.name !== 'string' || !Array.isArray(profile.mediaConcurrencies)
    || !Array.isArray(profile.queueConfigs) || !Array.isArray(profile.manualAssignmentQueueConfigs)) {
    return undefined;
  }
  const maxQueuePairs = Math.max(quota, profile.queueConfigs.length, profile.manualAssignmentQueueConfigs.length);
  return { ...profile, maxQueuePairs };
}
