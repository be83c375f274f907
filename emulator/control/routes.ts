/**
 * The test-control API under `/_emulator/…` (not part of Connect): reset, seed, faults, the call log,
 * routing-profile history, queue routing order, contact state, throttle, quota and behaviour settings, EventBridge
 * events.
 * Requests and responses are plain JSON; errors are `{ "error": "..." }` with 400 or 404.
 */
import { ServerResponse } from 'http';
import { Emulator } from '../emulator';
import { ConnectError } from '../http/errors';
import { routingOrder } from '../operations/contacts';
import { setWorkloadTypes } from '../operations/predefined-attributes';
import { FaultSpec } from '../runtime/faults';
import { EmulatorSettings } from '../runtime/settings';
import { ThrottleOptions } from '../runtime/throttle';
import { applySeed, SeedRequest } from '../state/seed';
import { Quotas } from '../state/store';
import { ContactState, WORKLOAD_TYPE_ATTRIBUTE } from '../state/types';

export const CONTROL_PREFIX = '/_emulator';

class ControlError extends Error {
  constructor(public readonly status: number, message: string) {
    super(message);
  }
}

function parse<T>(body: string): T {
  if (body.trim() === '') return {} as T;
  try {
    return JSON.parse(body) as T;
  } catch {
    throw new ControlError(400, 'control request body is not valid JSON');
  }
}

function send(res: ServerResponse, status: number, payload: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(payload ?? null));
}

export function handleControl(emulator: Emulator, method: string, url: URL, body: string, res: ServerResponse, endpoint: string): void {
  try {
    send(res, 200, route(emulator, method, url, body, endpoint));
  } catch (e) {
    const status = e instanceof ControlError ? e.status : e instanceof ConnectError ? (e.status === 404 ? 404 : 400) : 400;
    send(res, status, { error: (e as Error).message });
  }
}

function route(emulator: Emulator, method: string, url: URL, body: string, endpoint: string): unknown {
  const path = url.pathname.slice(CONTROL_PREFIX.length).split('/').filter((s) => s).map(decodeURIComponent);
  const key = `${method} /${path.map((p, i) => (i % 2 === 1 && path.length > 2 && i < path.length - 1 ? ':id' : p)).join('/')}`;
  const { store } = emulator;
  switch (key) {
    case 'GET /health':
      return { ok: true };
    case 'GET /summary':
      return { endpoint, region: store.region, accountId: store.accountId, ...emulator.summary() };
    case 'POST /reset':
      return { endpoint, region: store.region, accountId: store.accountId, ...emulator.reset() };
    case 'POST /seed':
      return applySeed(store, emulator.defaultInstanceId, parse<SeedRequest>(body));
    case 'POST /faults':
      try {
        return emulator.faults.add(parse<FaultSpec>(body));
      } catch (e) {
        throw new ControlError(400, (e as Error).message);
      }
    case 'GET /faults':
      return emulator.faults.list();
    case 'DELETE /faults':
      emulator.faults.clear();
      return {};
    case 'GET /calls':
      return emulator.calls.list({ operation: url.searchParams.get('operation') ?? undefined });
    case 'DELETE /calls':
      emulator.calls.clear();
      return {};
    case 'GET /routing-profiles/:id/history':
      return store.history(path[1]);
    case 'GET /queues/:id/order': {
      const found = store.findQueue(path[1]);
      if (!found) throw new ControlError(404, `queue not found: ${path[1]}`);
      return routingOrder(found.instance, path[1]);
    }
    case 'POST /contacts/:id/state': {
      const contact = store.findContact(path[1]);
      if (!contact) throw new ControlError(404, `contact not found: ${path[1]}`);
      const { state } = parse<{ state: ContactState }>(body);
      if (!['QUEUED', 'CONNECTED', 'ENDED'].includes(state)) throw new ControlError(400, `state must be QUEUED, CONNECTED or ENDED, got: ${state}`);
      contact.state = state;
      return { contactId: contact.id, state };
    }
    case 'GET /workload-types': {
      const instance = store.instance(url.searchParams.get('instanceId') ?? emulator.defaultInstanceId);
      return { instanceId: instance.id, values: [...instance.predefinedAttributes.get(WORKLOAD_TYPE_ATTRIBUTE)!.values] };
    }
    case 'PUT /workload-types':
    case 'POST /workload-types': {
      const request = parse<{ instanceId?: string; values?: unknown }>(body);
      const instance = store.instance(request.instanceId ?? emulator.defaultInstanceId);
      try {
        return { instanceId: instance.id, values: setWorkloadTypes(instance, request.values, method === 'PUT' ? 'replace' : 'add') };
      } catch (e) {
        throw new ControlError(400, (e as Error).message);
      }
    }
    case 'GET /throttle':
      return emulator.throttler.current;
    case 'PUT /throttle':
      return emulator.throttler.configure(parse<boolean | ThrottleOptions>(body));
    case 'GET /events':
      return emulator.events.list({
        detailType: url.searchParams.get('detailType') ?? undefined,
        source: url.searchParams.get('source') ?? undefined,
      });
    case 'DELETE /events':
      emulator.events.clear();
      return {};
    case 'GET /settings':
      return emulator.settings;
    case 'PUT /settings':
      try {
        return emulator.configure(parse<Partial<EmulatorSettings>>(body));
      } catch (e) {
        throw new ControlError(400, (e as Error).message);
      }
    case 'GET /quotas':
      return store.quotas;
    case 'PUT /quotas':
      store.quotas = { ...store.quotas, ...parse<Partial<Quotas>>(body) };
      return store.quotas;
    default:
      throw new ControlError(404, `no control endpoint ${method} ${url.pathname}`);
  }
}
