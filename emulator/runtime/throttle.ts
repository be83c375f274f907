/**
 * Connect's API throttling: a token bucket per operation per account, shared by all instances
 * (https://docs.aws.amazon.com/connect/latest/adminguide/amazon-connect-service-limits.html). Defaults are the documented 2 requests/s with a burst of 5, except
 * UpdateContactRoutingData at 20/20. A throttled call gets HTTP 429 ThrottlingException.
 */

export interface BucketRate {
  /** Tokens added per second. */
  readonly rate: number;
  /** Bucket size (the number of calls allowed at once after a quiet period). */
  readonly burst: number;
}

export interface ThrottleSettings {
  readonly enabled: boolean;
  /** The rate of every operation not in `operations`. */
  readonly default: BucketRate;
  readonly operations: Readonly<Record<string, BucketRate>>;
}

/** The documented defaults (the service quotas page's API throttling table). */
export const DOCUMENTED_THROTTLE: ThrottleSettings = {
  enabled: true,
  default: { rate: 2, burst: 5 },
  operations: { UpdateContactRoutingData: { rate: 20, burst: 20 } },
};

/** Partial settings as accepted by `startEmulator` and `PUT /_emulator/throttle`. */
export interface ThrottleOptions {
  readonly enabled?: boolean;
  readonly default?: BucketRate;
  readonly operations?: Readonly<Record<string, BucketRate>>;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export class Throttler {
  private settings: ThrottleSettings = DOCUMENTED_THROTTLE;
  private readonly buckets = new Map<string, Bucket>();

  constructor(options?: boolean | ThrottleOptions) {
    this.configure(options);
  }

  public get current(): ThrottleSettings {
    return this.settings;
  }

  /** `true`/`false` switch the documented rates on/off; an object overrides them (missing keys keep theirs). */
  public configure(options?: boolean | ThrottleOptions): ThrottleSettings {
    if (typeof options === 'boolean') {
      this.settings = { ...this.settings, enabled: options };
    } else if (options) {
      this.settings = {
        enabled: options.enabled ?? this.settings.enabled,
        default: options.default ?? this.settings.default,
        operations: { ...this.settings.operations, ...options.operations },
      };
    }
    this.buckets.clear();
    return this.settings;
  }

  public reset(): void {
    this.buckets.clear();
  }

  public rateFor(operation: string): BucketRate {
    return this.settings.operations[operation] ?? this.settings.default;
  }

  /** Takes a token for `operation`; false means the call is throttled. */
  public tryTake(operation: string, now: number = Date.now()): boolean {
    if (!this.settings.enabled) return true;
    const { rate, burst } = this.rateFor(operation);
    let bucket = this.buckets.get(operation);
    if (!bucket) {
      bucket = { tokens: burst, updatedAt: now };
      this.buckets.set(operation, bucket);
    }
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.updatedAt) / 1000) * rate);
    bucket.updatedAt = now;
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }
}
