/**
 * Fault injection for tests: the next N calls of an operation fail with a given Connect error, lose their
 * connection, or are delayed first (or a delay and a failure). In `apply-then-fail` mode the operation runs first
 * (its changes stay and the profile history records them) and only then fails, as when Connect made a change but
 * its answer was lost. Faults for one operation apply in the order they were added.
 */

/**
 * `fail` (default): the call fails before the operation runs, so nothing changes. `apply-then-fail`: the operation
 * runs, then the call fails anyway (if the operation itself fails, its own error is answered and nothing changed).
 */
export type FaultMode = 'fail' | 'apply-then-fail';

export const FAULT_MODES: readonly FaultMode[] = ['fail', 'apply-then-fail'];

export interface FaultSpec {
  /** A Connect operation name (or `PutEvents`), or `*` for any operation. */
  readonly operation: string;
  /** How many calls the fault applies to (default 1). */
  readonly count?: number;
  /** The error to answer with; its HTTP status comes from the model unless `status` is given. */
  readonly error?: { readonly code: string; readonly message?: string; readonly status?: number };
  /**
   * Close the connection without answering instead of answering with `error` (the SDK sees a network error,
   * `ECONNRESET`, and retries it). Not together with `error`.
   */
  readonly dropConnection?: boolean;
  /** When the failure happens: before the operation runs (`fail`, default) or after it ran (`apply-then-fail`). */
  readonly mode?: FaultMode;
  /** Milliseconds to wait before answering (before the operation runs, in either mode). */
  readonly delayMs?: number;
}

export interface ActiveFault extends FaultSpec {
  readonly id: number;
  remaining: number;
}

/** Thrown inside the request pipeline when a fault drops the connection; the server closes the socket. */
export class ConnectionDropped extends Error {
  constructor(public readonly faultId: number) {
    super(`connection dropped by injected fault ${faultId}`);
  }
}

/** The emulator-only code the call log shows for a dropped connection (the client received no answer). */
export const CONNECTION_DROPPED = 'EmulatorConnectionDropped';

/** Throws the failure a fault injects: the given protocol error, or ConnectionDropped. */
export function failWith(fault: ActiveFault, makeError: (error: NonNullable<FaultSpec['error']>) => Error): never {
  if (fault.dropConnection) throw new ConnectionDropped(fault.id);
  throw makeError(fault.error!);
}

/** The call-log fields that say how a fault decided a call (nothing for a call no fault touched). */
export function faultOutcome(fired: ActiveFault | undefined, applied: boolean, dropped: boolean): {
  fault?: { id: number; mode: FaultMode }; applied?: true; dropped?: true;
} {
  return {
    ...(fired ? { fault: { id: fired.id, mode: fired.mode ?? 'fail' } } : {}),
    ...(applied ? { applied: true as const } : {}),
    ...(dropped ? { dropped: true as const } : {}),
  };
}

export class FaultInjector {
  private faults: ActiveFault[] = [];
  private nextId = 1;

  public add(spec: FaultSpec): ActiveFault {
    const count = spec.count ?? 1;
    if (!Number.isInteger(count) || count < 1) throw new Error(`fault count must be a positive integer, got: ${spec.count}`);
    if (typeof spec.operation !== 'string' || spec.operation.length === 0) throw new Error('a fault needs an operation (or "*")');
    const mode = spec.mode ?? 'fail';
    if (!FAULT_MODES.includes(mode)) throw new Error(`fault mode must be one of ${FAULT_MODES.join(', ')}, got: ${JSON.stringify(spec.mode)}`);
    if (spec.error && spec.dropConnection) throw new Error('a fault answers with an error or drops the connection, not both');
    if (spec.error && typeof spec.error.code !== 'string') throw new Error('a fault error needs a code');
    if (mode === 'apply-then-fail' && !spec.error && !spec.dropConnection) {
      throw new Error('an apply-then-fail fault needs an error or dropConnection');
    }
    if (!spec.error && !spec.dropConnection && spec.delayMs === undefined) throw new Error('a fault needs an error, dropConnection, a delayMs, or a delay and one of them');
    const fault: ActiveFault = { ...spec, mode, id: this.nextId++, remaining: count };
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
