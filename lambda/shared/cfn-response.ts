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

/**
 * PUTs the response to the pre-signed ResponseURL. The URL is a credential: it is never logged, and errors
 * mention only the HTTP status.
 */
export async function sendResponse(event: CloudFormationCustomResourceEvent, result: CustomResourceResult): Promise<void> {
  const body = renderResponse(event, result);
  const url = new URL(event.ResponseURL);
  const transport = url.protocol === 'http:' ? http : https;
  await new Promise<void>((resolve, reject) => {
    const request = transport.request(url, {
      method: 'PUT',
      // An empty content type is what the pre-signed S3 URL was signed for.
      headers: { 'content-type': '', 'content-length': Buffer.byteLength(body) },
    }, (response) => {
      response.resume();
      response.on('end', () => {
        const status = response.statusCode ?? 0;
        if (status >= 200 && status < 300) resolve();
        else reject(new Error(`CloudFormation response upload failed with HTTP ${status}`));
      });
    });
    request.on('error', () => reject(new Error('CloudFormation response upload failed (network error)')));
    request.end(body);
  });
}
