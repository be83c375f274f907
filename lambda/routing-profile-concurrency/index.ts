import type { CloudFormationCustomResourceEvent } from 'aws-lambda';
import { createConcurrency, deleteConcurrency, updateConcurrency } from './lifecycle';
import { parseConcurrencySpec } from './parse-concurrency-spec';
import { recallFromPhysicalId } from './remembered-concurrency';
import { parseChildArn, parseInstanceArn } from '../connect/arns';
import { ConnectApi } from '../connect/connect-api';
import { createConnectClient } from '../connect/connect-client';
import type { LifecycleResult } from '../routing-profile/lifecycle';

/**
 * One CloudFormation event of a `Custom::ConnectRoutingProfileConcurrency`: managed media concurrencies of a
 * routing profile the stack does not own. Called by the provider's dispatch; it responds to CloudFormation.
 */
export async function handleConcurrencyEvent(event: CloudFormationCustomResourceEvent, deadline: number): Promise<LifecycleResult> {
  const properties = event.ResourceProperties as Record<string, unknown>;
  if (event.RequestType === 'Delete') {
    // Delete works from the physical id alone, whatever the properties look like by now.
    const remembered = recallFromPhysicalId(event.PhysicalResourceId);
    const region = (remembered && parseChildArn(remembered.routingProfileArn)?.instance.region)
      ?? parseInstanceArn(String(properties.InstanceArn))?.region ?? process.env.AWS_REGION ?? 'us-east-1';
    return deleteConcurrency(new ConnectApi(createConnectClient(region), deadline), properties, event.PhysicalResourceId);
  }
  const spec = parseConcurrencySpec(properties);
  const api = new ConnectApi(createConnectClient(spec.instance.region), deadline);
  return event.RequestType === 'Create'
    ? createConcurrency(api, spec)
    : updateConcurrency(api, spec, event.PhysicalResourceId, event.OldResourceProperties as Record<string, unknown> | undefined);
}
