/**
 * One emulated account in one Region: the state, the throttle, the faults and the call log, and the pipeline
 * every Connect request goes through: route → throttle → fault → parse → validate → operation → respond.
 */
import { IncomingMessage, ServerResponse } from 'http';
import { ConnectError, NOT_IMPLEMENTED, throttled, invalidParameter } from './http/errors';
import { buildInput, matchRoute, parseJsonBody } from './http/router';
import { CONNECT_MODEL } from './model/model';
import { conformOutput } from './model/output';
import { formatViolations, validateShape } from './model/validate';
import { OPERATIONS } from './operations';
import { EventLog } from './operations/eventbridge';
import { CallLog } from './runtime/call-log';
import { ActiveFault, CONNECTION_DROPPED, ConnectionDropped, failWith, FaultInjector, faultOutcome } from './runtime/faults';
import { checkSettings, DEFAULT_SETTINGS, EmulatorSettings, WorkloadTypeChannelConcurrency } from './runtime/settings';
import { ThrottleOptions, Throttler } from './runtime/throttle';
import { seedDefaultInstance, SeedSummary, summarize } from './state/seed';
import { DEFAULT_QUOTAS, Quotas, Store } from './state/store';

export interface EmulatorOptions {
  /** @default 'us-east-1' */
  readonly region?: string;
  /** @default '123456789012' */
  readonly accountId?: string;
  /** `true` (default) = Connect's documented rates; `false` = off; an object overrides rates. */
  readonly throttle?: boolean | ThrottleOptions;
  /** Resource quotas. @default Connect's defaults: 500 profiles per instance, 50 + 50 pairs per profile */
  readonly quotas?: Partial<Quotas>;
  /** Where the emulator writes its log lines. @default process.stderr */
  readonly log?: (line: string) => void;
  /**
   * What a channel-level `Concurrency` sent beside `WorkloadTypeConcurrencies` gets (undocumented by AWS; see
   * `runtime/settings.ts`). @default 'allow-zero'
   */
  readonly workloadTypeChannelConcurrency?: WorkloadTypeChannelConcurrency;
}

export class Emulator {
  public readonly store: Store;
  public readonly throttler: Throttler;
  public readonly faults = new FaultInjector();
  public readonly calls = new CallLog();
  /** Events received through EventBridge PutEvents (served on the same port). */
  public readonly events: EventLog;
  public readonly defaultInstanceId: string;
  private currentSettings: EmulatorSettings;
  private readonly initialSettings: EmulatorSettings;
  private readonly initialState: unknown;
  private readonly log: (line: string) => void;

  constructor(options: EmulatorOptions = {}) {
    this.store = new Store(options.region ?? 'us-east-1', options.accountId ?? '123456789012', { ...DEFAULT_QUOTAS, ...options.quotas });
    this.throttler = new Throttler(options.throttle ?? true);
    this.events = new EventLog(this.store.region, this.store.accountId);
    this.initialSettings = { ...DEFAULT_SETTINGS, ...checkSettings({ workloadTypeChannelConcurrency: options.workloadTypeChannelConcurrency }) };
    this.currentSettings = this.initialSettings;
    this.defaultInstanceId = seedDefaultInstance(this.store).id;
    this.initialState = this.store.snapshot();
    this.log = options.log ?? ((line) => process.stderr.write(line + '\n'));
  }

  /** The default instance as it is now. */
  public summary(): SeedSummary {
    return summarize(this.store.instance(this.defaultInstanceId));
  }

  /** The behaviour switches as they are now. */
  public get settings(): EmulatorSettings {
    return this.currentSettings;
  }

  /** Changes some behaviour switches (until the next reset); throws on an unknown key or value. */
  public configure(partial: Partial<EmulatorSettings>): EmulatorSettings {
    this.currentSettings = { ...this.currentSettings, ...checkSettings(partial) };
    return this.currentSettings;
  }

  /**
   * Back to the state right after start (same ids); clears faults, the call log and throttle buckets, and puts the
   * settings back to the start options.
   */
  public reset(): SeedSummary {
    this.store.restore(this.initialState);
    this.currentSettings = this.initialSettings;
    this.faults.clear();
    this.calls.clear();
    this.events.clear();
    this.throttler.reset();
    return this.summary();
  }

  /** Handles one Connect API request (anything outside `/_emulator`). */
  public async handleConnect(req: IncomingMessage, res: ServerResponse, url: URL, body: string): Promise<void> {
    const started = Date.now();
    const method = req.method ?? 'GET';
    const route = matchRoute(method, url.pathname);
    if (!route) {
      const error = new ConnectError('UnknownOperationException', `No Connect operation is bound to ${method} ${url.pathname}`, {}, 404);
      this.respondError(res, error);
      this.log(`${method} ${url.pathname} -> 404 no such operation`);
      return;
    }
    const operation = route.operation;
    let input: unknown = body.length > 0 ? body : undefined;
    let status = 200;
    let errorCode: string | undefined;
    let message: string | undefined;
    let fired: ActiveFault | undefined;
    let applied = false;
    let dropped = false;
    const fire = (fault: ActiveFault): never => {
      fired = fault;
      return failWith(fault, (error) => new ConnectError(error.code, error.message ?? `Injected ${error.code}`, {}, error.status));
    };
    try {
      const handler = OPERATIONS[operation];
      if (!handler) {
        throw new ConnectError(NOT_IMPLEMENTED,
          `The Connect emulator does not implement ${operation} (${route.method} ${route.requestUri}); see emulator/README.md for what it serves`);
      }
      if (!this.throttler.tryTake(operation)) throw throttled(operation);
      const fault = this.faults.take(operation);
      if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
      const applyFirst = fault?.mode === 'apply-then-fail';
      if (fault && !applyFirst && (fault.error || fault.dropConnection)) fire(fault);
      const opModel = CONNECT_MODEL.operations[operation];
      const parsed = buildInput(opModel.input, route.labels, url.searchParams, parseJsonBody(body));
      input = parsed;
      if (opModel.input) {
        const violations = validateShape(opModel.input, parsed, '');
        if (violations.length > 0) throw invalidParameter(formatViolations(violations));
      }
      const output = handler({ store: this.store, settings: this.currentSettings, requestRegion: signedRegionOf(req) }, parsed);
      const payload = opModel.output && output !== undefined ? conformOutput(opModel.output, output) : undefined;
      if (fault && applyFirst) {
        // The change is made (and in the history); the answer is lost, as when Connect's response never arrives.
        applied = true;
        fire(fault);
      }
      // Unit outputs: HTTP 200 with an empty body ("an HTTP 200 response with an empty HTTP body", e.g.
      // https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateRoutingProfileName.html).
      res.writeHead(200, payload === undefined ? {} : { 'content-type': 'application/json' });
      res.end(payload === undefined ? '' : JSON.stringify(payload));
    } catch (e) {
      if (e instanceof ConnectionDropped) {
        dropped = true;
        status = 0;
        errorCode = CONNECTION_DROPPED;
        message = e.message;
        res.socket?.destroy();
      } else {
        const error = e instanceof ConnectError ? e : internalError(e, this.log);
        status = error.status;
        errorCode = error.code;
        message = error.message;
        this.respondError(res, error);
      }
    }
    this.calls.add({
      operation,
      input,
      outcome: {
        status,
        error: errorCode,
        message,
        ...faultOutcome(fired, applied, dropped),
      },
      time: started,
      durationMs: Date.now() - started,
    });
    this.log(`${operation} -> ${dropped ? 'connection dropped' : status}${errorCode && !dropped ? ` ${errorCode}` : ''}${applied ? ' (applied)' : ''}`);
  }

  private respondError(res: ServerResponse, error: ConnectError): void {
    res.writeHead(error.status, { 'content-type': 'application/json', 'x-amzn-errortype': error.code });
    res.end(JSON.stringify(error.body()));
  }
}

/** The Region of a SigV4 request's credential scope (`Credential=<key>/<date>/<region>/<service>/aws4_request`). */
function signedRegionOf(req: IncomingMessage): string | undefined {
  return /Credential=[^/,]+\/\d{8}\/([a-z0-9-]+)\//.exec(req.headers.authorization ?? '')?.[1];
}

function internalError(e: unknown, log: (line: string) => void): ConnectError {
  log(`internal error: ${(e as Error)?.stack ?? String(e)}`);
  return new ConnectError('InternalServiceException', `Emulator internal error: ${(e as Error)?.message ?? String(e)}`);
}
