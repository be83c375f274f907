import { RoutingProfileSummary } from '@aws-sdk/client-connect';
import { ConnectApi } from './connect-api';
import { routingProfileSummaries } from './list-routing-profiles';

/** The profile of an instance with exactly this name (Connect names are unique per instance), if any. */
export async function findRoutingProfileByName(api: ConnectApi, instanceId: string, name: string): Promise<RoutingProfileSummary | undefined> {
  for await (const summary of routingProfileSummaries(api, instanceId)) {
    if (summary.Name === name) return summary;
  }
  return undefined;
}
