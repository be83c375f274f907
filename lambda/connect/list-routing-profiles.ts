import { ListRoutingProfilesCommand, RoutingProfileSummary } from '@aws-sdk/client-connect';
import { ConnectApi } from './connect-api';

/** ListRoutingProfiles' largest page: one call covers Connect's default quota of 500 profiles per instance. */
export const ROUTING_PROFILE_PAGE_SIZE = 1000;

/**
 * Every routing profile of an instance, one ListRoutingProfiles page at a time: a caller that stops iterating
 * (found what it looked for) makes no further call.
 */
export async function* routingProfileSummaries(
  api: ConnectApi, instanceId: string, pageSize = ROUTING_PROFILE_PAGE_SIZE,
): AsyncGenerator<RoutingProfileSummary> {
  let nextToken: string | undefined;
  do {
    const page = await api.read('ListRoutingProfiles', (c) => c.send(new ListRoutingProfilesCommand({
      InstanceId: instanceId,
      MaxResults: pageSize,
      NextToken: nextToken,
    })));
    yield* page.RoutingProfileSummaryList ?? [];
    nextToken = page.NextToken;
  } while (nextToken);
}
