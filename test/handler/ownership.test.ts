/**
 * The ownership tag: it carries the stack's unique id, so a new stack that reuses an old stack's name never takes
 * over what the old one retained; and profiles tagged by version 0.0.0 (`<stack name>/<logical id>`) stay their
 * resource's own for Update and Delete after an upgrade, with no call made just to retag them.
 */
import { CreateRoutingProfileCommand } from '@aws-sdk/client-connect';
import { expectLiveMatches, guardConsoleAndResponses, legacyOwnerTag, ownerTag, pair } from './expectations';
import { HandlerHarness, STACK_ID } from './harness';
import { ownershipOf } from '../../lambda/provider/routing-profile/ownership';
import { OWNERSHIP_TAG_KEY } from '../../src/private/contract';

let h: HandlerHarness;
beforeAll(async () => { h = await HandlerHarness.start(); });
afterAll(async () => h.close());
beforeEach(async () => h.reset());
guardConsoleAndResponses(() => h);

/** The same stack name as STACK_ID, created again: another UUID. */
const RECREATED_STACK_ID = STACK_ID.replace(/[0-9a-f-]{36}$/, '9d0c7a31-1111-4222-8333-444455556666');

test('the tag names the stack by name and unique id', async () => {
  const result = await h.create(h.spec());
  expect((await h.readProfile(result.data!.RoutingProfileId))!.tags).toEqual({
    [OWNERSHIP_TAG_KEY]: 'ContactCenter/0f4b1c2e-0000-4000-8000-000000000000/Profile',
  });
});

test('a new stack with the name of one that retained its profile does not take that profile over', async () => {
  const spec = h.spec({ RemovalPolicy: 'retain' });
  const first = await h.create(spec);
  expect(await h.delete(first.physicalResourceId, spec)).toMatchObject({ status: 'SUCCESS' });
  await h.emulator.control.clearCalls();

  const second = await h.create(spec, { stackId: RECREATED_STACK_ID });

  expect(second.status).toBe('FAILED');
  expect(second.reason).toMatch(/already exists.*adoptExisting/s);
  expect(await h.successfulWrites()).toEqual([]);
  expect((await h.readProfile(first.data!.RoutingProfileId))!.tags).toEqual({ [OWNERSHIP_TAG_KEY]: ownerTag() });
});

describe('a profile created by version 0.0.0, after the upgrade', () => {
  async function createdBy000(): Promise<{ id: string; arn: string }> {
    const out = await h.connect.send(new CreateRoutingProfileCommand({
      InstanceId: h.emulator.instanceId,
      Name: 'Support',
      Description: 'Support agents',
      DefaultOutboundQueueId: h.queue('BasicQueue').id,
      MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: 1 }],
      Tags: { [OWNERSHIP_TAG_KEY]: legacyOwnerTag() },
    }));
    await h.emulator.control.clearCalls();
    return { id: out.RoutingProfileId!, arn: out.RoutingProfileArn! };
  }

  test('an Update reconciles it and leaves the old tag (no call only to retag)', async () => {
    const { id, arn } = await createdBy000();
    const spec = h.spec({ QueueConfigs: [pair('Sales', 'VOICE')] });

    expect(await h.update(arn, spec, h.spec())).toMatchObject({ status: 'SUCCESS', physicalResourceId: arn });

    expect((await h.successfulWrites()).map((c) => c.operation)).toEqual(['AssociateRoutingProfileQueues']);
    expectLiveMatches(h, await h.readProfile(id), spec, legacyOwnerTag());
  });

  test('a Delete deletes it: the physical id names it, and the old tag is this resource\'s', async () => {
    const { id, arn } = await createdBy000();

    expect(await h.delete(arn, h.spec())).toMatchObject({ status: 'SUCCESS', physicalResourceId: arn });

    expect(await h.readProfile(id)).toBeUndefined();
  });

  test('another resource of the stack does not delete it', async () => {
    const { id, arn } = await createdBy000();

    expect(await h.delete(arn, h.spec(), { logicalId: 'Other' })).toMatchObject({ status: 'SUCCESS' });

    expect(await h.readProfile(id)).toBeDefined();
    expect(await h.successfulWrites()).toEqual([]);
  });

  test('a Create does not resume it: the old tag names no stack uniquely', async () => {
    await createdBy000();

    const result = await h.create(h.spec());

    expect(result.status).toBe('FAILED');
    expect(await h.successfulWrites()).toEqual([]);
  });
});

test('a value too long for a tag is a SHA-256 of the StackId and logical id, as 0.0.0 wrote it', () => {
  const logicalId = 'L'.repeat(250);
  const ownership = ownershipOf(STACK_ID, logicalId);
  expect(ownership.tagValue).toMatch(/^sha256:[0-9a-f]{64}$/);
  expect(ownership.legacyTagValues).toEqual([ownership.tagValue]);
  expect(ownershipOf(STACK_ID, 'Profile')).toEqual({ tagValue: ownerTag(), legacyTagValues: [legacyOwnerTag()] });
});
