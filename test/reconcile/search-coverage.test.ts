import { comparesSearchOmissions, concurrencyDriftNeedsDescribe, profileDriftNeedsDescribe } from '../../lambda/reconcile/search-coverage';
import type { MediaConcurrency } from '../../lambda/reconcile/types';

// SearchRoutingProfiles leaves out each channel's CrossChannelBehavior and the AgentAvailabilityTimer: what a check
// may take from it, and when drift found from it must be described first.

const voice: MediaConcurrency = { channel: 'VOICE', concurrency: 1 };
const chat = (concurrency: number, crossChannelBehavior?: MediaConcurrency['crossChannelBehavior']): MediaConcurrency =>
  ({ channel: 'CHAT', concurrency, ...(crossChannelBehavior ? { crossChannelBehavior } : {}) });

describe('comparesSearchOmissions', () => {
  test('nothing Search leaves out is declared: Search is enough', () => {
    expect(comparesSearchOmissions({ mediaConcurrencies: [voice, chat(2)] })).toBe(false);
  });

  test('a declared behaviour on any channel, or a declared timer, needs Describe', () => {
    expect(comparesSearchOmissions({ mediaConcurrencies: [voice, chat(2, 'ROUTE_CURRENT_CHANNEL_ONLY')] })).toBe(true);
    expect(comparesSearchOmissions({ mediaConcurrencies: [voice], agentAvailabilityTimer: 'TIME_SINCE_LAST_ACTIVITY' })).toBe(true);
  });
});

describe('profileDriftNeedsDescribe', () => {
  const desired = { mediaConcurrencies: [voice, chat(2)] };

  test('drift in other fields, reported or corrected: no', () => {
    expect(profileDriftNeedsDescribe(desired, [voice, chat(2)], false)).toBe(false);
    expect(profileDriftNeedsDescribe(desired, [voice, chat(2)], true)).toBe(false);
  });

  test('a live channel the stack does not declare is reported with its behaviour: yes, even only reporting', () => {
    expect(profileDriftNeedsDescribe(desired, [voice, chat(2), { channel: 'TASK', concurrency: 3 }], false)).toBe(true);
  });

  test('a declared channel whose concurrency drifted: only to correct it (the correction sends the live behaviours back)', () => {
    expect(profileDriftNeedsDescribe(desired, [voice, chat(4)], false)).toBe(false);
    expect(profileDriftNeedsDescribe(desired, [voice, chat(4)], true)).toBe(true);
    expect(profileDriftNeedsDescribe(desired, [voice], true)).toBe(true);
  });
});

describe('concurrencyDriftNeedsDescribe', () => {
  test('only to correct a declared channel that differs; undeclared channels belong to someone else', () => {
    expect(concurrencyDriftNeedsDescribe([chat(2)], [voice, chat(5)], false)).toBe(false);
    expect(concurrencyDriftNeedsDescribe([chat(2)], [voice, chat(5)], true)).toBe(true);
    expect(concurrencyDriftNeedsDescribe([chat(2)], [voice, chat(2), { channel: 'TASK', concurrency: 1 }], true)).toBe(false);
  });
});
