/** The user operations the handlers need: ListUsers, DescribeUser, SearchUsers, UpdateUserRoutingProfile. */
import { OperationContext, OperationHandler, regionOf } from './context';
import { matchesCriteria, matchesTagFilter, StringFieldReader } from './search';
import { ConnectError, NOT_IMPLEMENTED } from '../http/errors';
import { paginate } from '../state/pagination';
import { nowSeconds } from '../state/store';
import { UserRecord } from '../state/types';

const DEFAULT_PAGE_SIZE = 100;

const phoneConfig = { PhoneType: 'SOFT_PHONE', AutoAccept: false, AfterContactWorkTimeLimit: 0 };

function userView(ctx: OperationContext, u: UserRecord): Record<string, unknown> {
  return {
    Id: u.id,
    Arn: u.arn,
    Username: u.username,
    IdentityInfo: { FirstName: u.firstName, LastName: u.lastName, Email: u.email },
    PhoneConfig: { ...phoneConfig },
    SecurityProfileIds: [...u.securityProfileIds],
    RoutingProfileId: u.routingProfileId,
    Tags: { ...u.tags },
    LastModifiedTime: u.lastModifiedTime,
    LastModifiedRegion: regionOf(ctx),
  };
}

const listUsers: OperationHandler = (ctx, input) => {
  const instance = ctx.store.instance(input.InstanceId);
  const page = paginate([...instance.users.values()], `ListUsers/${instance.id}`, input.NextToken, input.MaxResults, DEFAULT_PAGE_SIZE);
  return {
    UserSummaryList: page.items.map((u) => ({
      Id: u.id, Arn: u.arn, Username: u.username, LastModifiedTime: u.lastModifiedTime, LastModifiedRegion: regionOf(ctx),
    })),
    NextToken: page.nextToken,
  };
};

const describeUser: OperationHandler = (ctx, input) => {
  const instance = ctx.store.instance(input.InstanceId);
  return { User: userView(ctx, ctx.store.user(instance, input.UserId)) };
};

const userFields: StringFieldReader<UserRecord> = {
  Username: (u) => [u.username],
  FirstName: (u) => [u.firstName],
  LastName: (u) => [u.lastName],
  RoutingProfileId: (u) => [u.routingProfileId],
  SecurityProfileId: (u) => u.securityProfileIds,
  resourceId: (u) => [u.id],
};

const searchUsers: OperationHandler = (ctx, input) => {
  const instance = ctx.store.instance(input.InstanceId);
  if (input.SearchFilter?.UserAttributeFilter) {
    throw new ConnectError(NOT_IMPLEMENTED, 'The Connect emulator does not implement SearchFilter.UserAttributeFilter');
  }
  const matches = [...instance.users.values()].filter((u) =>
    matchesCriteria(input.SearchCriteria, u, userFields, 'SearchCriteria')
    && matchesTagFilter(input.SearchFilter?.TagFilter, u.tags));
  const page = paginate(matches, `SearchUsers/${instance.id}/${JSON.stringify([input.SearchCriteria, input.SearchFilter])}`,
    input.NextToken, input.MaxResults, DEFAULT_PAGE_SIZE);
  return {
    Users: page.items.map((u) => ({
      Arn: u.arn,
      Id: u.id,
      IdentityInfo: { FirstName: u.firstName, LastName: u.lastName },
      PhoneConfig: { ...phoneConfig },
      RoutingProfileId: u.routingProfileId,
      SecurityProfileIds: [...u.securityProfileIds],
      Tags: { ...u.tags },
      Username: u.username,
    })),
    NextToken: page.nextToken,
    ApproximateTotalCount: matches.length,
  };
};

const updateUserRoutingProfile: OperationHandler = (ctx, input) => {
  const instance = ctx.store.instance(input.InstanceId);
  const user = ctx.store.user(instance, input.UserId);
  ctx.store.routingProfile(instance, input.RoutingProfileId);
  user.routingProfileId = input.RoutingProfileId;
  user.lastModifiedTime = nowSeconds();
  return undefined;
};

export const USER_OPERATIONS: Record<string, OperationHandler> = {
  ListUsers: listUsers,
  DescribeUser: describeUser,
  SearchUsers: searchUsers,
  UpdateUserRoutingProfile: updateUserRoutingProfile,
};
