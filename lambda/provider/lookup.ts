import type { CloudFormationCustomResourceEvent } from 'aws-lambda';
import { InvalidSpecError, LifecycleResult, profileAttributes } from './result';
import { parseInstanceArn } from '../../src/private/connect-arn';
import { RoutingProfileLookupSpec } from '../../src/private/contract';
import { routingProfileLookupSpecErrors } from '../../src/private/spec-rules';
import { ConnectApi } from '../connect/connect-api';
import { createConnectClient } from '../connect/connect-client';
import { findRoutingProfileByName } from '../connect/find-routing-profile';

/**
 * One CloudFormation event of a `Custom::ConnectRoutingProfileLookup` (`RoutingProfile.fromRoutingProfileName`):
 * finds an existing routing profile by name; changes nothing in Connect, and a Delete has nothing to do.
 */
export async function handleLookupEvent(event: CloudFormationCustomResourceEvent, deadline: number): Promise<LifecycleResult> {
  if (event.RequestType === 'Delete') return { physicalResourceId: event.PhysicalResourceId, summary: 'lookup: nothing to delete' };
  const properties = event.ResourceProperties as Record<string, unknown>;
  const problems = routingProfileLookupSpecErrors(properties);
  if (problems.length > 0) throw new InvalidSpecError(problems);
  const spec = properties as unknown as RoutingProfileLookupSpec;
  const instance = parseInstanceArn(spec.InstanceArn)!;

  const api = new ConnectApi(createConnectClient(instance.region), deadline);
  const found = await findRoutingProfileByName(api, instance.instanceId, spec.Name);
  if (!found?.Arn || !found.Id) {
    throw new Error(`No routing profile named ${JSON.stringify(spec.Name)} exists in instance ${instance.instanceId}; `
      + 'check the name (it is case-sensitive) and the instance.');
  }
  return { physicalResourceId: found.Arn, data: profileAttributes(instance.instanceId, found.Id, found.Arn), summary: `found ${found.Arn}` };
}
