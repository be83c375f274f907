/**
 * What an export declares and how it writes it, from instances the emulator cannot hold: a queue without a name,
 * AWS's own tags, a channel Connect added after this release, a live channel with no concurrency. Pure: no Connect.
 */
import { quoted } from '../../cli/export/code';
import { constructIds } from '../../cli/export/construct-ids';
import { declareInstance } from '../../cli/export/declare-instance';
import { renderPython } from '../../cli/export/python';
import type { InstanceRead } from '../../cli/export/read-instance';
import { stackFile } from '../../cli/export/stack-file';
import { renderTypeScript } from '../../cli/export/typescript';
import type { WholeLiveProfile } from '../../lambda/connect/read-live-profile';
import { parseInstanceArn } from '../../src/private/connect-arn';

const INSTANCE = parseInstanceArn('arn:aws:connect:eu-west-2:111122223333:instance/inst-1')!;

function live(name: string, more: Partial<WholeLiveProfile> = {}): WholeLiveProfile {
  return {
    routingProfileId: `rp-${name}`,
    routingProfileArn: `${INSTANCE.instanceArn}/routing-profile/rp-${name}`,
    isDefault: false,
    numberOfAssociatedUsers: 0,
    name,
    description: `${name} agents`,
    defaultOutboundQueue: 'q-basic',
    mediaConcurrencies: [{ channel: 'VOICE', concurrency: 1 }],
    queueConfigs: [],
    manualAssignmentQueueConfigs: [],
    tags: {},
    ...more,
  };
}

function read(...profiles: WholeLiveProfile[]): InstanceRead {
  return {
    instance: INSTANCE,
    profileCount: profiles.length,
    profiles,
    queues: [{ id: 'q-basic', name: 'BasicQueue' }, { id: 'q-sales', name: 'Sales' }, { id: 'q-unnamed' }, { id: 'q-vip1', name: 'VIP' }, { id: 'q-vip2', name: 'VIP' }],
  };
}

const file = (r: InstanceRead) => stackFile(declareInstance(r), { retain: true, commandLine: 'cdk-connect-routing export --instance inst-1', selection: '' });

test('a queue ListQueues gives no name, or a name another queue has too, is referenced by ARN, and the header says so', () => {
  const r = read(live('Sales', {
    queueConfigs: [
      { queue: 'q-unnamed', channel: 'VOICE', priority: 1, delaySeconds: 0 },
      { queue: 'q-sales', channel: 'VOICE', priority: 2, delaySeconds: 0 },
      { queue: 'q-vip2', channel: 'VOICE', priority: 3, delaySeconds: 0 },
    ],
  }));
  const declaration = declareInstance(r);

  expect(declaration.profiles[0].queueConfigs.map((q) => q.queue)).toEqual([
    { by: 'arn', arn: `${INSTANCE.instanceArn}/queue/q-unnamed` },
    { by: 'name', name: 'Sales' },
    { by: 'arn', arn: `${INSTANCE.instanceArn}/queue/q-vip2` },
  ]);
  expect(declaration.queuesByArn).toEqual([`${INSTANCE.instanceArn}/queue/q-unnamed`, `${INSTANCE.instanceArn}/queue/q-vip2`]);
  const typescript = renderTypeScript(file(r));
  expect(typescript).toContain(`{ queue: QueueRef.fromQueueArn('${INSTANCE.instanceArn}/queue/q-unnamed'), channel: Channel.VOICE, priority: 1 },`);
  expect(typescript.replace(/\n\/\/ /g, ' ')).toContain('except these, which have no name of their own in ListQueues\' standard queues, by ARN: '
    + `${INSTANCE.instanceArn}/queue/q-unnamed, ${INSTANCE.instanceArn}/queue/q-vip2.`);
});

test('AWS\'s own tags and the ownership tag are not declared; a profile carrying the ownership tag is left out', () => {
  const declaration = declareInstance(read(
    live('Sales', { tags: { 'aws:cloudformation:stack-name': 'old', 'team': 'sales' } }),
    live('Owned', { tags: { 'cdk-connect-routing:owner': 'Stack/Owned' } }),
  ));

  expect(declaration.profiles.map((p) => [p.name, p.tags])).toEqual([['Sales', { team: 'sales' }]]);
  expect(declaration.leftOut).toEqual([{
    name: 'Owned',
    reasons: [
      'a cdk-connect-routing stack already manages it (its cdk-connect-routing:owner tag is "Stack/Owned"): declare it in that stack',
    ],
  }]);
});

test('a live channel-level 0 beside workload types is declared per workload type; a 0 alone is refused by the rules, so left out', () => {
  const declaration = declareInstance(read(
    live('Tasks', { mediaConcurrencies: [{ channel: 'TASK', concurrency: 0, workloadTypeConcurrencies: [{ workloadType: 'billing', concurrency: 2 }] }] }),
    live('Zero', { mediaConcurrencies: [{ channel: 'VOICE', concurrency: 1 }, { channel: 'CHAT', concurrency: 0 }] }),
  ));

  expect(declaration.profiles.map((p) => p.mediaConcurrencies)).toEqual([[{ channel: 'TASK', workloadTypeConcurrencies: [{ workloadType: 'billing', concurrency: 2 }] }]]);
  expect(declaration.leftOut).toEqual([{
    name: 'Zero',
    reasons: [
      'the construct would refuse it: `mediaConcurrencies[1].concurrency` for CHAT must be a whole number from 1 to 10, got: 0',
    ],
  }]);
});

test('a profile with values Connect added after this release is left out, with each rule the construct would break', () => {
  const r = read(live('Video', {
    mediaConcurrencies: [{ channel: 'VIDEO' as never, concurrency: 2, crossChannelBehavior: 'ROUTE_ANY_CHANNEL_SOMEHOW' as never }],
    agentAvailabilityTimer: 'TIME_SINCE_LAST_BREAK' as never,
  }));

  expect(declareInstance(r).profiles).toEqual([]);
  expect(declareInstance(r).leftOut).toEqual([{
    name: 'Video',
    reasons: [
      'the construct would refuse it: `mediaConcurrencies[0].channel` must be a Connect channel: one of VOICE, CHAT, TASK, EMAIL, got: "VIDEO"',
      'the construct would refuse it: `mediaConcurrencies[0].crossChannelBehavior` must be a cross-channel behavior: one of '
      + 'ROUTE_CURRENT_CHANNEL_ONLY, ROUTE_ANY_CHANNEL, got: "ROUTE_ANY_CHANNEL_SOMEHOW"',
      'the construct would refuse it: `agentAvailabilityTimer` must be an agent availability timer: one of TIME_SINCE_LAST_ACTIVITY, '
      + 'TIME_SINCE_LAST_INBOUND, got: "TIME_SINCE_LAST_BREAK"',
    ],
  }]);
  const typescript = renderTypeScript(file(r));
  expect(typescript).toContain('// Left out: "Video", because the construct would refuse it:');
  expect(typescript).not.toContain('new RoutingProfile(');
  expect(renderPython(file(r))).not.toContain('RoutingProfile(self');
});

test('the default profile comes first and is marked; then by name, whatever order Connect lists them in', () => {
  const declaration = declareInstance(read(live('b'), live('Basic Routing Profile', { isDefault: true }), live('A')));

  expect(declaration.profiles.map((p) => [p.constructId, p.notes])).toEqual([
    ['BasicRoutingProfile', ['The instance\'s default routing profile: a deploy adopts it, and this library never deletes it.']],
    ['A', []],
    ['B', []],
  ]);
});

test('construct ids: readable, unique, never one the library uses itself', () => {
  expect(constructIds(['Tier 1 support', 'Sales', 'sales', 'SALES!', '日本語', '中文', 'CdkConnectRoutingDesiredState', 'Sales2']))
    .toEqual(['Tier1Support', 'Sales', 'Sales2', 'SALES', 'RoutingProfile', 'RoutingProfile2', 'CdkConnectRoutingDesiredState2', 'Sales22']);
});

test('a string never breaks out of its literal or comment line, in either language', () => {
  expect(quoted('a\u2028b\u2029c\nd"e\\f\u0085')).toBe('"a\\u2028b\\u2029c\\nd\\"e\\\\f\\u0085"');
  const typescript = renderTypeScript(file(read(live('It\'s "line\u2028two"'))));
  expect(typescript).toContain('routingProfileName: \'It\\\'s "line\\u2028two"\',');
  expect(typescript.split('\n').filter((line) => line.includes('\u2028'))).toEqual([]);
});
