import { LIVE, SAME, manualQueues, queues } from './fixtures';
import { lowerBound } from './lower-bound';
import { pairKeyOf, simulate } from './simulator';
import { DesiredProfile, PlannedCall, planReconcile } from '../../lambda/reconcile';
import { OWNERSHIP_TAG_KEY } from '../../src/private/contract';

const ops = (calls: readonly PlannedCall[]) => calls.map(c => c.operation);

/** Plans, checks the plan against the simulator and the lower bound, and returns it. */
function plan(desired: DesiredProfile, live: typeof LIVE = LIVE): PlannedCall[] {
  const calls = planReconcile(desired, live);
  simulate(live, calls, desired.maxQueuePairs ?? 50);
  expect(calls).toHaveLength(lowerBound(desired, live));
  return calls;
}

describe('planReconcile: no-op', () => {
  test('desired equal to live plans zero calls', () => {
    expect(plan(SAME)).toEqual([]);
  });

  test('a desired cross-channel behaviour left undefined accepts whatever live has', () => {
    const desired = { ...SAME, mediaConcurrencies: SAME.mediaConcurrencies.map(m => ({ channel: m.channel, concurrency: m.concurrency })) };
    expect(plan(desired)).toEqual([]);
  });

  test('a live concurrency without behaviour is Connect\'s default, ROUTE_CURRENT_CHANNEL_ONLY', () => {
    const live = { ...LIVE, mediaConcurrencies: [{ channel: 'VOICE' as const, concurrency: 1 }] };
    const desired = { ...SAME, mediaConcurrencies: [{ channel: 'VOICE' as const, concurrency: 1, crossChannelBehavior: 'ROUTE_CURRENT_CHANNEL_ONLY' as const }] };
    expect(plan(desired, live)).toEqual([]);
  });

  test('queue lists in a different order are the same lists', () => {
    const desired = {
      ...SAME,
      queueConfigs: [...SAME.queueConfigs!].reverse(),
      manualAssignmentQueueConfigs: [...SAME.manualAssignmentQueueConfigs!].reverse(),
    };
    expect(plan(desired)).toEqual([]);
  });
});

describe('planReconcile: each change alone', () => {
  test('name only sends only Name', () => {
    expect(plan({ ...SAME, name: 'Support' })).toEqual([{ operation: 'UpdateRoutingProfileName', input: { Name: 'Support' } }]);
  });

  test('description only sends only Description', () => {
    expect(plan({ ...SAME, description: 'new' })).toEqual([{ operation: 'UpdateRoutingProfileName', input: { Description: 'new' } }]);
  });

  test('name and description share one call', () => {
    expect(plan({ ...SAME, name: 'N', description: 'D' })).toEqual([
      { operation: 'UpdateRoutingProfileName', input: { Name: 'N', Description: 'D' } },
    ]);
  });

  test('a live profile without description gets the desired one', () => {
    expect(plan(SAME, { ...LIVE, description: '' })).toEqual([
      { operation: 'UpdateRoutingProfileName', input: { Description: 'Sales agents' } },
    ]);
  });

  test('default outbound queue', () => {
    expect(plan({ ...SAME, defaultOutboundQueue: 'q-other' })).toEqual([
      { operation: 'UpdateRoutingProfileDefaultOutboundQueue', input: { DefaultOutboundQueueId: 'q-other' } },
    ]);
  });

  test('agent availability timer', () => {
    expect(plan({ ...SAME, agentAvailabilityTimer: 'TIME_SINCE_LAST_INBOUND' })).toEqual([
      { operation: 'UpdateRoutingProfileAgentAvailabilityTimer', input: { AgentAvailabilityTimer: 'TIME_SINCE_LAST_INBOUND' } },
    ]);
  });

  test('a changed concurrency sends the full desired list in one call', () => {
    const desired: DesiredProfile = {
      ...SAME,
      mediaConcurrencies: [
        { channel: 'VOICE', concurrency: 1, crossChannelBehavior: 'ROUTE_CURRENT_CHANNEL_ONLY' },
        { channel: 'CHAT', concurrency: 5, crossChannelBehavior: 'ROUTE_ANY_CHANNEL' },
      ],
    };
    expect(plan(desired)).toEqual([{
      operation: 'UpdateRoutingProfileConcurrency',
      input: {
        MediaConcurrencies: [
          { Channel: 'VOICE', Concurrency: 1, CrossChannelBehavior: { BehaviorType: 'ROUTE_CURRENT_CHANNEL_ONLY' } },
          { Channel: 'CHAT', Concurrency: 5, CrossChannelBehavior: { BehaviorType: 'ROUTE_ANY_CHANNEL' } },
        ],
      },
    }]);
  });

  test('a changed cross-channel behaviour alone is a difference', () => {
    const desired: DesiredProfile = {
      ...SAME,
      mediaConcurrencies: [LIVE.mediaConcurrencies[0], { channel: 'CHAT', concurrency: 3, crossChannelBehavior: 'ROUTE_CURRENT_CHANNEL_ONLY' }],
    };
    expect(ops(plan(desired))).toEqual(['UpdateRoutingProfileConcurrency']);
  });

  test('an added or a removed channel is a difference', () => {
    expect(ops(plan({ ...SAME, mediaConcurrencies: [...LIVE.mediaConcurrencies, { channel: 'TASK', concurrency: 2 }] })))
      .toEqual(['UpdateRoutingProfileConcurrency']);
    expect(plan({ ...SAME, mediaConcurrencies: [LIVE.mediaConcurrencies[0]] })).toEqual([{
      operation: 'UpdateRoutingProfileConcurrency',
      input: { MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: 1, CrossChannelBehavior: { BehaviorType: 'ROUTE_CURRENT_CHANNEL_ONLY' } }] },
    }]);
  });

  test('an unmanaged behaviour is sent back as live has it when another channel forces the update', () => {
    const desired: DesiredProfile = {
      ...SAME,
      mediaConcurrencies: [{ channel: 'VOICE', concurrency: 1 }, { channel: 'CHAT', concurrency: 4 }],
    };
    const calls = plan(desired);
    expect(calls).toEqual([{
      operation: 'UpdateRoutingProfileConcurrency',
      input: {
        MediaConcurrencies: [
          { Channel: 'VOICE', Concurrency: 1, CrossChannelBehavior: { BehaviorType: 'ROUTE_CURRENT_CHANNEL_ONLY' } },
          { Channel: 'CHAT', Concurrency: 4, CrossChannelBehavior: { BehaviorType: 'ROUTE_ANY_CHANNEL' } },
        ],
      },
    }]);
    // CHAT keeps ROUTE_ANY_CHANNEL; had the behaviour been omitted, Connect would have reset it.
    expect(simulate(LIVE, calls, 50).final.mediaConcurrencies[1].crossChannelBehavior).toBe('ROUTE_ANY_CHANNEL');
  });

  test('a changed priority or delay is an UpdateRoutingProfileQueues, never disassociate + associate', () => {
    const [first, second, third] = LIVE.queueConfigs;
    const desired = { ...SAME, queueConfigs: [{ ...first, priority: 7 }, { ...second, delaySeconds: 30 }, third] };
    expect(plan(desired)).toEqual([{
      operation: 'UpdateRoutingProfileQueues',
      input: {
        QueueConfigs: [
          { QueueReference: { QueueId: 'q000', Channel: 'VOICE' }, Priority: 7, Delay: 0 },
          { QueueReference: { QueueId: 'q000', Channel: 'CHAT' }, Priority: 1, Delay: 30 },
        ].sort((a, b) => (a.QueueReference.Channel < b.QueueReference.Channel ? -1 : 1)),
      },
    }]);
  });

  test('a new pair is associated', () => {
    const desired = { ...SAME, queueConfigs: queues(4) };
    expect(plan(desired)).toEqual([{
      operation: 'AssociateRoutingProfileQueues',
      input: { QueueConfigs: [{ QueueReference: { QueueId: 'q000', Channel: 'EMAIL' }, Priority: 1, Delay: 0 }] },
    }]);
  });

  test('the same queue on another channel is another pair', () => {
    const desired = { ...SAME, queueConfigs: [...LIVE.queueConfigs.slice(1), { ...LIVE.queueConfigs[0], channel: 'EMAIL' as const }] };
    expect(ops(plan(desired))).toEqual(['AssociateRoutingProfileQueues', 'DisassociateRoutingProfileQueues']);
  });

  test('a removed pair is disassociated', () => {
    const desired = { ...SAME, manualAssignmentQueueConfigs: manualQueues(1) };
    expect(plan(desired)).toEqual([{
      operation: 'DisassociateRoutingProfileQueues',
      input: { ManualAssignmentQueueReferences: [{ QueueId: 'q000', Channel: 'CHAT' }] },
    }]);
  });

  test('11 new pairs take two Associates, 10 then 1', () => {
    const calls = plan({ ...SAME, queueConfigs: queues(14) });
    expect(ops(calls)).toEqual(['AssociateRoutingProfileQueues', 'AssociateRoutingProfileQueues']);
    expect(calls.map(c => (c.operation === 'AssociateRoutingProfileQueues' ? c.input.QueueConfigs?.length : 0))).toEqual([10, 1]);
  });

  test('standard and manual additions share Associate calls', () => {
    const calls = plan({ ...SAME, queueConfigs: queues(13), manualAssignmentQueueConfigs: manualQueues(22) });
    expect(calls.map(c => c.operation === 'AssociateRoutingProfileQueues'
      && [c.input.QueueConfigs?.length, c.input.ManualAssignmentQueueConfigs?.length])).toEqual([[10, 10], [undefined, 10]]);
  });

  test('tags: remove, add and change; live aws: keys and the ownership tag are kept', () => {
    const live = { ...LIVE, tags: { ...LIVE.tags, [OWNERSHIP_TAG_KEY]: 'stack/Res' } };
    const calls = plan({ ...SAME, tags: { team: 'support', cost: 'cc-1' } }, live);
    expect(calls).toEqual([
      { operation: 'UntagResource', input: { tagKeys: ['env'] } },
      { operation: 'TagResource', input: { tags: { cost: 'cc-1', team: 'support' } } },
    ]);
    expect(simulate(live, calls, 50).final.tags).toEqual({
      'team': 'support', 'cost': 'cc-1', 'aws:cloudformation:stack-name': 'S', [OWNERSHIP_TAG_KEY]: 'stack/Res',
    });
  });

  test('tags go in batches of 50 keys', () => {
    const many = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`k${String(i).padStart(3, '0')}`, 'v']));
    const live = { ...LIVE, tags: many };
    const calls = planReconcile({ ...SAME, tags: {} }, live);
    expect(calls.map(c => c.operation === 'UntagResource' && c.input.tagKeys.length)).toEqual([50, 50, 20]);
    const added = planReconcile({ ...SAME, tags: many }, { ...LIVE, tags: {} });
    expect(added.map(c => c.operation === 'TagResource' && Object.keys(c.input.tags).length)).toEqual([50, 50, 20]);
  });
});

describe('planReconcile: unmanaged and empty', () => {
  test('undefined queue lists, timer and tags are never touched however live differs', () => {
    const desired: DesiredProfile = {
      ...SAME, queueConfigs: undefined, manualAssignmentQueueConfigs: undefined, agentAvailabilityTimer: undefined, tags: undefined,
    };
    const live = { ...LIVE, queueConfigs: queues(40), manualAssignmentQueueConfigs: manualQueues(30), agentAvailabilityTimer: undefined, tags: { a: 'b' } };
    expect(plan(desired, live)).toEqual([]);
  });

  test('[] removes every pair of that kind, both kinds in one call', () => {
    expect(plan({ ...SAME, queueConfigs: [], manualAssignmentQueueConfigs: [] })).toEqual([{
      operation: 'DisassociateRoutingProfileQueues',
      input: {
        QueueReferences: [
          { QueueId: 'q000', Channel: 'CHAT' }, { QueueId: 'q000', Channel: 'TASK' }, { QueueId: 'q000', Channel: 'VOICE' },
        ],
        ManualAssignmentQueueReferences: [{ QueueId: 'q000', Channel: 'CHAT' }, { QueueId: 'q000', Channel: 'VOICE' }],
      },
    }]);
  });

  test('{} removes every tag but aws: keys', () => {
    expect(plan({ ...SAME, tags: {} })).toEqual([{ operation: 'UntagResource', input: { tagKeys: ['env', 'team'] } }]);
  });
});

describe('planReconcile: ordering and the quota', () => {
  test('mixed changes: scalars, concurrency, associate, update, disassociate, tags', () => {
    const desired: DesiredProfile = {
      ...SAME,
      name: 'N',
      mediaConcurrencies: [{ channel: 'VOICE', concurrency: 1 }],
      queueConfigs: [{ ...LIVE.queueConfigs[0], priority: 9 }, ...queues(2, 10)],
      agentAvailabilityTimer: 'TIME_SINCE_LAST_INBOUND',
      tags: { team: 'x' },
    };
    expect(ops(plan(desired))).toEqual([
      'UpdateRoutingProfileName',
      'UpdateRoutingProfileConcurrency',
      'UpdateRoutingProfileAgentAvailabilityTimer',
      'AssociateRoutingProfileQueues',
      'UpdateRoutingProfileQueues',
      'DisassociateRoutingProfileQueues',
      'UntagResource',
      'TagResource',
    ]);
  });

  test('without quota pressure every Associate precedes every Disassociate', () => {
    const live = { ...LIVE, queueConfigs: queues(30) };
    const calls = plan({ ...SAME, queueConfigs: queues(20, 15) }, live); // keep 15, remove 15, add 5: 35 <= 50
    expect(ops(calls)).toEqual(['AssociateRoutingProfileQueues', 'DisassociateRoutingProfileQueues', 'DisassociateRoutingProfileQueues']);
  });

  test('live 50, remove 15, add 15: disassociates only to make room, in 4 calls, never above 50, kept pairs always there', () => {
    const live = { ...LIVE, queueConfigs: queues(50) };
    const desired = { ...SAME, queueConfigs: queues(50, 15) }; // removes 0..14, keeps 15..49, adds 50..64
    const calls = plan(desired, live);
    expect(ops(calls)).toEqual([
      'DisassociateRoutingProfileQueues', 'AssociateRoutingProfileQueues', 'DisassociateRoutingProfileQueues', 'AssociateRoutingProfileQueues',
    ]);
    const { states, final } = simulate(live, calls, 50);
    expect(states.map(s => s.queueConfigs.length)).toEqual([50, 45, 50, 40, 50]); // 5 removed to make room for the first Associate
    const kept = queues(35, 15).map(pairKeyOf);
    for (const s of states) {
      const present = new Set(s.queueConfigs.map(pairKeyOf));
      expect(kept.filter(k => !present.has(k))).toEqual([]);
    }
    expect(new Set(final.queueConfigs.map(pairKeyOf))).toEqual(new Set(desired.queueConfigs.map(pairKeyOf)));
  });

  test('live 50, remove 1, add 1: the one removal comes first', () => {
    const live = { ...LIVE, queueConfigs: queues(50) };
    expect(ops(plan({ ...SAME, queueConfigs: queues(50, 1) }, live))).toEqual(['DisassociateRoutingProfileQueues', 'AssociateRoutingProfileQueues']);
  });

  test('live 50, remove 11, add 1: removes only one slot early, the rest after', () => {
    const live = { ...LIVE, queueConfigs: queues(50) };
    const calls = plan({ ...SAME, queueConfigs: queues(40, 11) }, live);
    expect(calls.map(c => `${c.operation}:${c.operation === 'DisassociateRoutingProfileQueues' ? c.input.QueueReferences?.length
      : c.operation === 'AssociateRoutingProfileQueues' ? c.input.QueueConfigs?.length : ''}`))
      .toEqual(['DisassociateRoutingProfileQueues:1', 'AssociateRoutingProfileQueues:1', 'DisassociateRoutingProfileQueues:10']);
  });

  test('a smaller maxQueuePairs is honoured per kind', () => {
    const live = { ...LIVE, queueConfigs: queues(12), manualAssignmentQueueConfigs: manualQueues(12) };
    const desired = { ...SAME, maxQueuePairs: 12, queueConfigs: queues(12, 6), manualAssignmentQueueConfigs: manualQueues(12) };
    const calls = plan(desired, live);
    expect(ops(calls)).toEqual(['DisassociateRoutingProfileQueues', 'AssociateRoutingProfileQueues']);
    expect(() => simulate(live, [...calls].reverse(), 12)).toThrow(/quota exceeded/);
  });

  test('a live count above maxQueuePairs (raised quota) is a ceiling, never grown', () => {
    const live = { ...LIVE, queueConfigs: queues(55) };
    const calls = plan({ ...SAME, queueConfigs: queues(50, 5) }, live);
    expect(() => simulate(live, calls, 55)).not.toThrow();
  });

  test('the plan is the same for shuffled live lists', () => {
    const live = { ...LIVE, queueConfigs: queues(30), tags: { b: '1', a: '2', c: '3' } };
    const shuffled = { ...live, queueConfigs: [...live.queueConfigs].reverse(), tags: { c: '3', a: '2', b: '1' } };
    const desired = { ...SAME, queueConfigs: queues(25, 12, 2), tags: {} };
    expect(JSON.stringify(planReconcile(desired, shuffled))).toBe(JSON.stringify(planReconcile(desired, live)));
  });
});

describe('planReconcile: queue lists left unread', () => {
  const unread = { ...LIVE, queueConfigs: undefined, manualAssignmentQueueConfigs: undefined };

  test('a list the desired state does not manage may be unread: the plan is the same as with it read', () => {
    const desired = { ...SAME, name: 'Renamed', queueConfigs: undefined, manualAssignmentQueueConfigs: undefined };
    expect(planReconcile(desired, unread)).toEqual(planReconcile(desired, LIVE));
    expect(planReconcile(desired, unread)).toEqual([{ operation: 'UpdateRoutingProfileName', input: { Name: 'Renamed' } }]);
  });

  test('a managed list that was not read is a caller bug, never taken for empty', () => {
    expect(() => planReconcile(SAME, { ...LIVE, queueConfigs: undefined })).toThrow('live queueConfigs must be read when the desired state manages them; got: not read');
    expect(() => planReconcile(SAME, { ...LIVE, manualAssignmentQueueConfigs: undefined }))
      .toThrow('live manualAssignmentQueueConfigs must be read when the desired state manages them; got: not read');
  });
});

describe('planReconcile: input it refuses', () => {
  test('a pair listed twice', () => {
    expect(() => planReconcile({ ...SAME, queueConfigs: [...queues(1), ...queues(1)] }, LIVE)).toThrow(/\(q000, VOICE\) twice/);
  });

  test('more desired pairs than maxQueuePairs', () => {
    expect(() => planReconcile({ ...SAME, maxQueuePairs: 5, manualAssignmentQueueConfigs: manualQueues(6) }, LIVE))
      .toThrow(/`manualAssignmentQueueConfigs` must hold at most maxQueuePairs \(5\).*got: 6/);
  });

  test('a desired aws: tag key', () => {
    expect(() => planReconcile({ ...SAME, tags: { 'aws:x': 'y' } }, LIVE)).toThrow(/must not start with 'aws:'; got: aws:x/);
  });

  test('a channel listed twice in media concurrencies', () => {
    expect(() => planReconcile({ ...SAME, mediaConcurrencies: [{ channel: 'CHAT', concurrency: 1 }, { channel: 'CHAT', concurrency: 2 }] }, LIVE))
      .toThrow(/channel twice/);
  });
});
