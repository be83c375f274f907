/**
 * One EventBridge event per resource that drifted, was corrected or could not be checked (none for resources in
 * sync or ignored), sent in PutEvents batches within the API's limits (10 entries, 256 KB). A failure to send is
 * counted and logged, never thrown: the metrics are already out, and the next run reports again.
 */
import { EventBridgeClient, PutEventsCommand, PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import { DriftStatus, ResourceOutcome } from './outcome';
import { DRIFT_EVENT_SOURCE, DriftEventType } from '../../src/private/contract';
import { describeError } from '../connect/retry';

const MAX_ENTRIES_PER_CALL = 10;
const MAX_BYTES_PER_CALL = 256 * 1024;
/** A detail above this drops its differences list (a profile within Connect's quotas stays far below it). */
const MAX_DETAIL_BYTES = 200 * 1024;
/** The `event` of the log line that carries a differences list dropped from its event. */
export const DIFFERENCES_OMITTED_LOG_EVENT = 'drift differences too large for the event';

export interface RunContext {
  readonly stackName: string;
  readonly stackId: string;
  /** ISO time the run started. */
  readonly checkedAt: string;
}

export interface EventDelivery {
  readonly putEventsCalls: number;
  readonly sent: number;
  readonly failed: number;
}

/** The detail-type of a resource's event, or undefined when nothing is worth an event. */
export function eventTypeOf(status: DriftStatus): string | undefined {
  switch (status) {
    case DriftStatus.IN_SYNC:
    case DriftStatus.IGNORED:
      return undefined;
    case DriftStatus.CORRECTED:
      return DriftEventType.CORRECTED;
    case DriftStatus.DRIFTED:
    case DriftStatus.DELETED_OUT_OF_BAND:
    case DriftStatus.CORRECTION_FAILED:
      return DriftEventType.DETECTED;
    default:
      return DriftEventType.CHECK_FAILED;
  }
}

/**
 * The event entries of a run, in outcome order. A differences list too large for its event is logged in full
 * instead (profile fields only, no customer data), where the event says to find it.
 */
export function eventEntries(
  outcomes: readonly ResourceOutcome[], run: RunContext, eventBusName: string, log: (line: string) => void,
): PutEventsRequestEntry[] {
  return outcomes.flatMap((o): PutEventsRequestEntry[] => {
    const detailType = eventTypeOf(o.status);
    if (!detailType) return [];
    return [{
      Source: DRIFT_EVENT_SOURCE,
      DetailType: detailType,
      EventBusName: eventBusName,
      Resources: o.routingProfileArn ? [o.routingProfileArn] : [],
      Detail: detailOf(o, run, log),
    }];
  });
}

function detailOf(o: ResourceOutcome, run: RunContext, log: (line: string) => void): string {
  const detail = {
    stackName: run.stackName,
    stackId: run.stackId,
    logicalResourceId: o.logicalResourceId,
    resourceType: o.resourceType ?? null,
    routingProfileArn: o.routingProfileArn ?? null,
    routingProfileName: o.routingProfileName ?? null,
    instanceArn: o.instanceArn ?? null,
    driftPolicy: o.driftPolicy ?? null,
    status: o.status,
    differenceCount: o.differences.length,
    differences: o.differences,
    ...(o.queueNames !== undefined ? { queueNames: o.queueNames } : {}),
    ...(o.lastModifiedRegion !== undefined ? { editedInAnotherRegion: true, lastModifiedRegion: o.lastModifiedRegion } : {}),
    ...(o.corrections !== undefined ? { corrections: o.corrections } : {}),
    ...(o.reason !== undefined ? { reason: o.reason } : {}),
    checkedAt: run.checkedAt,
  };
  const text = JSON.stringify(detail);
  if (Buffer.byteLength(text, 'utf8') <= MAX_DETAIL_BYTES) return text;
  const { logicalResourceId, differences } = o;
  log(JSON.stringify({ event: DIFFERENCES_OMITTED_LOG_EVENT, logicalResourceId, checkedAt: run.checkedAt, differences }));
  return JSON.stringify({ ...detail, differences: [], differencesOmitted: `too large for one event; see the reconciler log line "${DIFFERENCES_OMITTED_LOG_EVENT}"` });
}

/** Groups entries into PutEvents requests of at most 10 entries and 256 KB. */
export function batchEntries(entries: readonly PutEventsRequestEntry[]): PutEventsRequestEntry[][] {
  const batches: PutEventsRequestEntry[][] = [];
  let current: PutEventsRequestEntry[] = [];
  let size = 0;
  for (const entry of entries) {
    const entrySize = sizeOf(entry);
    if (current.length === MAX_ENTRIES_PER_CALL || (current.length > 0 && size + entrySize > MAX_BYTES_PER_CALL)) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(entry);
    size += entrySize;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** EventBridge's entry size: Source, DetailType, Detail and each resource in UTF-8 bytes (Time is not sent). */
function sizeOf(entry: PutEventsRequestEntry): number {
  const bytes = (s: string | undefined) => Buffer.byteLength(s ?? '', 'utf8');
  return bytes(entry.Source) + bytes(entry.DetailType) + bytes(entry.Detail) + (entry.Resources ?? []).reduce((t, r) => t + bytes(r), 0);
}

export async function sendEvents(
  client: EventBridgeClient, entries: readonly PutEventsRequestEntry[], log: (line: string) => void,
): Promise<EventDelivery> {
  let calls = 0;
  let sent = 0;
  let failed = 0;
  for (const batch of batchEntries(entries)) {
    calls++;
    try {
      const out = await client.send(new PutEventsCommand({ Entries: batch }));
      const failures = out.FailedEntryCount ?? 0;
      failed += failures;
      sent += batch.length - failures;
      (out.Entries ?? []).forEach((result, i) => {
        if (result.ErrorCode) log(JSON.stringify({ event: 'drift event rejected', logicalResourceId: logicalIdOf(batch[i]), error: `${result.ErrorCode}: ${result.ErrorMessage}` }));
      });
    } catch (error) {
      failed += batch.length;
      log(JSON.stringify({ event: 'PutEvents failed', entries: batch.length, error: describeError(error) }));
    }
  }
  return { putEventsCalls: calls, sent, failed };
}

function logicalIdOf(entry: PutEventsRequestEntry | undefined): string | undefined {
  try {
    return JSON.parse(entry?.Detail ?? '{}').logicalResourceId;
  } catch {
    return undefined;
  }
}
