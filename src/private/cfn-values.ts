/**
 * CloudFormation delivers every custom resource property as a string ("3", "true"); the construct wrote numbers
 * and booleans. These read a spec member either way. A value that is neither is returned as is (or undefined),
 * for the rules to report by name rather than coerce.
 */

/** A whole number from a number or a CloudFormation string; anything else is returned as is. */
export function wholeNumberOf(value: unknown): unknown {
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value.trim());
  return value;
}

/** A boolean from a boolean or a CloudFormation string; undefined for anything else. */
export function booleanOf(value: unknown): boolean | undefined {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return undefined;
}
