/**
 * The names of the queues a run's findings mention, so that events read as people know them: the documented field
 * paths name queues by id (`queueConfigs[<queueId>/VOICE].priority`). One ListQueues per instance per run (every
 * page), through the run's paced client, and only when some finding of that instance mentions a queue. A failed
 * listing (out of time, refused) leaves the names out, never the finding.
 */
import { ListQueuesCommand } from '@aws-sdk/client-connect';
import type { ResourceOutcome } from './outcome';
import type { ConnectApi } from '../connect/connect-api';
import { describeError } from '../connect/retry';

/** ListQueues' largest page. */
const PAGE_SIZE = 1000;

/** A queue pair's field path: its queue id comes first inside the brackets. */
const QUEUE_PAIR_FIELD = /^(?:queueConfigs|manualAssignmentQueueConfigs)\[([^/\]]+)\//;

/** The queue ids an outcome's differences mention: in queue pairs' paths, and the default outbound queue's values. */
export function mentionedQueueIds(outcome: ResourceOutcome): string[] {
  const ids = outcome.differences.flatMap((difference) => {
    if (difference.field === 'defaultOutboundQueueId') {
      return [difference.expected, difference.actual].filter((id): id is string => typeof id === 'string');
    }
    const pair = QUEUE_PAIR_FIELD.exec(difference.field);
    return pair ? [pair[1]] : [];
  });
  return [...new Set(ids)];
}

/** The outcomes of one instance with `queueNames` added where they mention queues, and the reads it took. */
export async function nameQueues(
  api: ConnectApi, instanceId: string, outcomes: readonly ResourceOutcome[], log: (line: string) => void,
): Promise<{ readonly outcomes: ResourceOutcome[]; readonly reads: number }> {
  if (!outcomes.some((outcome) => mentionedQueueIds(outcome).length > 0)) return { outcomes: [...outcomes], reads: 0 };
  const names = new Map<string, string>();
  let reads = 0;
  try {
    let nextToken: string | undefined;
    do {
      reads++;
      const page = await api.read('ListQueues', (c) => c.send(new ListQueuesCommand({
        InstanceId: instanceId, QueueTypes: ['STANDARD'], MaxResults: PAGE_SIZE, NextToken: nextToken,
      })));
      for (const queue of page.QueueSummaryList ?? []) if (queue.Id && queue.Name) names.set(queue.Id, queue.Name);
      nextToken = page.NextToken;
    } while (nextToken);
  } catch (error) {
    log(JSON.stringify({ event: 'queue names not read', instanceId, error: describeError(error) }));
    return { outcomes: [...outcomes], reads };
  }
  return {
    outcomes: outcomes.map((outcome) => {
      const named = mentionedQueueIds(outcome).filter((id) => names.has(id)).map((id) => [id, names.get(id)!]);
      return named.length > 0 ? { ...outcome, queueNames: Object.fromEntries(named) } : outcome;
    }),
    reads,
  };
}
