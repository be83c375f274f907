import * as api from '../src';

describe('public API', () => {
  test('exports the constructs and value types, and nothing else', () => {
    expect(Object.keys(api).sort()).toEqual([
      'AgentAvailabilityTimer', 'Channel', 'ContactRoutingFunction', 'CrossChannelBehavior', 'CrossChannelWorkloadBehavior', 'DriftPolicy', 'DriftReconciler',
      'MediaConcurrency', 'QueueRef', 'QueueTimeAdjustment', 'RoutingCondition', 'RoutingProfile', 'RoutingProfileConcurrency',
      'RoutingProfileTarget',
    ]);
  });

  test('does not export the private contract or rules', () => {
    expect(api).not.toHaveProperty('ROUTING_PROFILE_RESOURCE_TYPE');
    expect(api).not.toHaveProperty('channelError');
  });
});
