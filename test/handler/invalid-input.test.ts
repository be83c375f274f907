import { guardConsoleAndResponses, pair } from './expectations';
import { HandlerHarness } from './harness';
import { RoutingProfileSpec } from '../../src/private/contract';

let h: HandlerHarness;
beforeAll(async () => { h = await HandlerHarness.start(); });
afterAll(async () => h.close());
beforeEach(async () => h.reset());
guardConsoleAndResponses(() => h);

const fiftyTags = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, 'v']));

/** [case, spec overrides, what the reason must name (field, rule, value received)] */
const cases: Array<[string, (harness: HandlerHarness) => Partial<RoutingProfileSpec>, Array<string | RegExp>]> = [
  ['bad instance ARN', () => ({ InstanceArn: 'arn:aws:connect:us-east-1:123:instance' }), ['`instanceArn`', 'Connect instance ARN', 'got: "arn:aws:connect:us-east-1:123:instance"']],
  ['name too long', () => ({ Name: 'n'.repeat(128) }), ['`routingProfileName`', '127', '128']],
  ['VOICE concurrency 2', () => ({ MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: '2' }] }), ['VOICE', /concurrency/i, '1', 'got: 2']],
  ['a channel Connect does not document', () => ({ MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: '1' }, { Channel: 'FAX', Concurrency: '1' }] }),
    ['`mediaConcurrencies[1].channel`', 'VOICE, CHAT, TASK, EMAIL', 'got: "FAX"']],
  ['priority 0', () => ({ QueueConfigs: [pair('Sales', 'VOICE', 0)] }), [/queueConfigs\[0\]\.priority/i, '1', '99', 'got: 0']],
  ['delay 10000', () => ({ QueueConfigs: [pair('Sales', 'VOICE', 1, 10000)] }), [/queueConfigs\[0\]\.delay/i, '9999', 'got: 10000']],
  ['duplicate pair (same name twice)', () => ({ QueueConfigs: [pair('Sales', 'VOICE'), pair('Sales', 'VOICE', 2)] }), ['`queueConfigs[1]`', 'must not repeat the queue/channel pair of `queueConfigs[0]`', '"queue":"Name:Sales","channel":"VOICE"']],
  ['duplicate pair (same queue by name and by ARN)', (harness) => ({
    QueueConfigs: [pair('Sales', 'VOICE'), { Queue: { Arn: harness.queue('Sales').arn }, Channel: 'VOICE', Priority: '2', Delay: '0' }],
  }), ['`queueConfigs[1]`', 'must not repeat the queue/channel pair of `queueConfigs[0]`', '"channel":"VOICE"']],
  ['unknown queue name', () => ({ QueueConfigs: [pair('Nope', 'VOICE')] }), ['`queueConfigs[0].queue`', '"Nope"', 'does not exist', 'BasicQueue']],
  ['restoreOnRemoval not a boolean', () => ({ AdoptExisting: 'true', RestoreOnRemoval: 'maybe' }), ['`restoreOnRemoval`', 'true or false', 'got: "maybe"']],
  ['wrong SpecVersion', () => ({ SpecVersion: '2' }), ['`SpecVersion`', '"1"', 'got: "2"']],
  ['50 user tags (the ownership tag needs a slot)', () => ({ Tags: fiftyTags }), [/tags/i, '49', '50']],
];

describe('Invalid properties: FAILED with an actionable reason and no write call', () => {
  test.each(cases)('%s', async (_label, overrides, named) => {
    const result = await h.create(h.spec(overrides(h)));

    expect(result.status).toBe('FAILED');
    expect(result.physicalResourceId).toMatch(/^failed-create:/);
    for (const part of named) expect(result.reason).toEqual(typeof part === 'string' ? expect.stringContaining(part) : expect.stringMatching(part));
    expect(await h.writeCalls()).toHaveLength(0);
    expect(await h.profileNames()).toEqual([h.defaultProfile.name]);
    expect(h.responses.at(-1)).toMatchObject({ Status: 'FAILED', Reason: result.reason });
  });

  test('on Update, an invalid spec changes nothing on the existing profile', async () => {
    const spec = h.spec({ QueueConfigs: [pair('Sales', 'VOICE')] });
    const created = await h.create(spec);
    const before = await h.readProfile(created.data!.RoutingProfileId);
    await h.emulator.control.clearCalls();

    const result = await h.update(created.physicalResourceId, h.spec({ Description: 'new', QueueConfigs: [pair('Sales', 'VOICE', 100)] }), spec);

    expect(result).toMatchObject({ status: 'FAILED', physicalResourceId: created.physicalResourceId });
    expect(result.reason).toContain('got: 100');
    expect(await h.writeCalls()).toHaveLength(0);
    expect(await h.readProfile(created.data!.RoutingProfileId)).toEqual(before);
  });

  test('every problem is listed, and a huge reason is cut to fit CloudFormation\'s 4096-byte response', async () => {
    const result = await h.create(h.spec({
      Name: 'é'.repeat(3000),
      QueueConfigs: Array.from({ length: 200 }, (_, i) => pair(`Queue-${'x'.repeat(50)}-${i}`, 'VOICE', 0, -1)),
    }));

    expect(result.status).toBe('FAILED');
    expect(result.reason!.length).toBeGreaterThan(4096);
    const body = h.responseBodies.at(-1)!;
    expect(Buffer.byteLength(body)).toBeLessThan(4096);
    const sent = JSON.parse(body);
    expect(sent).toMatchObject({ Status: 'FAILED', PhysicalResourceId: result.physicalResourceId, LogicalResourceId: 'Profile' });
    expect(sent.Reason).toMatch(/^Invalid routing profile properties; nothing was changed in Connect/);
    expect(sent.Reason).toMatch(/\[truncated\]$/);
    expect(await h.calls()).toHaveLength(0);
  });
});
