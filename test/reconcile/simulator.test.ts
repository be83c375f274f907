// The properties trust the simulator to catch a bad plan, so it must reject each thing a plan must never do.
import { LIVE, queues } from './fixtures';
import { simulate, simulateCreate } from './simulator';
import { PlannedCall } from '../../lambda/reconcile';
import { OWNERSHIP_TAG_KEY } from '../../src/private/contract';

const ref = (queue: string, Channel: 'VOICE' | 'CHAT' = 'VOICE') => ({ QueueId: queue, Channel });
const config = (queue: string) => ({ QueueReference: ref(queue), Priority: 1, Delay: 0 });
const run = (call: PlannedCall, quota = 50) => () => simulate(LIVE, [call], quota);

describe('simulator rejects', () => {
  test('more than 10 configs in one Associate, and an empty list', () => {
    const eleven = Array.from({ length: 11 }, (_, i) => config(`n${i}`));
    expect(run({ operation: 'AssociateRoutingProfileQueues', input: { QueueConfigs: eleven } })).toThrow(/1\.\.10 items, got 11/);
    expect(run({ operation: 'AssociateRoutingProfileQueues', input: { ManualAssignmentQueueConfigs: [] } })).toThrow(/got 0/);
    expect(run({ operation: 'AssociateRoutingProfileQueues', input: {} })).toThrow(/needs a list/);
  });

  test('associating a pair already there', () => {
    expect(run({ operation: 'AssociateRoutingProfileQueues', input: { QueueConfigs: [config('q000')] } })).toThrow(/already associated/);
  });

  test('going over the quota', () => {
    expect(run({ operation: 'AssociateRoutingProfileQueues', input: { QueueConfigs: [config('n1')] } }, 3)).toThrow(/quota exceeded/);
  });

  test('updating a pair that is not associated', () => {
    expect(run({ operation: 'UpdateRoutingProfileQueues', input: { QueueConfigs: [config('n1')] } })).toThrow(/not associated/);
  });

  test('disassociating a pair that is not associated, or more than 10', () => {
    expect(run({ operation: 'DisassociateRoutingProfileQueues', input: { QueueReferences: [ref('n1')] } })).toThrow(/not associated/);
    const live = { ...LIVE, queueConfigs: queues(11) };
    const all = queues(11).map(q => ({ QueueId: q.queue, Channel: q.channel }));
    expect(() => simulate(live, [{ operation: 'DisassociateRoutingProfileQueues', input: { QueueReferences: all } }], 50)).toThrow(/got 11/);
  });

  test('tag calls over 50 keys, on aws: keys, or removing the ownership tag', () => {
    const tags = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v']));
    expect(run({ operation: 'TagResource', input: { tags } })).toThrow(/got 51/);
    expect(run({ operation: 'UntagResource', input: { tagKeys: ['aws:cloudformation:stack-name'] } })).toThrow(/reserved/);
    expect(run({ operation: 'UntagResource', input: { tagKeys: [OWNERSHIP_TAG_KEY] } })).toThrow(/ownership/);
  });

  test('a rename with nothing in it', () => {
    expect(run({ operation: 'UpdateRoutingProfileName', input: {} })).toThrow(/needs Name or Description/);
  });

  test('a Create with 11 configs', () => {
    expect(() => simulateCreate({
      Name: 'n',
      Description: 'd',
      DefaultOutboundQueueId: 'q',
      MediaConcurrencies: [],
      QueueConfigs: Array.from({ length: 11 }, (_, i) => config(`n${i}`)),
    }, 50)).toThrow(/got 11/);
  });
});

describe('simulator applies', () => {
  test('a concurrency list sent without behaviour as Connect reports it: its default applied', () => {
    const { final } = simulate(LIVE, [{ operation: 'UpdateRoutingProfileConcurrency', input: { MediaConcurrencies: [{ Channel: 'CHAT', Concurrency: 2 }] } }], 50);
    expect(final.mediaConcurrencies).toEqual([{ channel: 'CHAT', concurrency: 2, crossChannelBehavior: 'ROUTE_CURRENT_CHANNEL_ONLY' }]);
  });

  test('records the state before and after every call', () => {
    const { states } = simulate(LIVE, [
      { operation: 'AssociateRoutingProfileQueues', input: { QueueConfigs: [config('n1')] } },
      { operation: 'DisassociateRoutingProfileQueues', input: { QueueReferences: [ref('n1'), ref('q000')] } },
    ], 50);
    expect(states.map(s => s.queueConfigs.length)).toEqual([3, 4, 2]);
  });
});
