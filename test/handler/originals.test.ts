/**
 * What a profile held before the stack changed it, kept in the desired-state table (dynalite here): an adopted
 * profile is put back on removal, and a Create that Lambda runs again (its response to CloudFormation lost) keeps
 * what the first run found, never the state that run left.
 */
import { CreateRoutingProfileCommand } from '@aws-sdk/client-connect';
import { ConcurrencyEvents } from './concurrency-harness';
import { assertNoKeptPairDropped, expectLiveMatches, historyMark, pair } from './expectations';
import { DriftHarness } from '../drift/drift-harness';

let d: DriftHarness;
beforeAll(async () => { d = await DriftHarness.start(); });
afterAll(async () => d.close());
beforeEach(async () => d.reset());
DriftHarness.silenceConsole();

const originals = () => d.originals();

/** A profile made in the console: Sales and Support on VOICE, CHAT 3, tagged by its owner. */
async function consoleProfile(): Promise<{ id: string; arn: string }> {
  const h = d.handlers;
  const out = await h.connect.send(new CreateRoutingProfileCommand({
    InstanceId: h.emulator.instanceId,
    Name: 'Existing',
    Description: 'made in the console',
    DefaultOutboundQueueId: h.queue('BasicQueue').id,
    MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: 1 }, { Channel: 'CHAT', Concurrency: 3 }],
    QueueConfigs: [
      { QueueReference: { QueueId: h.queue('Sales').id, Channel: 'VOICE' }, Priority: 1, Delay: 0 },
      { QueueReference: { QueueId: h.queue('Support').id, Channel: 'VOICE' }, Priority: 2, Delay: 0 },
    ],
    AgentAvailabilityTimer: 'TIME_SINCE_LAST_INBOUND',
    Tags: { owner: 'console' },
  }));
  return { id: out.RoutingProfileId!, arn: out.RoutingProfileArn! };
}

/** The stack's view of the profile: another description, Sales kept at another priority, Billing instead of Support. */
const adoptingSpec = (overrides = {}) => d.spec({
  Name: 'Existing',
  Description: 'managed by the stack',
  AdoptExisting: 'true',
  MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: '1' }],
  QueueConfigs: [pair('Sales', 'VOICE', 5), pair('Billing', 'VOICE', 3)],
  Tags: { owner: 'platform' },
  ...overrides,
});

describe('an adopted profile', () => {
  test('is put back as it was before adoption on removal, with no kept queue dropped on the way', async () => {
    const h = d.handlers;
    const existing = await consoleProfile();
    const before = await h.readProfile(existing.id);
    const spec = adoptingSpec();
    const adopted = await h.create(spec);
    expect(adopted).toMatchObject({ status: 'SUCCESS', physicalResourceId: existing.arn });
    expectLiveMatches(h, await h.readProfile(existing.id), spec, false);
    expect(await originals()).toHaveLength(1);
    const mark = await historyMark(h, existing.id);

    expect(await h.delete(existing.arn, spec)).toMatchObject({ status: 'SUCCESS' });

    expect(await h.readProfile(existing.id)).toEqual(before);
    await assertNoKeptPairDropped(h, existing.id, mark);
    expect(await originals()).toEqual([]);
  });

  test('restoreOnRemoval false leaves it as the stack set it, and drops what was kept', async () => {
    const h = d.handlers;
    const existing = await consoleProfile();
    const spec = adoptingSpec({ RestoreOnRemoval: 'false' });
    await h.create(spec);
    await h.emulator.control.clearCalls();

    expect(await h.delete(existing.arn, spec)).toMatchObject({ status: 'SUCCESS' });

    expect(await h.calls()).toEqual([]);
    expectLiveMatches(h, await h.readProfile(existing.id), spec, false);
    expect(await originals()).toEqual([]);
  });

  test('the default profile is put back, stays the default and keeps its users', async () => {
    const h = d.handlers;
    const basic = h.defaultProfile;
    const before = await h.readProfile(basic.id);
    const spec = d.spec({
      Name: basic.name,
      Description: 'Adopted default',
      AdoptExisting: 'true',
      MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: '1' }],
      QueueConfigs: [pair('Sales', 'VOICE')],
    });
    expect(await h.create(spec)).toMatchObject({ status: 'SUCCESS', physicalResourceId: basic.arn });

    expect(await h.delete(basic.arn, spec)).toMatchObject({ status: 'SUCCESS' });

    expect(await h.readProfile(basic.id)).toEqual(before);
    expect(await h.successfulWrites()).not.toContainEqual(expect.objectContaining({ operation: 'DeleteRoutingProfile' }));
    const users = h.emulator.emulator.store.instance(h.emulator.instanceId).users;
    expect([...users.values()].filter((u) => u.routingProfileId === basic.id)).toHaveLength(2);
  });

  test('a Create that Lambda runs again keeps the first run\'s original, so removal still puts back the console state', async () => {
    const h = d.handlers;
    const existing = await consoleProfile();
    const before = await h.readProfile(existing.id);
    const spec = adoptingSpec();
    h.failNextResponses(403);
    await expect(h.create(spec)).rejects.toThrow(/HTTP 403/);

    expect(await h.create(spec)).toMatchObject({ status: 'SUCCESS', physicalResourceId: existing.arn });
    expect(await h.delete(existing.arn, spec)).toMatchObject({ status: 'SUCCESS' });

    expect(await h.readProfile(existing.id)).toEqual(before);
  });
});

describe('a RoutingProfileConcurrency Create that Lambda runs again', () => {
  test('remembers what the profile had before the first run, not the values that run set', async () => {
    const h = d.handlers;
    const c = new ConcurrencyEvents(h);
    const before = await c.concurrencies();
    const spec = c.spec({ MediaConcurrencies: [{ Channel: 'CHAT', Concurrency: '5' }] });
    h.failNextResponses(403);
    await expect(c.create(spec)).rejects.toThrow(/HTTP 403/);
    expect(await c.concurrencies()).toContainEqual(expect.objectContaining({ channel: 'CHAT', concurrency: 5 }));

    const rerun = await c.create(spec);

    expect(rerun.status).toBe('SUCCESS');
    expect(rerun.physicalResourceId).toContain('CHAT=2');
    expect(await c.delete(rerun.physicalResourceId, spec)).toMatchObject({ status: 'SUCCESS' });
    expect(await c.concurrencies()).toEqual(before);
    expect(await originals()).toEqual([]);
  });
});

test('an adoption that fails part-way reports the adopted profile, so the rollback\'s Delete puts it back', async () => {
  const h = d.handlers;
  const existing = await consoleProfile();
  const before = await h.readProfile(existing.id);
  await h.emulator.control.injectFault({ operation: 'AssociateRoutingProfileQueues', error: { code: 'AccessDeniedException', message: 'not allowed' } });
  const spec = adoptingSpec();

  const failed = await h.create(spec);

  expect(failed).toMatchObject({ status: 'FAILED', physicalResourceId: existing.arn });
  expect(failed.reason).toMatch(/^Connect AssociateRoutingProfileQueues failed: AccessDeniedException: not allowed, while adopting .*; the rollback puts it back as it was before adoption\.$/);
  expect(await h.readProfile(existing.id)).not.toEqual(before);
  expect(await h.delete(failed.physicalResourceId, spec)).toMatchObject({ status: 'SUCCESS' });
  expect(await h.readProfile(existing.id)).toEqual(before);
});
