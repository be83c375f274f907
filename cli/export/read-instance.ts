import { matchesName, matchesTags, ProfileSelection } from './selection';
import { ConnectApi } from '../../lambda/connect/connect-api';
import { routingProfileSummaries } from '../../lambda/connect/list-routing-profiles';
import { readWholeProfile, WholeLiveProfile } from '../../lambda/connect/read-live-profile';
import { listStandardQueues, StandardQueue } from '../../lambda/connect/resolve-queues';
import { InstanceLocation, parseChildArn } from '../../src/private/connect-arn';

/** What an export read of an instance: the selected routing profiles, whole, and every standard queue. */
export interface InstanceRead {
  readonly instance: InstanceLocation;
  /** Every routing profile of the instance, selected or not. */
  readonly profileCount: number;
  readonly profiles: readonly WholeLiveProfile[];
  readonly queues: readonly StandardQueue[];
}

/**
 * Reads every page of the instance's routing profiles, then each selected one whole with the handler's own reader
 * (Describe, both queue lists, tags), then the instance's standard queues. Read-only, through the caller's `api`.
 * Returns undefined when the instance has no routing profile to tell its ARN from (a Connect instance always has
 * its default one).
 */
export async function readInstance(api: ConnectApi, instanceId: string, selection: ProfileSelection): Promise<InstanceRead | undefined> {
  const summaries = [];
  for await (const summary of routingProfileSummaries(api, instanceId)) summaries.push(summary);
  const instance = summaries.map((s) => parseChildArn(s.Arn ?? '')?.instance).find((location) => location !== undefined);
  if (instance === undefined) return undefined;

  const profiles: WholeLiveProfile[] = [];
  for (const summary of summaries) {
    if (!summary.Id || !matchesName(selection, summary.Name ?? '')) continue;
    const live = await readWholeProfile(api, instanceId, summary.Id);
    // A profile deleted since the listing is simply not there any more.
    if (live && matchesTags(selection, live.tags)) profiles.push(live);
  }
  return { instance, profileCount: summaries.length, profiles, queues: await listStandardQueues(api, instanceId) };
}
