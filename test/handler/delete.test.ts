import { TagResourceCommand } from '@aws-sdk/client-connect';
import { guardConsoleAndResponses, ownerTag, pair, writeOperations } from './expectations';
import { HandlerHarness } from './harness';
import { OWNERSHIP_TAG_KEY } from '../../src/private/contract';

let h: HandlerHarness;
beforeAll(async () => { h = await HandlerHarness.start(); });
afterAll(async () => h.close());
beforeEach(async () => h.reset());
guardConsoleAndResponses(() => h);

async function created(overrides = {}) {
  const spec = h.spec({ QueueConfigs: [pair('Sales', 'VOICE')], ...overrides });
  const result = await h.create(spec);
  expect(result).toMatchObject({ status: 'SUCCESS' });
  await h.emulator.control.clearCalls();
  return { spec, arn: result.physicalResourceId, id: result.data!.RoutingProfileId };
}

describe('Delete', () => {
  test('destroy (the default removal): the profile is deleted with one call', async () => {
    const { spec, arn, id } = await created();
    expect(await h.delete(arn, spec)).toMatchObject({ status: 'SUCCESS', physicalResourceId: arn });
    expect(await h.readProfile(id)).toBeUndefined();
    expect(await writeOperations(h)).toEqual(['DeleteRoutingProfile:200']);
    expect((await h.emulator.control.history(id)).at(-1)).toMatchObject({ deleted: true });
  });

  test('retain: the profile is left in Connect, untouched, with no call at all', async () => {
    const { spec, arn, id } = await created({ RemovalPolicy: 'retain' });
    expect(await h.delete(arn, spec)).toMatchObject({ status: 'SUCCESS', physicalResourceId: arn });
    expect(await h.calls()).toHaveLength(0);
    expect(await h.readProfile(id)).toMatchObject({ name: spec.Name });
  });

  test('a profile already gone is success', async () => {
    const { spec, arn, id } = await created();
    expect(await h.delete(arn, spec)).toMatchObject({ status: 'SUCCESS' });
    await h.emulator.control.clearCalls();
    expect(await h.delete(arn, spec)).toMatchObject({ status: 'SUCCESS', physicalResourceId: arn });
    expect(await h.writeCalls()).toHaveLength(0);
    expect(await h.readProfile(id)).toBeUndefined();
  });

  test('the instance\'s default profile is never deleted, even when it carries this resource\'s ownership tag', async () => {
    const basic = h.defaultProfile;
    await h.connect.send(new TagResourceCommand({ resourceArn: basic.arn, tags: { [OWNERSHIP_TAG_KEY]: ownerTag() } }));
    await h.emulator.control.clearCalls();
    expect(await h.delete(basic.arn, h.spec({ Name: basic.name }))).toMatchObject({ status: 'SUCCESS', physicalResourceId: basic.arn });
    expect(await h.readProfile(basic.id)).toMatchObject({ isDefault: true });
    expect(await h.writeCalls()).toHaveLength(0);
  });

  test('an adopted profile (no ownership tag of this resource) is kept', async () => {
    const { spec, arn, id } = await created();
    // Another stack's resource adopts it: its ownership tag does not match.
    expect(await h.delete(arn, spec, { logicalId: 'SomeoneElse' })).toMatchObject({ status: 'SUCCESS' });
    expect(await h.readProfile(id)).toBeDefined();
    expect(await h.writeCalls()).toHaveLength(0);
  });

  test('users still assigned and no fallback: FAILED naming the user count, nothing deleted', async () => {
    const { spec, arn, id } = await created();
    await h.emulator.control.seed({ users: [{ username: 'carol', routingProfileId: id }, { username: 'dave', routingProfileId: id }] });
    await h.emulator.control.clearCalls();

    const result = await h.delete(arn, spec);

    expect(result.status).toBe('FAILED');
    expect(result.physicalResourceId).toBe(arn);
    expect(result.reason).toContain('2 user(s) are still assigned');
    expect(result.reason).toContain('fallbackRoutingProfile');
    expect(result.reason).toContain('Nothing was deleted');
    expect(await h.readProfile(id)).toBeDefined();
    expect(await h.successfulWrites()).toHaveLength(0);
    expect(h.responses.at(-1)).toMatchObject({ Status: 'FAILED', PhysicalResourceId: arn });
  });

  test('users still assigned with a fallback profile: users moved there, then the profile deleted', async () => {
    const { spec: base, arn, id } = await created();
    const spec = { ...base, FallbackRoutingProfile: h.defaultProfile.arn };
    const users = await h.emulator.control.seed({ users: [{ username: 'carol', routingProfileId: id }, { username: 'dave', routingProfileId: id }] });
    await h.emulator.control.clearCalls();

    const result = await h.delete(arn, spec);

    expect(result).toMatchObject({ status: 'SUCCESS' });
    expect(await h.readProfile(id)).toBeUndefined();
    const moves = (await h.writeCalls()).filter((c) => c.operation === 'UpdateUserRoutingProfile');
    expect(moves.map((c) => (c.input as { UserId: string }).UserId).sort()).toEqual(users.users.map((u) => u.id).sort());
    expect(moves.every((c) => (c.input as { RoutingProfileId: string }).RoutingProfileId === h.defaultProfile.id)).toBe(true);
    // Minimum: one move per user and one successful delete.
    expect(await h.successfulWrites()).toHaveLength(users.users.length + 1);
  });

  test('a `failed-create:` physical id (a Create that failed) is success with no call', async () => {
    expect(await h.delete('failed-create:request-123', h.spec())).toMatchObject({ status: 'SUCCESS', physicalResourceId: 'failed-create:request-123' });
    expect(await h.calls()).toHaveLength(0);
  });
});
