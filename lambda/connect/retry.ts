/**
 * Retries Connect calls that were throttled or failed on the server side, with exponential backoff and full
 * jitter, bounded by a deadline (the Lambda's remaining time less a margin to respond to CloudFormation).
 *
 * Why not the SDK's retry strategy alone: Connect allows 2 requests/s (burst 5) per API per account, shared
 * with every other tool, and CloudFormation runs custom resources in parallel. Twenty profiles deployed at
 * once need more than the SDK's 3 attempts, and a retry must never outlive the invocation.
 */

/** Error names Connect uses for "slow down" (both are HTTP 429). */
const THROTTLING_ERRORS = new Set(['ThrottlingException', 'LimitExceededException', 'TooManyRequestsException']);

export interface RetryOptions {
  /** Epoch milliseconds after which no new attempt starts. */
  readonly deadline: number;
  /** First backoff ceiling in milliseconds. */
  readonly baseDelayMs?: number;
  /** Largest backoff ceiling in milliseconds. */
  readonly maxDelayMs?: number;
  /** Source of randomness in [0, 1) (tests make it deterministic). */
  readonly random?: () => number;
  /** Clock in epoch milliseconds (tests may fake it). */
  readonly now?: () => number;
  /** Waits the given milliseconds. */
  readonly sleep?: (ms: number) => Promise<void>;
}

/**
 * Thrown when the deadline leaves no room for another attempt. Its message is a CloudFormation reason; callers
 * that word their own (the contact-routing function) read the fields instead.
 */
export class RetryDeadlineError extends Error {
  constructor(
    public readonly operation: string,
    public readonly attempts: number,
    /** The error of the last attempt. */
    public readonly lastError: unknown,
  ) {
    super(
      `${operation} did not succeed within the handler's time budget after ${attempts} attempt(s); `
      + `last error: ${describeError(lastError)}. Connect allows 2 requests per second per API per account, `
      + 'shared with every other client: deploy fewer profiles at once or ask AWS to raise the API rate quota.',
    );
    this.name = 'RetryDeadlineError';
  }
}

/** Whether an error from the SDK is worth another attempt. */
export function isRetryable(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number }; $retryable?: unknown };
  if (e?.name && THROTTLING_ERRORS.has(e.name)) return true;
  const status = e?.$metadata?.httpStatusCode;
  if (status === 429 || (status !== undefined && status >= 500)) return true;
  // Network errors (no HTTP response at all) are transient too. A connection cut after the request was sent may
  // have been applied: a retried Create then meets its own profile as a duplicate, which the lifecycle resumes.
  return e?.name === 'TimeoutError' || (error as { code?: string })?.code === 'ECONNRESET' || isWrappedTransportError(error);
}

/**
 * The SDK's retry layer wraps a thrown value that is not an `Error` of its own JavaScript realm in a new Error
 * "AWS SDK error wrapper for <value>". Only the HTTP layer below it throws such values (a socket error created by
 * Node's core when the SDK runs in another realm, as under a test runner's sandbox), so it is a transport failure.
 */
function isWrappedTransportError(error: unknown): boolean {
  return error instanceof Error && error.message.startsWith('AWS SDK error wrapper for ');
}

/** Runs `call`, retrying retryable errors until it succeeds or the deadline leaves no room. */
export async function withRetry<T>(operation: string, call: () => Promise<T>, options: RetryOptions): Promise<T> {
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const base = options.baseDelayMs ?? 250;
  const cap = options.maxDelayMs ?? 8_000;

  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (!isRetryable(error)) throw withOperation(error, operation);
      const delay = Math.floor(random() * Math.min(cap, base * 2 ** (attempt - 1)));
      if (now() + delay >= options.deadline) throw new RetryDeadlineError(operation, attempt, error);
      await sleep(delay);
    }
  }
}

/**
 * Records which Connect operation an error came from (kept off the message, whose text callers may match, and
 * off the name, which callers compare), so the CloudFormation reason can say what failed.
 */
function withOperation(error: unknown, operation: string): unknown {
  if (error instanceof Error && !Object.hasOwn(error, 'connectOperation')) {
    Object.defineProperty(error, 'connectOperation', { value: operation, enumerable: false });
  }
  return error;
}

/** The Connect operation an error came from, if it came from one. */
export function operationOf(error: unknown): string | undefined {
  return (error as { connectOperation?: string } | undefined)?.connectOperation;
}

/** A short, log-safe description of an error: its name and message, never request data. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
