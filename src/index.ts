export * from './private/contract';
