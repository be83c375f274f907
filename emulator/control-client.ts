/**
 * A small typed client for the emulator's `/_emulator` control API, for tests (Node 20's global fetch; no
 * dependencies, so it also works against an emulator started with `npx projen emulator`).
 */
import type { QueuedContactView } from './operations/contacts';
import type { ReceivedEvent } from './operations/eventbridge';
import type { CallRecord } from './runtime/call-log';
import type { ActiveFault, FaultSpec } from './runtime/faults';
import type { EmulatorSettings } from './runtime/settings';
import type { ThrottleOptions, ThrottleSettings } from './runtime/throttle';
import type { SeedRequest, SeedResult, SeedSummary } from './state/seed';
import type { Quotas } from './state/store';
import type { ContactState, ProfileHistoryEntry } from './state/types';

export interface EmulatorSummary extends SeedSummary {
  readonly endpoint: string;
  readonly region: string;
  readonly accountId: string;
}

/** The values of one instance's system predefined attribute `connect:WorkloadType`. */
export interface WorkloadTypeValues {
  readonly instanceId: string;
  readonly values: string[];
}

export class ControlClient {
  constructor(public readonly endpoint: string) {}

  /** Back to the state right after start (same ids); clears faults, calls and throttle buckets; restores settings. */
  public reset(): Promise<EmulatorSummary> {
    return this.call('POST', '/reset');
  }

  public summary(): Promise<EmulatorSummary> {
    return this.call('GET', '/summary');
  }

  /** Adds instances (each seeded like a real one), queues, users, contacts and customer predefined attributes. */
  public seed(request: SeedRequest): Promise<SeedResult> {
    return this.call('POST', '/seed', request);
  }

  /** The next `count` (default 1) calls of `operation` fail with `error` and/or are delayed by `delayMs`. */
  public injectFault(fault: FaultSpec): Promise<ActiveFault> {
    return this.call('POST', '/faults', fault);
  }

  public faults(): Promise<ActiveFault[]> {
    return this.call('GET', '/faults');
  }

  public clearFaults(): Promise<void> {
    return this.call('DELETE', '/faults');
  }

  /** Every Connect call received (including throttled and failed ones), oldest first. */
  public calls(filter: { operation?: string } = {}): Promise<CallRecord[]> {
    const query = filter.operation ? `?operation=${encodeURIComponent(filter.operation)}` : '';
    return this.call('GET', `/calls${query}`);
  }

  public clearCalls(): Promise<void> {
    return this.call('DELETE', '/calls');
  }

  /** Every state the routing profile passed through, with the operation that produced it. */
  public history(routingProfileId: string): Promise<ProfileHistoryEntry[]> {
    return this.call('GET', `/routing-profiles/${encodeURIComponent(routingProfileId)}/history`);
  }

  /** The routing order of the contacts waiting in a queue (position 1 is routed next). */
  public queueOrder(queueId: string): Promise<QueuedContactView[]> {
    return this.call('GET', `/queues/${encodeURIComponent(queueId)}/order`);
  }

  /** Moves a contact out of (or back into) the queue, e.g. to test a contact that was already connected. */
  public setContactState(contactId: string, state: ContactState): Promise<{ contactId: string; state: ContactState }> {
    return this.call('POST', `/contacts/${encodeURIComponent(contactId)}/state`, { state });
  }

  public throttle(): Promise<ThrottleSettings> {
    return this.call('GET', '/throttle');
  }

  /** `true`/`false` switch throttling on/off; an object overrides rates (and resets every bucket). */
  public setThrottle(options: boolean | ThrottleOptions): Promise<ThrottleSettings> {
    return this.call('PUT', '/throttle', options);
  }

  /** Events received through EventBridge PutEvents, oldest first, optionally only one detail-type or source. */
  public events(filter: { detailType?: string; source?: string } = {}): Promise<ReceivedEvent[]> {
    const query = new URLSearchParams(Object.entries(filter).filter(([, v]) => v !== undefined) as Array<[string, string]>).toString();
    return this.call('GET', `/events${query ? `?${query}` : ''}`);
  }

  public clearEvents(): Promise<void> {
    return this.call('DELETE', '/events');
  }

  public setQuotas(quotas: Partial<Quotas>): Promise<Quotas> {
    return this.call('PUT', '/quotas', quotas);
  }

  /** The values of an instance's `connect:WorkloadType` (default: the emulator's default instance). */
  public workloadTypes(instanceId?: string): Promise<WorkloadTypeValues> {
    return this.call('GET', `/workload-types${instanceId ? `?instanceId=${encodeURIComponent(instanceId)}` : ''}`);
  }

  /** Replaces the values of an instance's `connect:WorkloadType` (an empty list removes them all). */
  public setWorkloadTypes(values: readonly string[], instanceId?: string): Promise<WorkloadTypeValues> {
    return this.call('PUT', '/workload-types', { instanceId, values });
  }

  /** Adds values to an instance's `connect:WorkloadType`; values it already has are kept once. */
  public addWorkloadTypes(values: readonly string[], instanceId?: string): Promise<WorkloadTypeValues> {
    return this.call('POST', '/workload-types', { instanceId, values });
  }

  /** The behaviour switches for undocumented Connect behaviour, as they are now. */
  public settings(): Promise<EmulatorSettings> {
    return this.call('GET', '/settings');
  }

  /** Changes behaviour switches until the next `reset()` (which restores the start options). */
  public setSettings(settings: Partial<EmulatorSettings>): Promise<EmulatorSettings> {
    return this.call('PUT', '/settings', settings);
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.endpoint}/_emulator${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const payload = await response.json() as T & { error?: string };
    if (!response.ok) throw new Error(`emulator control ${method} ${path} failed (${response.status}): ${payload?.error}`);
    return payload;
  }
}
