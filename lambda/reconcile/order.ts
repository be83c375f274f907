import { QueuePair } from './types';

/**
 * A stable key for a (queue, channel) pair. Channel names never contain the separator, so keys are unique.
 */
export function pairKey(pair: QueuePair): string {
  return `${pair.queue}\u0000${pair.channel}`;
}

/** Code-unit order, independent of the runtime's locale, so plans and logs are reproducible everywhere. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders pairs by queue id, then channel. */
export function comparePairs(a: QueuePair, b: QueuePair): number {
  return compareStrings(a.queue, b.queue) || compareStrings(a.channel, b.channel);
}

/** Splits a list into consecutive chunks of at most `size` items. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    chunks.push(items.slice(i, i + size));
  }
  return chunks;
}
