import type { LifecycleResult } from './lifecycle';
import { InvalidSpecError } from './parse-spec';
import { RoutingProfileLookupSpec } from '../../src/private/contract';
import * as rules from '../../src/private/rules';
import { parseInstanceArn } from '../connect/arns';
import { ConnectApi } from '../connect/connect-api';
import { createConnectClient } from '../connect/connect-client';
import { findRoutingProfileByName } from '../connect/find-routing-profile';

/** Finds an existing routing profile by name for `RoutingProfile.fromRoutingProfileName`; changes nothing. */
export async function lookupRoutingProfile(properties: Record<string, unknown>, deadline: number): Promise<LifecycleResult> {
  const spec = properties as unknown as RoutingProfileLookupSpec;
  const instance = typeof spec.InstanceArn === 'string' ? parseInstanceArn(spec.InstanceArn) : undefined;
  const problems = [
    ...(instance ? [] : [`\`instanceArn\` must be a Connect instance ARN, got: ${JSON.stringify(spec.InstanceArn)}`]),
    ...[rules.routingProfileNameError(spec.Name, 'routingProfileName')].filter((p): p is string => p !== undefined),
  ];
  if (problems.length > 0) throw new InvalidSpecError(problems);

  const api = new ConnectApi(createConnectClient(instance!.region), deadline);
  const found = await findRoutingProfileByName(api, instance!.instanceId, spec.Name);
  if (!found?.Arn || !found.Id) {
    throw new Error(`No routing profile named ${JSON.stringify(spec.Name)} exists in instance ${instance!.instanceId}; `
      + 'check the name (it is case-sensitive) and the instance.');
  }
  return {
    physicalResourceId: found.Arn,
    data: { RoutingProfileArn: found.Arn, RoutingProfileId: found.Id, InstanceId: instance!.instanceId },
    summary: `found ${found.Arn}`,
  };
}
