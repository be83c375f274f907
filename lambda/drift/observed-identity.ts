/**
 * What a check learns of a profile besides its fields: the name people know it by, and whether its last change was
 * made in another Region. Global Resiliency mirrors routing profiles between an instance and its replica both ways,
 * and Describe's `LastModifiedRegion` says where an edit was made: a finding whose edit came from the replica is
 * said so in the event, since the people to ask are the other Region's.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_RoutingProfile.html
 */
import type { ResourceOutcome } from './outcome';
import { parseInstanceArn } from '../../src/private/connect-arn';
import type { DesiredStateRecord } from '../desired-state/record';
import type { LiveProfile } from '../reconcile/types';

type Identity = Pick<ResourceOutcome, 'routingProfileName' | 'lastModifiedRegion'>;

/** The name the stack declared (a `RoutingProfile`'s record has one; a concurrency resource's does not). */
export function declaredIdentity(record: DesiredStateRecord): Identity {
  const name = (record.desired as { name?: unknown } | null)?.name;
  return typeof name === 'string' ? { routingProfileName: name } : {};
}

/** The live name, and the Region of the last change when it is not the instance's own. */
export function observedIdentity(record: DesiredStateRecord, live: Pick<LiveProfile, 'name' | 'lastModifiedRegion'>): Identity {
  const home = parseInstanceArn(record.instanceArn)?.region;
  return {
    routingProfileName: live.name,
    ...(live.lastModifiedRegion !== undefined && live.lastModifiedRegion !== home ? { lastModifiedRegion: live.lastModifiedRegion } : {}),
  };
}
