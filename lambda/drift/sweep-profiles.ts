import { ConnectApi } from '../connect/connect-api';
import { SEARCH_PAGE_SIZE, SearchedProfile, searchRoutingProfiles } from '../connect/search-routing-profiles';

/**
 * The profiles of an instance as SearchRoutingProfiles reports them, by id, 500 a page: one call for an instance
 * within Connect's default quota of 500 profiles. Paging stops as soon as every `wanted` profile has been seen, so
 * a larger instance costs more pages only when a wanted profile is missing (deleted out of band). It tells the run,
 * before any per-profile read, which recorded profiles are gone and whether the instance itself still exists
 * (ResourceNotFoundException), and it is what the checks compare with where Search reports all they compare.
 */
export async function sweepProfiles(
  api: ConnectApi, instanceId: string, wanted: ReadonlySet<string>, pageSize = SEARCH_PAGE_SIZE,
): Promise<Map<string, SearchedProfile>> {
  const found = new Map<string, SearchedProfile>();
  let missing = wanted.size;
  for await (const profile of searchRoutingProfiles(api, instanceId, pageSize)) {
    if (!wanted.has(profile.routingProfileId)) continue;
    found.set(profile.routingProfileId, profile);
    if (--missing === 0) break;
  }
  return found;
}

/**
 * Throws Connect's ResourceNotFoundException when the instance does not exist. Asked only when a
 * DescribeRoutingProfile answered not found, which Connect answers alike for a deleted profile and a deleted
 * instance: one SearchRoutingProfiles call of one result.
 */
export async function probeInstance(api: ConnectApi, instanceId: string): Promise<void> {
  for await (const _ of searchRoutingProfiles(api, instanceId, 1)) break;
}
