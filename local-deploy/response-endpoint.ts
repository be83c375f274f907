import { createServer, Server } from 'http';
import { AddressInfo } from 'net';

/** CloudFormation rejects a custom-resource response body larger than this. */
export const MAX_RESPONSE_BYTES = 4096;

/** A custom-resource response as CloudFormation reads it from the ResponseURL. */
export interface CustomResourceResponse {
  readonly Status: 'SUCCESS' | 'FAILED';
  readonly Reason?: string;
  readonly PhysicalResourceId: string;
  readonly StackId: string;
  readonly RequestId: string;
  readonly LogicalResourceId: string;
  readonly NoEcho?: boolean;
  readonly Data?: Record<string, unknown>;
}

/** The ids of the request a response must repeat. */
export type RequestIds = Pick<CustomResourceResponse, 'RequestId' | 'StackId' | 'LogicalResourceId'>;

/** What arrived at one ResponseURL: a response, or why CloudFormation would have refused it. */
export type ReceivedResponse = { readonly response: CustomResourceResponse } | { readonly invalid: string };

/**
 * The local stand-in for the pre-signed S3 URL a custom resource PUTs its response to. Each request gets its
 * own URL; CloudFormation's checks are applied (PUT, at most 4096 bytes, JSON with a Status, a
 * PhysicalResourceId and the request's ids).
 */
export class ResponseEndpoint {
  public static async start(): Promise<ResponseEndpoint> {
    const endpoint = new ResponseEndpoint();
    await new Promise<void>((resolve, reject) => {
      endpoint.server.once('error', reject);
      endpoint.server.listen(0, '127.0.0.1', () => resolve());
    });
    return endpoint;
  }

  private readonly expected = new Map<string, RequestIds>();
  private readonly received = new Map<string, ReceivedResponse>();
  private readonly server: Server;

  private constructor() {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const requestId = decodeURIComponent(new URL(req.url ?? '/', 'http://local').pathname.split('/').pop() ?? '');
        const body = Buffer.concat(chunks);
        const expected = this.expected.get(requestId);
        if (expected) this.received.set(requestId, check(req.method ?? '', body, expected));
        res.writeHead(200);
        res.end();
      });
    });
  }

  /** A URL shaped like a pre-signed S3 URL, unique to the request; the response PUT there must repeat its ids. */
  public urlFor(request: RequestIds): string {
    this.expected.set(request.RequestId, request);
    const port = (this.server.address() as AddressInfo).port;
    return `http://127.0.0.1:${port}/cloudformation-custom-resource-response/${encodeURIComponent(request.RequestId)}?X-Amz-Signature=local-deploy`;
  }

  /** What was PUT for the request, if anything (CloudFormation would keep waiting until its timeout). */
  public take(requestId: string): ReceivedResponse | undefined {
    const received = this.received.get(requestId);
    this.received.delete(requestId);
    this.expected.delete(requestId);
    return received;
  }

  public close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}

function check(method: string, body: Buffer, expected: RequestIds): ReceivedResponse {
  if (method !== 'PUT') return { invalid: `the response was sent with ${method}, not PUT` };
  if (body.length > MAX_RESPONSE_BYTES) return { invalid: `the response is ${body.length} bytes, over CloudFormation's ${MAX_RESPONSE_BYTES}` };
  let parsed: Partial<CustomResourceResponse>;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return { invalid: 'the response body is not JSON' };
  }
  if (parsed.Status !== 'SUCCESS' && parsed.Status !== 'FAILED') return { invalid: `the response Status must be SUCCESS or FAILED, got: ${JSON.stringify(parsed.Status)}` };
  if (typeof parsed.PhysicalResourceId !== 'string' || parsed.PhysicalResourceId === '') {
    return { invalid: `the response has no PhysicalResourceId, got: ${JSON.stringify(parsed.PhysicalResourceId)}` };
  }
  for (const key of ['RequestId', 'StackId', 'LogicalResourceId'] as const) {
    if (parsed[key] !== expected[key]) {
      return { invalid: `the response's ${key} must be the request's ${JSON.stringify(expected[key])}, got: ${JSON.stringify(parsed[key])}` };
    }
  }
  return { response: parsed as CustomResourceResponse };
}
