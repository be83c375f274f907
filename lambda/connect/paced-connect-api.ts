import { ConnectClient } from '@aws-sdk/client-connect';
import { CallPacer } from './call-pacer';
import { ConnectApi } from './connect-api';

/**
 * The Connect calls of one drift run or command-line read: the provider's `ConnectApi` (deadline-bounded retries on
 * throttling), with every attempt paced by a shared `CallPacer`, and reads counted beside writes for the summary.
 */
export class PacedConnectApi extends ConnectApi {
  private reads = 0;

  constructor(client: ConnectClient, deadline: number, private readonly pacer: CallPacer) {
    super(client, deadline);
  }

  public read<T>(operation: string, call: (client: ConnectClient) => Promise<T>): Promise<T> {
    this.reads++;
    return super.read(operation, async (client) => {
      await this.pacer.take(operation);
      return call(client);
    });
  }

  public write<T>(operation: string, call: (client: ConnectClient) => Promise<T>): Promise<T> {
    return super.write(operation, async (client) => {
      await this.pacer.take(operation);
      return call(client);
    });
  }

  /** Read calls made so far (each counted once, however many attempts it took). */
  public get readCalls(): number {
    return this.reads;
  }
}
