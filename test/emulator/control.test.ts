import {
  CreateRoutingProfileCommand, DescribeRoutingProfileCommand, ListRoutingProfilesCommand, UpdateRoutingProfileNameCommand,
} from '@aws-sdk/client-connect';
import { clientFor, defaultProfileId, errorOf, queueId, useTestEmulator } from './helpers';

const t = useTestEmulator();

const describe_ = () => t.connect.send(new DescribeRoutingProfileCommand({
  InstanceId: t.emu.instanceId, RoutingProfileId: defaultProfileId(t.emu),
}));

describe('fault injection', () => {
  test('the next N calls of an operation fail with the given error and its model status; then calls succeed', async () => {
    await t.emu.control.injectFault({ operation: 'DescribeRoutingProfile', count: 2, error: { code: 'InternalServiceException', message: 'boom' } });
    for (let i = 0; i < 2; i++) {
      expect(await errorOf(describe_())).toMatchObject({ name: 'InternalServiceException', status: 500, message: 'boom' });
    }
    await expect(describe_()).resolves.toBeDefined();
    // Other operations were never affected.
    expect(await t.emu.control.faults()).toEqual([]);
  });

  test('an injected ThrottlingException is retried by the SDK and the third attempt succeeds', async () => {
    await t.emu.control.injectFault({ operation: 'ListRoutingProfiles', count: 2, error: { code: 'ThrottlingException' } });
    const retrying = clientFor(t.emu, 3);
    const out = await retrying.send(new ListRoutingProfilesCommand({ InstanceId: t.emu.instanceId }));
    retrying.destroy();
    expect(out.$metadata.attempts).toBe(3);
    const calls = await t.emu.control.calls({ operation: 'ListRoutingProfiles' });
    expect(calls.map((c) => c.outcome.status)).toEqual([429, 429, 200]);
  });

  test('a delay holds the answer; a fault may carry both a delay and an error', async () => {
    await t.emu.control.injectFault({ operation: 'DescribeRoutingProfile', delayMs: 150 });
    const started = Date.now();
    await describe_();
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    await t.emu.control.injectFault({ operation: '*', delayMs: 50, error: { code: 'AccessDeniedException' } });
    expect(await errorOf(describe_())).toMatchObject({ name: 'AccessDeniedException', status: 403 });
    const [call] = await t.emu.control.calls({ operation: 'DescribeRoutingProfile' }).then((c) => c.slice(-1));
    expect(call.durationMs).toBeGreaterThanOrEqual(45);
  });

  test('a bad fault spec is rejected by the control API', async () => {
    await expect(t.emu.control.injectFault({ operation: 'X', count: 0, error: { code: 'Y' } })).rejects.toThrow(/count/);
    await expect(t.emu.control.injectFault({ operation: 'X' })).rejects.toThrow(/needs an error, dropConnection, a delayMs/);
    await expect(t.emu.control.injectFault({ operation: 'X', mode: 'sometimes' as any, error: { code: 'Y' } })).rejects.toThrow(/fail, apply-then-fail.*sometimes/);
    await expect(t.emu.control.injectFault({ operation: 'X', error: { code: 'Y' }, dropConnection: true })).rejects.toThrow(/not both/);
    await expect(t.emu.control.injectFault({ operation: 'X', mode: 'apply-then-fail', delayMs: 5 })).rejects.toThrow(/apply-then-fail fault needs an error or dropConnection/);
    expect(await t.emu.control.faults()).toEqual([]);
  });
});

describe('fault injection: apply, then fail (a Create whose answer was lost)', () => {
  const profileName = 'Lost answer';
  const createLost = (client = t.connect) => client.send(new CreateRoutingProfileCommand({
    InstanceId: t.emu.instanceId,
    Name: profileName,
    Description: 'd',
    DefaultOutboundQueueId: queueId(t.emu, 'Sales'),
    MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: 1 }],
  }));
  const profilesNamed = async (name: string) => (await t.connect.send(new ListRoutingProfilesCommand({ InstanceId: t.emu.instanceId })))
    .RoutingProfileSummaryList!.filter((p) => p.Name === name);

  test('the profile is created, the client sees the error, a retry gets DuplicateResourceException; the call log records both', async () => {
    const fault = await t.emu.control.injectFault({ operation: 'CreateRoutingProfile', mode: 'apply-then-fail', error: { code: 'InternalServiceException', message: 'answer lost' } });
    expect(fault).toMatchObject({ mode: 'apply-then-fail', remaining: 1 });
    expect(await errorOf(createLost())).toMatchObject({ name: 'InternalServiceException', status: 500, message: 'answer lost' });
    const [created] = await profilesNamed(profileName);
    expect(created).toBeDefined();
    expect((await t.emu.control.history(created.Id!)).map((h) => h.operation)).toEqual(['CreateRoutingProfile']);
    expect(await errorOf(createLost())).toMatchObject({ name: 'DuplicateResourceException', status: 409 });
    expect(await profilesNamed(profileName)).toHaveLength(1);
    const calls = await t.emu.control.calls({ operation: 'CreateRoutingProfile' });
    expect(calls.map((c) => c.outcome)).toEqual([
      { status: 500, error: 'InternalServiceException', message: 'answer lost', fault: { id: fault.id, mode: 'apply-then-fail' }, applied: true },
      { status: 409, error: 'DuplicateResourceException', message: expect.stringContaining(profileName) },
    ]);
    expect(calls[0].input).toEqual(calls[1].input);
  });

  test('with the SDK\'s own retries: a dropped connection or a 500 after the Create is retried and ends in DuplicateResourceException', async () => {
    const retrying = clientFor(t.emu, 3);
    try {
      for (const lost of [{ dropConnection: true }, { error: { code: 'InternalServiceException' } }]) {
        await t.emu.control.reset();
        await t.emu.control.injectFault({ operation: 'CreateRoutingProfile', mode: 'apply-then-fail', ...lost });
        const err = await errorOf(createLost(retrying));
        expect([lost, err.name, err.raw.$metadata.attempts]).toEqual([lost, 'DuplicateResourceException', 2]);
        expect(await profilesNamed(profileName)).toHaveLength(1);
        const outcomes = (await t.emu.control.calls({ operation: 'CreateRoutingProfile' })).map((c) => c.outcome);
        expect(outcomes.map((o) => [o.status, o.error, o.applied, o.dropped])).toEqual([
          lost.dropConnection ? [0, 'EmulatorConnectionDropped', true, true] : [500, 'InternalServiceException', true, undefined],
          [409, 'DuplicateResourceException', undefined, undefined],
        ]);
      }
    } finally {
      retrying.destroy();
    }
  });

  test('a Unit operation is applied too; a request the operation itself rejects answers its own error and changes nothing', async () => {
    const target = { InstanceId: t.emu.instanceId, RoutingProfileId: defaultProfileId(t.emu) };
    await t.emu.control.injectFault({ operation: 'UpdateRoutingProfileName', mode: 'apply-then-fail', count: 2, dropConnection: true });
    expect((await errorOf(t.connect.send(new UpdateRoutingProfileNameCommand({ ...target, Name: 'Renamed' })))).message).toMatch(/socket hang up/);
    expect((await describe_()).RoutingProfile!.Name).toBe('Renamed');
    const taken = await errorOf(t.connect.send(new UpdateRoutingProfileNameCommand({ ...target, Description: 'd'.repeat(251) })));
    expect(taken.name).toBe('InvalidParameterException');
    expect((await describe_()).RoutingProfile!.Description).toBe('Default routing profile');
    // Both uses are spent, the second on the call the operation rejected.
    expect(await t.emu.control.faults()).toEqual([]);
    const outcomes = (await t.emu.control.calls({ operation: 'UpdateRoutingProfileName' })).map((c) => c.outcome);
    expect(outcomes[1]).toEqual({ status: 400, error: 'InvalidParameterException', message: expect.any(String) });
  });

  test('in the default fail mode a dropped connection changes nothing', async () => {
    await t.emu.control.injectFault({ operation: 'CreateRoutingProfile', dropConnection: true });
    const err = await errorOf(createLost());
    expect(err.message).toMatch(/socket hang up/);
    expect(await profilesNamed(profileName)).toEqual([]);
    const [call] = await t.emu.control.calls({ operation: 'CreateRoutingProfile' });
    expect(call.outcome).toEqual({ status: 0, error: 'EmulatorConnectionDropped', message: expect.any(String), fault: { id: expect.any(Number), mode: 'fail' }, dropped: true });
    await expect(createLost()).resolves.toBeDefined();
  });
});

describe('call log', () => {
  test('records operation, parsed input, outcome and time for successes and failures', async () => {
    const before = Date.now();
    await describe_();
    await errorOf(t.connect.send(new UpdateRoutingProfileNameCommand({ InstanceId: t.emu.instanceId, RoutingProfileId: 'missing', Name: 'x' })));
    const calls = await t.emu.control.calls();
    expect(calls).toHaveLength(2);
    expect(calls[0]).toMatchObject({
      operation: 'DescribeRoutingProfile',
      input: { InstanceId: t.emu.instanceId, RoutingProfileId: defaultProfileId(t.emu) },
      outcome: { status: 200 },
    });
    expect(calls[0].time).toBeGreaterThanOrEqual(before);
    expect(calls[1]).toMatchObject({
      operation: 'UpdateRoutingProfileName',
      input: { InstanceId: t.emu.instanceId, RoutingProfileId: 'missing', Name: 'x' },
      outcome: { status: 404, error: 'ResourceNotFoundException' },
    });
    expect(await t.emu.control.calls({ operation: 'DescribeRoutingProfile' })).toHaveLength(1);
    await t.emu.control.clearCalls();
    expect(await t.emu.control.calls()).toEqual([]);
  });
});

describe('reset and seed', () => {
  test('reset restores the seeded state with the same ids and drops created profiles', async () => {
    await t.connect.send(new CreateRoutingProfileCommand({
      InstanceId: t.emu.instanceId, Name: 'temp', Description: 'd', DefaultOutboundQueueId: queueId(t.emu, 'Sales'), MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: 1 }],
    }));
    const summary = await t.emu.control.reset();
    expect(summary.instanceId).toBe(t.emu.instanceId);
    expect(summary.routingProfiles).toEqual(t.emu.seed.routingProfiles);
    expect(summary.queues).toEqual(t.emu.seed.queues);
    const list = await t.connect.send(new ListRoutingProfilesCommand({ InstanceId: t.emu.instanceId }));
    expect(list.RoutingProfileSummaryList!.map((p) => p.Name)).toEqual(['Basic Routing Profile']);
  });

  test('a seeded instance is set up like a real one', async () => {
    const result = await t.emu.control.seed({ instances: [{ alias: 'second' }] });
    const [second] = result.instances;
    expect(second.queues.map((q) => q.name)).toEqual(['BasicQueue']);
    expect(second.routingProfiles).toEqual([expect.objectContaining({ name: 'Basic Routing Profile', isDefault: true })]);
    expect(second.instanceArn).toBe(`arn:aws:connect:us-east-1:123456789012:instance/${second.instanceId}`);
    const list = await t.connect.send(new ListRoutingProfilesCommand({ InstanceId: second.instanceId }));
    expect(list.RoutingProfileSummaryList).toHaveLength(1);
    // Queues of one instance are unknown to another.
    const err = await errorOf(t.connect.send(new CreateRoutingProfileCommand({
      InstanceId: second.instanceId, Name: 'x', Description: 'd', DefaultOutboundQueueId: queueId(t.emu, 'Sales'), MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: 1 }],
    })));
    expect(err.name).toBe('ResourceNotFoundException');
  });

  test('seed rejects a bad reference with a message naming it', async () => {
    await expect(t.emu.control.seed({ contacts: [{ queueId: 'nope' }] })).rejects.toThrow(/404.*nope/);
    await expect(t.emu.control.seed({ queues: [{ name: 'BasicQueue' }] })).rejects.toThrow(/already exists/);
  });

  test('unknown control endpoints are 404', async () => {
    const response = await fetch(`${t.emu.endpoint}/_emulator/nope`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: string }).error).toContain('/_emulator/nope');
  });
});
