import type { CloudFormationCustomResourceEvent } from 'aws-lambda';
import { createConcurrency, deleteConcurrency, updateConcurrency } from './lifecycle';
import { parseConcurrencySpec } from './parse-spec';
import { recallFromPhysicalId } from './remembered-concurrency';
import { parseChildArn, parseInstanceArn } from '../../../src/private/connect-arn';
import { RoutingProfileAttribute } from '../../../src/private/contract';
import { ConnectApi } from '../../connect/connect-api';
import { createConnectClient } from '../../connect/connect-client';
import type { RecordedConcurrency } from '../../desired-state/record';
import { forgetDesiredState, recordDesiredState, recordKey } from '../record-desired-state';
import { LifecycleResult } from '../result';

/**
 * One CloudFormation event of a `Custom::ConnectRoutingProfileConcurrency`: managed media concurrencies of a
 * routing profile the stack does not own. A Create or Update records the declared channels for the drift
 * reconciler; a Delete removes the record first, then puts the profile back.
 */
export async function handleConcurrencyEvent(event: CloudFormationCustomResourceEvent, deadline: number): Promise<LifecycleResult> {
  const properties = event.ResourceProperties as Record<string, unknown>;
  const resource = recordKey(event);
  if (event.RequestType === 'Delete') {
    // Only while the record names this physical id: a replacement's new resource has already recorded its own.
    await forgetDesiredState(resource, event.PhysicalResourceId);
    // Delete works from the physical id alone, whatever the properties look like by now.
    const remembered = recallFromPhysicalId(event.PhysicalResourceId);
    const region = (remembered && parseChildArn(remembered.routingProfileArn)?.instance.region)
      ?? parseInstanceArn(String(properties.InstanceArn))?.region ?? process.env.AWS_REGION ?? 'us-east-1';
    return deleteConcurrency(new ConnectApi(createConnectClient(region), deadline), properties, event.PhysicalResourceId, resource);
  }
  const spec = parseConcurrencySpec(properties);
  const api = new ConnectApi(createConnectClient(spec.instance.region), deadline);
  const outcome = event.RequestType === 'Create'
    ? await createConcurrency(api, spec, resource)
    : await updateConcurrency(api, spec, event.PhysicalResourceId, event.OldResourceProperties as Record<string, unknown> | undefined, resource);
  const desired: RecordedConcurrency = { mediaConcurrencies: spec.desired };
  await recordDesiredState(resource, {
    resourceType: event.ResourceType,
    physicalResourceId: outcome.physicalResourceId,
    instanceArn: spec.instance.instanceArn,
    routingProfileId: outcome.data![RoutingProfileAttribute.ID],
    routingProfileArn: outcome.data![RoutingProfileAttribute.ARN],
    driftPolicy: spec.driftPolicy,
    desired,
  });
  return outcome;
}
