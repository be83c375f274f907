import { UpdateRoutingProfileConcurrencyCommand } from '@aws-sdk/client-connect';
import { ConnectApi } from '../connect/connect-api';
import type { ConcurrencyCall } from '../reconcile';

/** Sends a concurrency plan (zero or one call) to the profile, retried on throttling like every write. */
export async function applyConcurrencyPlan(
  api: ConnectApi, target: { readonly instanceId: string; readonly routingProfileId: string }, plan: readonly ConcurrencyCall[]): Promise<void> {
  for (const call of plan) {
    await api.write(call.operation, (c) => c.send(new UpdateRoutingProfileConcurrencyCommand({
      InstanceId: target.instanceId,
      RoutingProfileId: target.routingProfileId,
      MediaConcurrencies: call.input.MediaConcurrencies.map((m) => structuredClone(m)),
    })));
  }
}
