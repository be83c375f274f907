/**
 * A channel's workload-type concurrencies compared and merged, for the planners and the differences alike: a list
 * is a set keyed by workload type (Connect's order carries no meaning), and an undeclared cross-channel workload
 * behaviour is not managed, as an undeclared cross-channel behaviour is not. Pure.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_WorkloadTypeConcurrency.html
 */
import type { MediaConcurrency, WorkloadTypeConcurrency } from './types';

/** Whether a channel is configured per workload type. */
export function usesWorkloadTypes(m: MediaConcurrency): boolean {
  return (m.workloadTypeConcurrencies?.length ?? 0) > 0;
}

/**
 * A live channel's channel-level concurrency as it takes effect: none on a channel configured per workload type
 * that reports 0 (the API's range starts at 0 for that case only).
 */
export function channelConcurrencyOf(m: MediaConcurrency): number | undefined {
  return m.concurrency === 0 && usesWorkloadTypes(m) ? undefined : m.concurrency;
}

/** The workload types of a list, by type. */
export function byWorkloadType(list: readonly WorkloadTypeConcurrency[] | undefined): Map<string, WorkloadTypeConcurrency> {
  return new Map((list ?? []).map((w) => [w.workloadType, w]));
}

/**
 * Whether a live list differs from a declared one in what it declares: another set of types, another concurrency,
 * or a declared behaviour that differs from the live one (an undeclared behaviour never counts).
 */
export function workloadTypesDiffer(want: readonly WorkloadTypeConcurrency[], have: readonly WorkloadTypeConcurrency[] | undefined): boolean {
  const live = byWorkloadType(have);
  return live.size !== want.length || want.some((w) => workloadTypeDiffers(w, live.get(w.workloadType)));
}

/** Whether one declared workload type differs from its live counterpart (absent included). */
function workloadTypeDiffers(want: WorkloadTypeConcurrency, have: WorkloadTypeConcurrency | undefined): boolean {
  return have === undefined || have.concurrency !== want.concurrency
    || (want.crossChannelWorkloadBehavior !== undefined && want.crossChannelWorkloadBehavior !== have.crossChannelWorkloadBehavior);
}

/** Whether two lists are the same set exactly, behaviours included (a restore puts back exactly what was found). */
export function sameWorkloadTypes(a: readonly WorkloadTypeConcurrency[] | undefined, b: readonly WorkloadTypeConcurrency[] | undefined): boolean {
  const other = byWorkloadType(b);
  return (a ?? []).length === other.size && (a ?? []).every((w) => {
    const o = other.get(w.workloadType);
    return o !== undefined && o.concurrency === w.concurrency && o.crossChannelWorkloadBehavior === w.crossChannelWorkloadBehavior;
  });
}

/** The declared list to send, in declared order, each undeclared behaviour taken from the live type (so Connect keeps it). */
export function withLiveWorkloadBehaviors(
  want: readonly WorkloadTypeConcurrency[], have: readonly WorkloadTypeConcurrency[] | undefined,
): WorkloadTypeConcurrency[] {
  const live = byWorkloadType(have);
  return want.map((w) => {
    const behavior = w.crossChannelWorkloadBehavior ?? live.get(w.workloadType)?.crossChannelWorkloadBehavior;
    return {
      workloadType: w.workloadType,
      concurrency: w.concurrency,
      ...(behavior !== undefined ? { crossChannelWorkloadBehavior: behavior } : {}),
    };
  });
}
