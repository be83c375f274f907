import { ListRoutingProfileQueuesCommand } from '@aws-sdk/client-connect';
import { HandlerHarness } from './harness';

let h: HandlerHarness;
beforeAll(async () => { h = await HandlerHarness.start(); });
afterAll(async () => h.close());

test('create, update and delete a profile', async () => {
  const queues = h.emulator.seed.queues;
  const spec = h.spec({
    QueueConfigs: queues.slice(0, 3).map((q) => ({ Queue: { Name: q.name }, Channel: 'VOICE', Priority: '1', Delay: '0' })),
  });
  const created = await h.create(spec);
  expect(created).toMatchObject({ status: 'SUCCESS' });
  const arn = created.physicalResourceId;
  const id = created.data!.RoutingProfileId;
  const listed = await h.connect.send(new ListRoutingProfileQueuesCommand({ InstanceId: h.emulator.instanceId, RoutingProfileId: id }));
  expect(listed.RoutingProfileQueueConfigSummaryList).toHaveLength(3);

  const spec2 = h.spec({
    QueueConfigs: queues.slice(0, 3).map((q, i) => ({ Queue: { Name: q.name }, Channel: 'VOICE', Priority: String(i + 2), Delay: '0' })),
  });
  const updated = await h.update(arn, spec2, spec);
  expect(updated).toMatchObject({ status: 'SUCCESS', physicalResourceId: arn });
  const calls = await h.emulator.control.calls({ operation: 'UpdateRoutingProfileQueues' });
  expect(calls).toHaveLength(1);

  const deleted = await h.delete(arn, spec2);
  expect(deleted).toMatchObject({ status: 'SUCCESS' });
  expect(h.responses.map((r) => r.Status)).toEqual(['SUCCESS', 'SUCCESS', 'SUCCESS']);
});
