import { SAME, manualQueues, queues } from './fixtures';
import { simulate, simulateCreate } from './simulator';
import { DesiredProfile, planCreate, planReconcile } from '../../lambda/reconcile';
import { OWNERSHIP_TAG_KEY } from '../../src/private/contract';

const BASE: DesiredProfile = {
  name: 'Sales',
  description: 'Sales agents',
  defaultOutboundQueue: 'q-out',
  mediaConcurrencies: [{ channel: 'VOICE', concurrency: 1 }, { channel: 'CHAT', concurrency: 2, crossChannelBehavior: 'ROUTE_ANY_CHANNEL' }],
};

/** Creates and follows up in the simulator; the result must need no further call. */
function createAndCheck(desired: DesiredProfile, ownershipTagValue?: string) {
  const plan = planCreate(desired, { ownershipTagValue });
  const created = simulateCreate(plan.create, desired.maxQueuePairs ?? 50);
  const { final } = simulate(created, plan.followUp, desired.maxQueuePairs ?? 50);
  expect(planReconcile(desired, final)).toEqual([]);
  return plan;
}

describe('planCreate', () => {
  test('0 pairs: no queue lists in Create (Connect wants 1..10 when present), no follow-up', () => {
    const plan = createAndCheck({ ...BASE, queueConfigs: [], manualAssignmentQueueConfigs: [] });
    expect(plan.create).toEqual({
      Name: 'Sales',
      Description: 'Sales agents',
      DefaultOutboundQueueId: 'q-out',
      MediaConcurrencies: [
        { Channel: 'VOICE', Concurrency: 1 },
        { Channel: 'CHAT', Concurrency: 2, CrossChannelBehavior: { BehaviorType: 'ROUTE_ANY_CHANNEL' } },
      ],
    });
    expect(plan.followUp).toEqual([]);
  });

  test('1 pair goes in Create', () => {
    const plan = createAndCheck({ ...BASE, queueConfigs: queues(1, 0, 3, 20) });
    expect(plan.create.QueueConfigs).toEqual([{ QueueReference: { QueueId: 'q000', Channel: 'VOICE' }, Priority: 3, Delay: 20 }]);
    expect(plan.followUp).toEqual([]);
  });

  test('10 pairs of each kind fit in Create', () => {
    const plan = createAndCheck({ ...BASE, queueConfigs: queues(10), manualAssignmentQueueConfigs: manualQueues(10) });
    expect(plan.create.QueueConfigs).toHaveLength(10);
    expect(plan.create.ManualAssignmentQueueConfigs).toHaveLength(10);
    expect(plan.followUp).toEqual([]);
  });

  test('11 pairs: 10 in Create, 1 associated after', () => {
    const plan = createAndCheck({ ...BASE, queueConfigs: queues(11) });
    expect(plan.create.QueueConfigs).toHaveLength(10);
    expect(plan.followUp).toEqual([{
      operation: 'AssociateRoutingProfileQueues',
      input: { QueueConfigs: [{ QueueReference: { QueueId: 'q002', Channel: 'VOICE' }, Priority: 1, Delay: 0 }] }, // CHAT < TASK < VOICE
    }]);
  });

  test('50 + 50 pairs: Create carries 10 + 10, then 4 Associates carry 10 + 10 each', () => {
    const plan = createAndCheck({ ...BASE, queueConfigs: queues(50), manualAssignmentQueueConfigs: manualQueues(50) });
    expect(plan.followUp.map(c => c.operation === 'AssociateRoutingProfileQueues'
      && [c.input.QueueConfigs?.length, c.input.ManualAssignmentQueueConfigs?.length])).toEqual([[10, 10], [10, 10], [10, 10], [10, 10]]);
  });

  test('uneven kinds share Associates: 25 standard + 12 manual take 2 follow-up calls', () => {
    const plan = createAndCheck({ ...BASE, queueConfigs: queues(25), manualAssignmentQueueConfigs: manualQueues(12) });
    expect(plan.followUp.map(c => c.operation)).toEqual(['AssociateRoutingProfileQueues', 'AssociateRoutingProfileQueues']);
  });

  test('Create carries the first pairs in (queue, channel) order, whatever the declared order', () => {
    const declared = queues(12).reverse();
    expect(planCreate({ ...BASE, queueConfigs: declared }).create).toEqual(planCreate({ ...BASE, queueConfigs: queues(12) }).create);
  });

  test('the ownership tag travels in Create itself, first, beside the desired tags', () => {
    const plan = createAndCheck({ ...BASE, tags: { team: 'sales' } }, 'Stack/Profile');
    expect(Object.entries(plan.create.Tags!)).toEqual([[OWNERSHIP_TAG_KEY, 'Stack/Profile'], ['team', 'sales']]);
    expect(plan.followUp).toEqual([]);
  });

  test('unmanaged tags still get the ownership tag; no tags and no owner leave Tags out', () => {
    expect(createAndCheck(BASE, 'S/P').create.Tags).toEqual({ [OWNERSHIP_TAG_KEY]: 'S/P' });
    expect(createAndCheck(BASE).create).not.toHaveProperty('Tags');
  });

  test('50 desired tags + the ownership tag: 50 in Create, the last one tagged after', () => {
    const tags = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${String(i).padStart(2, '0')}`, 'v']));
    const plan = createAndCheck({ ...BASE, tags }, 'S/P');
    expect(Object.keys(plan.create.Tags!)).toHaveLength(50);
    expect(plan.create.Tags![OWNERSHIP_TAG_KEY]).toBe('S/P');
    expect(plan.followUp).toEqual([{ operation: 'TagResource', input: { tags: { k49: 'v' } } }]);
  });

  test('the availability timer is in Create when managed and left out when not', () => {
    expect(createAndCheck({ ...BASE, agentAvailabilityTimer: 'TIME_SINCE_LAST_INBOUND' }).create.AgentAvailabilityTimer).toBe('TIME_SINCE_LAST_INBOUND');
    expect(createAndCheck(BASE).create).not.toHaveProperty('AgentAvailabilityTimer');
  });

  test('more desired pairs than the quota is refused', () => {
    expect(() => planCreate({ ...SAME, queueConfigs: queues(51) })).toThrow(/at most maxQueuePairs \(50\).*got: 51/);
  });
});
