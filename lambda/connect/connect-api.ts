import { ConnectClient } from '@aws-sdk/client-connect';
import { withRetry } from './retry';

/**
 * The Connect calls of one handler invocation: one client, one deadline shared by every retry, and a count of
 * write calls for the response and the logs.
 *
 * Operation names are passed explicitly rather than read from the command class, because the bundle is
 * minified and class names do not survive it.
 */
export class ConnectApi {
  private writes = 0;

  constructor(
    public readonly client: ConnectClient,
    /** Epoch milliseconds after which no new attempt starts. */
    private readonly deadline: number,
  ) {}

  /** A call that changes nothing. */
  public read<T>(operation: string, call: (client: ConnectClient) => Promise<T>): Promise<T> {
    return withRetry(operation, () => call(this.client), { deadline: this.deadline });
  }

  /** A call that changes the profile; counted once however many attempts it takes. */
  public write<T>(operation: string, call: (client: ConnectClient) => Promise<T>): Promise<T> {
    this.writes++;
    return withRetry(operation, () => call(this.client), { deadline: this.deadline });
  }

  /** Write calls made so far. */
  public get writeCalls(): number {
    return this.writes;
  }
}
