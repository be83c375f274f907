import type { MediaConcurrencyBody } from '../reconcile/types';

/**
 * Sends a media concurrency list (CreateRoutingProfile or UpdateRoutingProfileConcurrency) whose channels configured
 * per workload type carry no channel-level `Concurrency`, as the API Reference shows it (optional, 0..10). AWS does
 * not document whether Connect requires, ignores or refuses one beside workload types; should it refuse the list
 * (InvalidParameterException), the same call is made once more with `Concurrency: 0` on those channels, the one
 * value its range allows that no channel's own range does. The first refusal is what a failure reports.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_MediaConcurrency.html
 */
export async function sendWithChannelConcurrencyFallback<T>(
  mediaConcurrencies: readonly MediaConcurrencyBody[], send: (list: MediaConcurrencyBody[]) => Promise<T>,
): Promise<T> {
  try {
    return await send([...mediaConcurrencies]);
  } catch (error) {
    const bare = mediaConcurrencies.some(isWorkloadTypeChannelWithoutConcurrency);
    if ((error as Error).name !== 'InvalidParameterException' || !bare) throw error;
    try {
      return await send(mediaConcurrencies.map((m) => (isWorkloadTypeChannelWithoutConcurrency(m) ? { ...m, Concurrency: 0 } : m)));
    } catch {
      throw error;
    }
  }
}

function isWorkloadTypeChannelWithoutConcurrency(m: MediaConcurrencyBody): boolean {
  return m.WorkloadTypeConcurrencies !== undefined && m.Concurrency === undefined;
}
