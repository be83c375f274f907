/** Starts the emulator's HTTP server (Node's http, no framework) and returns a handle for tests. */
import { createServer, IncomingMessage, Server } from 'http';
import { AddressInfo } from 'net';
import { CONTROL_PREFIX, handleControl } from './control/routes';
import { ControlClient } from './control-client';
import { Emulator, EmulatorOptions } from './emulator';
import { EVENTBRIDGE_TARGET_PREFIX, handleEventBridgeRequest } from './operations/eventbridge';
import { SeedSummary } from './state/seed';

export interface StartEmulatorOptions extends EmulatorOptions {
  /** `0` = any free port. @default 0 */
  readonly port?: number;
  /** @default '127.0.0.1' */
  readonly host?: string;
}

export interface RunningEmulator {
  /** e.g. `http://127.0.0.1:8600`; pass it as the SDK client's `endpoint`. */
  readonly endpoint: string;
  readonly port: number;
  readonly region: string;
  readonly accountId: string;
  /** The default instance, seeded at start. */
  readonly instanceId: string;
  readonly instanceArn: string;
  /** The default instance's queues, routing profiles, users and contacts as seeded at start. */
  readonly seed: SeedSummary;
  /** Ready-made `ConnectClient` configuration: `new ConnectClient(emulator.clientConfig)`. */
  readonly clientConfig: {
    readonly endpoint: string;
    readonly region: string;
    readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string };
  };
  /** The `/_emulator` control API. */
  readonly control: ControlClient;
  /** The in-process emulator, for tests that want to look at state directly. */
  readonly emulator: Emulator;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startEmulator(options: StartEmulatorOptions = {}): Promise<RunningEmulator> {
  const emulator = new Emulator(options);
  const host = options.host ?? '127.0.0.1';
  let endpoint = '';
  const server: Server = createServer((req, res) => {
    void (async () => {
      try {
        const body = await readBody(req);
        const url = new URL(req.url ?? '/', 'http://emulator');
        const target = req.headers['x-amz-target'];
        if (url.pathname === CONTROL_PREFIX || url.pathname.startsWith(`${CONTROL_PREFIX}/`)) {
          handleControl(emulator, req.method ?? 'GET', url, body, res, endpoint);
        } else if (typeof target === 'string' && target.startsWith(EVENTBRIDGE_TARGET_PREFIX) && req.method === 'POST' && url.pathname === '/') {
          // EventBridge (awsJson1_1) on the same port: point AWS_ENDPOINT_URL_EVENTBRIDGE at the endpoint.
          await handleEventBridgeRequest(emulator, target, body, res);
        } else {
          await emulator.handleConnect(req, res, url, body);
        }
      } catch (e) {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json', 'x-amzn-errortype': 'InternalServiceException' });
        res.end(JSON.stringify({ Message: `Emulator internal error: ${(e as Error).message}` }));
      }
    })();
  });
  // Keep-alive sockets would hold close() open; the SDK reconnects as needed.
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  endpoint = `http://${host}:${port}`;
  const seed = emulator.summary();
  const region = emulator.store.region;
  return {
    endpoint,
    port,
    region,
    accountId: emulator.store.accountId,
    instanceId: seed.instanceId,
    instanceArn: seed.instanceArn,
    seed,
    clientConfig: { endpoint, region, credentials: { accessKeyId: 'emulator', secretAccessKey: 'emulator' } },
    control: new ControlClient(endpoint),
    emulator,
    close: () => new Promise<void>((resolve, reject) => {
      server.close((err) => (err ? reject(err) : resolve()));
      server.closeAllConnections();
    }),
  };
}
