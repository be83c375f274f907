import { parseConcurrencySpec } from '../../lambda/provider/routing-profile-concurrency/parse-spec';
import {
  MAX_PHYSICAL_ID_LENGTH,
  recallFromPhysicalId,
  rememberInPhysicalId,
} from '../../lambda/provider/routing-profile-concurrency/remembered-concurrency';
import type { BehaviorType, Channel, ChannelWorkloadBehaviorType, MediaConcurrency } from '../../lambda/reconcile';

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

  test('workload types make it version 2: types percent-encoded (delimiters, quotes and accents), behaviours coded, order kept', () => {
    const names = ['billing', 'a,b', 'x=y;z:[w]|v', 'facturación', "o'brien 100%"];
    const original: MediaConcurrency[] = [
      { channel: 'VOICE', concurrency: 1, crossChannelBehavior: 'ROUTE_CURRENT_CHANNEL_ONLY' },
      {
        channel: 'TASK',
        crossChannelBehavior: 'ROUTE_ANY_CHANNEL',
        workloadTypeConcurrencies: names.map((workloadType, i) => ({
          workloadType,
          concurrency: i + 1,
          ...(i < 3 ? {
            crossChannelWorkloadBehavior: (['ROUTE_CURRENT_CHANNEL_CURRENT_WORKLOADTYPE_ONLY', 'ROUTE_CURRENT_CHANNEL_ANY_WORKLOADTYPE_ONLY',
              'ROUTE_ANY_CHANNEL_ANY_WORKLOAD_TYPE'] as ChannelWorkloadBehaviorType[])[i],
          } : {}),
        })),
      },
      { channel: 'EMAIL', concurrency: 0, workloadTypeConcurrencies: [{ workloadType: 'general', concurrency: 1, crossChannelWorkloadBehavior: 'ROUTE_NEWER' as ChannelWorkloadBehaviorType }] },
    ];
    const id = rememberInPhysicalId(ARN, original);
    expect(id).toBe(`${ARN}|concurrency-v2|VOICE=1:C,TASK=-:A[billing=1:CC;a%2Cb=2:CA;x%3Dy%3Bz%3A%5Bw%5D%7Cv=3:AA;facturaci%C3%B3n=4:-;o'brien%20100%25=5:-],`
      + 'EMAIL=0:-[general=1:ROUTE_NEWER]');
    expect(recallFromPhysicalId(id)).toEqual({ routingProfileArn: ARN, original });
  });

  test('five workload types of 70 characters on TASK and on EMAIL still fit; of 100 they are refused before any change', () => {
    const channels = (length: number): MediaConcurrency[] => (['TASK', 'EMAIL'] as Channel[]).map((channel) => ({
      channel,
      crossChannelBehavior: 'ROUTE_CURRENT_CHANNEL_ONLY',
      workloadTypeConcurrencies: Array.from({ length: 5 }, (_, i) => ({
        workloadType: `${channel}${i}`.padEnd(length, 'x'), concurrency: 2, crossChannelWorkloadBehavior: 'ROUTE_ANY_CHANNEL_ANY_WORKLOAD_TYPE' as const,
      })),
    }));
    const fits = rememberInPhysicalId(ARN, channels(70));
    process.stdout.write(`[measure] RoutingProfileConcurrency physical id with 2 x 5 workload types of 70 characters: ${fits.length} of ${MAX_PHYSICAL_ID_LENGTH}\n`);
    expect(() => rememberInPhysicalId(ARN, channels(100))).toThrow(/too long to remember in a physical resource id/);
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
    ['an unknown format version', `${ARN}|concurrency-v3|VOICE=1:C`],
    ['workload types in a version-1 id', `${ARN}|concurrency-v1|TASK=-:C[billing=3:-]`],
    ['a damaged workload type', `${ARN}|concurrency-v2|TASK=-:C[billing=x:-]`],
    ['a workload type that does not decode', `${ARN}|concurrency-v2|TASK=-:C[%E0%A4%A=3:-]`],
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
      checkWorkloadTypes: true,
    });
  });

  test('workload types are read with their behaviours, and the check can be turned off', () => {
    const parsed = parseConcurrencySpec({
      SpecVersion: '1',
      InstanceArn: 'arn:aws:connect:us-east-1:123456789012:instance/i-1',
      RoutingProfile: { Id: 'rp-1' },
      MediaConcurrencies: [{
        Channel: 'TASK',
        WorkloadTypeConcurrencies: [
          { WorkloadType: 'billing', Concurrency: '3', CrossChannelWorkloadBehavior: 'ROUTE_ANY_CHANNEL_ANY_WORKLOAD_TYPE' },
          { WorkloadType: 'returns', Concurrency: '2' },
        ],
      }],
      CheckWorkloadTypes: 'false',
    });
    expect(parsed.desired).toEqual([{
      channel: 'TASK',
      workloadTypeConcurrencies: [
        { workloadType: 'billing', concurrency: 3, crossChannelWorkloadBehavior: 'ROUTE_ANY_CHANNEL_ANY_WORKLOAD_TYPE' },
        { workloadType: 'returns', concurrency: 2 },
      ],
    }]);
    expect(parsed.checkWorkloadTypes).toBe(false);
  });

  test('every problem is listed at once', () => {
    expect(() => parseConcurrencySpec({ SpecVersion: '1', InstanceArn: 'nope', RoutingProfile: 'Basic', MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: '0' }] }))
      .toThrow(/`instanceArn` must be a Connect instance ARN[^]*`routingProfile` must name a routing profile by exactly one of Arn, Id or Name, got: "Basic"[^]*`mediaConcurrencies\[0\]\.concurrency` for VOICE must be exactly 1, got: 0/);
  });
});
