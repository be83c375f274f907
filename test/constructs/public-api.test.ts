import * as api from '../../src';

test('RoutingProfile is public; its provider and contract stay private', () => {
  expect(typeof api.RoutingProfile).toBe('function');
  expect(typeof api.RoutingProfile.fromRoutingProfileArn).toBe('function');
  expect(typeof api.RoutingProfile.fromRoutingProfileName).toBe('function');
  expect(api).not.toHaveProperty('RoutingProfileProvider');
  expect(api).not.toHaveProperty('ROUTING_PROFILE_LOOKUP_RESOURCE_TYPE');
  expect(api).not.toHaveProperty('acknowledgeNagFindings');
});
