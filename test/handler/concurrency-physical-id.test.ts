import { parseConcurrencySpec } from '../../lambda/provider/routing-profile-concurrency/parse-spec';
import {
  MAX_PHYSICAL_ID_LENGTH,
  recallFromPhysicalId,
  rememberInPhysicalId,
} from '../../lambda/provider/routing-profile-concurrency/remembered-concurrency';
import type { BehaviorType, Channel, MediaConcurrency } from '../../lambda/reconcile';

const ARN = 'arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555/routing-profile/66666666-7777-8888-9999-000000000000';

describe('the original concurrency, remembered in the physical id', () => {
  test('round trip: channel, concurrency (or none) and behaviour (known, newer, or none), in order', () => {
    const original: MediaConcurrency[] = [
      { channel: 'VOICE', concurrency: 1, crossChannelBehavior: 'ROUTE_CURRENT_CHANNEL_ONLY' },
      { channel: 'CHAT', concurrency: 10, crossChannelBehavior: 'ROUTE_ANY_CHANNEL' },
      { channel: 'TASK' },
      { channel: 'EMAIL', concurrency: 3, crossChannelBehavior: 'ROUTE_SOMEWHERE_NEW' as BehaviorType },
    ];
    const id = rememberInPhysicalId(ARN, original);
    expect(id).toBe(`${ARN}|concurrency-v1|VOICE=1:C,CHAT=10:A,TASK=-:-,EMAIL=3:ROUTE_SOMEWHERE_NEW`);
    expect(recallFromPhysicalId(id)).toEqual({ routingProfileArn: ARN, original });
  });

  test('the worst case Connect can report today fits CloudFormation\'s 1 KB with room to spare', () => {
    // The longest partition and region in an ARN, and every known channel at its longest encoding.
    const longArn = 'arn:aws-iso-b:connect:us-isob-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555'
      + '/routing-profile/66666666-7777-8888-9999-000000000000';
    const original = (['VOICE', 'CHAT', 'TASK', 'EMAIL'] as Channel[]).map((channel) => ({ channel, concurrency: 10, crossChannelBehavior: 'ROUTE_ANY_CHANNEL' as const }));
    const id = rememberInPhysicalId(longArn, original);
    expect(id.length).toBeLessThan(250);
    expect(id.length).toBeLessThan(MAX_PHYSICAL_ID_LENGTH);
    process.stdout.write(`[measure] worst-case physical id of RoutingProfileConcurrency: ${id.length} of ${MAX_PHYSICAL_ID_LENGTH} characters\n`);
  });

  test('a list that would not fit is refused before anything changes, with the reason', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ channel: `NEW_CHANNEL_${i}` as Channel, concurrency: 1, crossChannelBehavior: 'ROUTE_SOMEWHERE_NEW' as BehaviorType }));
    expect(() => rememberInPhysicalId(ARN, many)).toThrow(/too long to remember in a physical resource id \(\d+ characters, CloudFormation allows 1024\); nothing was changed/);
  });

  test.each([
    ['a failed Create\'s placeholder', 'failed-create:request-1'],
    ['a routing profile ARN alone', ARN],
    ['a damaged entry', `${ARN}|concurrency-v1|VOICE=one:C`],
    ['an unknown format version', `${ARN}|concurrency-v2|VOICE=1:C`],
  ])('not a remembered id: %s', (_label, id) => {
    expect(recallFromPhysicalId(id)).toBeUndefined();
  });
});

describe('the spec, parsed', () => {
  test('CloudFormation\'s strings become numbers and booleans; a missing restoreOnRemoval means restore, a missing driftPolicy report', () => {
    expect(parseConcurrencySpec({
      SpecVersion: '1',
      InstanceArn: 'arn:aws:connect:us-east-1:123456789012:instance/i-1',
      RoutingProfile: { Arn: 'arn:aws:connect:us-east-1:123456789012:instance/i-1/routing-profile/rp-1' },
      MediaConcurrencies: [{ Channel: 'CHAT', Concurrency: '4', CrossChannelBehavior: 'ROUTE_ANY_CHANNEL' }, { Channel: 'VOICE', Concurrency: 1 }],
    })).toEqual({
      instance: expect.objectContaining({ instanceId: 'i-1', region: 'us-east-1' }),
      target: { kind: 'arn', arn: 'arn:aws:connect:us-east-1:123456789012:instance/i-1/routing-profile/rp-1', routingProfileId: 'rp-1' },
      desired: [{ channel: 'CHAT', concurrency: 4, crossChannelBehavior: 'ROUTE_ANY_CHANNEL' }, { channel: 'VOICE', concurrency: 1 }],
      restoreOnRemoval: true,
      driftPolicy: 'report',
    });
  });

  test('every problem is listed at once', () => {
    expect(() => parseConcurrencySpec({ SpecVersion: '1', InstanceArn: 'nope', RoutingProfile: 'Basic', MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: '0' }] }))
      .toThrow(/`instanceArn` must be a Connect instance ARN[^]*`routingProfile` must name a routing profile by exactly one of Arn, Id or Name, got: "Basic"[^]*`mediaConcurrencies\[0\]\.concurrency` for VOICE must be exactly 1, got: 0/);
  });
});
