import { UpdateContactRoutingDataCommand } from '@aws-sdk/client-connect';
import { errorOf, queueId, useTestEmulator } from './helpers';

const t = useTestEmulator();

const order = async (queue: string): Promise<string[]> => (await t.emu.control.queueOrder(queue)).map((c) => c.contactId);

describe('routing order of waiting contacts', () => {
  test('seeded contacts wait in BasicQueue oldest first at the default priority 5', async () => {
    const basic = queueId(t.emu, 'BasicQueue');
    const waiting = await t.emu.control.queueOrder(basic);
    expect(waiting.length).toBeGreaterThanOrEqual(3);
    expect(waiting.every((c) => c.priority === 5)).toBe(true);
    const times = waiting.map((c) => c.enqueuedAt);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(waiting.map((c) => c.position)).toEqual(waiting.map((_, i) => i + 1));
  });

  test('a higher priority (lower number) moves the newest contact to the front', async () => {
    const basic = queueId(t.emu, 'BasicQueue');
    const before = await order(basic);
    const newest = before[before.length - 1];
    const out = await t.connect.send(new UpdateContactRoutingDataCommand({ InstanceId: t.emu.instanceId, ContactId: newest, QueuePriority: 1 }));
    expect(out.$metadata.httpStatusCode).toBe(200);
    expect(await order(basic)).toEqual([newest, ...before.slice(0, -1)]);
    // A lower priority (higher number) sends it behind everyone.
    await t.connect.send(new UpdateContactRoutingDataCommand({ InstanceId: t.emu.instanceId, ContactId: before[0], QueuePriority: 9 }));
    expect((await order(basic)).at(-1)).toBe(before[0]);
  });

  test('a positive QueueTimeAdjustmentSeconds makes a contact older; negative makes it younger; the adjustment is not cumulative', async () => {
    const seeded = await t.emu.control.seed({
      contacts: [
        { queueId: queueId(t.emu, 'Billing'), waitingSeconds: 100 },
        { queueId: queueId(t.emu, 'Billing'), waitingSeconds: 50 },
        { queueId: queueId(t.emu, 'Billing'), waitingSeconds: 10 },
      ],
    });
    const [a, b, c] = seeded.contacts.map((x) => x.id);
    const billing = queueId(t.emu, 'Billing');
    expect(await order(billing)).toEqual([a, b, c]);
    await t.connect.send(new UpdateContactRoutingDataCommand({ InstanceId: t.emu.instanceId, ContactId: c, QueueTimeAdjustmentSeconds: 60 }));
    expect(await order(billing)).toEqual([a, c, b]);
    await t.connect.send(new UpdateContactRoutingDataCommand({ InstanceId: t.emu.instanceId, ContactId: c, QueueTimeAdjustmentSeconds: 60 }));
    expect(await order(billing)).toEqual([a, c, b]);
    await t.connect.send(new UpdateContactRoutingDataCommand({ InstanceId: t.emu.instanceId, ContactId: a, QueueTimeAdjustmentSeconds: -1000 }));
    expect(await order(billing)).toEqual([c, b, a]);
    const view = (await t.emu.control.queueOrder(billing)).find((x) => x.contactId === a)!;
    expect(view.effectiveEnqueuedAt).toBeCloseTo(view.enqueuedAt + 1000, 3);
  });

  test('priority beats age', async () => {
    const billing = queueId(t.emu, 'Billing');
    const seeded = await t.emu.control.seed({
      contacts: [{ queueId: billing, waitingSeconds: 500 }, { queueId: billing, waitingSeconds: 1, priority: 2 }],
    });
    expect(await order(billing)).toEqual([seeded.contacts[1].id, seeded.contacts[0].id]);
  });
});

describe('UpdateContactRoutingData errors', () => {
  const contactId = () => t.emu.seed.contacts[0].id;

  test('both QueuePriority and QueueTimeAdjustmentSeconds, or neither, is InvalidParameterException', async () => {
    const both = await errorOf(t.connect.send(new UpdateContactRoutingDataCommand({
      InstanceId: t.emu.instanceId, ContactId: contactId(), QueuePriority: 1, QueueTimeAdjustmentSeconds: 10,
    })));
    expect(both).toMatchObject({ name: 'InvalidParameterException', status: 400 });
    const neither = await errorOf(t.connect.send(new UpdateContactRoutingDataCommand({ InstanceId: t.emu.instanceId, ContactId: contactId() })));
    expect(neither.name).toBe('InvalidParameterException');
  });

  test('QueueTimeAdjustmentSeconds outside a 32-bit integer is InvalidParameterException and changes nothing', async () => {
    const before = await t.emu.control.queueOrder(t.emu.seed.contacts[0].queueId);
    for (const seconds of [2_147_483_648, -2_147_483_649]) {
      const err = await errorOf(t.connect.send(new UpdateContactRoutingDataCommand({
        InstanceId: t.emu.instanceId, ContactId: contactId(), QueueTimeAdjustmentSeconds: seconds,
      })));
      expect(err).toMatchObject({ name: 'InvalidParameterException', status: 400 });
      expect(err.message).toContain('QueueTimeAdjustmentSeconds');
    }
    expect(await t.emu.control.queueOrder(t.emu.seed.contacts[0].queueId)).toEqual(before);
    const out = await t.connect.send(new UpdateContactRoutingDataCommand({
      InstanceId: t.emu.instanceId, ContactId: contactId(), QueueTimeAdjustmentSeconds: -2_147_483_648,
    }));
    expect(out.$metadata.httpStatusCode).toBe(200);
  });

  test('an unknown contact or instance is 404 ResourceNotFoundException', async () => {
    expect(await errorOf(t.connect.send(new UpdateContactRoutingDataCommand({ InstanceId: t.emu.instanceId, ContactId: 'gone', QueuePriority: 1 }))))
      .toMatchObject({ name: 'ResourceNotFoundException', status: 404 });
    expect((await errorOf(t.connect.send(new UpdateContactRoutingDataCommand({ InstanceId: 'nope', ContactId: contactId(), QueuePriority: 1 })))).name)
      .toBe('ResourceNotFoundException');
  });

  test('a contact that left the queue is 409 ResourceConflictException and leaves the order', async () => {
    await t.emu.control.setContactState(contactId(), 'CONNECTED');
    const err = await errorOf(t.connect.send(new UpdateContactRoutingDataCommand({
      InstanceId: t.emu.instanceId, ContactId: contactId(), QueuePriority: 1,
    })));
    expect(err).toMatchObject({ name: 'ResourceConflictException', status: 409 });
    expect(err.message).toContain('CONNECTED');
    expect(await order(t.emu.seed.contacts[0].queueId)).not.toContain(contactId());
  });

  test('RoutingCriteria alone is accepted', async () => {
    const out = await t.connect.send(new UpdateContactRoutingDataCommand({
      InstanceId: t.emu.instanceId,
      ContactId: contactId(),
      RoutingCriteria: { Steps: [{ Expiry: { DurationInSeconds: 30 }, Expression: { AttributeCondition: { Name: 'Language', Value: 'French', ProficiencyLevel: 3 } } }] },
    }));
    expect(out.$metadata.httpStatusCode).toBe(200);
  });
});
