/**
 * Predefined attributes: DescribePredefinedAttribute and ListPredefinedAttributes
 * (https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribePredefinedAttribute.html,
 * https://docs.aws.amazon.com/connect/latest/APIReference/API_ListPredefinedAttributes.html), and the value rules the
 * control API applies when a test sets the values of `connect:WorkloadType` or seeds a customer attribute.
 */
import { OperationContext, OperationHandler, regionOf } from './context';
import { paginate } from '../state/pagination';
import { nowSeconds } from '../state/store';
import { InstanceRecord, PredefinedAttributeRecord, WORKLOAD_TYPE_ATTRIBUTE } from '../state/types';

const DEFAULT_PAGE_SIZE = 100;

/**
 * The Admin Guide's limits for predefined attributes (https://docs.aws.amazon.com/connect/latest/adminguide/predefined-attributes.html):
 * up to 500 values per attribute, names and values up to 100 characters, both matching this pattern (so a customer
 * cannot create a name that starts with `aws:` or `connect:`). The pattern is used as published.
 */
export const MAX_VALUES_PER_ATTRIBUTE = 500;
const MAX_LENGTH = 100;
const NAME_OR_VALUE_PATTERN = /^(?!(aws:|connect:))[\p{L}\p{Z}\p{N}_.:/=+-@']+$/u;

function attributeView(ctx: OperationContext, a: PredefinedAttributeRecord): Record<string, unknown> {
  return {
    Name: a.name,
    // A union: string values are the only kind the API defines.
    Values: { StringList: [...a.values] },
    LastModifiedTime: a.lastModifiedTime,
    LastModifiedRegion: regionOf(ctx),
  };
}

const describePredefinedAttribute: OperationHandler = (ctx, input) => {
  const instance = ctx.store.instance(input.InstanceId);
  return { PredefinedAttribute: attributeView(ctx, ctx.store.predefinedAttribute(instance, input.Name)) };
};

const listPredefinedAttributes: OperationHandler = (ctx, input) => {
  const instance = ctx.store.instance(input.InstanceId);
  const all = [...instance.predefinedAttributes.values()];
  const page = paginate(all, `ListPredefinedAttributes/${instance.id}`, input.NextToken, input.MaxResults, DEFAULT_PAGE_SIZE);
  return {
    PredefinedAttributeSummaryList: page.items.map((a) => ({
      Name: a.name, LastModifiedTime: a.lastModifiedTime, LastModifiedRegion: regionOf(ctx),
    })),
    NextToken: page.nextToken,
  };
};

export const PREDEFINED_ATTRIBUTE_OPERATIONS: Record<string, OperationHandler> = {
  DescribePredefinedAttribute: describePredefinedAttribute,
  ListPredefinedAttributes: listPredefinedAttributes,
};

/** Checks a list of attribute values against the Admin Guide's rules; throws an Error naming the first bad one. */
export function checkAttributeValues(values: unknown, what: string): string[] {
  if (!Array.isArray(values)) throw new Error(`${what}: values must be a list of strings, got: ${JSON.stringify(values)}`);
  const seen = new Set<string>();
  for (const value of values) {
    if (typeof value !== 'string' || [...value].length < 1 || [...value].length > MAX_LENGTH) {
      throw new Error(`${what}: every value is a string of 1 to ${MAX_LENGTH} characters, got: ${JSON.stringify(value)}`);
    }
    if (!NAME_OR_VALUE_PATTERN.test(value)) {
      throw new Error(`${what}: value ${JSON.stringify(value)} does not match ${NAME_OR_VALUE_PATTERN.source}`);
    }
    if (seen.has(value)) throw new Error(`${what}: duplicate value ${JSON.stringify(value)}`);
    seen.add(value);
  }
  if (values.length > MAX_VALUES_PER_ATTRIBUTE) {
    throw new Error(`${what}: at most ${MAX_VALUES_PER_ATTRIBUTE} values per attribute, got: ${values.length}`);
  }
  return values as string[];
}

/**
 * Sets (`replace`) or adds to (`add`, values already there are kept once) the values of `connect:WorkloadType`.
 * Returns the values after the change.
 */
export function setWorkloadTypes(instance: InstanceRecord, values: unknown, mode: 'replace' | 'add'): string[] {
  const attribute = instance.predefinedAttributes.get(WORKLOAD_TYPE_ATTRIBUTE)!;
  const given = checkAttributeValues(values, WORKLOAD_TYPE_ATTRIBUTE);
  const next = mode === 'replace' ? given : [...attribute.values, ...given.filter((v) => !attribute.values.includes(v))];
  checkAttributeValues(next, WORKLOAD_TYPE_ATTRIBUTE);
  attribute.values = next;
  attribute.lastModifiedTime = nowSeconds();
  return [...next];
}

/** Adds a customer predefined attribute (seed only): its name follows the same rules and is unique case-insensitively. */
export function addCustomAttribute(instance: InstanceRecord, name: unknown, values: unknown): PredefinedAttributeRecord {
  if (typeof name !== 'string' || [...name].length < 1 || [...name].length > MAX_LENGTH || !NAME_OR_VALUE_PATTERN.test(name)) {
    throw new Error(`predefined attribute name must be 1 to ${MAX_LENGTH} characters matching ${NAME_OR_VALUE_PATTERN.source} `
      + `(no aws: or connect: prefix), got: ${JSON.stringify(name)}`);
  }
  const taken = [...instance.predefinedAttributes.keys()].find((existing) => existing.toLowerCase() === name.toLowerCase());
  if (taken) throw new Error(`predefined attribute ${JSON.stringify(name)} already exists (as ${JSON.stringify(taken)}); names are unique ignoring case`);
  const record: PredefinedAttributeRecord = { name, values: checkAttributeValues(values ?? [], name), system: false, lastModifiedTime: nowSeconds() };
  instance.predefinedAttributes.set(name, record);
  return record;
}
