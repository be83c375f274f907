/**
 * The fewest write calls any correct plan needs, derived from the API's per-call limits alone, without the
 * planner's code: each differing scalar needs its own call (name and description share one); the media
 * concurrencies one call; one Associate carries ≤10 standard and ≤10 manual configs; one Update ≤10 configs;
 * one Disassociate ≤10 references of each kind; Tag/Untag ≤50 keys.
 */
import { ReadState } from './fixtures';
import { matchesDeclared } from './media-concurrency-arbitraries';
import { DesiredProfile } from '../../lambda/reconcile';
import { OWNERSHIP_TAG_KEY } from '../../src/private/contract';

const key = (p: { queue: string; channel: string }) => `${p.queue}|${p.channel}`;
const batches = (n: number, size: number) => Math.ceil(n / size);

export function lowerBound(desired: DesiredProfile, live: ReadState): number {
  let n = 0;
  if (desired.name !== live.name || desired.description !== live.description) n++;
  if (desired.defaultOutboundQueue !== live.defaultOutboundQueue) n++;
  if (desired.agentAvailabilityTimer !== undefined && desired.agentAvailabilityTimer !== live.agentAvailabilityTimer) n++;

  const liveConc = new Map(live.mediaConcurrencies.map(m => [m.channel, m]));
  const concDiffers = desired.mediaConcurrencies.length !== live.mediaConcurrencies.length
    || desired.mediaConcurrencies.some(m => !matchesDeclared(m, liveConc.get(m.channel)));
  if (concDiffers) n++;

  let addStd = 0; let removeStd = 0; let changed = 0; let addManual = 0; let removeManual = 0;
  if (desired.queueConfigs) {
    const liveStd = new Map(live.queueConfigs.map(c => [key(c), c]));
    const wantStd = new Set(desired.queueConfigs.map(key));
    for (const c of desired.queueConfigs) {
      const l = liveStd.get(key(c));
      if (!l) addStd++;
      else if (l.priority !== c.priority || l.delaySeconds !== c.delaySeconds) changed++;
    }
    removeStd = live.queueConfigs.filter(c => !wantStd.has(key(c))).length;
  }
  if (desired.manualAssignmentQueueConfigs) {
    const liveMan = new Set(live.manualAssignmentQueueConfigs.map(key));
    const wantMan = new Set(desired.manualAssignmentQueueConfigs.map(key));
    addManual = [...wantMan].filter(k => !liveMan.has(k)).length;
    removeManual = [...liveMan].filter(k => !wantMan.has(k)).length;
  }
  n += Math.max(batches(addStd, 10), batches(addManual, 10));
  n += batches(changed, 10);
  n += Math.max(batches(removeStd, 10), batches(removeManual, 10));

  if (desired.tags) {
    const want = desired.tags;
    const untag = Object.keys(live.tags).filter(k => !k.startsWith('aws:') && k !== OWNERSHIP_TAG_KEY && !(k in want)).length;
    const tag = Object.keys(want).filter(k => live.tags[k] !== want[k]).length;
    n += batches(untag, 50) + batches(tag, 50);
  }
  return n;
}
