import { DESIRED_STATE_TABLE_ID, DRIFT_RECONCILER_ID, ROUTING_PROFILE_PROVIDER_ID } from '../../src/private/contract';

/** Ids the library itself gives constructs directly under the stack: a profile must not take one. */
const RESERVED = [ROUTING_PROFILE_PROVIDER_ID, DESIRED_STATE_TABLE_ID, DRIFT_RECONCILER_ID];

/** When a name has no letter or digit to build an id from. */
const FALLBACK_ID = 'RoutingProfile';

/**
 * Readable construct ids for profile names, in the order given: the name's letters and digits in PascalCase
 * ("Tier 1 support" → `Tier1Support`), made unique with a number ("Sales" and "sales" → `Sales`, `Sales2`). The
 * same names in the same order always give the same ids, so a re-export keeps every logical id.
 */
export function constructIds(names: readonly string[]): string[] {
  const taken = new Set(RESERVED);
  return names.map((name) => {
    const base = name.split(/[^A-Za-z0-9]+/).filter((word) => word !== '')
      .map((word) => word[0].toUpperCase() + word.slice(1)).join('') || FALLBACK_ID;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}${n}`;
    taken.add(id);
    return id;
  });
}
