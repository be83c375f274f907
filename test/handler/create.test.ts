import {
  ALL_CHANNELS, assertNoKeptPairDropped, expectLiveMatches, guardConsoleAndResponses, minimumWrites, ownerTag, pairs, writeOperations,
} from './expectations';
import { HandlerHarness } from './harness';
import { OWNERSHIP_TAG_KEY } from '../../src/private/contract';

let h: HandlerHarness;
beforeAll(async () => { h = await HandlerHarness.start({ extraQueues: 8 }); });
afterAll(async () => h.close());
beforeEach(async () => h.reset());
guardConsoleAndResponses(() => h);

describe('Create', () => {
  test.each([0, 1, 10, 11, 50])('with %i queue/channel pairs: one Create (+ Associates for the rest), every pair live', async (count) => {
    const spec = h.spec({ MediaConcurrencies: ALL_CHANNELS, QueueConfigs: pairs(h, count), Tags: { team: 'support' } });

    const result = await h.create(spec);

    expect(result).toMatchObject({ status: 'SUCCESS' });
    const id = result.data!.RoutingProfileId;
    expect(result.physicalResourceId).toBe(`${h.emulator.instanceArn}/routing-profile/${id}`);
    expect(result.data).toEqual({ RoutingProfileArn: result.physicalResourceId, RoutingProfileId: id, InstanceId: h.emulator.instanceId });
    const live = await h.readProfile(id);
    expectLiveMatches(h, live, spec);
    expect(live!.queueConfigs).toHaveLength(count);

    const writes = await writeOperations(h);
    expect(writes).toHaveLength(minimumWrites({ create: true, add: count }));
    expect(writes[0]).toBe('CreateRoutingProfile:200');
    expect(writes.slice(1).every((w) => w === 'AssociateRoutingProfileQueues:200')).toBe(true);
    // No look at the instance's profiles first: only a duplicate answer leads to one.
    expect((await h.calls()).filter((c) => c.operation === 'ListRoutingProfiles')).toEqual([]);
    await assertNoKeptPairDropped(h, id);
  });

  test('with 50 standard and 15 manual-assignment pairs and 49 user tags: Associates carry both kinds together', async () => {
    const manual = pairs(h, 15, ['CHAT', 'TASK']).map((p) => ({ Queue: p.Queue, Channel: p.Channel }));
    const tags = Object.fromEntries(Array.from({ length: 49 }, (_, i) => [`key${i}`, `value${i}`]));
    const spec = h.spec({
      MediaConcurrencies: ALL_CHANNELS,
      QueueConfigs: pairs(h, 50),
      ManualAssignmentQueues: manual,
      Tags: tags,
      AgentAvailabilityTimer: 'TIME_SINCE_LAST_INBOUND',
    });

    const result = await h.create(spec);

    expect(result).toMatchObject({ status: 'SUCCESS' });
    const id = result.data!.RoutingProfileId;
    const live = await h.readProfile(id);
    expectLiveMatches(h, live, spec);
    expect(Object.keys(live!.tags)).toHaveLength(50);
    expect(await h.writeCalls()).toHaveLength(minimumWrites({ create: true, add: 50, addManual: 15 }));
    await assertNoKeptPairDropped(h, id);
  });

  test('values arrive as CloudFormation strings and cross-channel behaviour is applied', async () => {
    const spec = h.spec({
      MediaConcurrencies: [
        { Channel: 'VOICE', Concurrency: '1', CrossChannelBehavior: 'ROUTE_ANY_CHANNEL' },
        { Channel: 'CHAT', Concurrency: '7', CrossChannelBehavior: 'ROUTE_CURRENT_CHANNEL_ONLY' },
      ],
      QueueConfigs: [{ Queue: { Arn: h.queue('Sales').arn }, Channel: 'CHAT', Priority: '42', Delay: '9999' }],
      AdoptExisting: 'false',
    });

    const result = await h.create(spec);

    expect(result).toMatchObject({ status: 'SUCCESS' });
    const live = await h.readProfile(result.data!.RoutingProfileId);
    expectLiveMatches(h, live, spec);
    expect(live!.mediaConcurrencies.find((m) => m.channel === 'VOICE')?.crossChannelBehavior).toBe('ROUTE_ANY_CHANNEL');
    expect(live!.tags).toEqual({ [OWNERSHIP_TAG_KEY]: ownerTag() });
    expect(await h.writeCalls()).toHaveLength(1);
  });

  test('a VOICE-only profile with a CHAT queue is created as declared: Connect accepts a queue on a channel without concurrency', async () => {
    const spec = h.spec({ QueueConfigs: [{ Queue: { Name: 'Sales' }, Channel: 'CHAT', Priority: '1', Delay: '0' }] });

    const result = await h.create(spec);

    expect(result).toMatchObject({ status: 'SUCCESS' });
    const live = await h.readProfile(result.data!.RoutingProfileId);
    expectLiveMatches(h, live, spec);
    expect(live!.mediaConcurrencies.map((m) => m.channel)).toEqual(['VOICE']);
    expect(await h.writeCalls()).toHaveLength(1);
  });

  test('a retried Create (same stack and logical id) adopts the profile it made instead of creating a second', async () => {
    const spec = h.spec({ MediaConcurrencies: ALL_CHANNELS, QueueConfigs: pairs(h, 12) });
    const first = await h.create(spec);
    expect(first).toMatchObject({ status: 'SUCCESS' });
    const mark = (await h.emulator.control.history(first.data!.RoutingProfileId)).length;
    await h.emulator.control.clearCalls();

    const retried = await h.create(spec);

    expect(retried).toMatchObject({ status: 'SUCCESS', physicalResourceId: first.physicalResourceId, data: first.data });
    expect((await h.profileNames()).filter((n) => n === spec.Name)).toHaveLength(1);
    // Create first: Connect's duplicate answer is what sends it to look for its own profile.
    expect(await writeOperations(h)).toEqual(['CreateRoutingProfile:409']);
    expectLiveMatches(h, await h.readProfile(first.data!.RoutingProfileId), spec);
    expect(await assertNoKeptPairDropped(h, first.data!.RoutingProfileId, mark)).toHaveLength(0);
  });

  test('a retried Create whose first attempt stopped after CreateRoutingProfile finishes the job with the missing calls only', async () => {
    const spec = h.spec({ MediaConcurrencies: ALL_CHANNELS, QueueConfigs: pairs(h, 25) });
    // The first attempt made the profile with its first 10 pairs, then the Lambda died (simulated: the profile
    // exists with the ownership tag, as CreateRoutingProfile left it).
    const partial = h.spec({ MediaConcurrencies: ALL_CHANNELS, QueueConfigs: pairs(h, 10) });
    const first = await h.create(partial);
    const id = first.data!.RoutingProfileId;
    await h.emulator.control.clearCalls();

    const retried = await h.create(spec);

    expect(retried).toMatchObject({ status: 'SUCCESS', physicalResourceId: first.physicalResourceId });
    expectLiveMatches(h, await h.readProfile(id), spec);
    expect(await writeOperations(h)).toEqual(['CreateRoutingProfile:409', 'AssociateRoutingProfileQueues:200', 'AssociateRoutingProfileQueues:200']);
    expect(await h.successfulWrites()).toHaveLength(minimumWrites({ add: 15 }));
    await assertNoKeptPairDropped(h, id, 1);
  });

  test('the same name under another logical id is not adopted: a clear failure and no write', async () => {
    const spec = h.spec();
    expect(await h.create(spec)).toMatchObject({ status: 'SUCCESS' });
    await h.emulator.control.clearCalls();

    const other = await h.create(spec, { logicalId: 'OtherProfile' });

    expect(other.status).toBe('FAILED');
    expect(other.reason).toMatch(/already exists.*adoptExisting/s);
    expect(other.physicalResourceId).toMatch(/^failed-create:/);
    expect(await writeOperations(h)).toEqual(['CreateRoutingProfile:409']);
  });
});
