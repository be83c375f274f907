import { configure, flowEvent, invoke, order, queueOf, routingDataCalls, startFlowEmulator } from './flow-harness';
import { RunningEmulator } from '../../emulator';
import { ContactRoutingConfigSpec } from '../../src/private/contact-routing-contract';

let emu: RunningEmulator;

beforeAll(async () => {
  emu = await startFlowEmulator();
});
afterAll(async () => {
  await emu.close();
});
afterEach(() => {
  jest.restoreAllMocks();
});
beforeEach(async () => {
  // One log line per invocation: kept out of the test output (the logs suite reads them).
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  await emu.control.reset();
  await emu.control.setThrottle(false);
  configure(RULES);
});

/** VIP first, callbacks forward by 250 s, chats on the Support queue back by 60 s. */
const RULES: Partial<ContactRoutingConfigSpec> = {
  rules: [
    { name: 'vip', conditions: [{ source: 'attribute', key: 'tier', test: 'oneOf', values: ['gold', 'platinum'] }], queuePriority: 1 },
    { name: 'callbacks', conditions: [{ source: 'initiationMethod', test: 'oneOf', values: ['CALLBACK'] }], queueTimeAdjustmentSeconds: 250 },
    {
      name: 'slow-chats',
      conditions: [{ source: 'channel', test: 'oneOf', values: ['CHAT'] }, { source: 'queue', test: 'equals', queue: { Name: 'Support' } }],
      queueTimeAdjustmentSeconds: -60,
    },
  ],
};

/** Three voice contacts in Billing, waiting 300 s, 200 s and 10 s: routed oldest first. */
async function billingLine(): Promise<Array<{ id: string; queueId: string }>> {
  const billing = queueOf(emu, 'Billing').id;
  const seeded = await emu.control.seed({
    contacts: [300, 200, 10].map((waitingSeconds) => ({ queueId: billing, waitingSeconds })),
  });
  expect(await order(emu, billing)).toEqual(seeded.contacts.map((c) => c.id));
  return seeded.contacts;
}

describe('rules applied through UpdateContactRoutingData', () => {
  test('a VIP rule moves the newest contact ahead of the contacts that waited longer', async () => {
    const [first, second, vip] = await billingLine();
    const result = await invoke(flowEvent(emu, vip, { attributes: { tier: 'platinum', name: 'Jane Doe' } }));
    expect(result).toEqual({ outcome: 'UPDATED', rule: 'vip', queuePriority: '1' });
    expect(await order(emu, vip.queueId)).toEqual([vip.id, first.id, second.id]);
    const calls = await routingDataCalls(emu);
    expect(calls).toHaveLength(1);
    expect(calls[0].input).toMatchObject({ ContactId: vip.id, QueuePriority: 1 });
    expect(calls[0].input).not.toHaveProperty('QueueTimeAdjustmentSeconds');
  });

  test('an age adjustment moves a callback ahead of contacts that waited up to 250 s longer, not further', async () => {
    const [first, second, callback] = await billingLine();
    const result = await invoke(flowEvent(emu, callback, { initiationMethod: 'CALLBACK' }));
    expect(result).toEqual({ outcome: 'UPDATED', rule: 'callbacks', queueTimeAdjustmentSeconds: '250' });
    // Waited 10 s, now looks 260 s old: ahead of the 200 s contact, still behind the 300 s one.
    expect(await order(emu, callback.queueId)).toEqual([first.id, callback.id, second.id]);
    const calls = await routingDataCalls(emu);
    expect(calls.map((c) => c.input)).toEqual([expect.objectContaining({ QueueTimeAdjustmentSeconds: 250 })]);
    expect(calls[0].input).not.toHaveProperty('QueuePriority');
  });

  test('a negative adjustment moves a contact back; rules with several conditions need them all', async () => {
    const support = queueOf(emu, 'Support');
    const seeded = await emu.control.seed({
      contacts: [{ queueId: support.id, channel: 'CHAT', waitingSeconds: 400 }, { queueId: support.id, channel: 'CHAT', waitingSeconds: 380 }],
    });
    const [older, younger] = seeded.contacts;
    // Same channel, other queue set in the flow: the queue condition fails, nothing changes.
    const elsewhere = await invoke(flowEvent(emu, older, { channel: 'CHAT', queue: { ARN: queueOf(emu, 'Sales').arn, Name: 'Sales' } }));
    expect(elsewhere).toEqual({ outcome: 'NO_MATCH' });
    const result = await invoke(flowEvent(emu, older, { channel: 'CHAT' }));
    expect(result).toEqual({ outcome: 'UPDATED', rule: 'slow-chats', queueTimeAdjustmentSeconds: '-60' });
    const line = await order(emu, support.id);
    expect(line.indexOf(older.id)).toBeGreaterThan(line.indexOf(younger.id));
  });

  test('the first matching rule wins', async () => {
    const [, , contact] = await billingLine();
    const result = await invoke(flowEvent(emu, contact, { attributes: { tier: 'gold' }, initiationMethod: 'CALLBACK' }));
    expect(result).toMatchObject({ outcome: 'UPDATED', rule: 'vip', queuePriority: '1' });
  });

  test('no match leaves the contact untouched and makes no call', async () => {
    const [first, second, third] = await billingLine();
    const result = await invoke(flowEvent(emu, third, { attributes: { tier: 'bronze' } }));
    expect(result).toEqual({ outcome: 'NO_MATCH' });
    expect(await routingDataCalls(emu)).toEqual([]);
    expect(await order(emu, third.queueId)).toEqual([first.id, second.id, third.id]);
    expect((await emu.control.queueOrder(third.queueId)).every((c) => c.priority === 5 && c.queueTimeAdjustmentSeconds === 0)).toBe(true);
  });

  test('a rule on a key every object inherits matches only a contact that has it, never errors', async () => {
    configure({
      rules: [
        { name: 'inherited-present', conditions: [{ source: 'attribute', key: 'constructor', test: 'present' }], queuePriority: 1 },
        { name: 'inherited-number', conditions: [{ source: 'attribute', key: 'toString', test: 'greaterThan', number: 1 }], queuePriority: 2 },
      ],
    });
    const [, , contact] = await billingLine();
    expect(await invoke(flowEvent(emu, contact))).toEqual({ outcome: 'NO_MATCH' });
    expect(await routingDataCalls(emu)).toEqual([]);
    expect(await invoke(flowEvent(emu, contact, { attributes: { toString: '7' } }))).toEqual({ outcome: 'UPDATED', rule: 'inherited-number', queuePriority: '2' });
  });

  test('the default action applies when no rule matches', async () => {
    configure({ ...RULES, defaultAction: { queuePriority: 4 } });
    const [, , contact] = await billingLine();
    expect(await invoke(flowEvent(emu, contact))).toEqual({ outcome: 'UPDATED', rule: 'default', queuePriority: '4' });
    expect((await emu.control.queueOrder(contact.queueId))[0]).toMatchObject({ contactId: contact.id, priority: 4 });
  });
});

describe('values passed by the flow', () => {
  test('queuePriority overrides the rules', async () => {
    const [first, , contact] = await billingLine();
    const result = await invoke(flowEvent(emu, contact, { attributes: { tier: 'gold' }, parameters: { queuePriority: ' 3 ' } }));
    expect(result).toEqual({ outcome: 'UPDATED', rule: 'parameter', queuePriority: '3' });
    expect((await emu.control.queueOrder(contact.queueId)).map((c) => c.contactId)[0]).toBe(contact.id);
    expect((await routingDataCalls(emu))[0].input).toMatchObject({ QueuePriority: 3 });
    expect(first.id).not.toBe(contact.id);
  });

  test('queueTimeAdjustmentSeconds may be negative', async () => {
    const [first, second, third] = await billingLine();
    const result = await invoke(flowEvent(emu, first, { parameters: { queueTimeAdjustmentSeconds: '-295' } }));
    expect(result).toEqual({ outcome: 'UPDATED', rule: 'parameter', queueTimeAdjustmentSeconds: '-295' });
    expect(await order(emu, first.queueId)).toEqual([second.id, third.id, first.id]);
  });

  test('an empty parameter counts as not passed, so the rules decide', async () => {
    const [, , contact] = await billingLine();
    const result = await invoke(flowEvent(emu, contact, { attributes: { tier: 'gold' }, parameters: { queuePriority: '', queueTimeAdjustmentSeconds: '' } }));
    expect(result).toEqual({ outcome: 'UPDATED', rule: 'vip', queuePriority: '1' });
  });

  test('a function without rules applies passed values only', async () => {
    configure({ rules: [] });
    const [, , contact] = await billingLine();
    expect(await invoke(flowEvent(emu, contact, { parameters: { queuePriority: '2' } })))
      .toEqual({ outcome: 'UPDATED', rule: 'parameter', queuePriority: '2' });
  });
});

describe('bounds on what a flow passes (a customer-set attribute must not buy priority 1)', () => {
  beforeEach(() => configure({ ...RULES, flowLimits: { bestQueuePriority: 2, maxQueueTimeAdjustmentSeconds: 60 } }));

  test('a priority better than the bound: INVALID_INPUT naming the bound, no call, the contact where it was', async () => {
    const [first, second, contact] = await billingLine();
    const result = await invoke(flowEvent(emu, contact, { parameters: { queuePriority: '1' } }));
    expect(result).toEqual({
      outcome: 'INVALID_INPUT',
      reason: '`Details.Parameters.queuePriority` must be at least 2, the best priority this function lets a flow pass (`bestFlowPriority`), got: 1',
    });
    expect(await routingDataCalls(emu)).toEqual([]);
    expect(await order(emu, contact.queueId)).toEqual([first.id, second.id, contact.id]);
  });

  test('the bound itself, and anything worse, is applied', async () => {
    const [, , contact] = await billingLine();
    expect(await invoke(flowEvent(emu, contact, { parameters: { queuePriority: '2' } }))).toEqual({ outcome: 'UPDATED', rule: 'parameter', queuePriority: '2' });
  });

  test('a forward adjustment past the bound is refused; moving back is always allowed', async () => {
    const [first, , contact] = await billingLine();
    expect(await invoke(flowEvent(emu, contact, { parameters: { queueTimeAdjustmentSeconds: '61' } }))).toMatchObject({
      outcome: 'INVALID_INPUT',
      reason: expect.stringMatching(/^`Details\.Parameters\.queueTimeAdjustmentSeconds` must be at most 60 seconds forward, .*got: 61$/),
    });
    expect(await invoke(flowEvent(emu, first, { parameters: { queueTimeAdjustmentSeconds: '-3600' } })))
      .toEqual({ outcome: 'UPDATED', rule: 'parameter', queueTimeAdjustmentSeconds: '-3600' });
    expect((await routingDataCalls(emu)).map((c) => c.input)).toEqual([expect.objectContaining({ QueueTimeAdjustmentSeconds: -3600 })]);
  });

  test('the rules themselves are not bounded: they are what the construct declared', async () => {
    const [, , contact] = await billingLine();
    expect(await invoke(flowEvent(emu, contact, { attributes: { tier: 'gold' } }))).toEqual({ outcome: 'UPDATED', rule: 'vip', queuePriority: '1' });
  });

  test('a configuration whose bound is invalid is an ERROR naming it', async () => {
    configure({ rules: [], flowLimits: { bestQueuePriority: 0, maxQueueTimeAdjustmentSeconds: -1 } });
    const [, , contact] = await billingLine();
    const result = await invoke(flowEvent(emu, contact, { parameters: { queuePriority: '3' } }));
    expect(result.outcome).toBe('ERROR');
    expect(result.reason).toContain('`config.flowLimits.bestQueuePriority` must be a whole number from 1');
    expect(result.reason).toContain('`config.flowLimits.maxQueueTimeAdjustmentSeconds` must be a whole number of seconds from 0');
  });
});

describe('INVALID_INPUT: nothing is called', () => {
  const cases: Array<[string, Record<string, string>, string]> = [
    ['both values', { queuePriority: '1', queueTimeAdjustmentSeconds: '30' }, '`Details.Parameters` must hold at most one of'],
    ['priority 0', { queuePriority: '0' }, '`Details.Parameters.queuePriority` must be a whole number from 1'],
    ['a negative priority', { queuePriority: '-2' }, '`Details.Parameters.queuePriority` must be a whole number from 1'],
    ['a fractional priority', { queuePriority: '1.5' }, 'got: "1.5"'],
    ['a priority that is not a number', { queuePriority: 'high' }, 'got: "high"'],
    ['a fractional adjustment', { queueTimeAdjustmentSeconds: '1.5' }, '`Details.Parameters.queueTimeAdjustmentSeconds` must be a whole number of seconds'],
    ['an adjustment past a 32-bit integer', { queueTimeAdjustmentSeconds: '2147483648' }, 'got: 2147483648'],
  ];
  test.each(cases)('%s', async (_name, parameters, reason) => {
    const [, , contact] = await billingLine();
    const result = await invoke(flowEvent(emu, contact, { parameters }));
    expect(result.outcome).toBe('INVALID_INPUT');
    expect(result.reason).toContain(reason);
    expect(Object.keys(result).sort()).toEqual(['outcome', 'reason']);
    expect(await routingDataCalls(emu)).toEqual([]);
  });

  test('neither value, on a function with no rules and no default', async () => {
    configure({ rules: [] });
    const [, , contact] = await billingLine();
    const result = await invoke(flowEvent(emu, contact));
    expect(result).toEqual({
      outcome: 'INVALID_INPUT',
      reason: expect.stringMatching(/^`Details\.Parameters` must hold `queuePriority` or `queueTimeAdjustmentSeconds`.*got: neither$/),
    });
    expect(await routingDataCalls(emu)).toEqual([]);
  });

  const malformed: Array<[string, (event: any) => unknown, string]> = [
    ['no event at all', () => undefined, '`Details` must be an object'],
    ['no Details', (e) => ({ ...e, Details: undefined }), '`Details` must be an object'],
    ['no ContactData', (e) => ({ Details: { ...e.Details, ContactData: 'x' } }), '`Details.ContactData` must be an object'],
    ['an empty ContactId', (e) => withData(e, { ContactId: '' }), '`Details.ContactData.ContactId` must be a contact id'],
    ['a ContactId of 257 characters', (e) => withData(e, { ContactId: 'c'.repeat(257) }), '(257 characters)'],
    ['an instance id instead of an ARN', (e) => withData(e, { InstanceARN: emu.instanceId }), '`Details.ContactData.InstanceARN` must be a Connect instance ARN'],
    ['attributes that are not strings', (e) => withData(e, { Attributes: { tier: 1 } }), '`Details.ContactData.Attributes` must be a map of strings'],
    ['parameters that are a list', (e) => ({ Details: { ...e.Details, Parameters: ['1'] } }), '`Details.Parameters` must be a map of strings'],
    ['a queue that is a string', (e) => withData(e, { Queue: 'Billing' }), '`Details.ContactData.Queue` must be null or an object'],
  ];
  test.each(malformed)('a malformed event: %s', async (_name, mutate, reason) => {
    const [, , contact] = await billingLine();
    const result = await invoke(mutate(flowEvent(emu, contact, { attributes: { tier: 'gold' } })));
    expect(result.outcome).toBe('INVALID_INPUT');
    expect(result.reason).toContain(reason);
    expect(await routingDataCalls(emu)).toEqual([]);
  });
});

function withData(event: any, data: Record<string, unknown>): unknown {
  return { ...event, Details: { ...event.Details, ContactData: { ...event.Details.ContactData, ...data } } };
}

describe('a contact no longer waiting', () => {
  test('an answered contact gives NOT_IN_QUEUE, with the value it would have applied', async () => {
    const [, , contact] = await billingLine();
    await emu.control.setContactState(contact.id, 'CONNECTED');
    const result = await invoke(flowEvent(emu, contact, { attributes: { tier: 'gold' } }));
    expect(result).toEqual({
      outcome: 'NOT_IN_QUEUE', rule: 'vip', queuePriority: '1', reason: expect.stringContaining('ResourceConflictException'),
    });
    expect(await routingDataCalls(emu)).toHaveLength(1);
  });

  test('an ended contact, and one Connect does not know, give NOT_IN_QUEUE too', async () => {
    const [, , contact] = await billingLine();
    await emu.control.setContactState(contact.id, 'ENDED');
    expect((await invoke(flowEvent(emu, contact, { attributes: { tier: 'gold' } }))).outcome).toBe('NOT_IN_QUEUE');
    const unknown = await invoke(flowEvent(emu, { id: 'no-such-contact', queueId: contact.queueId }, { attributes: { tier: 'gold' } }));
    expect(unknown).toMatchObject({ outcome: 'NOT_IN_QUEUE', reason: expect.stringContaining('ResourceNotFoundException') });
  });
});

describe('errors', () => {
  test('AccessDeniedException gives ERROR with a reason, after one attempt', async () => {
    const [, , contact] = await billingLine();
    await emu.control.injectFault({ operation: 'UpdateContactRoutingData', error: { code: 'AccessDeniedException', message: 'not authorized' } });
    const result = await invoke(flowEvent(emu, contact, { attributes: { tier: 'gold' } }));
    expect(result).toEqual({
      outcome: 'ERROR',
      rule: 'vip',
      queuePriority: '1',
      reason: 'UpdateContactRoutingData failed: AccessDeniedException: not authorized',
    });
    expect(await routingDataCalls(emu)).toHaveLength(1);
  });

  test('an InternalServiceException is retried', async () => {
    const [, , contact] = await billingLine();
    await emu.control.injectFault({ operation: 'UpdateContactRoutingData', count: 2, error: { code: 'InternalServiceException' } });
    expect(await invoke(flowEvent(emu, contact, { attributes: { tier: 'gold' } })))
      .toEqual({ outcome: 'UPDATED', rule: 'vip', queuePriority: '1' });
    expect((await routingDataCalls(emu)).map((c) => c.outcome.status)).toEqual([500, 500, 200]);
  });

  test('throttling that outlasts the time budget gives ERROR, not a hang', async () => {
    const [, , contact] = await billingLine();
    await emu.control.injectFault({ operation: 'UpdateContactRoutingData', count: 10_000, error: { code: 'ThrottlingException' } });
    const result = await invoke(flowEvent(emu, contact, { attributes: { tier: 'gold' } }), 1_500);
    expect(result.outcome).toBe('ERROR');
    expect(result.reason).toMatch(/did not succeed within the function's time budget after \d+ attempt\(s\) \(last error: ThrottlingException/);
    expect((await routingDataCalls(emu)).length).toBeGreaterThan(1);
    await emu.control.clearFaults();
  });

  test('the time-budget reason quotes the last error whole, whatever its message holds, and no deploy advice', async () => {
    const [, , contact] = await billingLine();
    const message = 'Rate exceeded. Connect allows\nfewer calls now';
    await emu.control.injectFault({ operation: 'UpdateContactRoutingData', count: 10_000, error: { code: 'ThrottlingException', message } });
    const result = await invoke(flowEvent(emu, contact, { attributes: { tier: 'gold' } }), 1_200);
    expect(result.reason).toMatch(new RegExp(`\\(last error: ThrottlingException: ${message}\\); Connect allows 20 of these calls per second per account$`));
    expect(result.reason).not.toContain('deploy fewer profiles');
    await emu.control.clearFaults();
  });

  test('a call that does not answer within the budget is abandoned with ERROR', async () => {
    const [, , contact] = await billingLine();
    await emu.control.injectFault({ operation: 'UpdateContactRoutingData', delayMs: 2_500 });
    const result = await invoke(flowEvent(emu, contact, { attributes: { tier: 'gold' } }), 1_200);
    expect(result).toMatchObject({ outcome: 'ERROR', reason: 'UpdateContactRoutingData did not answer within the function\'s time budget' });
  });

  test.each([
    ['missing', undefined, 'is not set'],
    ['not JSON', '{rules', 'is not JSON'],
    ['of another version', JSON.stringify({ version: '2', rules: [] }), '`config.version` must be "1"'],
    ['holding an invalid rule', JSON.stringify({ version: '1', rules: [{ name: 'vip', conditions: [], queuePriority: 0 }] }),
      '`config.rules[0].conditions` must hold at least one condition'],
  ])('a configuration %s gives ERROR and no call', async (_name, raw, reason) => {
    if (raw === undefined) delete process.env.CONTACT_ROUTING_CONFIG;
    else configure(raw);
    const [, , contact] = await billingLine();
    const result = await invoke(flowEvent(emu, contact, { parameters: { queuePriority: '1' } }));
    expect(result.outcome).toBe('ERROR');
    expect(result.reason).toContain(reason);
    expect(await routingDataCalls(emu)).toEqual([]);
  });
});

describe('throttling at Connect\'s documented 20 calls/s', () => {
  test('a burst of 60 contacts at once is absorbed: every one is updated', async () => {
    await emu.control.setThrottle(true);
    const billing = queueOf(emu, 'Billing').id;
    const seeded = await emu.control.seed({
      contacts: Array.from({ length: 60 }, (_, i) => ({ queueId: billing, waitingSeconds: 600 - i })),
    });
    const results = await Promise.all(seeded.contacts.map((contact) =>
      invoke(flowEvent(emu, contact, { parameters: { queuePriority: '2' } }))));
    expect(results.filter((r) => r.outcome !== 'UPDATED')).toEqual([]);
    const calls = await routingDataCalls(emu);
    expect(calls.filter((c) => c.outcome.status === 200)).toHaveLength(60);
    // The burst really was throttled, and retried.
    expect(calls.filter((c) => c.outcome.error === 'ThrottlingException').length).toBeGreaterThan(0);
    expect((await emu.control.queueOrder(billing)).every((c) => c.priority === 2)).toBe(true);
  });
});

describe('logs', () => {
  test('one line per invocation, with no attribute, parameter or endpoint value', async () => {
    const lines: string[] = [];
    const log = jest.spyOn(console, 'log').mockImplementation((line: string) => { lines.push(line); });
    const error = jest.spyOn(console, 'error').mockImplementation((line: string) => { lines.push(line); });
    try {
      const [, , contact] = await billingLine();
      const secrets = { tier: 'gold', name: 'Jane Doe', accountNumber: '4111111111111111' };
      await invoke(flowEvent(emu, contact, { attributes: secrets }));
      await invoke(flowEvent(emu, contact, { attributes: secrets, parameters: { queuePriority: 'Jane Doe 4111111111111111' } }));
      await emu.control.injectFault({ operation: 'UpdateContactRoutingData', error: { code: 'AccessDeniedException' } });
      await invoke(flowEvent(emu, contact, { attributes: secrets }));
      expect(lines).toHaveLength(3);
      for (const line of lines) {
        for (const value of ['gold', 'Jane', '4111111111111111', '+15555550100']) {
          expect(line).not.toContain(value);
        }
      }
      expect(lines.map((line) => JSON.parse(line))).toEqual([
        expect.objectContaining({ outcome: 'UPDATED', rule: 'vip', contactId: contact.id, attempts: 1 }),
        expect.objectContaining({ outcome: 'INVALID_INPUT', invalidField: 'Details.Parameters.queuePriority' }),
        expect.objectContaining({ outcome: 'ERROR', errorName: 'AccessDeniedException' }),
      ]);
    } finally {
      log.mockRestore();
      error.mockRestore();
    }
  });
});
