import { comparesSearchOmissions } from '../../lambda/reconcile/search-coverage';
import type { MediaConcurrency } from '../../lambda/reconcile/types';

// SearchRoutingProfiles leaves out each channel's CrossChannelBehavior and the AgentAvailabilityTimer: what a check
// may take from it.

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
