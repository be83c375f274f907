import { ListRoutingProfilesCommand, RoutingProfileSummary } from '@aws-sdk/client-connect';
import { ConnectApi } from './connect-api';

/** ListRoutingProfiles' largest page: one call covers Connect's default quota of 500 profiles. */
const PAGE_SIZE = 1000;

/** The profile of an instance with exactly this name (Connect names are unique per instance), if any. */
export async function findRoutingProfileByName(api: ConnectApi, instanceId: string, name: string): Promise<RoutingProfileSummary | undefined> {
  let nextToken: string | undefined;
  do {
    const page = await api.read('ListRoutingProfiles', (c) => c.send(new ListRoutingProfilesCommand({
      InstanceId: instanceId,
      MaxResults: PAGE_SIZE,
      NextToken: nextToken,
    })));
    const match = page.RoutingProfileSummaryList?.find((p) => p.Name === name);
    if (match) return match;
    nextToken = page.NextToken;
  } while (nextToken);
  return undefined;
}
