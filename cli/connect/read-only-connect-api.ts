import { ConnectClient } from '@aws-sdk/client-connect';
import { CallPacer } from '../../lambda/connect/call-pacer';
import { PacedConnectApi } from '../../lambda/connect/paced-connect-api';

/** The Connect operations that only read, by their SDK command names (which survive minification as strings). */
const READ_COMMAND = /^(Describe|Get|List|Search)[A-Za-z]+Command$/;

/** A write reached a client that only reads: a bug, never something a user's input causes. */
export class WriteRefusedError extends Error {
  constructor(operation: string) {
    super(`${operation} was refused: this command only reads from Connect and never writes`);
    this.name = 'WriteRefusedError';
  }
}

/**
 * The handler's `ConnectApi` with the drift run's pacing and retries, that cannot write: `write` refuses every call,
 * and the client underneath refuses any command that is not a Describe, Get, List or Search before it is signed,
 * so not even a handler module reaching for `api.client` can change Connect.
 */
export class ReadOnlyConnectApi extends PacedConnectApi {
  constructor(client: ConnectClient, deadline: number, pacer: CallPacer) {
    super(refuseWrites(client), deadline, pacer);
  }

  public write<T>(operation: string, _call: (client: ConnectClient) => Promise<T>): Promise<T> {
    return Promise.reject(new WriteRefusedError(operation));
  }
}

function refuseWrites(client: ConnectClient): ConnectClient {
  client.middlewareStack.add((next, context) => (args) => {
    const command = context.commandName ?? '(unnamed command)';
    if (!READ_COMMAND.test(command)) throw new WriteRefusedError(command.replace(/Command$/, ''));
    return next(args);
  }, { step: 'initialize', name: 'cdkConnectRoutingReadOnly' });
  return client;
}
