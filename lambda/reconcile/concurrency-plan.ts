/**
 * The pure core of `RoutingProfileConcurrency`: desired concurrency of some channels + the live list → the one
 * UpdateRoutingProfileConcurrency call that makes them match, or none. Shared by the provider and the drift
 * reconciler. No I/O, no clock; the same input gives the same call.
 *
 * UpdateRoutingProfileConcurrency replaces the profile's whole list (a channel left out is disabled), so
 * "touch only the declared channels" means sending every live channel back: the declared ones with their new
 * values (in the model they declare, channel-level or per workload type), the others exactly as Describe reported
 * them (workload-type concurrencies included).
 */
import { DEFAULT_CROSS_CHANNEL_BEHAVIOR } from './limits';
import { toMediaConcurrencyBody, fromMediaConcurrencyBody } from './media-concurrency-body';
import type { Channel, ConcurrencyCall, MediaConcurrency, MediaConcurrencyBody } from './types';
import { channelConcurrencyOf, sameWorkloadTypes, usesWorkloadTypes, withLiveWorkloadBehaviors, workloadTypesDiffer } from './workload-types';

/**
 * Plans the call that gives the declared channels their declared values, leaving every other channel as it
 * is live. Zero calls when each declared channel already matches (an undeclared behaviour never counts);
 * otherwise one call carrying the whole list in live order, new channels appended in declared order.
 */
export function planConcurrency(
  desired: readonly MediaConcurrency[],
  live: readonly MediaConcurrency[],
): ConcurrencyCall[] {
  assertOncePerChannel(desired.map((d) => d.channel), 'desired');
  const liveByChannel = new Map(live.map((m) => [m.channel, m]));
  if (!desired.some((want) => channelDiffers(want, liveByChannel.get(want.channel)))) return [];

  const desiredByChannel = new Map(desired.map((d) => [d.channel, d]));
  const entries = live.map((have) => {
    const want = desiredByChannel.get(have.channel);
    return entry(want === undefined ? have : declaredChannel(want, have));
  });
  for (const want of desired) {
    if (!liveByChannel.has(want.channel)) entries.push(entry(want));
  }
  return [updateCall(entries)];
}

/**
 * Plans the call that puts `channels` back as `original` had them, leaving every other live channel as it is:
 * a channel the original had gets its concurrency, behaviour and workload types back, a channel it did not have
 * is removed. Zero calls when they already match exactly. The list is ordered as the original was, so a
 * full restore reads back exactly as before. Should the result be empty (every originally present channel
 * removed since, in the console), the whole original list is sent instead: Connect requires at least one channel.
 *
 * @param channels the channels to put back: those the resource managed
 */
export function planConcurrencyRestore(
  original: readonly MediaConcurrency[],
  channels: readonly Channel[],
  live: readonly MediaConcurrency[],
): ConcurrencyCall[] {
  assertOncePerChannel(original.map((o) => o.channel), 'original');
  const restored = new Set(channels);
  const originalByChannel = new Map(original.map((o) => [o.channel, o]));
  const liveByChannel = new Map(live.map((m) => [m.channel, m]));
  const differs = [...restored].some((channel) => {
    const was = originalByChannel.get(channel);
    const have = liveByChannel.get(channel);
    if (was === undefined || have === undefined) return was !== have;
    // Exact, not by effect: a restore reads back as found, even a behaviour Connect reported as absent.
    return !sameChannel(restoredChannel(was, have), have);
  });
  if (!differs) return [];

  const kept = live.filter((have) => !restored.has(have.channel) || originalByChannel.has(have.channel));
  const entries = kept.map((have) => {
    const was = restored.has(have.channel) ? originalByChannel.get(have.channel) : undefined;
    return entry(was === undefined ? have : restoredChannel(was, have));
  });
  for (const was of original) {
    if (restored.has(was.channel) && !liveByChannel.has(was.channel)) entries.push(entry(was));
  }
  if (entries.length === 0) return [updateCall(original.map(entry))];
  const position = (channel: Channel) => {
    const index = original.findIndex((o) => o.channel === channel);
    return index === -1 ? original.length : index;
  };
  // A stable sort: channels the original lacked keep their live order, after the original's.
  return [updateCall(entries.map((e, i) => ({ e, i })).sort((a, b) => position(a.e.Channel) - position(b.e.Channel) || a.i - b.i).map(({ e }) => e))];
}

/** Channels the resource stops managing, to put back as they were found (an update that undeclares them). */
export interface ReleasedChannels {
  readonly original: readonly MediaConcurrency[];
  readonly channels: readonly Channel[];
}

/**
 * `planConcurrency` and `planConcurrencyRestore` of the released channels, merged into at most one call: the
 * declared channels get their values and the released ones their original values in the same list.
 */
export function planConcurrencyChange(
  desired: readonly MediaConcurrency[],
  live: readonly MediaConcurrency[],
  released?: ReleasedChannels,
): ConcurrencyCall[] {
  const declared = new Set(desired.map((d) => d.channel));
  const releasedChannels = (released?.channels ?? []).filter((channel) => !declared.has(channel));
  const restore = released === undefined ? [] : planConcurrencyRestore(released.original, releasedChannels, live);
  const change = planConcurrency(desired, restore.length === 0 ? live : liveAfter(restore[0]));
  return change.length > 0 ? change : restore;
}

/** The live list once a call has been applied: Connect keeps the list it was sent. */
export function liveAfter(call: ConcurrencyCall): MediaConcurrency[] {
  return call.input.MediaConcurrencies.map(fromMediaConcurrencyBody);
}

/**
 * Whether a declared channel differs from the live one in what it declares: absent, a declared behaviour that
 * differs from the live one as it takes effect (an undeclared behaviour never counts), or its model: another
 * concurrency or any live workload type, or (declared per workload type) another set of workload types or any
 * live channel-level concurrency. A channel uses one model, so what the other model has live is a difference.
 */
export function channelDiffers(want: MediaConcurrency, have: MediaConcurrency | undefined): boolean {
  if (have === undefined) return true;
  if (want.crossChannelBehavior !== undefined && want.crossChannelBehavior !== behaviorOf(have)) return true;
  return usesWorkloadTypes(want)
    ? channelConcurrencyOf(have) !== undefined || workloadTypesDiffer(want.workloadTypeConcurrencies!, have.workloadTypeConcurrencies)
    : have.concurrency !== want.concurrency || usesWorkloadTypes(have);
}

/**
 * What a declared channel is sent as: its declared model only (the other model's live values dropped), with the
 * live behaviours it leaves unmanaged, so Connect does not reset them.
 */
export function declaredChannel(want: MediaConcurrency, have: MediaConcurrency | undefined): MediaConcurrency {
  const behavior = want.crossChannelBehavior ?? have?.crossChannelBehavior;
  return {
    channel: want.channel,
    ...(want.concurrency !== undefined ? { concurrency: want.concurrency } : {}),
    ...(behavior !== undefined ? { crossChannelBehavior: behavior } : {}),
    ...(want.workloadTypeConcurrencies !== undefined
      ? { workloadTypeConcurrencies: withLiveWorkloadBehaviors(want.workloadTypeConcurrencies, have?.workloadTypeConcurrencies) } : {}),
  };
}

/** The live list as remembered: channel, concurrency, behaviour and workload types of each, in live order. */
export function rememberConcurrency(live: readonly MediaConcurrency[]): MediaConcurrency[] {
  return live.map((m) => ({
    channel: m.channel,
    ...(m.concurrency !== undefined ? { concurrency: m.concurrency } : {}),
    ...(m.crossChannelBehavior !== undefined ? { crossChannelBehavior: m.crossChannelBehavior } : {}),
    ...(usesWorkloadTypes(m) ? { workloadTypeConcurrencies: m.workloadTypeConcurrencies!.map((w) => ({ ...w })) } : {}),
  }));
}

/**
 * A remembered channel as it goes back: exactly as found. A memory of version 1 kept no workload types (a channel
 * it remembers with neither model had them), so such a channel keeps the live ones.
 */
function restoredChannel(was: MediaConcurrency, have: MediaConcurrency | undefined): MediaConcurrency {
  const modelUnknown = was.concurrency === undefined && was.workloadTypeConcurrencies === undefined;
  const workloadTypes = modelUnknown ? have?.workloadTypeConcurrencies : was.workloadTypeConcurrencies;
  return {
    channel: was.channel,
    ...(was.concurrency !== undefined ? { concurrency: was.concurrency } : {}),
    ...(was.crossChannelBehavior !== undefined ? { crossChannelBehavior: was.crossChannelBehavior } : {}),
    ...(workloadTypes !== undefined ? { workloadTypeConcurrencies: workloadTypes } : {}),
  };
}

/** Exactly the same channel, workload types compared as a set. */
function sameChannel(a: MediaConcurrency, b: MediaConcurrency): boolean {
  return a.concurrency === b.concurrency && a.crossChannelBehavior === b.crossChannelBehavior
    && sameWorkloadTypes(a.workloadTypeConcurrencies, b.workloadTypeConcurrencies);
}

/** A behaviour as it takes effect: none reported means Connect's default. */
export function behaviorOf(m: { readonly crossChannelBehavior?: string }): string {
  return m.crossChannelBehavior ?? DEFAULT_CROSS_CHANNEL_BEHAVIOR;
}

/** The request entry of a channel; a live one without changes goes back exactly as Describe reported it. */
function entry(m: MediaConcurrency): MediaConcurrencyBody {
  return toMediaConcurrencyBody(m);
}

function updateCall(entries: MediaConcurrencyBody[]): ConcurrencyCall {
  return { operation: 'UpdateRoutingProfileConcurrency', input: { MediaConcurrencies: entries } };
}

function assertOncePerChannel(channels: readonly Channel[], side: string): void {
  if (new Set(channels).size !== channels.length) {
    throw new Error(`${side} media concurrencies list a channel twice; got: ${JSON.stringify(channels)}`);
  }
}
