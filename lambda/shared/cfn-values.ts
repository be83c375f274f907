/**
 * CloudFormation delivers every custom resource property as a string ("3", "true"): these turn them back into
 * what the construct rendered. A value that does not parse is returned as is (or undefined) for the caller's
 * rules to report by name.
 */

/** A whole number from a CloudFormation string (or a number); anything else is returned as is for the rules to report. */
export function parseWholeNumber(value: unknown): unknown {
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value.trim());
  return value;
}

/** A boolean from a CloudFormation string (or a boolean); undefined for anything else. */
export function parseBoolean(value: unknown): boolean | undefined {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return undefined;
}
