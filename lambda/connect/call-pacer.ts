/**
 * Keeps a reader (the drift reconciler, the command-line tool's read-only commands) under its own share of Connect's
 * API rate: at most `callsPerSecond` calls per Connect operation, evenly spaced (a token bucket with a burst of one).
 * Connect allows 2 requests/s (burst 5) per API per account, shared with every other tool and with deploys; a
 * check has no reason to burst. Every attempt takes a slot, retries included.
 */

export interface CallPacerOptions {
  /** Calls per second per operation; > 0. */
  readonly callsPerSecond: number;
  /** Epoch milliseconds after which no call is started. */
  readonly deadline: number;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

/** The next call would start after the run's deadline. */
export class PacerDeadlineError extends Error {
  constructor(operation: string) {
    super(`${operation} could not start before the reconciler's time budget ran out (its call rate is bounded); `
      + 'the resources left are checked on the next run.');
    this.name = 'PacerDeadlineError';
  }
}

export class CallPacer {
  private readonly intervalMs: number;
  private readonly nextStart = new Map<string, number>();
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: CallPacerOptions) {
    if (!(options.callsPerSecond > 0)) throw new Error(`\`callsPerSecond\` must be greater than 0, got: ${options.callsPerSecond}`);
    this.intervalMs = 1000 / options.callsPerSecond;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? ((ms) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  }

  /** Waits for the operation's next slot. */
  public async take(operation: string): Promise<void> {
    const now = this.now();
    const start = Math.max(now, this.nextStart.get(operation) ?? 0);
    if (start >= this.options.deadline) throw new PacerDeadlineError(operation);
    this.nextStart.set(operation, start + this.intervalMs);
    // Timers may fire a millisecond early; round up so the spacing is never shorter than promised.
    if (start > now) await this.sleep(Math.ceil(start - now) + 1);
  }
}
