import { ConnectApi } from '../connect/connect-api';
import { routingProfileSummaries } from '../connect/list-routing-profiles';

/**
 * The ids of every routing profile of an instance: one call for up to 1,000 profiles. It tells the run, before
 * any per-profile read, which recorded profiles were deleted out of band (no more calls for those) and
 * whether the instance itself still exists (ResourceNotFoundException).
 */
export async function listProfileIds(api: ConnectApi, instanceId: string): Promise<Set<string>> {
  const ids = new Set<string>();
  for await (const summary of routingProfileSummaries(api, instanceId)) {
    if (summary.Id) ids.add(summary.Id);
  }
  return ids;
}
