import { CreateRoutingProfileCommand } from '@aws-sdk/client-connect';
import { assertNoKeptPairDropped, expectLiveMatches, guardConsoleAndResponses, historyMark, minimumWrites, pair } from './expectations';
import { HandlerHarness } from './harness';
import { OWNERSHIP_TAG_KEY } from '../../src/private/contract';

let h: HandlerHarness;
beforeAll(async () => { h = await HandlerHarness.start(); });
afterAll(async () => h.close());
beforeEach(async () => h.reset());
guardConsoleAndResponses(() => h);

/** A profile made in the console: Sales and Support on VOICE, tagged by its owner. */
async function existingProfile() {
  const out = await h.connect.send(new CreateRoutingProfileCommand({
    InstanceId: h.emulator.instanceId,
    Name: 'Existing',
    Description: 'made in the console',
    DefaultOutboundQueueId: h.queue('BasicQueue').id,
    MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: 1 }],
    QueueConfigs: [
      { QueueReference: { QueueId: h.queue('Sales').id, Channel: 'VOICE' }, Priority: 1, Delay: 0 },
      { QueueReference: { QueueId: h.queue('Support').id, Channel: 'VOICE' }, Priority: 2, Delay: 0 },
    ],
    Tags: { owner: 'console' },
  }));
  await h.emulator.control.clearCalls();
  return { id: out.RoutingProfileId!, arn: out.RoutingProfileArn! };
}

describe('Adopting an existing profile', () => {
  test('adoptExisting with the default "Basic Routing Profile": reconciled in place, never deleted', async () => {
    const basic = h.defaultProfile;
    const before = await h.readProfile(basic.id);
    const mark = await historyMark(h, basic.id);
    const spec = h.spec({
      Name: basic.name,
      Description: 'Adopted default',
      AdoptExisting: 'true',
      MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: '1' }, { Channel: 'CHAT', Concurrency: '2' }, { Channel: 'TASK', Concurrency: '1' }],
      QueueConfigs: [pair('BasicQueue', 'VOICE'), pair('BasicQueue', 'CHAT'), pair('BasicQueue', 'TASK', 5), pair('Sales', 'VOICE', 2)],
    });

    const result = await h.create(spec);

    expect(result).toMatchObject({ status: 'SUCCESS', physicalResourceId: basic.arn });
    const live = await h.readProfile(basic.id);
    expectLiveMatches(h, live, spec, false);
    expect(live!.tags).toEqual(before!.tags);
    expect(live!.tags[OWNERSHIP_TAG_KEY]).toBeUndefined();
    expect(await h.successfulWrites()).toHaveLength(minimumWrites({ name: true, add: 1, change: 1 }));
    await assertNoKeptPairDropped(h, basic.id, mark);

    await h.emulator.control.clearCalls();
    expect(await h.delete(basic.arn, spec)).toMatchObject({ status: 'SUCCESS' });
    expect(await h.readProfile(basic.id)).toBeDefined();
    expect(await h.writeCalls()).toHaveLength(0);
  });

  test('adoptExisting with another existing profile: reconciled to the spec, console pairs kept where declared, kept on delete', async () => {
    const existing = await existingProfile();
    const mark = await historyMark(h, existing.id);
    const spec = h.spec({
      Name: 'Existing',
      AdoptExisting: 'true',
      QueueConfigs: [pair('Sales', 'VOICE', 1), pair('Billing', 'VOICE', 3)],
      Tags: { owner: 'platform' },
    });

    const result = await h.create(spec);

    expect(result).toMatchObject({ status: 'SUCCESS', physicalResourceId: existing.arn });
    expectLiveMatches(h, await h.readProfile(existing.id), spec, false);
    expect(await h.successfulWrites()).toHaveLength(minimumWrites({ name: true, add: 1, remove: 1, tag: true }));
    await assertNoKeptPairDropped(h, existing.id, mark);

    await h.emulator.control.clearCalls();
    expect(await h.delete(existing.arn, spec)).toMatchObject({ status: 'SUCCESS' });
    expect(await h.readProfile(existing.id)).toBeDefined();
    expect(await h.writeCalls()).toHaveLength(0);
  });

  test('adoptExisting on a profile already as declared: looked up before any write, so no call writes, not even a failing Create', async () => {
    await existingProfile();
    const spec = h.spec({
      Name: 'Existing',
      Description: 'made in the console',
      AdoptExisting: 'true',
      QueueConfigs: [pair('Sales', 'VOICE', 1), pair('Support', 'VOICE', 2)],
      Tags: { owner: 'console' },
    });

    expect(await h.create(spec)).toMatchObject({ status: 'SUCCESS' });
    expect(await h.writeCalls()).toEqual([]);
  });

  test('adoptExisting with no profile of that name yet: created, after the one lookup', async () => {
    const result = await h.create(h.spec({ Name: 'Not there yet', AdoptExisting: 'true' }));

    expect(result).toMatchObject({ status: 'SUCCESS' });
    expect((await h.writeCalls()).map((c) => c.operation)).toEqual(['CreateRoutingProfile']);
  });

  test('without adoptExisting a duplicate name fails with a clear reason and changes nothing', async () => {
    const existing = await existingProfile();
    const before = await h.readProfile(existing.id);
    const mark = await historyMark(h, existing.id);

    const result = await h.create(h.spec({ Name: 'Existing', QueueConfigs: [pair('VIP', 'VOICE')] }));

    expect(result.status).toBe('FAILED');
    expect(result.reason).toContain('A routing profile named "Existing" already exists');
    expect(result.reason).toContain(existing.arn);
    expect(result.reason).toContain('adoptExisting: true');
    expect(result.physicalResourceId).toMatch(/^failed-create:/);
    expect((await h.writeCalls()).map((c) => `${c.operation}:${c.outcome.status}`)).toEqual(['CreateRoutingProfile:409']);
    expect(await h.readProfile(existing.id)).toEqual(before);
    expect(await historyMark(h, existing.id)).toBe(mark);
    // Its rollback Delete is success and touches nothing.
    await h.emulator.control.clearCalls();
    expect(await h.delete(result.physicalResourceId, h.spec({ Name: 'Existing' }))).toMatchObject({ status: 'SUCCESS' });
    expect(await h.calls()).toHaveLength(0);
  });
});

describe('Lookup by name', () => {
  test('found: the profile\'s ARN and id, no write', async () => {
    const existing = await existingProfile();
    const result = await h.lookup('Existing');
    expect(result).toEqual({
      status: 'SUCCESS',
      physicalResourceId: existing.arn,
      data: { RoutingProfileArn: existing.arn, RoutingProfileId: existing.id, InstanceId: h.emulator.instanceId },
    });
    expect(await h.writeCalls()).toHaveLength(0);
  });

  test('not found: FAILED naming the name and instance, no write; names are case-sensitive', async () => {
    await existingProfile();
    const result = await h.lookup('existing');
    expect(result.status).toBe('FAILED');
    expect(result.reason).toContain('No routing profile named "existing" exists in instance');
    expect(result.reason).toContain(h.emulator.instanceId);
    expect(await h.writeCalls()).toHaveLength(0);
  });
});
