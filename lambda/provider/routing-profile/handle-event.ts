import type { CloudFormationCustomResourceEvent } from 'aws-lambda';
import { createRoutingProfile, deleteRoutingProfile, updateRoutingProfile } from './lifecycle';
import { ownershipOf } from './ownership';
import { parseRoutingProfileSpec } from './parse-spec';
import { booleanOf, wholeNumberOf } from '../../../src/private/cfn-values';
import { parseChildArn, parseInstanceArn } from '../../../src/private/connect-arn';
import { RemovalMode, RoutingProfileAttribute } from '../../../src/private/contract';
import { ConnectApi } from '../../connect/connect-api';
import { createConnectClient } from '../../connect/connect-client';
import { forgetDesiredState, recordDesiredState, recordKey } from '../record-desired-state';
import { LifecycleResult } from '../result';

/**
 * One CloudFormation event of a `Custom::ConnectRoutingProfile`: a routing profile the stack owns (or adopted).
 * A Create or Update reconciles the profile, then records the applied state for the drift reconciler; a Delete
 * removes the record first (so a drift run never puts back what the Delete removed), then deletes the profile, or
 * puts an adopted one back as it was.
 */
export async function handleRoutingProfileEvent(event: CloudFormationCustomResourceEvent, deadline: number): Promise<LifecycleResult> {
  const properties = event.ResourceProperties as Record<string, unknown>;
  const requester = { resource: recordKey(event), ownership: ownershipOf(event.StackId, event.LogicalResourceId) };
  if (event.RequestType === 'Delete') {
    // Delete must work even with properties an older or broken deploy left: each is read leniently.
    const region = parseInstanceArn(String(properties.InstanceArn))?.region
      ?? parseChildArn(event.PhysicalResourceId)?.instance.region ?? process.env.AWS_REGION ?? 'us-east-1';
    await forgetDesiredState(requester.resource, event.PhysicalResourceId);
    const quota = wholeNumberOf(properties.MaxQueuePairs);
    return deleteRoutingProfile(new ConnectApi(createConnectClient(region), deadline), {
      removal: properties.RemovalPolicy === RemovalMode.RETAIN ? RemovalMode.RETAIN : RemovalMode.DESTROY,
      fallbackRoutingProfileArn: properties.FallbackRoutingProfile as string | undefined,
      // Anything but an explicit false restores: the safe side for a profile someone else owns.
      restoreOnRemoval: booleanOf(properties.RestoreOnRemoval) !== false,
      maxQueuePairs: typeof quota === 'number' && Number.isInteger(quota) ? quota : undefined,
    }, event.PhysicalResourceId, requester);
  }
  const spec = parseRoutingProfileSpec(properties);
  const api = new ConnectApi(createConnectClient(spec.instance.region), deadline);
  const outcome = event.RequestType === 'Create'
    ? await createRoutingProfile(api, spec, requester)
    : await updateRoutingProfile(api, spec, event.PhysicalResourceId, requester);
  await recordDesiredState(requester.resource, {
    resourceType: event.ResourceType,
    physicalResourceId: outcome.physicalResourceId,
    instanceArn: spec.instance.instanceArn,
    routingProfileId: outcome.data![RoutingProfileAttribute.ID],
    routingProfileArn: outcome.data![RoutingProfileAttribute.ARN],
    driftPolicy: spec.driftPolicy,
    desired: outcome.desired,
  });
  return outcome;
}
