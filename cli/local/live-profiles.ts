import {
  ConnectClient,
  DescribeRoutingProfileCommand,
  ListQueuesCommand,
  ListRoutingProfileManualAssignmentQueuesCommand,
  ListRoutingProfileQueuesCommand,
  ListRoutingProfilesCommand,
} from '@aws-sdk/client-connect';
import { compareStrings } from '../../lambda/reconcile/order';

/** A routing profile as Connect reports it, with queue names instead of ids. */
export interface LiveProfile {
  readonly id: string;
  readonly name: string;
  readonly isDefault: boolean;
  readonly concurrency: string;
  readonly timer?: string;
  readonly queues: ReadonlyArray<{ readonly queue: string; readonly channel: string; readonly priority: number; readonly delay: number }>;
  readonly manual: ReadonlyArray<{ readonly queue: string; readonly channel: string }>;
}

/** The instance's queues, id → name (every page of ListQueues; a queue without a name keeps its id). */
export async function readQueueNames(connect: ConnectClient, instanceId: string): Promise<Map<string, string>> {
  const queueNames = new Map<string, string>();
  let token: string | undefined;
  do {
    const page = await connect.send(new ListQueuesCommand({ InstanceId: instanceId, NextToken: token }));
    for (const q of page.QueueSummaryList ?? []) queueNames.set(q.Id!, q.Name ?? q.Id!);
    token = page.NextToken;
  } while (token);
  return queueNames;
}

/** Reads every routing profile of the instance through the Connect API (every page). */
export async function readLiveProfiles(connect: ConnectClient, instanceId: string): Promise<LiveProfile[]> {
  const queueNames = await readQueueNames(connect, instanceId);
  let token: string | undefined;
  const summaries = [];
  do {
    const page = await connect.send(new ListRoutingProfilesCommand({ InstanceId: instanceId, NextToken: token }));
    summaries.push(...page.RoutingProfileSummaryList ?? []);
    token = page.NextToken;
  } while (token);
  const profiles: LiveProfile[] = [];
  for (const summary of summaries) {
    const ids = { InstanceId: instanceId, RoutingProfileId: summary.Id! };
    const described = (await connect.send(new DescribeRoutingProfileCommand(ids))).RoutingProfile!;
    const queues: Array<LiveProfile['queues'][number]> = [];
    do {
      const page = await connect.send(new ListRoutingProfileQueuesCommand({ ...ids, NextToken: token }));
      for (const q of page.RoutingProfileQueueConfigSummaryList ?? []) {
        queues.push({ queue: queueNames.get(q.QueueId!) ?? q.QueueId!, channel: q.Channel!, priority: q.Priority!, delay: q.Delay! });
      }
      token = page.NextToken;
    } while (token);
    const manual: Array<LiveProfile['manual'][number]> = [];
    do {
      const page = await connect.send(new ListRoutingProfileManualAssignmentQueuesCommand({ ...ids, NextToken: token }));
      for (const q of page.RoutingProfileManualAssignmentQueueConfigSummaryList ?? []) {
        manual.push({ queue: queueNames.get(q.QueueId!) ?? q.QueueId!, channel: q.Channel! });
      }
      token = page.NextToken;
    } while (token);
    profiles.push({
      id: summary.Id!,
      name: described.Name!,
      isDefault: described.IsDefault ?? false,
      concurrency: (described.MediaConcurrencies ?? [])
        .map((m) => `${m.Channel} ${m.Concurrency}${m.CrossChannelBehavior?.BehaviorType === 'ROUTE_ANY_CHANNEL' ? ' (any channel)' : ''}`).join(', '),
      timer: described.AgentAvailabilityTimer,
      queues: queues.sort((a, b) => a.priority - b.priority || a.delay - b.delay
        || compareStrings(a.queue, b.queue) || compareStrings(a.channel, b.channel)),
      manual: manual.sort((a, b) => compareStrings(a.queue, b.queue) || compareStrings(a.channel, b.channel)),
    });
  }
  return profiles.sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || compareStrings(a.name, b.name));
}

/** The profiles as text tables: one block per profile, one row per queue with its channels. */
export function formatProfiles(profiles: readonly LiveProfile[], indent = '  '): string {
  const lines: string[] = [];
  for (const p of profiles) {
    lines.push(`${indent}${p.name}${p.isDefault ? ' (instance default)' : ''}: concurrency ${p.concurrency}; `
      + `${p.queues.length} queue pair(s)${p.manual.length ? `, ${p.manual.length} manual-assignment pair(s)` : ''}`);
    // One row per (queue, priority, delay), channels merged, so a 24-pair profile reads as 12 rows.
    const rows = new Map<string, { queue: string; channels: string[]; priority: number; delay: number }>();
    for (const q of p.queues) {
      const key = `${q.queue}|${q.priority}|${q.delay}`;
      const row = rows.get(key) ?? { queue: q.queue, channels: [], priority: q.priority, delay: q.delay };
      row.channels.push(q.channel);
      rows.set(key, row);
    }
    if (rows.size > 0) {
      lines.push(`${indent}  ${'queue'.padEnd(20)}${'channels'.padEnd(16)}${'priority'.padEnd(10)}delay`);
      for (const row of rows.values()) {
        lines.push(`${indent}  ${row.queue.padEnd(20)}${row.channels.join('+').padEnd(16)}${String(row.priority).padEnd(10)}${row.delay}s`);
      }
    }
    for (const m of p.manual) lines.push(`${indent}  ${m.queue.padEnd(20)}${m.channel.padEnd(16)}manual assignment`);
  }
  return lines.join('\n');
}
