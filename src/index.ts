export * from './channel';
export * from './cross-channel-behavior';
export * from './agent-availability-timer';
export * from './media-concurrency';
export * from './queue-ref';
export * from './queue-config';
export * from './routing-profile';
