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

  test('of() takes only the channels Connect documents, naming the prop and the value', () => {
    expect(() => Channel.of('FAX')).toThrow('`channel` must be a Connect channel: one of VOICE, CHAT, TASK, EMAIL, got: "FAX"');
    expect(() => Channel.of('chat')).toThrow(/got: "chat"$/);
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
    expect(`${CrossChannelBehavior.ROUTE_ANY_CHANNEL}`).toBe('ROUTE_ANY_CHANNEL');
  });

  test('of() takes only the behaviours Connect documents', () => {
    expect(() => CrossChannelBehavior.of('route-any-channel')).toThrow(
      /^`crossChannelBehavior` must be a cross-channel behavior: one of .*, got: "route-any-channel"$/);
    expect(() => CrossChannelBehavior.of('ROUTE_ANY_CHANNEL_ANY_WORKLOAD_TYPE')).toThrow(/got: "ROUTE_ANY_CHANNEL_ANY_WORKLOAD_TYPE"$/);
  });
});

describe('AgentAvailabilityTimer', () => {
  test('spells the timers as Connect does', () => {
    expect(AgentAvailabilityTimer.TIME_SINCE_LAST_ACTIVITY.value).toBe('TIME_SINCE_LAST_ACTIVITY');
    expect(AgentAvailabilityTimer.TIME_SINCE_LAST_INBOUND.value).toBe('TIME_SINCE_LAST_INBOUND');
    expect(AgentAvailabilityTimer.of('TIME_SINCE_LAST_INBOUND')).toBe(AgentAvailabilityTimer.TIME_SINCE_LAST_INBOUND);
    expect(`${AgentAvailabilityTimer.TIME_SINCE_LAST_INBOUND}`).toBe('TIME_SINCE_LAST_INBOUND');
  });

  test('of() takes only the timers Connect documents', () => {
    expect(() => AgentAvailabilityTimer.of('Time since last inbound')).toThrow(
      /^`agentAvailabilityTimer` must be an agent availability timer: one of .*, got: "Time since last inbound"$/);
    expect(() => AgentAvailabilityTimer.of('TIME_SINCE_LAST_OUTBOUND')).toThrow(/got: "TIME_SINCE_LAST_OUTBOUND"$/);
  });
});
