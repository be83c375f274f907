import { SearchRoutingProfilesCommand } from '@aws-sdk/client-connect';
import { ConnectApi } from './connect-api';
import { DescribedProfile, describedProfileOf } from './read-live-profile';

/** SearchRoutingProfiles' largest page. */
export const SEARCH_PAGE_SIZE = 500;

/**
 * A profile as SearchRoutingProfiles reports it: what Describe reports (queue-list counts and tags included), except
 * every channel's CrossChannelBehavior and the AgentAvailabilityTimer, which Search leaves out
 * (https://docs.aws.amazon.com/connect/latest/APIReference/API_SearchRoutingProfiles.html): its media
 * concurrencies carry no behaviour, whatever Connect has. Only a check that compares neither may rely on it
 * (`lambda/reconcile/search-coverage.ts`).
 */
export type SearchedProfile = Omit<DescribedProfile, 'agentAvailabilityTimer'>;

/**
 * Every routing profile of an instance, one SearchRoutingProfiles page (500 profiles) at a time: a caller that
 * stops iterating makes no further call. No search criteria: every profile matches. A missing instance is
 * Connect's ResourceNotFoundException.
 */
export async function* searchRoutingProfiles(api: ConnectApi, instanceId: string, pageSize = SEARCH_PAGE_SIZE): AsyncGenerator<SearchedProfile> {
  let nextToken: string | undefined;
  do {
    const page = await api.read('SearchRoutingProfiles', (c) => c.send(new SearchRoutingProfilesCommand({
      InstanceId: instanceId,
      MaxResults: pageSize,
      NextToken: nextToken,
    })));
    for (const profile of page.RoutingProfiles ?? []) {
      if (!profile.RoutingProfileId || !profile.RoutingProfileArn) continue;
      const { agentAvailabilityTimer: _omitted, ...searched } = describedProfileOf(profile, profile.RoutingProfileId);
      yield searched;
    }
    nextToken = page.NextToken;
  } while (nextToken);
}
