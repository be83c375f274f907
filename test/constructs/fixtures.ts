import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { MediaConcurrency, QueueRef, RoutingProfile, RoutingProfileProps } from '../../src';

export const ACCOUNT = '111122223333';
export const REGION = 'eu-west-2';
export const INSTANCE_ARN = `arn:aws:connect:${REGION}:${ACCOUNT}:instance/11111111-aaaa-bbbb-cccc-000000000001`;
export const OTHER_INSTANCE_ARN = `arn:aws:connect:${REGION}:${ACCOUNT}:instance/22222222-aaaa-bbbb-cccc-000000000002`;
export const queueArn = (queueId: string, instanceArn = INSTANCE_ARN) => `${instanceArn}/queue/${queueId}`;
export const routingProfileArn = (profileId: string, instanceArn = INSTANCE_ARN) => `${instanceArn}/routing-profile/${profileId}`;

export const PROFILE_TYPE = 'Custom::ConnectRoutingProfile';
export const LOOKUP_TYPE = 'Custom::ConnectRoutingProfileLookup';

export function newStack(id = 'Stack', app = new App()): Stack {
  return new Stack(app, id, { env: { account: ACCOUNT, region: REGION } });
}

/** The smallest valid props, overridden as a test needs. */
export function minimalProps(overrides: Partial<RoutingProfileProps> = {}): RoutingProfileProps {
  return {
    instanceArn: INSTANCE_ARN,
    routingProfileName: 'Agents',
    defaultOutboundQueue: QueueRef.fromQueueArn(queueArn('outbound')),
    mediaConcurrencies: [MediaConcurrency.voice(), MediaConcurrency.chat(2)],
    ...overrides,
  };
}

export function newProfile(overrides: Partial<RoutingProfileProps> = {}, stack = newStack(), id = 'Profile'): RoutingProfile {
  return new RoutingProfile(stack, id, minimalProps(overrides));
}

/** The properties of the only routing-profile resource in the stack, as the template holds them. */
export function profileProperties(stack: Stack): Record<string, any> {
  const resources = Template.fromStack(stack).findResources(PROFILE_TYPE);
  const all = Object.values(resources);
  if (all.length !== 1) {
    throw new Error(`expected one ${PROFILE_TYPE}, found ${all.length}`);
  }
  return all[0].Properties;
}

/** The template as JSON with asset hashes masked, for snapshots that survive a rebuilt handler bundle. */
export function maskedTemplate(stack: Stack): unknown {
  return JSON.parse(JSON.stringify(Template.fromStack(stack).toJSON()).replace(/[a-f0-9]{64}/g, '<asset-hash>'));
}
