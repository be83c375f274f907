import { ConnectClient } from '@aws-sdk/client-connect';
import { CallPacer } from '../connect/call-pacer';
import { ConnectApi } from '../connect/connect-api';

/**
 * The Connect calls of one reconciler run: the provider's `ConnectApi` (deadline-bounded retries on throttling),
 * with every attempt paced by the run's shared `CallPacer`, and reads counted beside writes for the run summary.
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
