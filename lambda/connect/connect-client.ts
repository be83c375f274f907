import { ConnectClient } from '@aws-sdk/client-connect';
import { ProviderEnv } from '../../src/private/contract';

/**
 * A Connect client for the instance's Region. SDK retries are off (`maxAttempts: 1`) because every call goes
 * through `withRetry`, which knows the invocation's deadline. `CONNECT_ENDPOINT` points it at the local
 * emulator; it is unset in AWS.
 */
export function createConnectClient(region: string): ConnectClient {
  const endpoint = process.env[ProviderEnv.CONNECT_ENDPOINT];
  return new ConnectClient({
    region,
    maxAttempts: 1,
    ...(endpoint ? { endpoint } : {}),
  });
}
