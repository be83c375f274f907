/**
 * One recorded media concurrency, in either model the provider records: a whole-number `concurrency`, or (since
 * workload types) `workloadTypeConcurrencies` of `{workloadType, concurrency, crossChannelWorkloadBehavior?}` and no
 * concurrency. Records written before workload types have the first form only, so they still read.
 */
export function isRecordedChannel(m: unknown): boolean {
  const channel = m as Record<string, unknown> | null;
  if (typeof channel?.channel !== 'string' || !isOptionalString(channel.crossChannelBehavior)) return false;
  const workloadTypes = channel.workloadTypeConcurrencies;
  if (workloadTypes === undefined) return Number.isInteger(channel.concurrency);
  return channel.concurrency === undefined && Array.isArray(workloadTypes) && workloadTypes.length > 0
    && workloadTypes.every((w: Record<string, unknown> | null) => typeof w?.workloadType === 'string' && Number.isInteger(w?.concurrency)
      && isOptionalString(w?.crossChannelWorkloadBehavior));
}

function isOptionalString(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}
