import { EventBridgeClient, PutEventsCommand, PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import { errorOf, startTestEmulator } from './helpers';
import { RunningEmulator } from '../../emulator';
import { entrySize, MAX_PUT_EVENTS_BYTES } from '../../emulator/operations/eventbridge';

let emu: RunningEmulator;
let events: EventBridgeClient;

beforeAll(async () => {
  emu = await startTestEmulator();
  // The same endpoint as Connect: the server routes by X-Amz-Target.
  events = new EventBridgeClient({ ...emu.clientConfig, maxAttempts: 1 });
});
afterAll(async () => {
  events.destroy();
  await emu.close();
});
beforeEach(async () => {
  await emu.control.reset();
});

const entry = (overrides: Partial<PutEventsRequestEntry> = {}): PutEventsRequestEntry => ({
  Source: 'cdk-connect-routing',
  DetailType: 'Connect Routing Drift Detected',
  Detail: JSON.stringify({ logicalResourceId: 'Support' }),
  ...overrides,
});

describe('PutEvents', () => {
  test('accepts entries, returns an EventId each, and the control API lists them as EventBridge delivers them', async () => {
    const out = await events.send(new PutEventsCommand({
      Entries: [
        entry({ Resources: ['arn:aws:connect:us-east-1:123456789012:instance/i/routing-profile/p'], EventBusName: 'ops' }),
        entry({ DetailType: 'Connect Routing Drift Corrected', Detail: '{"n":2}' }),
      ],
    }));
    expect(out.FailedEntryCount).toBe(0);
    expect(out.Entries).toHaveLength(2);
    expect(out.Entries!.every((e) => typeof e.EventId === 'string' && e.EventId.length > 0)).toBe(true);

    const received = await emu.control.events();
    expect(received.map((e) => e.id)).toEqual(out.Entries!.map((e) => e.EventId));
    expect(received[0]).toMatchObject({
      'version': '0',
      'source': 'cdk-connect-routing',
      'detail-type': 'Connect Routing Drift Detected',
      'account': emu.accountId,
      'region': emu.region,
      'resources': ['arn:aws:connect:us-east-1:123456789012:instance/i/routing-profile/p'],
      'detail': { logicalResourceId: 'Support' },
      'eventBusName': 'ops',
    });
    expect(received[1].eventBusName).toBe('default');
    expect(await emu.control.events({ detailType: 'Connect Routing Drift Corrected' })).toHaveLength(1);
    expect((await emu.control.calls({ operation: 'PutEvents' }))).toHaveLength(1);
  });

  test('entries with a missing field or a Detail that is not a JSON object fail one by one; the others go through', async () => {
    const out = await events.send(new PutEventsCommand({
      Entries: [
        entry({ Source: undefined }),
        entry({ Detail: 'not json' }),
        entry({ Detail: '[1,2]' }),
        entry(),
        entry({ DetailType: '' }),
      ],
    }));
    expect(out.FailedEntryCount).toBe(4);
    expect(out.Entries).toEqual([
      { ErrorCode: 'InvalidArgument', ErrorMessage: 'Parameter Source is not valid. Reason: Source is a required argument.' },
      { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' },
      { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' },
      { EventId: expect.any(String) },
      { ErrorCode: 'InvalidArgument', ErrorMessage: 'Parameter DetailType is not valid. Reason: DetailType is a required argument.' },
    ]);
    expect(await emu.control.events()).toHaveLength(1);
  });

  test('more than 10 entries, or none, fail the whole request with ValidationException and record nothing', async () => {
    const tooMany = await errorOf(events.send(new PutEventsCommand({ Entries: Array.from({ length: 11 }, () => entry()) })));
    expect(tooMany).toMatchObject({ name: 'ValidationException', status: 400 });
    expect(tooMany.message).toContain('less than or equal to 10');
    const none = await errorOf(events.send(new PutEventsCommand({ Entries: [] })));
    expect(none).toMatchObject({ name: 'ValidationException', status: 400 });
    expect(await emu.control.events()).toEqual([]);
  });

  test('entries over 256 KB in total fail the whole request; exactly 256 KB is accepted', async () => {
    const base = entry({ Detail: '{"x":""}' });
    const room = MAX_PUT_EVENTS_BYTES - entrySize(base);
    const exact = entry({ Detail: `{"x":"${'a'.repeat(room)}"}` });
    expect(entrySize(exact)).toBe(MAX_PUT_EVENTS_BYTES);
    await expect(events.send(new PutEventsCommand({ Entries: [exact] }))).resolves.toMatchObject({ FailedEntryCount: 0 });

    const over = await errorOf(events.send(new PutEventsCommand({ Entries: [exact, entry({ Detail: '{}' })] })));
    expect(over).toMatchObject({ name: 'ValidationException', status: 400 });
    expect(over.message).toContain('over the limit');
    expect(await emu.control.events()).toHaveLength(1);
  });

  test('Time counts 14 bytes and is reported back as the event time', async () => {
    const time = new Date('2026-05-01T10:20:30Z');
    expect(entrySize({ ...entry(), Time: 1 })).toBe(entrySize(entry()) + 14);
    await events.send(new PutEventsCommand({ Entries: [entry({ Time: time })] }));
    expect((await emu.control.events())[0].time).toBe('2026-05-01T10:20:30Z');
  });

  test('an injected fault fails the call with its code; reset clears the events', async () => {
    await emu.control.injectFault({ operation: 'PutEvents', error: { code: 'InternalException', status: 500 } });
    expect(await errorOf(events.send(new PutEventsCommand({ Entries: [entry()] })))).toMatchObject({ name: 'InternalException', status: 500 });
    await events.send(new PutEventsCommand({ Entries: [entry()] }));
    expect(await emu.control.events()).toHaveLength(1);
    await emu.control.clearEvents();
    expect(await emu.control.events()).toEqual([]);
    await events.send(new PutEventsCommand({ Entries: [entry()] }));
    await emu.control.reset();
    expect(await emu.control.events()).toEqual([]);
  });

  test('an apply-then-fail fault records the events and still fails the call; a dropped connection records nothing', async () => {
    await emu.control.injectFault({ operation: 'PutEvents', mode: 'apply-then-fail', error: { code: 'InternalException', status: 500 } });
    expect(await errorOf(events.send(new PutEventsCommand({ Entries: [entry()] })))).toMatchObject({ name: 'InternalException', status: 500 });
    expect(await emu.control.events()).toHaveLength(1);
    await emu.control.injectFault({ operation: 'PutEvents', dropConnection: true });
    expect((await errorOf(events.send(new PutEventsCommand({ Entries: [entry()] })))).message).toMatch(/socket hang up/);
    expect(await emu.control.events()).toHaveLength(1);
    const calls = await emu.control.calls({ operation: 'PutEvents' });
    expect(calls.map((c) => [c.outcome.status, c.outcome.applied, c.outcome.dropped])).toEqual([[500, true, undefined], [0, undefined, true]]);
  });

  test('the standard AWS_ENDPOINT_URL_EVENTBRIDGE variable points a default client at the emulator', async () => {
    const saved = process.env.AWS_ENDPOINT_URL_EVENTBRIDGE;
    process.env.AWS_ENDPOINT_URL_EVENTBRIDGE = emu.endpoint;
    try {
      const fromEnv = new EventBridgeClient({ region: emu.region, credentials: emu.clientConfig.credentials });
      await fromEnv.send(new PutEventsCommand({ Entries: [entry()] }));
      fromEnv.destroy();
    } finally {
      if (saved === undefined) delete process.env.AWS_ENDPOINT_URL_EVENTBRIDGE;
      else process.env.AWS_ENDPOINT_URL_EVENTBRIDGE = saved;
    }
    expect(await emu.control.events()).toHaveLength(1);
  });
});
