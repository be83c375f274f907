import type { TargetRef } from './parse-spec';
import { InstanceLocation } from '../../../src/private/connect-arn';
import { ConnectApi } from '../../connect/connect-api';
import { findRoutingProfileByName } from '../../connect/find-routing-profile';

/**
 * The id of the profile a target names: given, in its ARN, or found by exact name (one ListRoutingProfiles
 * page covers Connect's default quota). Fails with a reason a person can act on when no profile has the name.
 */
export async function resolveTargetId(api: ConnectApi, instance: InstanceLocation, target: TargetRef): Promise<string> {
  if (target.kind !== 'name') return target.routingProfileId;
  const found = await findRoutingProfileByName(api, instance.instanceId, target.name);
  if (!found?.Id) {
    throw new Error(`No routing profile named ${JSON.stringify(target.name)} exists in instance ${instance.instanceId}; `
      + 'check `routingProfile` (names are case-sensitive) and the instance. Nothing was changed.');
  }
  return found.Id;
}

/** How a target reads in a reason. */
export function describeTarget(target: TargetRef): string {
  switch (target.kind) {
    case 'arn': return target.arn;
    case 'id': return `id ${JSON.stringify(target.routingProfileId)}`;
    default: return `named ${JSON.stringify(target.name)}`;
  }
}
