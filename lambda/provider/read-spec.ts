/** What every resource type's spec shares, read into the handler's shape once the rules have passed it. */
import { InvalidSpecError } from './result';
import { wholeNumberOf } from '../../src/private/cfn-values';
import { MediaConcurrencyEntry, SPEC_VERSION } from '../../src/private/contract';
import type { BehaviorType, Channel, MediaConcurrency } from '../reconcile/types';

/** A handler refuses a spec version it does not know instead of guessing, so it never misreads a newer construct. */
export function checkSpecVersion(version: unknown): void {
  if (String(version) !== SPEC_VERSION) {
    throw new InvalidSpecError([`\`SpecVersion\` must be ${JSON.stringify(SPEC_VERSION)} for this handler version; got: `
      + `${JSON.stringify(version)}. Upgrade the cdk-connect-routing package so the construct and handler match.`]);
  }
}

/** A media concurrency entry of the spec, already checked. */
export function mediaConcurrencyOf(entry: MediaConcurrencyEntry): MediaConcurrency {
  return {
    channel: entry.Channel as Channel,
    concurrency: wholeNumberOf(entry.Concurrency) as number,
    ...(entry.CrossChannelBehavior !== undefined ? { crossChannelBehavior: entry.CrossChannelBehavior as BehaviorType } : {}),
  };
}
