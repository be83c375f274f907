/** What every resource type's spec shares, read into the handler's shape once the rules have passed it. */
import { InvalidSpecError } from './result';
import { booleanOf, wholeNumberOf } from '../../src/private/cfn-values';
import { MediaConcurrencyEntry, SPEC_VERSION, WorkloadTypeConcurrencyEntry } from '../../src/private/contract';
import type { BehaviorType, Channel, ChannelWorkloadBehaviorType, MediaConcurrency, WorkloadTypeConcurrency } from '../reconcile/types';

/** A handler refuses a spec version it does not know instead of guessing, so it never misreads a newer construct. */
export function checkSpecVersion(version: unknown): void {
  if (String(version) !== SPEC_VERSION) {
    throw new InvalidSpecError([`\`SpecVersion\` must be ${JSON.stringify(SPEC_VERSION)} for this handler version; got: `
      + `${JSON.stringify(version)}. Upgrade the cdk-connect-routing package so the construct and handler match.`]);
  }
}

/** A media concurrency entry of the spec, already checked: a channel-level concurrency or workload types. */
export function mediaConcurrencyOf(entry: MediaConcurrencyEntry): MediaConcurrency {
  return {
    channel: entry.Channel as Channel,
    ...(entry.Concurrency !== undefined ? { concurrency: wholeNumberOf(entry.Concurrency) as number } : {}),
    ...(entry.CrossChannelBehavior !== undefined ? { crossChannelBehavior: entry.CrossChannelBehavior as BehaviorType } : {}),
    ...(entry.WorkloadTypeConcurrencies !== undefined
      ? { workloadTypeConcurrencies: entry.WorkloadTypeConcurrencies.map(workloadTypeConcurrencyOf) } : {}),
  };
}

function workloadTypeConcurrencyOf(entry: WorkloadTypeConcurrencyEntry): WorkloadTypeConcurrency {
  return {
    workloadType: entry.WorkloadType,
    concurrency: wholeNumberOf(entry.Concurrency) as number,
    ...(entry.CrossChannelWorkloadBehavior !== undefined
      ? { crossChannelWorkloadBehavior: entry.CrossChannelWorkloadBehavior as ChannelWorkloadBehaviorType } : {}),
  };
}

/** Whether the deploy checks declared workload types against the instance: unless the spec says false. */
export function checksWorkloadTypes(value: unknown): boolean {
  return booleanOf(value) !== false;
}
