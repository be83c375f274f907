import { SearchUsersCommand, UpdateUserRoutingProfileCommand } from '@aws-sdk/client-connect';
import { ConnectApi } from '../../connect/connect-api';

/** SearchUsers' largest page. */
const PAGE_SIZE = 100;

/**
 * Moves every user of one routing profile to another, so the first can be deleted. Returns how many moved.
 * Users are collected first, then moved: moving while paging would shift the pages under the search.
 */
export async function reassignUsers(api: ConnectApi, instanceId: string, fromRoutingProfileId: string, toRoutingProfileId: string): Promise<number> {
  const userIds: string[] = [];
  let nextToken: string | undefined;
  do {
    const page = await api.read('SearchUsers', (c) => c.send(new SearchUsersCommand({
      InstanceId: instanceId,
      MaxResults: PAGE_SIZE,
      NextToken: nextToken,
      SearchCriteria: { StringCondition: { FieldName: 'RoutingProfileId', Value: fromRoutingProfileId, ComparisonType: 'EXACT' } },
    })));
    for (const user of page.Users ?? []) if (user.Id) userIds.push(user.Id);
    nextToken = page.NextToken;
  } while (nextToken);

  for (const userId of userIds) {
    await api.write('UpdateUserRoutingProfile', (c) => c.send(new UpdateUserRoutingProfileCommand({
      InstanceId: instanceId,
      UserId: userId,
      RoutingProfileId: toRoutingProfileId,
    })));
  }
  return userIds.length;
}
