/**
 * The names of the queues a run's findings mention, so that events read as people know them: the documented field
 * paths name queues by id (`queueConfigs[<queueId>/VOICE].priority`). One ListQueues per instance per run (every
 * page), through the run's paced client, and only when some finding of that instance mentions a queue. A failed
 * listing (out of time, refused) leaves the names out, never the finding.
 */
import type { ResourceOutcome } from './outcome';
import type { PacedConnectApi } from '../connect/paced-connect-api';
import { listStandardQueues } from '../connect/resolve-queues';
import { describeError } from '../connect/retry';
import { mentionedQueueIds } from '../reconcile/differences';

/** The outcomes of one instance with `queueNames` added where they mention queues, and the reads it took. */
export async function nameQueues(
  api: PacedConnectApi, instanceId: string, outcomes: readonly ResourceOutcome[], log: (line: string) => void,
): Promise<{ readonly outcomes: ResourceOutcome[]; readonly reads: number }> {
  if (!outcomes.some((outcome) => mentionedQueueIds(outcome.differences).length > 0)) return { outcomes: [...outcomes], reads: 0 };
  const readsBefore = api.readCalls;
  const names = new Map<string, string>();
  try {
    for (const queue of await listStandardQueues(api, instanceId)) if (queue.name) names.set(queue.id, queue.name);
  } catch (error) {
    log(JSON.stringify({ event: 'queue names not read', instanceId, error: describeError(error) }));
    return { outcomes: [...outcomes], reads: api.readCalls - readsBefore };
  }
  const reads = api.readCalls - readsBefore;
  return {
    outcomes: outcomes.map((outcome) => {
      const named = mentionedQueueIds(outcome.differences).filter((id) => names.has(id)).map((id) => [id, names.get(id)!]);
      return named.length > 0 ? { ...outcome, queueNames: Object.fromEntries(named) } : outcome;
    }),
    reads,
  };
}
