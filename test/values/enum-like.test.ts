import { Lazy, Token } from 'aws-cdk-lib';
import { AgentAvailabilityTimer, Channel, CrossChannelBehavior } from '../../src';

describe('Channel', () => {
  test('spells the four channels as Connect does', () => {
    expect([Channel.VOICE, Channel.CHAT, Channel.TASK, Channel.EMAIL].map((channel) => channel.name))
      .toEqual(['VOICE', 'CHAT', 'TASK', 'EMAIL']);
    expect(`${Channel.EMAIL}`).toBe('EMAIL');
  });

  test('of() returns the constant for a known name, so channels compare by identity', () => {
    expect(Channel.of('CHAT')).toBe(Channel.CHAT);
  });

  test('of() accepts a channel Connect adds later', () => {
    expect(Channel.of('VIDEO').name).toBe('VIDEO');
  });

  test('of() rejects a name Connect would not know, naming the prop and the value', () => {
    expect(() => Channel.of('chat')).toThrow(
      '`channel` must be a Connect channel in upper case (VOICE, CHAT, TASK, EMAIL, or one Connect added since), got: "chat"');
    expect(() => Channel.of('')).toThrow(/got: ""$/);
  });

  test('of() takes a token without checking it', () => {
    const token = Lazy.string({ produce: () => 'chat' });
    expect(Token.isUnresolved(Channel.of(token).name)).toBe(true);
  });
});

describe('CrossChannelBehavior', () => {
  test('spells the behaviours as Connect does', () => {
    expect(CrossChannelBehavior.ROUTE_CURRENT_CHANNEL_ONLY.behaviorType).toBe('ROUTE_CURRENT_CHANNEL_ONLY');
    expect(CrossChannelBehavior.ROUTE_ANY_CHANNEL.behaviorType).toBe('ROUTE_ANY_CHANNEL');
    expect(CrossChannelBehavior.of('ROUTE_ANY_CHANNEL')).toBe(CrossChannelBehavior.ROUTE_ANY_CHANNEL);
    expect(CrossChannelBehavior.of('ROUTE_ANY_CHANNEL_ANY_WORKLOAD_TYPE').behaviorType).toBe('ROUTE_ANY_CHANNEL_ANY_WORKLOAD_TYPE');
    expect(`${CrossChannelBehavior.ROUTE_ANY_CHANNEL}`).toBe('ROUTE_ANY_CHANNEL');
  });

  test('of() rejects a malformed value', () => {
    expect(() => CrossChannelBehavior.of('route-any-channel')).toThrow(
      /^`crossChannelBehavior` must be a cross-channel behavior in upper case \(.*\), got: "route-any-channel"$/);
  });
});

describe('AgentAvailabilityTimer', () => {
  test('spells the timers as Connect does', () => {
    expect(AgentAvailabilityTimer.TIME_SINCE_LAST_ACTIVITY.value).toBe('TIME_SINCE_LAST_ACTIVITY');
    expect(AgentAvailabilityTimer.TIME_SINCE_LAST_INBOUND.value).toBe('TIME_SINCE_LAST_INBOUND');
    expect(AgentAvailabilityTimer.of('TIME_SINCE_LAST_INBOUND')).toBe(AgentAvailabilityTimer.TIME_SINCE_LAST_INBOUND);
    expect(`${AgentAvailabilityTimer.TIME_SINCE_LAST_INBOUND}`).toBe('TIME_SINCE_LAST_INBOUND');
  });

  test('of() rejects a malformed value', () => {
    expect(() => AgentAvailabilityTimer.of('Time since last inbound')).toThrow(
      /^`agentAvailabilityTimer` must be an agent availability timer in upper case \(.*\), got: "Time since last inbound"$/);
  });
});
