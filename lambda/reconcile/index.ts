export * from './types';
export { planReconcile, planCreate, PlanCreateOptions } from './plan';
export { diffQueues, planQueueCalls, QueueDiff } from './queue-plan';
export { MAX_QUEUES_PER_CALL, MAX_TAGS_PER_CALL, AWS_RESERVED_TAG_PREFIX, DEFAULT_CROSS_CHANNEL_BEHAVIOR } from './limits';
export {
  planConcurrency,
  planConcurrencyRestore,
  planConcurrencyChange,
  liveAfter,
  ReleasedChannels,
  rememberConcurrency,
} from './concurrency-plan';
export { profileDifferences, concurrencyDifferences, FieldDifference } from './differences';
