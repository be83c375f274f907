import { DEFAULT_DRIFT_POLICY, DriftPolicyMode } from '../../src/private/contract';

const MODES: readonly string[] = Object.values(DriftPolicyMode);

/**
 * The drift policy of a resource's properties: absent (a construct older than drift detection) is the
 * default; anything but a known mode is a problem naming the field and the value.
 */
export function parseDriftPolicy(value: unknown): { readonly policy: DriftPolicyMode } | { readonly problem: string } {
  if (value === undefined) return { policy: DEFAULT_DRIFT_POLICY };
  if (typeof value === 'string' && MODES.includes(value)) return { policy: value as DriftPolicyMode };
  return { problem: `\`driftPolicy\` must be one of ${MODES.join(', ')}, got: ${JSON.stringify(value)}` };
}
