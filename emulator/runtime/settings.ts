/**
 * Behaviour switches for Connect behaviour AWS does not document, settable at start (`StartEmulatorOptions`,
 * environment variables of `main.ts`) and through the control API (`PUT /_emulator/settings`).
 */

/**
 * What a channel-level `Concurrency` sent beside `WorkloadTypeConcurrencies` on the same channel gets. The Admin
 * Guide says a channel uses one or the other; AWS does not say whether Connect rejects, requires or ignores the
 * channel-level value then.
 * - `allow-zero` (default): it may be left out or be 0; 1..10 is InvalidParameterException. The API Reference
 *   shows `Concurrency` as optional with a range of 0..10 while every per-channel range starts at 1, so 0 only
 *   makes sense on a channel whose concurrency comes from its workload types
 *   (https://docs.aws.amazon.com/connect/latest/APIReference/API_MediaConcurrency.html).
 * - `reject`: any value, 0 included, is InvalidParameterException; it must be left out.
 * - `require-zero`: it must be sent, as 0.
 * - `ignore`: any value 0..10 is accepted and dropped (Describe returns no channel-level `Concurrency`).
 */
export type WorkloadTypeChannelConcurrency = 'allow-zero' | 'reject' | 'require-zero' | 'ignore';

export const WORKLOAD_TYPE_CHANNEL_CONCURRENCY_MODES: readonly WorkloadTypeChannelConcurrency[] = ['allow-zero', 'reject', 'require-zero', 'ignore'];

export interface EmulatorSettings {
  /** @default 'allow-zero' */
  readonly workloadTypeChannelConcurrency: WorkloadTypeChannelConcurrency;
}

export const DEFAULT_SETTINGS: EmulatorSettings = {
  workloadTypeChannelConcurrency: 'allow-zero',
};

/** Checks a partial settings object (from options, the environment or the control API); throws naming the bad key. */
export function checkSettings(partial: unknown): Partial<EmulatorSettings> {
  if (partial === null || typeof partial !== 'object' || Array.isArray(partial)) {
    throw new Error(`settings must be an object, got: ${JSON.stringify(partial)}`);
  }
  const out: { workloadTypeChannelConcurrency?: WorkloadTypeChannelConcurrency } = {};
  for (const [key, value] of Object.entries(partial as Record<string, unknown>)) {
    if (value === undefined) continue;
    if (key === 'workloadTypeChannelConcurrency') {
      if (!WORKLOAD_TYPE_CHANNEL_CONCURRENCY_MODES.includes(value as WorkloadTypeChannelConcurrency)) {
        throw new Error(`workloadTypeChannelConcurrency must be one of ${WORKLOAD_TYPE_CHANNEL_CONCURRENCY_MODES.join(', ')}, got: ${JSON.stringify(value)}`);
      }
      out.workloadTypeChannelConcurrency = value as WorkloadTypeChannelConcurrency;
    } else {
      throw new Error(`unknown setting ${JSON.stringify(key)}; known: workloadTypeChannelConcurrency`);
    }
  }
  return out;
}
