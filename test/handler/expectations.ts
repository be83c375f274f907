/**
 * Assertions every handler scenario shares: the live state matches the spec, the write calls are the fewest
 * the API allows, no kept queue pair was ever missing, and the ResponseURL / 4 KB rules hold.
 */
import { HandlerHarness, LiveRead, STACK_ID } from './harness';
import type { ProfileHistoryEntry } from '../../emulator';
import { OWNERSHIP_TAG_KEY, QueueRefSpec, RoutingProfileSpec } from '../../src/private/contract';

/** The ownership tag value the handler puts on profiles it creates for the default stack and logical id. */
export function ownerTag(logicalId = 'Profile', stackId = STACK_ID): string {
  const [, stackName, stackUuid] = stackId.split('/');
  return `${stackName}/${stackUuid}/${logicalId}`;
}

/** The ownership tag value version 0.0.0 put on the profiles it created: the stack's name, not its unique id. */
export function legacyOwnerTag(logicalId = 'Profile', stackId = STACK_ID): string {
  return `${stackId.split('/')[1]}/${logicalId}`;
}

/** A queue/channel/priority/delay entry of a spec, from a queue name. */
export function pair(queue: string, channel: string, priority = 1, delay = 0) {
  return { Queue: { Name: queue }, Channel: channel, Priority: String(priority), Delay: String(delay) };
}

/** The first `count` distinct (queue, channel) pairs over the harness's queues and the given channels. */
export function pairs(h: HandlerHarness, count: number, channels: readonly string[] = ['VOICE', 'CHAT', 'TASK', 'EMAIL']) {
  const out = [];
  for (const queue of h.queueNames()) {
    for (const channel of channels) {
      if (out.length < count) out.push(pair(queue, channel, 1 + (out.length % 99), out.length));
    }
  }
  if (out.length < count) throw new Error(`only ${out.length} pairs available, wanted ${count}`);
  return out;
}

/** Media concurrencies for every channel, so any queue channel is allowed. */
export const ALL_CHANNELS = [
  { Channel: 'VOICE', Concurrency: '1' },
  { Channel: 'CHAT', Concurrency: '2' },
  { Channel: 'TASK', Concurrency: '3' },
  { Channel: 'EMAIL', Concurrency: '1' },
];

/**
 * The fewest write calls the API allows for a change, computed from the scenario (not from the planner):
 * one call per differing scalar group, ⌈n/10⌉ per queue batch (standard and manual share Associate and
 * Disassociate calls), one UntagResource and one TagResource for ≤50 keys each.
 */
export function minimumWrites(change: {
  create?: boolean;
  name?: boolean;
  defaultOutboundQueue?: boolean;
  concurrency?: boolean;
  timer?: boolean;
  add?: number;
  addManual?: number;
  change?: number;
  remove?: number;
  removeManual?: number;
  untag?: boolean;
  tag?: boolean;
}): number {
  const batches = (n = 0) => Math.ceil(n / 10);
  if (change.create) {
    // CreateRoutingProfile carries 10 standard + 10 manual configs and every tag.
    return 1 + Math.max(batches(Math.max(0, (change.add ?? 0) - 10)), batches(Math.max(0, (change.addManual ?? 0) - 10)));
  }
  return [change.name, change.defaultOutboundQueue, change.concurrency, change.timer, change.untag, change.tag].filter(Boolean).length
    + Math.max(batches(change.add), batches(change.addManual))
    + batches(change.change)
    + Math.max(batches(change.remove), batches(change.removeManual));
}

export function resolveQueue(h: HandlerHarness, ref: QueueRefSpec): string {
  if (ref.Id) return ref.Id;
  if (ref.Arn) return ref.Arn.split('/').pop()!;
  return h.queue(ref.Name!).id;
}

/**
 * Asserts the live profile (read through the SDK) is what the spec declares. Unmanaged parts (undefined
 * QueueConfigs, ManualAssignmentQueues, Tags, timer, cross-channel behaviour) are not compared. `owner`:
 * the expected ownership tag value, or false for a profile the handler adopted (no ownership tag).
 */
export function expectLiveMatches(h: HandlerHarness, live: LiveRead | undefined, spec: RoutingProfileSpec, owner: string | false = ownerTag()): void {
  expect(live).toBeDefined();
  const byPair = (a: { queueId: string; channel: string }, b: { queueId: string; channel: string }) =>
    `${a.queueId}/${a.channel}`.localeCompare(`${b.queueId}/${b.channel}`);
  expect(live!.name).toBe(spec.Name);
  expect(live!.description).toBe(spec.Description);
  expect(live!.defaultOutboundQueueId).toBe(resolveQueue(h, spec.DefaultOutboundQueue));
  const byChannel = (a: { channel: string }, b: { channel: string }) => a.channel.localeCompare(b.channel);
  expect(live!.mediaConcurrencies.map((m) => ({ channel: m.channel, concurrency: m.concurrency })).sort(byChannel))
    .toEqual(spec.MediaConcurrencies.map((m) => ({ channel: m.Channel, concurrency: Number(m.Concurrency) })).sort(byChannel));
  for (const m of spec.MediaConcurrencies) {
    if (m.CrossChannelBehavior) {
      expect(live!.mediaConcurrencies.find((l) => l.channel === m.Channel)?.crossChannelBehavior ?? 'ROUTE_CURRENT_CHANNEL_ONLY').toBe(m.CrossChannelBehavior);
    }
  }
  if (spec.QueueConfigs) {
    expect([...live!.queueConfigs].sort(byPair)).toEqual(spec.QueueConfigs.map((q) => ({
      queueId: resolveQueue(h, q.Queue), channel: q.Channel, priority: Number(q.Priority), delay: Number(q.Delay),
    })).sort(byPair));
  }
  if (spec.ManualAssignmentQueues) {
    expect([...live!.manualAssignmentQueues].sort(byPair)).toEqual(spec.ManualAssignmentQueues.map((q) => ({
      queueId: resolveQueue(h, q.Queue), channel: q.Channel,
    })).sort(byPair));
  }
  if (spec.AgentAvailabilityTimer) expect(live!.agentAvailabilityTimer).toBe(spec.AgentAvailabilityTimer);
  if (spec.Tags) {
    expect(live!.tags).toEqual({ ...spec.Tags, ...(owner ? { [OWNERSHIP_TAG_KEY]: owner } : {}) });
  }
}

type Pair = { queueId: string; channel: string };
const keyOf = (p: Pair) => `${p.queueId}/${p.channel}`;

/**
 * Proves from the emulator's profile history that no pair kept across an operation was missing in any
 * intermediate state: `mark` is the history length before the operation (0 for a profile it created).
 * Kept = in the state before and in the final state (standard and manual alike). Also: once a pair of the
 * final state appears, it stays. Returns the history entries the operation produced.
 */
export async function assertNoKeptPairDropped(h: HandlerHarness, routingProfileId: string, mark = 0): Promise<ProfileHistoryEntry[]> {
  const history = await h.emulator.control.history(routingProfileId);
  const window = history.slice(mark);
  if (window.length === 0) return window;
  const keys = (e: ProfileHistoryEntry | undefined) => new Set([
    ...(e?.queueConfigs ?? []).map((p) => `q:${keyOf(p)}`),
    ...(e?.manualAssignmentQueues ?? []).map((p) => `m:${keyOf(p)}`),
  ]);
  const before = keys(history[mark - 1]);
  const final = keys(window[window.length - 1]);
  const kept = [...before].filter((k) => final.has(k));
  const seen = new Set<string>();
  for (const entry of window) {
    if (entry.deleted) continue;
    const present = keys(entry);
    const missing = kept.filter((k) => !present.has(k));
    const at = { seq: entry.seq, operation: entry.operation };
    expect({ ...at, missingKeptPairs: missing }).toEqual({ ...at, missingKeptPairs: [] });
    const dropped = [...seen].filter((k) => !present.has(k));
    expect({ ...at, droppedFinalPairs: dropped }).toEqual({ ...at, droppedFinalPairs: [] });
    for (const k of present) if (final.has(k)) seen.add(k);
  }
  return window;
}

/** The history length of a profile now (the `mark` for {@link assertNoKeptPairDropped}). */
export async function historyMark(h: HandlerHarness, routingProfileId: string): Promise<number> {
  return (await h.emulator.control.history(routingProfileId)).length;
}

/** Write operations' names in call order, for readable failure messages. */
export async function writeOperations(h: HandlerHarness): Promise<string[]> {
  return (await h.writeCalls()).map((c) => `${c.operation}:${c.outcome.status}`);
}

/**
 * Captures console output for the whole file (silenced) and checks, after the last test, that the ResponseURL
 * never appeared in it and that every response body the handler PUT was under CloudFormation's 4096 bytes.
 */
export function guardConsoleAndResponses(harness: () => HandlerHarness): { lines: string[] } {
  const captured = { lines: [] as string[] };
  const spies: jest.SpyInstance[] = [];
  beforeAll(() => {
    for (const method of ['log', 'error', 'warn', 'info', 'debug'] as const) {
      spies.push(jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        captured.lines.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
      }));
    }
  });
  afterAll(() => {
    for (const spy of spies) spy.mockRestore();
    const h = harness();
    const url = new URL(h.responseUrl);
    expect(captured.lines.length).toBeGreaterThan(0);
    for (const line of captured.lines) {
      expect(line).not.toContain(h.responseUrl);
      expect(line).not.toContain(url.search);
      expect(line).not.toContain(url.pathname);
    }
    expect(h.responseBodies.length).toBeGreaterThan(0);
    for (const body of h.responseBodies) expect(Buffer.byteLength(body)).toBeLessThan(4096);
  });
  return captured;
}
