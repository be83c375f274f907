import { Agent, createServer, IncomingMessage, request, Server, ServerResponse } from 'http';
import { AddressInfo } from 'net';
import { RunningDynamoDbLocal, RunningEmulator, startDynamoDbLocal, startEmulator, StartEmulatorOptions } from '../../emulator';
import { CliError } from '../errors';

/** DynamoDB's JSON protocol names the operation in this header (`DynamoDB_20120810.PutItem`). */
const DYNAMODB_TARGET = /^DynamoDB_\d+\./;

export interface LocalServicesOptions extends Omit<StartEmulatorOptions, 'port' | 'host'> {
  /** `0` = any free port. @default 0 */
  readonly port?: number;
  /** @default '127.0.0.1' */
  readonly host?: string;
}

/** The Connect emulator (with EventBridge) and a local DynamoDB, behind one endpoint. */
export interface LocalServices {
  /** Connect, EventBridge PutEvents and DynamoDB, e.g. `http://127.0.0.1:8600`. */
  readonly endpoint: string;
  readonly emulator: RunningEmulator;
  close(): Promise<void>;
}

/**
 * Starts what a deployed stack calls, behind one endpoint: the Connect emulator (which also serves EventBridge
 * PutEvents) and dynalite for the stack's DynamoDB tables (the desired-state store the drift reconciler reads).
 * One endpoint means one `--endpoint` for every command and one value for every `AWS_ENDPOINT_URL_*` variable.
 * Requests naming a DynamoDB operation in `X-Amz-Target` go to dynalite, everything else to the emulator.
 *
 * The public port is taken first, so a port in use is reported before anything else starts.
 */
export async function startLocalServices(options: LocalServicesOptions = {}): Promise<LocalServices> {
  const host = options.host ?? '127.0.0.1';
  const upstream: { emulator?: number; dynamodb?: number } = {};
  const agent = new Agent({ keepAlive: true });
  const server = createServer((req, res) => forward(req, res, DYNAMODB_TARGET.test(String(req.headers['x-amz-target'] ?? ''))
    ? upstream.dynamodb : upstream.emulator, agent));
  // Keep-alive sockets would hold close() open; the SDK reconnects as needed (as the emulator's own server does).
  server.keepAliveTimeout = 1000;
  await listen(server, options.port ?? 0, host);
  let emulator: RunningEmulator | undefined;
  let dynamodb: RunningDynamoDbLocal | undefined;
  try {
    emulator = await startEmulator({ ...options, port: 0, host: '127.0.0.1' });
    dynamodb = await startDynamoDbLocal({ port: 0, host: '127.0.0.1' });
  } catch (error) {
    await emulator?.close();
    await closeServer(server);
    throw error;
  }
  upstream.emulator = emulator.port;
  upstream.dynamodb = dynamodb.port;
  const endpoint = `http://${host.includes(':') ? `[${host}]` : host}:${(server.address() as AddressInfo).port}`;
  return {
    endpoint,
    emulator,
    close: async () => {
      await closeServer(server);
      agent.destroy();
      await emulator.close();
      await dynamodb.close();
    },
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(new CliError(`port ${port} on ${host} is in use: stop what listens there, or choose another port with --port (0 = any free port)`));
      } else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') {
        reject(new CliError(`cannot listen on ${host}: no such local address (${error.code})`));
      } else if (error.code === 'EACCES') {
        reject(new CliError(`not allowed to listen on port ${port} of ${host} (EACCES): choose a port above 1023 with --port`));
      } else {
        reject(error);
      }
    });
    server.listen(port, host, () => resolve());
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/** Passes one request through to the service on `port`, unchanged, and its answer back. */
function forward(req: IncomingMessage, res: ServerResponse, port: number | undefined, agent: Agent): void {
  if (port === undefined) {
    res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ Message: 'The local services are still starting' }));
    return;
  }
  const upstream = request({ host: '127.0.0.1', port, method: req.method, path: req.url, headers: req.headers, agent }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', (error) => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ Message: `Local service unavailable: ${error.message}` }));
  });
  req.pipe(upstream);
}
