/**
 * Search criteria and tag filters shared by SearchRoutingProfiles, SearchQueues and SearchUsers
 * (https://docs.aws.amazon.com/connect/latest/APIReference/API_RoutingProfileSearchCriteria.html): nested Or/And conditions over string conditions, and an OR-of-ANDs tag filter.
 */
import { ConnectError, invalidParameter, NOT_IMPLEMENTED } from '../http/errors';

/** For each searchable field name, the values of an item that a condition compares against. */
export type StringFieldReader<T> = Readonly<Record<string, (item: T) => readonly string[]>>;

/** Extra leaf conditions an operation supports (e.g. QueueTypeCondition), keyed by member name. */
export type LeafConditions<T> = Readonly<Record<string, (value: unknown, item: T) => boolean>>;

interface StringConditionInput {
  readonly FieldName?: string;
  readonly Value?: string;
  readonly ComparisonType?: string;
}

/** The docs: `name` and `description` "contains" queries need 2..25 characters. */
const CONTAINS_BOUNDS = { min: 2, max: 25 };

function matchesString(condition: StringConditionInput, values: readonly string[], path: string): boolean {
  const { FieldName, Value, ComparisonType } = condition;
  if (Value === undefined || ComparisonType === undefined) {
    throw invalidParameter(`${path}: FieldName, Value and ComparisonType are all required`);
  }
  if (ComparisonType === 'CONTAINS' && (FieldName === 'name' || FieldName === 'description')) {
    const length = [...Value].length;
    if (length < CONTAINS_BOUNDS.min || length > CONTAINS_BOUNDS.max) {
      throw invalidParameter(`${path}.Value: a CONTAINS query on ${FieldName} needs ${CONTAINS_BOUNDS.min} to ${CONTAINS_BOUNDS.max} characters, got: ${length}`);
    }
  }
  // Names and descriptions compare case-insensitively; ids exactly.
  const fold = FieldName === 'name' || FieldName === 'description' || FieldName === 'Username'
    || FieldName === 'FirstName' || FieldName === 'LastName';
  const norm = (s: string): string => (fold ? s.toLowerCase() : s);
  const needle = norm(Value);
  return values.some((raw) => {
    const v = norm(raw);
    switch (ComparisonType) {
      case 'EXACT': return v === needle;
      case 'STARTS_WITH': return v.startsWith(needle);
      case 'CONTAINS': return v.includes(needle);
      default: return false;
    }
  });
}

export function matchesCriteria<T>(
  criteria: Record<string, unknown> | undefined, item: T, fields: StringFieldReader<T>, path: string, leaves: LeafConditions<T> = {},
): boolean {
  if (!criteria) return true;
  for (const [key, value] of Object.entries(criteria)) {
    if (value === undefined || value === null) continue;
    if (key === 'OrConditions') {
      const list = value as Array<Record<string, unknown>>;
      if (list.length > 0 && !list.some((c, i) => matchesCriteria(c, item, fields, `${path}.OrConditions[${i}]`, leaves))) return false;
    } else if (key === 'AndConditions') {
      const list = value as Array<Record<string, unknown>>;
      if (!list.every((c, i) => matchesCriteria(c, item, fields, `${path}.AndConditions[${i}]`, leaves))) return false;
    } else if (key === 'StringCondition') {
      const condition = value as StringConditionInput;
      const reader = condition.FieldName === undefined ? undefined : fields[condition.FieldName];
      if (!reader) {
        throw invalidParameter(`${path}.StringCondition.FieldName: must be one of ${Object.keys(fields).join(', ')}, got: ${condition.FieldName}`);
      }
      if (!matchesString(condition, reader(item), `${path}.StringCondition`)) return false;
    } else if (leaves[key]) {
      if (!leaves[key](value, item)) return false;
    } else {
      throw new ConnectError(NOT_IMPLEMENTED, `The Connect emulator does not implement search condition ${path}.${key}`);
    }
  }
  return true;
}

interface TagConditionInput {
  readonly TagKey?: string;
  readonly TagValue?: string;
}

interface TagFilterInput {
  readonly OrConditions?: TagConditionInput[][];
  readonly AndConditions?: TagConditionInput[];
  readonly TagCondition?: TagConditionInput;
}

function matchesTag(condition: TagConditionInput, tags: Readonly<Record<string, string>>): boolean {
  if (condition.TagKey === undefined) return condition.TagValue === undefined || Object.values(tags).includes(condition.TagValue);
  if (!(condition.TagKey in tags)) return false;
  return condition.TagValue === undefined || tags[condition.TagKey] === condition.TagValue;
}

/** OrConditions is an OR of ANDs; the three members, when several are given, must all hold. */
export function matchesTagFilter(filter: TagFilterInput | undefined, tags: Readonly<Record<string, string>>): boolean {
  if (!filter) return true;
  if (filter.OrConditions && filter.OrConditions.length > 0
    && !filter.OrConditions.some((and) => and.every((c) => matchesTag(c, tags)))) return false;
  if (filter.AndConditions && !filter.AndConditions.every((c) => matchesTag(c, tags))) return false;
  if (filter.TagCondition && !matchesTag(filter.TagCondition, tags)) return false;
  return true;
}
