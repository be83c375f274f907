/**
 * Workload-type concurrency through the real provider entry point, the real SDK and the emulator: create, update,
 * no-op, the deploy-time check against the instance's `connect:WorkloadType`, and every setting the emulator has
 * for the undocumented channel-level `Concurrency` beside workload types.
 */
import { DescribeRoutingProfileCommand, MediaConcurrency, UpdateRoutingProfileConcurrencyCommand } from '@aws-sdk/client-connect';
import { ConcurrencyEvents } from './concurrency-harness';
import { guardConsoleAndResponses } from './expectations';
import { HandlerHarness } from './harness';
import type { WorkloadTypeChannelConcurrency } from '../../emulator';
import { MediaConcurrencyEntry, RoutingProfileSpec } from '../../src/private/contract';

let h: HandlerHarness;
let c: ConcurrencyEvents;
beforeAll(async () => {
  h = await HandlerHarness.start();
  c = new ConcurrencyEvents(h);
});
afterAll(async () => h.close());
beforeEach(async () => h.reset());
guardConsoleAndResponses(() => h);

const CA = 'ROUTE_CURRENT_CHANNEL_ANY_WORKLOADTYPE_ONLY' as const;
const AA = 'ROUTE_ANY_CHANNEL_ANY_WORKLOAD_TYPE' as const;

/** A channel per workload type as CloudFormation delivers it (numbers as strings). */
function perType(channel: string, ...types: Array<[string, number, string?]>): MediaConcurrencyEntry {
  return {
    Channel: channel,
    WorkloadTypeConcurrencies: types.map(([WorkloadType, concurrency, behavior]) => ({
      WorkloadType, Concurrency: String(concurrency), ...(behavior ? { CrossChannelWorkloadBehavior: behavior } : {}),
    })),
  };
}

const TASKS = perType('TASK', ['billing', 3, CA], ['returns', 2]);

function spec(overrides: Partial<RoutingProfileSpec> = {}): RoutingProfileSpec {
  return h.spec({ MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: '1' }, TASKS], ...overrides });
}

async function mediaConcurrencies(routingProfileId: string): Promise<MediaConcurrency[]> {
  const out = await h.connect.send(new DescribeRoutingProfileCommand({ InstanceId: h.emulator.instanceId, RoutingProfileId: routingProfileId }));
  return out.RoutingProfile!.MediaConcurrencies!;
}

/** Every call's operation, with a ✗ for one that failed. */
async function operations(): Promise<string[]> {
  return (await h.calls()).map((call) => `${call.operation}${call.outcome.status < 300 && call.outcome.error === undefined ? '' : ' ✗'}`);
}

async function writes(): Promise<string[]> {
  return (await h.writeCalls()).map((call) => `${call.operation}${call.outcome.status < 300 ? '' : ' ✗'}`);
}

describe('RoutingProfile', () => {
  test('create: one DescribePredefinedAttribute, then one CreateRoutingProfile with TASK per workload type and no channel-level Concurrency', async () => {
    const created = await h.create(spec());
    expect(created.status).toBe('SUCCESS');
    const ops = await operations();
    expect(ops.filter((op) => op === 'DescribePredefinedAttribute')).toHaveLength(1);
    expect(ops.indexOf('DescribePredefinedAttribute')).toBeLessThan(ops.indexOf('CreateRoutingProfile'));
    expect(await writes()).toEqual(['CreateRoutingProfile']);
    expect((await mediaConcurrencies(created.data!.RoutingProfileId))[1]).toEqual({
      Channel: 'TASK',
      WorkloadTypeConcurrencies: [
        { WorkloadType: 'billing', Concurrency: 3, CrossChannelWorkloadBehavior: { ChannelWorkloadBehaviorType: CA } },
        { WorkloadType: 'returns', Concurrency: 2 },
      ],
    });

    // The same properties again (an Update for another reason, here none): zero writes, and no check without a write.
    await h.emulator.control.clearCalls();
    expect(await h.update(created.physicalResourceId, spec(), spec())).toMatchObject({ status: 'SUCCESS' });
    expect(await writes()).toEqual([]);
    expect(await operations()).not.toContain('DescribePredefinedAttribute');
  });

  test('update: a changed workload type is one UpdateRoutingProfileConcurrency; back to a channel-level concurrency, one more', async () => {
    const created = await h.create(spec());
    const id = created.data!.RoutingProfileId;
    await h.emulator.control.clearCalls();

    const more = spec({ MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: '1' }, perType('TASK', ['returns', 2], ['billing', 5, AA])] });
    expect(await h.update(created.physicalResourceId, more, spec())).toMatchObject({ status: 'SUCCESS' });
    expect(await writes()).toEqual(['UpdateRoutingProfileConcurrency']);
    expect((await mediaConcurrencies(id))[1].WorkloadTypeConcurrencies).toEqual([
      { WorkloadType: 'returns', Concurrency: 2 },
      { WorkloadType: 'billing', Concurrency: 5, CrossChannelWorkloadBehavior: { ChannelWorkloadBehaviorType: AA } },
    ]);
    await h.emulator.control.clearCalls();

    const plain = spec({ MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: '1' }, { Channel: 'TASK', Concurrency: '4' }] });
    expect(await h.update(created.physicalResourceId, plain, more)).toMatchObject({ status: 'SUCCESS' });
    expect(await writes()).toEqual(['UpdateRoutingProfileConcurrency']);
    expect(await operations()).not.toContain('DescribePredefinedAttribute');
    expect((await mediaConcurrencies(id))[1]).toEqual({ Channel: 'TASK', Concurrency: 4 });
  });

  test('a declared workload type the instance lacks fails the create, naming each missing one and the instance\'s values; nothing is written', async () => {
    const missing = spec({ MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: '1' }, perType('TASK', ['billing', 1], ['refunds', 2]), perType('EMAIL', ['vip', 1])] });
    const result = await h.create(missing);
    expect(result.status).toBe('FAILED');
    expect(result.reason).toContain('nothing was changed in Connect');
    const where = `in instance ${h.emulator.instanceId} (it has 3: billing, returns, general)`;
    expect(result.reason).toContain(`\`mediaConcurrencies[1].workloadTypeConcurrencies[1].workloadType\` must be a value of connect:WorkloadType ${where}, got: "refunds"`);
    expect(result.reason).toContain(`\`mediaConcurrencies[2].workloadTypeConcurrencies[0].workloadType\` must be a value of connect:WorkloadType ${where}, got: "vip"`);
    expect(result.reason).toContain('or set `checkWorkloadTypes: false`');
    expect(result.reason).not.toContain('"billing"');
    expect(await writes()).toEqual([]);
    expect(await h.profileNames()).not.toContain('Support');

    // Once the instance has them, the same properties deploy.
    await h.emulator.control.addWorkloadTypes(['refunds', 'vip']);
    expect(await h.create(missing)).toMatchObject({ status: 'SUCCESS' });
  });

  test('an update to a workload type the instance lacks fails with the live profile untouched; an instance with none says so', async () => {
    const created = await h.create(spec());
    const before = await mediaConcurrencies(created.data!.RoutingProfileId);
    await h.emulator.control.setWorkloadTypes([]);
    await h.emulator.control.clearCalls();

    const changed = spec({ MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: '1' }, perType('TASK', ['billing', 4])] });
    const result = await h.update(created.physicalResourceId, changed, spec());
    expect(result).toMatchObject({ status: 'FAILED', physicalResourceId: created.physicalResourceId });
    expect(result.reason).toContain(`must be a value of connect:WorkloadType in instance ${h.emulator.instanceId} (it has none), got: "billing"`);
    expect(await writes()).toEqual([]);
    expect(await mediaConcurrencies(created.data!.RoutingProfileId)).toEqual(before);
  });

  test('adopting an existing profile is checked the same way before its first write', async () => {
    const existing = await c.consoleCreateProfile('Support', [{ channel: 'VOICE', concurrency: 1 }, { channel: 'TASK', concurrency: 2 }]);
    const adopt = spec({ AdoptExisting: 'true', MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: '1' }, perType('TASK', ['refunds', 1])] });
    const result = await h.create(adopt);
    expect(result.status).toBe('FAILED');
    expect(result.reason).toContain('got: "refunds"');
    expect(await writes()).toEqual([]);
    expect((await mediaConcurrencies(existing.id))[1]).toEqual({ Channel: 'TASK', Concurrency: 2 });
  });

  test('a CheckWorkloadTypes that is not a boolean is refused by name', async () => {
    const result = await h.create(spec({ CheckWorkloadTypes: 'sometimes' }));
    expect(result).toMatchObject({ status: 'FAILED', reason: expect.stringContaining('`checkWorkloadTypes` must be true or false, got: "sometimes"') });
    expect(await h.calls()).toEqual([]);
  });

  test('checkWorkloadTypes false: no DescribePredefinedAttribute, the write goes through', async () => {
    const result = await h.create(spec({ MediaConcurrencies: [perType('TASK', ['not-a-value', 1])], CheckWorkloadTypes: 'false' }));
    expect(result.status).toBe('SUCCESS');
    expect(await operations()).not.toContain('DescribePredefinedAttribute');
    expect(await writes()).toEqual(['CreateRoutingProfile']);
  });

  test('a refused DescribePredefinedAttribute fails with what to do; nothing is written', async () => {
    await h.emulator.control.injectFault({ operation: 'DescribePredefinedAttribute', error: { code: 'AccessDeniedException', message: 'not authorized' } });
    const result = await h.create(spec());
    expect(result.status).toBe('FAILED');
    expect(result.reason).toBe(`Reading connect:WorkloadType of instance ${h.emulator.instanceId} (DescribePredefinedAttribute) was refused: not authorized. `
      + 'Allow it, or set `checkWorkloadTypes: false` to skip the check of the declared workload types. Nothing was changed.');
    expect(await writes()).toEqual([]);
  });

  test('properties that break a rule fail before any Connect call, naming the field, the rule and the value', async () => {
    const result = await h.create(spec({ MediaConcurrencies: [perType('TASK', ['billing', 6], ['returns', 5]), perType('CHAT', ['billing', 1])] }));
    expect(result.status).toBe('FAILED');
    expect(result.reason).toContain('`mediaConcurrencies[0].workloadTypeConcurrencies` must have concurrencies that sum to at most 10 per channel, got: 11');
    expect(result.reason).toContain('`mediaConcurrencies[1].workloadTypeConcurrencies` must be on the TASK or EMAIL channel');
    expect(await h.calls()).toEqual([]);
  });

  // AWS does not document what Connect does with a channel-level Concurrency beside workload types; the library sends
  // none (the API Reference shows it optional) and, if refused, 0. Each emulator setting stands for one possibility.
  test.each<[WorkloadTypeChannelConcurrency, string[]]>([
    ['allow-zero', ['CreateRoutingProfile']],
    ['reject', ['CreateRoutingProfile']],
    ['ignore', ['CreateRoutingProfile']],
    ['require-zero', ['CreateRoutingProfile ✗', 'CreateRoutingProfile']],
  ])('Connect behaving as "%s": create, change and no-op all succeed, with these writes on create', async (mode, createWrites) => {
    await h.emulator.control.setSettings({ workloadTypeChannelConcurrency: mode });
    const created = await h.create(spec());
    expect(created.status).toBe('SUCCESS');
    expect(await writes()).toEqual(createWrites);
    await h.emulator.control.clearCalls();

    const changed = spec({ MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: '1' }, perType('TASK', ['billing', 2])] });
    expect(await h.update(created.physicalResourceId, changed, spec())).toMatchObject({ status: 'SUCCESS' });
    expect((await writes()).filter((w) => !w.endsWith('✗'))).toEqual(['UpdateRoutingProfileConcurrency']);
    await h.emulator.control.clearCalls();

    expect(await h.update(created.physicalResourceId, changed, changed)).toMatchObject({ status: 'SUCCESS' });
    expect(await writes()).toEqual([]);
  });
});

describe('RoutingProfileConcurrency', () => {
  /** The emulator's default profile, as a new instance has it. */
  const ORIGINAL = [
    { Channel: 'VOICE', Concurrency: 1, CrossChannelBehavior: { BehaviorType: 'ROUTE_CURRENT_CHANNEL_ONLY' } },
    { Channel: 'CHAT', Concurrency: 2, CrossChannelBehavior: { BehaviorType: 'ROUTE_CURRENT_CHANNEL_ONLY' } },
    { Channel: 'TASK', Concurrency: 1, CrossChannelBehavior: { BehaviorType: 'ROUTE_CURRENT_CHANNEL_ONLY' } },
  ];

  test('TASK per workload type on the default profile: one write, no-op zero, an update one, removal puts TASK 1 back', async () => {
    expect(await mediaConcurrencies(h.defaultProfile.id)).toEqual(ORIGINAL);
    const declared = c.spec({ MediaConcurrencies: [TASKS] });
    const created = await c.create(declared);
    expect(created.status).toBe('SUCCESS');
    // The profile had no workload types: the memory is the version-1 form, as before.
    expect(created.physicalResourceId).toBe(`${h.defaultProfile.arn}|concurrency-v1|VOICE=1:C,CHAT=2:C,TASK=1:C`);
    expect(await writes()).toEqual(['UpdateRoutingProfileConcurrency']);
    expect((await mediaConcurrencies(h.defaultProfile.id))[2]).toEqual({
      Channel: 'TASK',
      CrossChannelBehavior: { BehaviorType: 'ROUTE_CURRENT_CHANNEL_ONLY' },
      WorkloadTypeConcurrencies: [
        { WorkloadType: 'billing', Concurrency: 3, CrossChannelWorkloadBehavior: { ChannelWorkloadBehaviorType: CA } },
        { WorkloadType: 'returns', Concurrency: 2 },
      ],
    });
    await h.emulator.control.clearCalls();

    expect(await c.update(created.physicalResourceId, declared, declared)).toMatchObject({ status: 'SUCCESS' });
    expect(await writes()).toEqual([]);

    const changed = c.spec({ MediaConcurrencies: [perType('TASK', ['billing', 3])] });
    expect(await c.update(created.physicalResourceId, changed, declared)).toMatchObject({ status: 'SUCCESS', physicalResourceId: created.physicalResourceId });
    expect(await writes()).toEqual(['UpdateRoutingProfileConcurrency']);
    await h.emulator.control.clearCalls();

    expect(await c.delete(created.physicalResourceId, changed)).toMatchObject({ status: 'SUCCESS' });
    expect(await writes()).toEqual(['UpdateRoutingProfileConcurrency']);
    expect(await mediaConcurrencies(h.defaultProfile.id)).toEqual(ORIGINAL);
  });

  test('a profile found per workload type is remembered with its workload types and put back exactly', async () => {
    const found: MediaConcurrency[] = [
      { Channel: 'VOICE', Concurrency: 1 },
      {
        Channel: 'EMAIL',
        WorkloadTypeConcurrencies: [
          { WorkloadType: 'general', Concurrency: 4, CrossChannelWorkloadBehavior: { ChannelWorkloadBehaviorType: AA } },
          { WorkloadType: 'billing', Concurrency: 1 },
        ],
      },
    ];
    const profile = await c.consoleCreateProfile('Email desk', [{ channel: 'VOICE', concurrency: 1 }]);
    await h.connect.send(new UpdateRoutingProfileConcurrencyCommand({
      InstanceId: h.emulator.instanceId, RoutingProfileId: profile.id, MediaConcurrencies: found,
    }));
    await h.emulator.control.clearCalls();

    const declared = c.spec({ RoutingProfile: { Id: profile.id }, MediaConcurrencies: [{ Channel: 'EMAIL', Concurrency: '2' }] });
    const created = await c.create(declared);
    expect(created.physicalResourceId).toBe(`${profile.arn}|concurrency-v2|VOICE=1:-,EMAIL=-:-[general=4:AA;billing=1:-]`);
    expect(await operations()).not.toContain('DescribePredefinedAttribute');
    expect((await mediaConcurrencies(profile.id))[1]).toEqual({ Channel: 'EMAIL', Concurrency: 2 });
    await h.emulator.control.clearCalls();

    expect(await c.delete(created.physicalResourceId, declared)).toMatchObject({ status: 'SUCCESS' });
    expect(await writes()).toEqual(['UpdateRoutingProfileConcurrency']);
    expect(await mediaConcurrencies(profile.id)).toEqual(found);
  });

  test('a declared workload type the instance lacks fails the create before any write; the failed id restores nothing', async () => {
    const result = await c.create(c.spec({ MediaConcurrencies: [perType('TASK', ['refunds', 1])] }));
    expect(result.status).toBe('FAILED');
    expect(result.reason).toContain('`mediaConcurrencies[0].workloadTypeConcurrencies[0].workloadType` must be a value of connect:WorkloadType');
    expect(result.physicalResourceId).toMatch(/^failed-create:/);
    expect(await writes()).toEqual([]);
    expect(await mediaConcurrencies(h.defaultProfile.id)).toEqual(ORIGINAL);
  });
});
