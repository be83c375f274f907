/**
 * The example contact center as a click-built instance: its routing profiles made with plain Connect calls, as the
 * console makes them (no stack, no ownership tag), for the `cdk-connect-routing export` walkthrough. The profiles are
 * read from the synthesized example app and created with the handler's own planner and applier.
 */
import { ConnectClient, CreateRoutingProfileCommand } from '@aws-sdk/client-connect';
import { synthesizeContactCenter } from './synthesize';
import { applyPlan } from '../../lambda/connect/apply-plan';
import { ConnectApi } from '../../lambda/connect/connect-api';
import { describeProfile } from '../../lambda/connect/read-live-profile';
import { QueueResolver } from '../../lambda/connect/resolve-queues';
import { parseRoutingProfileSpec } from '../../lambda/provider/routing-profile/parse-spec';
import { resolveDesired } from '../../lambda/provider/routing-profile/resolve-desired';
import { parseConcurrencySpec } from '../../lambda/provider/routing-profile-concurrency/parse-spec';
import { resolveTargetId } from '../../lambda/provider/routing-profile-concurrency/resolve-target';
import { planConcurrency } from '../../lambda/reconcile/concurrency-plan';
import { planCreate } from '../../lambda/reconcile/plan';
import { readCloudAssembly } from '../../local-deploy';
import { ROUTING_PROFILE_CONCURRENCY_RESOURCE_TYPE, ROUTING_PROFILE_RESOURCE_TYPE } from '../../src/private/contract';

/** Makes the example's profiles (and its change to the default profile's concurrency) in the instance; returns their names. */
export async function buildInConsole(client: ConnectClient, instanceArn: string, workDirectory: string): Promise<string[]> {
  const api = new ConnectApi(client, Date.now() + 60_000);
  const [stack] = readCloudAssembly(synthesizeContactCenter({ instanceArn, outdir: `${workDirectory}/example.out` })).stacks;
  const names: string[] = [];
  for (const resource of Object.values(stack.template.Resources ?? {})) {
    // Where users go when a profile is deleted is the stack's business, not the console's (and a token here).
    const { FallbackRoutingProfile: _, ...properties } = resource.Properties as Record<string, unknown>;
    if (resource.Type === ROUTING_PROFILE_RESOURCE_TYPE) {
      const spec = parseRoutingProfileSpec(properties);
      const instanceId = spec.instance.instanceId;
      const desired = await resolveDesired(spec.desired, new QueueResolver(api, spec.instance));
      const { create, followUp } = planCreate(desired);
      const created = await client.send(new CreateRoutingProfileCommand({ InstanceId: instanceId, ...JSON.parse(JSON.stringify(create)) }));
      await applyPlan(api, { instanceId, routingProfileId: created.RoutingProfileId!, routingProfileArn: created.RoutingProfileArn! }, followUp);
      names.push(desired.name);
    } else if (resource.Type === ROUTING_PROFILE_CONCURRENCY_RESOURCE_TYPE) {
      const spec = parseConcurrencySpec(properties);
      const instanceId = spec.instance.instanceId;
      const live = (await describeProfile(api, instanceId, await resolveTargetId(api, spec.instance, spec.target)))!;
      await applyPlan(api, { instanceId, routingProfileId: live.routingProfileId, routingProfileArn: live.routingProfileArn },
        planConcurrency(spec.desired, live.mediaConcurrencies));
      names.push(live.name);
    }
  }
  return names;
}
