/**
 * Fault injection for tests: the next N calls of an operation fail with a given Connect error, or are
 * delayed first (or both). Faults for one operation apply in the order they were added.
 */

export interface FaultSpec {
  /** A Connect operation name, or `*` for any operation. */
  readonly operation: string;
  /** How many calls the fault applies to (default 1). */
  readonly count?: number;
  /** The error to answer with; its HTTP status comes from the model unless `status` is given. */
  readonly error?: { readonly code: string; readonly message?: string; readonly status?: number };
  /** Milliseconds to wait before answering (or before failing, if `error` is also set). */
  readonly delayMs?: number;
}

export interface ActiveFault extends FaultSpec {
  readonly id: number;
  remaining: number;
}

export class FaultInjector {
  private faults: ActiveFault[] = [];
  private nextId = 1;

  public add(spec: FaultSpec): ActiveFault {
    const count = spec.count ?? 1;
    if (!Number.isInteger(count) || count < 1) throw new Error(`fault count must be a positive integer, got: ${spec.count}`);
    if (!spec.error && spec.delayMs === undefined) throw new Error('a fault needs an error, a delayMs, or both');
    if (typeof spec.operation !== 'string' || spec.operation.length === 0) throw new Error('a fault needs an operation (or "*")');
    const fault: ActiveFault = { ...spec, id: this.nextId++, remaining: count };
    this.faults.push(fault);
    return fault;
  }

  /** Consumes one use of the first fault matching `operation`, if any. */
  public take(operation: string): ActiveFault | undefined {
    const fault = this.faults.find((f) => f.operation === operation || f.operation === '*');
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults = this.faults.filter((f) => f !== fault);
    return fault;
  }

  public list(): ActiveFault[] {
    return this.faults.map((f) => ({ ...f }));
  }

  public clear(): void {
    this.faults = [];
  }
}
