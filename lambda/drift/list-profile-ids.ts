import { ListRoutingProfilesCommand } from '@aws-sdk/client-connect';
import { ConnectApi } from '../connect/connect-api';

/** ListRoutingProfiles' largest page: one call covers Connect's default quota of 500 profiles per instance. */
const PAGE_SIZE = 1000;

/**
 * The ids of every routing profile of an instance: one call for up to 1,000 profiles. It tells the run, before
 * any per-profile read, which recorded profiles were deleted out of band (no more calls for those) and
 * whether the instance itself still exists (ResourceNotFoundException).
 */
export async function listProfileIds(api: ConnectApi, instanceId: string): Promise<Set<string>> {
  const ids = new Set<string>();
  let nextToken: string | undefined;
  do {
    const page = await api.read('ListRoutingProfiles', (c) => c.send(new ListRoutingProfilesCommand({
      InstanceId: instanceId,
      MaxResults: PAGE_SIZE,
      NextToken: nextToken,
    })));
    for (const summary of page.RoutingProfileSummaryList ?? []) {
      if (summary.Id) ids.add(summary.Id);
    }
    nextToken = page.NextToken;
  } while (nextToken);
  return ids;
}
