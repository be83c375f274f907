/**
 * CloudFormation delivers a custom resource's properties with every number and boolean turned into a string,
 * at any depth (`5` arrives as `"5"`, `true` as `"true"`). The local deploy sends them the same way, so a handler
 * that forgets to parse them fails here too.
 */
export function toCloudFormationWireFormat(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toCloudFormationWireFormat);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toCloudFormationWireFormat(item)]));
  }
  return value;
}
