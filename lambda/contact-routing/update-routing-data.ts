/**
 * The one Connect call: UpdateContactRoutingData with exactly one of QueuePriority and QueueTimeAdjustmentSeconds,
 * retried while throttled within the time budget, its errors sorted into the outcomes a flow branches on.
 */
import { ConnectClient, UpdateContactRoutingDataCommand } from '@aws-sdk/client-connect';
import { ContactRoutingOutcome, RoutingActionSpec } from '../../src/private/contact-routing-contract';
import { createConnectClient } from '../connect/connect-client';
import { describeError, RetryDeadlineError, withRetry } from '../connect/retry';

export interface RoutingDataRequest {
  readonly region: string;
  readonly instanceId: string;
  readonly contactId: string;
  readonly action: RoutingActionSpec;
}

export interface CallOutcome {
  readonly outcome: ContactRoutingOutcome;
  /** Why, when not `UPDATED`: Connect's error name and message, never request data. */
  readonly reason?: string;
  /** The error's name, for the log. */
  readonly errorName?: string;
  readonly attempts: number;
}

/**
 * Backoff for a 20-per-second bucket: a first wait of up to 50 ms, never more than a second, so a burst drains in
 * a few retries well inside a flow's 8 seconds.
 */
const RETRY = { baseDelayMs: 50, maxDelayMs: 1_000 } as const;

/** Errors meaning Connect has no waiting contact with this id: answered, transferred, ended, or unknown. */
const NOT_IN_QUEUE_ERRORS: ReadonlySet<string> = new Set(['ResourceConflictException', 'ResourceNotFoundException']);

/** One client per Region, kept for the life of the execution environment so warm calls reuse the connection. */
const clients = new Map<string, ConnectClient>();

function clientFor(region: string): ConnectClient {
  let client = clients.get(region);
  if (client === undefined) {
    client = createConnectClient(region);
    clients.set(region, client);
  }
  return client;
}

export async function updateRoutingData(request: RoutingDataRequest, deadline: number): Promise<CallOutcome> {
  const client = clientFor(request.region);
  const input = {
    InstanceId: request.instanceId,
    ContactId: request.contactId,
    ...(request.action.queuePriority !== undefined
      ? { QueuePriority: request.action.queuePriority }
      : { QueueTimeAdjustmentSeconds: request.action.queueTimeAdjustmentSeconds }),
  };
  let attempts = 0;
  try {
    await withRetry('UpdateContactRoutingData', () => {
      attempts++;
      // An attempt never outlives the budget: the flow must get an answer, not a timeout.
      const abortSignal = AbortSignal.timeout(Math.max(1, deadline - Date.now()));
      return client.send(new UpdateContactRoutingDataCommand(input), { abortSignal });
    }, { deadline, ...RETRY });
    return { outcome: ContactRoutingOutcome.UPDATED, attempts };
  } catch (error) {
    return classify(error, attempts);
  }
}

function classify(error: unknown, attempts: number): CallOutcome {
  const name = (error as { name?: string })?.name ?? 'Error';
  if (error instanceof RetryDeadlineError) {
    return {
      outcome: ContactRoutingOutcome.ERROR,
      errorName: name,
      attempts,
      reason: `UpdateContactRoutingData did not succeed within the function's time budget after ${attempts} attempt(s) `
        + `(last error: ${describeError(error.lastError)}); Connect allows 20 of these calls per second per account`,
    };
  }
  if (NOT_IN_QUEUE_ERRORS.has(name)) {
    return { outcome: ContactRoutingOutcome.NOT_IN_QUEUE, errorName: name, attempts, reason: describeError(error) };
  }
  if (name === 'InvalidParameterException') {
    return { outcome: ContactRoutingOutcome.INVALID_INPUT, errorName: name, attempts, reason: `Connect rejected the request: ${describeError(error)}` };
  }
  const reason = name === 'AbortError' || name === 'TimeoutError'
    ? 'UpdateContactRoutingData did not answer within the function\'s time budget'
    : `UpdateContactRoutingData failed: ${describeError(error)}`;
  return { outcome: ContactRoutingOutcome.ERROR, errorName: name, attempts, reason };
}
