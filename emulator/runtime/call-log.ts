/** The log of every Connect API call the emulator received, so tests can count calls and check inputs. */
import type { FaultMode } from './faults';

export interface CallOutcome {
  /** The HTTP status the client received; 0 when an injected fault dropped the connection (no answer at all). */
  readonly status: number;
  /** The error code the client received (`EmulatorConnectionDropped` for a dropped connection). */
  readonly error?: string;
  readonly message?: string;
  /** The injected fault that decided this call's answer, if any. */
  readonly fault?: { readonly id: number; readonly mode: FaultMode };
  /**
   * `true` when the operation ran and its changes stand although the client saw a failure (an `apply-then-fail`
   * fault); absent otherwise.
   */
  readonly applied?: boolean;
  /** `true` when the connection was closed without an answer (an injected `dropConnection`). */
  readonly dropped?: boolean;
}

export interface CallRecord {
  readonly seq: number;
  readonly operation: string;
  /** The operation input as the emulator parsed it (labels, query and body members by model name). */
  readonly input: unknown;
  readonly outcome: CallOutcome;
  /** Epoch milliseconds when the request arrived. */
  readonly time: number;
  readonly durationMs: number;
}

export class CallLog {
  private records: CallRecord[] = [];
  private seq = 0;

  public add(record: Omit<CallRecord, 'seq'>): CallRecord {
    const full = { ...record, seq: ++this.seq };
    this.records.push(full);
    return full;
  }

  public list(filter: { operation?: string } = {}): CallRecord[] {
    return this.records.filter((r) => !filter.operation || r.operation === filter.operation);
  }

  public clear(): void {
    this.records = [];
  }
}
