import { describeCall, inReadingOrder } from '../../cli/plan/people-terms';
import type { FieldDifference } from '../../lambda/reconcile/differences';

// Queue ids are random per instance: whatever order they sort in, a plan reads the same.
const names = { 'f0-billing': 'Billing', '0a-vip': 'VIP', '5c-returns': 'Returns' };

test('a call lists its pairs by queue name, whatever order the queue ids put them in', () => {
  const line = describeCall({
    operation: 'AssociateRoutingProfileQueues',
    input: {
      QueueConfigs: [
        { QueueReference: { QueueId: '0a-vip', Channel: 'VOICE' }, Priority: 1, Delay: 0 },
        { QueueReference: { QueueId: '5c-returns', Channel: 'CHAT' }, Priority: 2, Delay: 5 },
        { QueueReference: { QueueId: 'f0-billing', Channel: 'VOICE' }, Priority: 3, Delay: 0 },
      ],
    },
  }, names);

  expect(line).toBe('AssociateRoutingProfileQueues  3 pairs: Billing VOICE (priority 3, delay 0 s), Returns CHAT (priority 2, delay 5 s), VIP VOICE (priority 1, delay 0 s)');
});

test('the queue pairs of a list are read by queue name, everything else keeps its place', () => {
  const differences: FieldDifference[] = [
    { field: 'mediaConcurrencies[CHAT].concurrency', expected: 3, actual: 2 },
    { field: 'queueConfigs[0a-vip/VOICE].priority', expected: 1, actual: 2 },
    { field: 'queueConfigs[0a-vip/VOICE].delay', expected: 0, actual: 5 },
    { field: 'queueConfigs[5c-returns/CHAT].delay', expected: 5, actual: 0 },
    { field: 'queueConfigs[f0-billing/VOICE]', expected: { priority: 3, delay: 0 }, actual: null },
    { field: 'manualAssignmentQueueConfigs[0a-vip/CHAT]', expected: {}, actual: null },
    { field: 'manualAssignmentQueueConfigs[5c-returns/CHAT]', expected: null, actual: {} },
    { field: 'tags.team', expected: 'sales', actual: null },
  ];

  expect(inReadingOrder(differences, names).map((d) => d.field)).toEqual([
    'mediaConcurrencies[CHAT].concurrency',
    'queueConfigs[f0-billing/VOICE]',
    'queueConfigs[5c-returns/CHAT].delay',
    'queueConfigs[0a-vip/VOICE].priority',
    'queueConfigs[0a-vip/VOICE].delay',
    'manualAssignmentQueueConfigs[5c-returns/CHAT]',
    'manualAssignmentQueueConfigs[0a-vip/CHAT]',
    'tags.team',
  ]);
});
