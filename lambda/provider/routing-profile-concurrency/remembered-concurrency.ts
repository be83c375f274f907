/**
 * The concurrency a resource found before its first change, kept in its physical resource id next to the
 * profile's ARN: `<profile ARN>|concurrency-v1|VOICE=1:C,CHAT=2:C,TASK=1:C`, or, when a channel was configured per
 * workload type, `<profile ARN>|concurrency-v2|VOICE=1:C,TASK=-:C[billing=3:CA;returns=2:-]`.
 *
 * Why the physical id: CloudFormation sends it with every Update and with the Delete (which carries nothing
 * else of the resource's past), and an Update that returns it unchanged keeps it, so the memory survives any
 * number of updates with no store to keep in step. It never changes for a resource's life: a new id would
 * make CloudFormation delete the old one, which restores the profile.
 *
 * Version 2 only adds the bracketed workload types, so a memory without any is still written as version 1, exactly
 * as before, and both are read. A version-1 memory of a channel that had workload types kept neither model (`=-`);
 * its restore keeps the live workload types (see `planConcurrencyRestore`).
 */
import type { BehaviorType, Channel, ChannelWorkloadBehaviorType, MediaConcurrency, WorkloadTypeConcurrency } from '../../reconcile/types';

/** CloudFormation's limit on a physical resource id. */
export const MAX_PHYSICAL_ID_LENGTH = 1024;

const MARKER_V1 = '|concurrency-v1|';
const MARKER_V2 = '|concurrency-v2|';

/** Short forms of the known behaviours; a newer one is written out in full (always longer than two letters). */
const BEHAVIOR_CODES: Readonly<Record<string, string>> = { ROUTE_CURRENT_CHANNEL_ONLY: 'C', ROUTE_ANY_CHANNEL: 'A' };
const WORKLOAD_BEHAVIOR_CODES: Readonly<Record<string, string>> = {
  ROUTE_CURRENT_CHANNEL_CURRENT_WORKLOADTYPE_ONLY: 'CC',
  ROUTE_CURRENT_CHANNEL_ANY_WORKLOADTYPE_ONLY: 'CA',
  ROUTE_ANY_CHANNEL_ANY_WORKLOAD_TYPE: 'AA',
};
const NO_VALUE = '-';

const ENUM = '[A-Z][A-Z0-9_]*';
const CHANNEL = `^(${ENUM})=(\\d+|${NO_VALUE}):(${ENUM}|${NO_VALUE})`;
const CHANNEL_ENTRY = new RegExp(`${CHANNEL}$`);
const CHANNEL_ENTRY_V2 = new RegExp(`${CHANNEL}(?:\\[([^\\]]+)\\])?$`);
// A workload type is percent-encoded (encodeURIComponent), so it never holds `=`, `:`, `;`, `,`, `[`, `]` or `|`.
const WORKLOAD_ENTRY = new RegExp(`^([^=;:]+)=(\\d+):(${ENUM}|${NO_VALUE})$`);

/** What a physical id remembers. */
export interface RememberedConcurrency {
  readonly routingProfileArn: string;
  readonly original: readonly MediaConcurrency[];
}

/** The physical id of a resource that found `original` on the profile. Throws, before any change, if it would not fit. */
export function rememberInPhysicalId(routingProfileArn: string, original: readonly MediaConcurrency[]): string {
  const withWorkloadTypes = original.some((m) => m.workloadTypeConcurrencies !== undefined);
  const entries = original.map((m) => {
    const behavior = encode(m.crossChannelBehavior, BEHAVIOR_CODES);
    const workloadTypes = m.workloadTypeConcurrencies === undefined ? '' : `[${m.workloadTypeConcurrencies.map(workloadTypeEntry).join(';')}]`;
    return `${m.channel}=${m.concurrency ?? NO_VALUE}:${behavior}${workloadTypes}`;
  });
  const id = `${routingProfileArn}${withWorkloadTypes ? MARKER_V2 : MARKER_V1}${entries.join(',')}`;
  if (id.length > MAX_PHYSICAL_ID_LENGTH) {
    throw new Error(`The concurrency found on routing profile ${routingProfileArn} is too long to remember in a physical resource id `
      + `(${id.length} characters, CloudFormation allows ${MAX_PHYSICAL_ID_LENGTH}); nothing was changed.`);
  }
  return id;
}

/** What a physical id remembers, or `undefined` when it is not one this resource type returned (e.g. a failed Create's). */
export function recallFromPhysicalId(physicalResourceId: string): RememberedConcurrency | undefined {
  const version = [MARKER_V1, MARKER_V2].map((marker) => ({ marker, at: physicalResourceId.indexOf(marker) })).find(({ at }) => at > 0);
  if (version === undefined) return undefined;
  const routingProfileArn = physicalResourceId.slice(0, version.at);
  const rest = physicalResourceId.slice(version.at + version.marker.length);
  const pattern = version.marker === MARKER_V2 ? CHANNEL_ENTRY_V2 : CHANNEL_ENTRY;
  const original: MediaConcurrency[] = [];
  for (const part of rest === '' ? [] : rest.split(',')) {
    const match = pattern.exec(part);
    const workloadTypes = match?.[4]?.split(';').map(recallWorkloadType);
    if (!match || workloadTypes?.includes(undefined)) return undefined;
    const [, channel, concurrency, behavior] = match;
    const fullBehavior = decode(behavior, BEHAVIOR_CODES);
    original.push({
      channel: channel as Channel,
      ...(concurrency !== NO_VALUE ? { concurrency: Number(concurrency) } : {}),
      ...(fullBehavior !== undefined ? { crossChannelBehavior: fullBehavior as BehaviorType } : {}),
      ...(workloadTypes !== undefined ? { workloadTypeConcurrencies: workloadTypes as WorkloadTypeConcurrency[] } : {}),
    });
  }
  return { routingProfileArn, original };
}

function workloadTypeEntry(w: WorkloadTypeConcurrency): string {
  const behavior = encode(w.crossChannelWorkloadBehavior, WORKLOAD_BEHAVIOR_CODES);
  return `${encodeURIComponent(w.workloadType)}=${w.concurrency}:${behavior}`;
}

function recallWorkloadType(part: string): WorkloadTypeConcurrency | undefined {
  const match = WORKLOAD_ENTRY.exec(part);
  if (!match) return undefined;
  const [, encoded, concurrency, behavior] = match;
  let workloadType: string;
  try {
    workloadType = decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
  const fullBehavior = decode(behavior, WORKLOAD_BEHAVIOR_CODES);
  return {
    workloadType,
    concurrency: Number(concurrency),
    ...(fullBehavior !== undefined ? { crossChannelWorkloadBehavior: fullBehavior as ChannelWorkloadBehaviorType } : {}),
  };
}

/** A behaviour to write: none, its short code, or a newer value in full. */
function encode(value: string | undefined, codes: Readonly<Record<string, string>>): string {
  return value === undefined ? NO_VALUE : codes[value] ?? value;
}

/** A behaviour as written: none, a short code, or a newer value in full. */
function decode(written: string, codes: Readonly<Record<string, string>>): string | undefined {
  if (written === NO_VALUE) return undefined;
  return Object.keys(codes).find((name) => codes[name] === written) ?? written;
}
