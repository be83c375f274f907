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
    await expect(t.emu.control.injectFault({ operation: 'X' })).rejects.toThrow(/error, a delayMs/);
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
