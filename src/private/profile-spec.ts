/**
 * The public structs as the wire spec carries them (`contract.ts`). The value classes have their own `_toSpec()`;
 * structs cannot, so their conversion lives here, the one place a config becomes plain data.
 */
import { ManualAssignmentQueueEntry, QueueConfigEntry, WorkloadTypeConcurrencyEntry } from './contract';
import type { ManualAssignmentQueueConfig, QueueConfig } from '../queue-config';
import type { WorkloadTypeConcurrency } from '../workload-type-concurrency';

/** A queue config as the spec carries it; the rules check it, so a fractional delay is kept for them to report. */
export function queueConfigEntry(config: QueueConfig): QueueConfigEntry {
  return {
    Queue: config.queue._toSpec(),
    Channel: config.channel.value,
    Priority: config.priority,
    // Whole seconds; a token `Duration` must be `Duration.seconds(token)`.
    Delay: config.delay?.toSeconds({ integral: false }) ?? 0,
  };
}

/** A manual-assignment queue config as the spec carries it. */
export function manualAssignmentQueueEntry(config: ManualAssignmentQueueConfig): ManualAssignmentQueueEntry {
  return { Queue: config.queue._toSpec(), Channel: config.channel.value };
}

/** A workload-type concurrency as the spec carries it; an unset behaviour stays absent (not managed). */
export function workloadTypeConcurrencyEntry(config: WorkloadTypeConcurrency): WorkloadTypeConcurrencyEntry {
  return {
    WorkloadType: config.workloadType,
    Concurrency: config.concurrency,
    ...(config.crossChannelWorkloadBehavior !== undefined ? { CrossChannelWorkloadBehavior: config.crossChannelWorkloadBehavior.value } : {}),
  };
}
