/**
 * A media concurrency between the handler's shape (`MediaConcurrency`) and Connect's (`MediaConcurrencyBody`, the
 * same as DescribeRoutingProfile reports it): one conversion each way, so a channel read from Connect and sent back
 * unchanged is exactly what was read, workload types included.
 */
import type { MediaConcurrency, MediaConcurrencyBody } from './types';

/** The request entry of a channel. Absent members stay absent (Connect would read a present one as a change). */
export function toMediaConcurrencyBody(m: MediaConcurrency): MediaConcurrencyBody {
  return {
    Channel: m.channel,
    ...(m.concurrency !== undefined ? { Concurrency: m.concurrency } : {}),
    ...(m.crossChannelBehavior !== undefined ? { CrossChannelBehavior: { BehaviorType: m.crossChannelBehavior } } : {}),
    ...(m.workloadTypeConcurrencies !== undefined ? {
      WorkloadTypeConcurrencies: m.workloadTypeConcurrencies.map((w) => ({
        WorkloadType: w.workloadType,
        Concurrency: w.concurrency,
        ...(w.crossChannelWorkloadBehavior !== undefined
          ? { CrossChannelWorkloadBehavior: { ChannelWorkloadBehaviorType: w.crossChannelWorkloadBehavior } } : {}),
      })),
    } : {}),
  };
}

/**
 * A channel as Connect reports it (Describe, or a body sent), in the handler's shape. An empty workload-type list
 * reads as none: Connect takes 1..5, so one sent back empty would be refused.
 */
export function fromMediaConcurrencyBody(m: {
  readonly Channel?: string;
  readonly Concurrency?: number;
  readonly CrossChannelBehavior?: { readonly BehaviorType?: string };
  readonly WorkloadTypeConcurrencies?: ReadonlyArray<{
    readonly WorkloadType?: string;
    readonly Concurrency?: number;
    readonly CrossChannelWorkloadBehavior?: { readonly ChannelWorkloadBehaviorType?: string };
  }>;
}): MediaConcurrency {
  const behavior = m.CrossChannelBehavior?.BehaviorType;
  return {
    channel: m.Channel as MediaConcurrency['channel'],
    ...(m.Concurrency !== undefined ? { concurrency: m.Concurrency } : {}),
    ...(behavior !== undefined ? { crossChannelBehavior: behavior as MediaConcurrency['crossChannelBehavior'] } : {}),
    ...(m.WorkloadTypeConcurrencies !== undefined && m.WorkloadTypeConcurrencies.length > 0 ? {
      workloadTypeConcurrencies: m.WorkloadTypeConcurrencies.map((w) => {
        const workloadBehavior = w.CrossChannelWorkloadBehavior?.ChannelWorkloadBehaviorType;
        return {
          workloadType: w.WorkloadType!,
          concurrency: w.Concurrency!,
          ...(workloadBehavior !== undefined ? { crossChannelWorkloadBehavior: workloadBehavior as never } : {}),
        };
      }),
    } : {}),
  };
}
