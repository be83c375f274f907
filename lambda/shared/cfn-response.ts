import * as http from 'http';
import * as https from 'https';
import type { CloudFormationCustomResourceEvent } from 'aws-lambda';

/** CloudFormation rejects a response body over 4096 bytes; keep well under it. */
const MAX_RESPONSE_BYTES = 4000;

export interface CustomResourceResult {
  readonly status: 'SUCCESS' | 'FAILED';
  readonly physicalResourceId: string;
  readonly reason?: string;
  readonly data?: Record<string, string>;
}

/** The response body CloudFormation expects, trimmed to fit its 4 KB limit (the reason is shortened first). */
export function renderResponse(event: CloudFormationCustomResourceEvent, result: CustomResourceResult): string {
  const body = {
    Status: result.status,
    Reason: result.reason ?? '',
    PhysicalResourceId: result.physicalResourceId,
    StackId: event.StackId,
    RequestId: event.RequestId,
    LogicalResourceId: event.LogicalResourceId,
    NoEcho: false,
    Data: result.data ?? {},
  };
  let text = JSON.stringify(body);
  const excess = Buffer.byteLength(text) - MAX_RESPONSE_BYTES;
  if (excess > 0) {
    body.Reason = `${body.Reason.slice(0, Math.max(0, body.Reason.length - excess - 20))} [truncated]`;
    text = JSON.stringify(body);
  }
  return text;
}

/** When to stop retrying the upload, and how to wait between attempts (tests shorten the wait). */
export interface ResponseOptions {
  /** Epoch milliseconds after which no new attempt starts: shortly before the Lambda times out. */
  readonly deadline: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

/** First wait between attempts, doubled after each, up to the cap (the CDK provider framework also backs off). */
const FIRST_RETRY_DELAY_MS = 500;
const MAX_RETRY_DELAY_MS = 8_000;
/** An attempt that gets no answer in this long is abandoned and retried. */
const ATTEMPT_TIMEOUT_MS = 10_000;

/**
 * PUTs the response to the pre-signed ResponseURL, retrying a network error or an S3 5xx/429 with backoff until
 * the deadline. The URL is a credential: it is never logged, and errors mention only the HTTP status. When every
 * attempt fails, this throws: Lambda then runs the whole event again, which the lifecycles make harmless.
 */
export async function sendResponse(event: CloudFormationCustomResourceEvent, result: CustomResourceResult, options: ResponseOptions): Promise<void> {
  const body = renderResponse(event, result);
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 1; ; attempt++) {
    const failure = await putOnce(new URL(event.ResponseURL), body, Math.min(ATTEMPT_TIMEOUT_MS, Math.max(1, options.deadline - Date.now())));
    if (failure === undefined) return;
    const delay = Math.min(MAX_RETRY_DELAY_MS, FIRST_RETRY_DELAY_MS * 2 ** (attempt - 1));
    if (!failure.retryable || Date.now() + delay >= options.deadline) {
      throw new Error(`CloudFormation response upload failed after ${attempt} attempt(s): ${failure.reason}`);
    }
    console.log(JSON.stringify({ event: 'CloudFormation response upload failed, retrying', attempt, error: failure.reason }));
    await sleep(delay);
  }
}

/** Why one upload failed, and whether another attempt may succeed. */
interface UploadFailure {
  readonly reason: string;
  readonly retryable: boolean;
}

/** One PUT; undefined when S3 accepted it. */
function putOnce(url: URL, body: string, timeoutMs: number): Promise<UploadFailure | undefined> {
  const transport = url.protocol === 'http:' ? http : https;
  return new Promise((resolve) => {
    const request = transport.request(url, {
      method: 'PUT',
      // An empty content type is what the pre-signed S3 URL was signed for.
      headers: { 'content-type': '', 'content-length': Buffer.byteLength(body) },
      timeout: timeoutMs,
    }, (response) => {
      response.resume();
      response.on('end', () => {
        const status = response.statusCode ?? 0;
        if (status >= 200 && status < 300) resolve(undefined);
        // A 403 (an expired or wrong signature) or another 4xx will not change on a retry.
        else resolve({ reason: `HTTP ${status}`, retryable: status >= 500 || status === 429 });
      });
      response.on('error', () => resolve({ reason: 'network error', retryable: true }));
    });
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', (error) => resolve({ reason: error.message === 'timeout' ? `no answer within ${timeoutMs} ms` : 'network error', retryable: true }));
    request.end(body);
  });
}
