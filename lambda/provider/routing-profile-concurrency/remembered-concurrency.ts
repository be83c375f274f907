/**
 * The concurrency a resource found before its first change, kept in its physical resource id next to the
 * profile's ARN: `<profile ARN>|concurrency-v1|VOICE=1:C,CHAT=2:C,TASK=1:C`.
 *
 * Why the physical id: CloudFormation sends it with every Update and with the Delete (which carries nothing
 * else of the resource's past), and an Update that returns it unchanged keeps it, so the memory survives any
 * number of updates with no store to keep in step. It never changes for a resource's life: a new id would
 * make CloudFormation delete the old one, which restores the profile.
 */
import type { BehaviorType, Channel, MediaConcurrency } from '../../reconcile/types';

/** CloudFormation's limit on a physical resource id. */
export const MAX_PHYSICAL_ID_LENGTH = 1024;

const MARKER = '|concurrency-v1|';

/** Short forms of the known behaviours; a newer one is written out in full (always longer than one letter). */
const BEHAVIOR_CODES: Readonly<Record<string, string>> = { ROUTE_CURRENT_CHANNEL_ONLY: 'C', ROUTE_ANY_CHANNEL: 'A' };
const NO_VALUE = '-';

const ENUM = '[A-Z][A-Z0-9_]*';
const ENTRY = new RegExp(`^(${ENUM})=(\\d+|${NO_VALUE}):(${ENUM}|${NO_VALUE})$`);

/** What a physical id remembers. */
export interface RememberedConcurrency {
  readonly routingProfileArn: string;
  readonly original: readonly MediaConcurrency[];
}

/** The physical id of a resource that found `original` on the profile. Throws, before any change, if it would not fit. */
export function rememberInPhysicalId(routingProfileArn: string, original: readonly MediaConcurrency[]): string {
  const entries = original.map((m) => {
    const behavior = m.crossChannelBehavior === undefined ? NO_VALUE : BEHAVIOR_CODES[m.crossChannelBehavior] ?? m.crossChannelBehavior;
    return `${m.channel}=${m.concurrency ?? NO_VALUE}:${behavior}`;
  });
  const id = `${routingProfileArn}${MARKER}${entries.join(',')}`;
  if (id.length > MAX_PHYSICAL_ID_LENGTH) {
    throw new Error(`The concurrency found on routing profile ${routingProfileArn} is too long to remember in a physical resource id `
      + `(${id.length} characters, CloudFormation allows ${MAX_PHYSICAL_ID_LENGTH}); nothing was changed.`);
  }
  return id;
}

/** What a physical id remembers, or `undefined` when it is not one this resource type returned (e.g. a failed Create's). */
export function recallFromPhysicalId(physicalResourceId: string): RememberedConcurrency | undefined {
  const at = physicalResourceId.indexOf(MARKER);
  if (at <= 0) return undefined;
  const routingProfileArn = physicalResourceId.slice(0, at);
  const rest = physicalResourceId.slice(at + MARKER.length);
  const original: MediaConcurrency[] = [];
  for (const part of rest === '' ? [] : rest.split(',')) {
    const match = ENTRY.exec(part);
    if (!match) return undefined;
    const [, channel, concurrency, behavior] = match;
    const fullBehavior = behavior === NO_VALUE ? undefined
      : Object.keys(BEHAVIOR_CODES).find((name) => BEHAVIOR_CODES[name] === behavior) ?? behavior;
    original.push({
      channel: channel as Channel,
      ...(concurrency !== NO_VALUE ? { concurrency: Number(concurrency) } : {}),
      ...(fullBehavior !== undefined ? { crossChannelBehavior: fullBehavior as BehaviorType } : {}),
    });
  }
  return { routingProfileArn, original };
}
