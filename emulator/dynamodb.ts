// ts-node compiles only the files it is given and their imports: pull in dynalite's declarations explicitly.
/// <reference path="./dynalite.d.ts" />
/**
 * A local DynamoDB for tests and the local deploy: `dynalite` (pure JS, in memory) over HTTP, so the handlers'
 * real `@aws-sdk/client-dynamodb` calls are exercised on the wire. Point the SDK at it with the standard
 * `AWS_ENDPOINT_URL_DYNAMODB` variable (SDK v3 reads it natively) or the client's `endpoint`.
 */
import { AddressInfo } from 'net';
import dynalite from 'dynalite';

export interface StartDynamoDbLocalOptions {
  /** `0` = any free port. @default 0 */
  readonly port?: number;
  /** @default '127.0.0.1' */
  readonly host?: string;
}

export interface RunningDynamoDbLocal {
  /** e.g. `http://127.0.0.1:8700`. */
  readonly endpoint: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Starts an in-memory DynamoDB whose tables are ACTIVE as soon as CreateTable returns. */
export async function startDynamoDbLocal(options: StartDynamoDbLocalOptions = {}): Promise<RunningDynamoDbLocal> {
  const host = options.host ?? '127.0.0.1';
  // Real DynamoDB keeps a new table CREATING for seconds; callers here create and use it at once.
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    endpoint: `http://${host}:${port}`,
    port,
    close: () => new Promise<void>((resolve, reject) => {
      server.close((err) => (err ? reject(err) : resolve()));
      server.closeAllConnections?.();
    }),
  };
}
