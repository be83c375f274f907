/** The queue reads the handlers need: ListQueues, DescribeQueue, SearchQueues. */
import { OperationContext, OperationHandler, regionOf } from './context';
import { matchesCriteria, matchesTagFilter, StringFieldReader } from './search';
import { paginate } from '../state/pagination';
import { QueueRecord } from '../state/types';

const DEFAULT_PAGE_SIZE = 100;

function queueView(ctx: OperationContext, q: QueueRecord): Record<string, unknown> {
  return {
    Name: q.name,
    QueueArn: q.arn,
    QueueId: q.id,
    Description: q.description,
    HoursOfOperationId: q.hoursOfOperationId,
    MaxContacts: q.maxContacts,
    Status: q.status,
    Tags: { ...q.tags },
    LastModifiedTime: q.lastModifiedTime,
    LastModifiedRegion: regionOf(ctx),
  };
}

const listQueues: OperationHandler = (ctx, input) => {
  const instance = ctx.store.instance(input.InstanceId);
  const types = input.QueueTypes as string[] | undefined;
  const all = [...instance.queues.values()].filter((q) => !types || types.length === 0 || types.includes(q.type));
  const page = paginate(all, `ListQueues/${instance.id}/${(types ?? []).join(',')}`, input.NextToken, input.MaxResults, DEFAULT_PAGE_SIZE);
  return {
    QueueSummaryList: page.items.map((q) => ({
      Id: q.id, Arn: q.arn, Name: q.name, QueueType: q.type, LastModifiedTime: q.lastModifiedTime, LastModifiedRegion: regionOf(ctx),
    })),
    NextToken: page.nextToken,
  };
};

const describeQueue: OperationHandler = (ctx, input) => {
  const instance = ctx.store.instance(input.InstanceId);
  return { Queue: queueView(ctx, ctx.store.queue(instance, input.QueueId)) };
};

const queueFields: StringFieldReader<QueueRecord> = {
  name: (q) => (q.name === undefined ? [] : [q.name]),
  description: (q) => (q.description === undefined ? [] : [q.description]),
  resourceID: (q) => [q.id],
};

const searchQueues: OperationHandler = (ctx, input) => {
  const instance = ctx.store.instance(input.InstanceId);
  const matches = [...instance.queues.values()].filter((q) =>
    matchesCriteria(input.SearchCriteria, q, queueFields, 'SearchCriteria', { QueueTypeCondition: (value, item) => item.type === value })
    && matchesTagFilter(input.SearchFilter?.TagFilter, q.tags));
  const page = paginate(matches, `SearchQueues/${instance.id}/${JSON.stringify([input.SearchCriteria, input.SearchFilter])}`,
    input.NextToken, input.MaxResults, DEFAULT_PAGE_SIZE);
  return { Queues: page.items.map((q) => queueView(ctx, q)), NextToken: page.nextToken, ApproximateTotalCount: matches.length };
};

export const QUEUE_OPERATIONS: Record<string, OperationHandler> = {
  ListQueues: listQueues,
  DescribeQueue: describeQueue,
  SearchQueues: searchQueues,
};
