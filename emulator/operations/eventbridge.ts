/**
 * Amazon EventBridge `PutEvents`, enough for the drift reconciler's events: the awsJson1_1 protocol
 * (`POST /`, `X-Amz-Target: AWSEvents.PutEvents`), the API's limits, per-entry errors counted in
 * `FailedEntryCount`, and a log of the accepted events that the control API serves to tests and the demo.
 *
 * Limits (EventBridge API Reference, PutEvents; "Calculating PutEvents event entry size"):
 * - `Entries`: 1 to 10, else the whole request fails with ValidationException.
 * - The entries' total size must not exceed 256 KB (Time = 14 bytes; Source, DetailType, Detail and each
 *   Resources entry = their UTF-8 bytes), else ValidationException.
 * - Per entry, reported in its result and counted in FailedEntryCount while the other entries go through:
 *   a missing Source, DetailType or Detail is `InvalidArgument`; a Detail that is not a JSON object is
 *   `MalformedDetail`.
 * Any event bus name or ARN is accepted (the emulator keeps no list of buses).
 */
import { randomUUID } from 'crypto';
import { ServerResponse } from 'http';
import type { CallLog } from '../runtime/call-log';
import { ActiveFault, CONNECTION_DROPPED, ConnectionDropped, failWith, FaultInjector, faultOutcome } from '../runtime/faults';

/** The awsJson1_1 target prefix of EventBridge operations. */
export const EVENTBRIDGE_TARGET_PREFIX = 'AWSEvents.';

/** EventBridge's request size limit for PutEvents. */
export const MAX_PUT_EVENTS_BYTES = 256 * 1024;

/** PutEvents' entry count limit. */
export const MAX_PUT_EVENTS_ENTRIES = 10;

/** An accepted event, in the shape EventBridge delivers to targets, plus the bus it was put on. */
export interface ReceivedEvent {
  readonly 'version': '0';
  readonly 'id': string;
  readonly 'detail-type': string;
  readonly 'source': string;
  readonly 'account': string;
  readonly 'time': string;
  readonly 'region': string;
  readonly 'resources': readonly string[];
  /** The entry's Detail, parsed. */
  readonly 'detail': Record<string, unknown>;
  readonly 'eventBusName': string;
}

/** An EventBridge error for the whole request (awsJson1_1: `__type` + `message`). */
export class EventBridgeError extends Error {
  constructor(public readonly code: string, message: string, public readonly status = 400) {
    super(message);
    this.name = code;
  }
}

interface PutEventsEntry {
  readonly Source?: unknown;
  readonly DetailType?: unknown;
  readonly Detail?: unknown;
  readonly Resources?: unknown;
  readonly Time?: unknown;
  readonly EventBusName?: unknown;
}

type ResultEntry = { EventId: string } | { ErrorCode: string; ErrorMessage: string };

/** The events put on every bus, oldest first. */
export class EventLog {
  private events: ReceivedEvent[] = [];

  constructor(private readonly region: string, private readonly accountId: string) {}

  public list(filter: { detailType?: string; source?: string } = {}): ReceivedEvent[] {
    return this.events.filter((e) => (!filter.detailType || e['detail-type'] === filter.detailType)
      && (!filter.source || e.source === filter.source));
  }

  public clear(): void {
    this.events = [];
  }

  /** Serves one PutEvents request; throws EventBridgeError when the whole request is rejected. */
  public putEvents(input: Record<string, unknown>): { FailedEntryCount: number; Entries: ResultEntry[] } {
    const entries = input.Entries;
    if (!Array.isArray(entries)) {
      throw new EventBridgeError('ValidationException', "1 validation error detected: Value null at 'entries' failed to satisfy constraint: Member must not be null");
    }
    if (entries.length < 1 || entries.length > MAX_PUT_EVENTS_ENTRIES) {
      throw new EventBridgeError('ValidationException', `1 validation error detected: Value '${entries.length} entries' at 'entries' failed to satisfy `
        + `constraint: Member must have length less than or equal to ${MAX_PUT_EVENTS_ENTRIES} and greater than or equal to 1`);
    }
    const size = entries.reduce((total: number, entry: PutEventsEntry) => total + entrySize(entry), 0);
    if (size > MAX_PUT_EVENTS_BYTES) {
      throw new EventBridgeError('ValidationException', `Total size of the entries in the request is over the limit: ${size} bytes, at most ${MAX_PUT_EVENTS_BYTES}.`);
    }
    const results = entries.map((entry: PutEventsEntry) => this.putEntry(entry));
    return { FailedEntryCount: results.filter((r) => 'ErrorCode' in r).length, Entries: results };
  }

  private putEntry(entry: PutEventsEntry): ResultEntry {
    for (const field of ['Source', 'DetailType', 'Detail'] as const) {
      if (typeof entry[field] !== 'string' || (entry[field] as string).length === 0) {
        return { ErrorCode: 'InvalidArgument', ErrorMessage: `Parameter ${field} is not valid. Reason: ${field} is a required argument.` };
      }
    }
    let detail: unknown;
    try {
      detail = JSON.parse(entry.Detail as string);
    } catch {
      detail = undefined;
    }
    if (detail === null || typeof detail !== 'object' || Array.isArray(detail)) {
      return { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' };
    }
    const event: ReceivedEvent = {
      'version': '0',
      'id': randomUUID(),
      'detail-type': entry.DetailType as string,
      'source': entry.Source as string,
      'account': this.accountId,
      'time': timeOf(entry.Time),
      'region': this.region,
      'resources': Array.isArray(entry.Resources) ? entry.Resources.map(String) : [],
      'detail': detail as Record<string, unknown>,
      'eventBusName': typeof entry.EventBusName === 'string' && entry.EventBusName ? entry.EventBusName : 'default',
    };
    this.events.push(event);
    return { EventId: event.id };
  }
}

/** An entry's size as EventBridge counts it. */
export function entrySize(entry: PutEventsEntry): number {
  const bytes = (value: unknown) => (typeof value === 'string' ? Buffer.byteLength(value, 'utf8') : 0);
  let size = entry.Time !== undefined ? 14 : 0;
  size += bytes(entry.Source) + bytes(entry.DetailType) + bytes(entry.Detail);
  if (Array.isArray(entry.Resources)) size += entry.Resources.reduce((total: number, r: unknown) => total + bytes(r), 0);
  return size;
}

/** The SDK sends Time as epoch seconds; EventBridge reports it as an ISO string to the second. */
function timeOf(value: unknown): string {
  const date = typeof value === 'number' ? new Date(value * 1000) : new Date();
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** What the EventBridge endpoint shares with the Connect side: the call log and fault injection. */
export interface EventBridgeEndpointContext {
  readonly events: EventLog;
  readonly calls: CallLog;
  readonly faults: FaultInjector;
}

/**
 * Serves one awsJson1_1 request whose `X-Amz-Target` starts with `AWSEvents.`. Calls are logged (operation
 * `PutEvents`) and faults injected for `PutEvents` apply, like Connect's; EventBridge's own rate (thousands
 * per second) is never the constraint here, so there is no throttle.
 */
export async function handleEventBridgeRequest(ctx: EventBridgeEndpointContext, target: string, body: string, res: ServerResponse): Promise<void> {
  const started = Date.now();
  const operation = target.slice(EVENTBRIDGE_TARGET_PREFIX.length);
  let input: unknown = body;
  let status = 200;
  let error: EventBridgeError | undefined;
  let fired: ActiveFault | undefined;
  let applied = false;
  let dropped = false;
  const fire = (fault: ActiveFault): never => {
    fired = fault;
    return failWith(fault, (e) => new EventBridgeError(e.code, e.message ?? `Injected ${e.code}`, e.status ?? 500));
  };
  try {
    if (operation !== 'PutEvents') {
      throw new EventBridgeError('UnknownOperationException', `The emulator serves only AWSEvents.PutEvents, got: ${target}`);
    }
    const fault = ctx.faults.take(operation);
    if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    const applyFirst = fault?.mode === 'apply-then-fail';
    if (fault && !applyFirst && (fault.error || fault.dropConnection)) fire(fault);
    let parsed: unknown;
    try {
      parsed = body.trim() === '' ? {} : JSON.parse(body);
    } catch {
      throw new EventBridgeError('SerializationException', 'The request body is not valid JSON');
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new EventBridgeError('SerializationException', 'The request body must be a JSON object');
    }
    input = parsed;
    const output = ctx.events.putEvents(parsed as Record<string, unknown>);
    if (fault && applyFirst) {
      applied = true;
      fire(fault);
    }
    res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
    res.end(JSON.stringify(output));
  } catch (e) {
    if (e instanceof ConnectionDropped) {
      dropped = true;
      status = 0;
      error = new EventBridgeError(CONNECTION_DROPPED, e.message, 0);
      res.socket?.destroy();
    } else {
      error = e instanceof EventBridgeError ? e : new EventBridgeError('InternalException', `Emulator internal error: ${(e as Error).message}`, 500);
      status = error.status;
      res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': error.code });
      res.end(JSON.stringify({ __type: error.code, message: error.message }));
    }
  }
  ctx.calls.add({
    operation,
    input,
    outcome: {
      status,
      error: error?.code,
      message: error?.message,
      ...faultOutcome(fired, applied, dropped),
    },
    time: started,
    durationMs: Date.now() - started,
  });
}
