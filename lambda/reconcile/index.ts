export * from './types';
export { planReconcile, planCreate, LiveState, PlanCreateOptions } from './plan';
export { diffQueues, planQueueCalls, QueueDiff } from './queue-plan';
export { MAX_QUEUES_PER_CALL, MAX_TAGS_PER_CALL, AWS_RESERVED_TAG_PREFIX, DEFAULT_CROSS_CHANNEL_BEHAVIOR } from './limits';
export {
  planConcurrency,
  planConcurrencyRestore,
  planConcurrencyChange,
  liveAfter,
  ReleasedChannels,
  rememberConcurrency,
  ConcurrencyCall,
  ConcurrencyEntryBody,
  DesiredChannelConcurrency,
  LiveChannelConcurrency,
  OriginalChannelConcurrency,
  WorkloadTypeConcurrencyBody,
  ChannelWorkloadBehaviorType,
} from './concurrency-plan';
