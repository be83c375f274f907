/** The log of every Connect API call the emulator received, so tests can count calls and check inputs. */

export interface CallOutcome {
  readonly status: number;
  /** The error code, when the call failed. */
  readonly error?: string;
  readonly message?: string;
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
