import * as fc from 'fast-check';
import { reconcileCase } from './arbitraries';
import { LIVE, SAME } from './fixtures';
import { planReconcile } from '../../lambda/reconcile';
import { profileDifferences } from '../../lambda/reconcile/differences';
import { OWNERSHIP_TAG_KEY } from '../../src/private/contract';

describe('profileDifferences', () => {
  test('none when the live profile matches every managed field', () => {
    expect(profileDifferences(SAME, LIVE)).toEqual([]);
  });

  test('each kind of console edit is one field, with the declared and the live value', () => {
    const live = {
      ...LIVE,
      name: 'Sales (edited)',
      mediaConcurrencies: [
        { channel: 'VOICE' as const, concurrency: 1, crossChannelBehavior: 'ROUTE_ANY_CHANNEL' as const },
        { channel: 'CHAT' as const, concurrency: 5, crossChannelBehavior: 'ROUTE_ANY_CHANNEL' as const },
        { channel: 'TASK' as const, concurrency: 2 },
      ],
      // q000/VOICE removed, q000/CHAT priority 1 → 7, q000/TASK delay 0 → 30, q999/VOICE added
      queueConfigs: [
        { queue: 'q000', channel: 'CHAT' as const, priority: 7, delaySeconds: 0 },
        { queue: 'q000', channel: 'TASK' as const, priority: 1, delaySeconds: 30 },
        { queue: 'q999', channel: 'VOICE' as const, priority: 3, delaySeconds: 0 },
      ],
      manualAssignmentQueueConfigs: [LIVE.manualAssignmentQueueConfigs[0]],
      agentAvailabilityTimer: 'TIME_SINCE_LAST_INBOUND' as const,
      tags: { 'team': 'ops', 'added': 'x', 'aws:cloudformation:stack-name': 'S', [OWNERSHIP_TAG_KEY]: 'S/P' },
    };
    expect(profileDifferences(SAME, live)).toEqual([
      { field: 'name', expected: 'Sales', actual: 'Sales (edited)' },
      { field: 'mediaConcurrencies[VOICE].crossChannelBehavior', expected: 'ROUTE_CURRENT_CHANNEL_ONLY', actual: 'ROUTE_ANY_CHANNEL' },
      { field: 'mediaConcurrencies[CHAT].concurrency', expected: 3, actual: 5 },
      { field: 'mediaConcurrencies[TASK]', expected: null, actual: { concurrency: 2 } },
      { field: 'agentAvailabilityTimer', expected: 'TIME_SINCE_LAST_ACTIVITY', actual: 'TIME_SINCE_LAST_INBOUND' },
      { field: 'queueConfigs[q000/VOICE]', expected: { priority: 1, delay: 0 }, actual: null },
      { field: 'queueConfigs[q000/CHAT].priority', expected: 1, actual: 7 },
      { field: 'queueConfigs[q000/TASK].delay', expected: 0, actual: 30 },
      { field: 'queueConfigs[q999/VOICE]', expected: null, actual: { priority: 3, delay: 0 } },
      { field: 'manualAssignmentQueueConfigs[q000/CHAT]', expected: 'associated', actual: null },
      { field: 'tags.added', expected: null, actual: 'x' },
      { field: 'tags.env', expected: 'prod', actual: null },
      { field: 'tags.team', expected: 'sales', actual: 'ops' },
    ]);
  });

  test('workload types: a declared one changed names its type; an undeclared live channel shows its workload types', () => {
    const desired = { ...SAME, mediaConcurrencies: [...SAME.mediaConcurrencies, { channel: 'TASK' as const, workloadTypeConcurrencies: [{ workloadType: 'billing', concurrency: 3 }] }] };
    const live = {
      ...LIVE,
      mediaConcurrencies: [
        ...LIVE.mediaConcurrencies,
        { channel: 'TASK' as const, workloadTypeConcurrencies: [{ workloadType: 'billing', concurrency: 2 }] },
        { channel: 'EMAIL' as const, concurrency: 0, workloadTypeConcurrencies: [{ workloadType: 'returns', concurrency: 1 }] },
      ],
    };
    expect(profileDifferences(desired, live)).toEqual([
      { field: 'mediaConcurrencies[TASK].workloadTypeConcurrencies[billing].concurrency', expected: 3, actual: 2 },
      { field: 'mediaConcurrencies[EMAIL]', expected: null, actual: { concurrency: null, workloadTypeConcurrencies: [{ workloadType: 'returns', concurrency: 1 }] } },
    ]);
  });

  test('unmanaged fields are never compared', () => {
    const unmanaged = {
      ...SAME,
      queueConfigs: undefined,
      manualAssignmentQueueConfigs: undefined,
      agentAvailabilityTimer: undefined,
      tags: undefined,
      mediaConcurrencies: SAME.mediaConcurrencies.map(({ channel, concurrency }) => ({ channel, concurrency })),
    };
    const live = {
      ...LIVE,
      queueConfigs: [],
      manualAssignmentQueueConfigs: [],
      agentAvailabilityTimer: 'TIME_SINCE_LAST_INBOUND' as const,
      tags: { x: 'y' },
      mediaConcurrencies: LIVE.mediaConcurrencies.map((m) => ({ ...m, crossChannelBehavior: 'ROUTE_ANY_CHANNEL' as const })),
    };
    expect(profileDifferences(unmanaged, live)).toEqual([]);
  });

  test('a profile differs exactly when the planner plans a call (same rules as a deploy)', () => {
    fc.assert(fc.property(reconcileCase, ({ desired, live }) => {
      const differences = profileDifferences(desired, live);
      const plan = planReconcile(desired, live);
      expect(differences.length > 0).toBe(plan.length > 0);
    }), { numRuns: 400 });
  });
});
