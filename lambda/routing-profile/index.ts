import type { CloudFormationCustomResourceEvent, Context } from 'aws-lambda';
import { createRoutingProfile, CreateLeftProfileError, deleteRoutingProfile, LifecycleResult, updateRoutingProfile } from './lifecycle';
import { lookupRoutingProfile } from './lookup';
import { ownershipTagValue } from './ownership';
import { parseSpec } from './parse-spec';
import {
  DriftPolicyMode,
  ROUTING_PROFILE_CONCURRENCY_RESOURCE_TYPE,
  ROUTING_PROFILE_LOOKUP_RESOURCE_TYPE,
  ROUTING_PROFILE_RESOURCE_TYPE,
  RoutingProfileAttribute,
} from '../../src/private/contract';
import { parseInstanceArn } from '../connect/arns';
import { ConnectApi } from '../connect/connect-api';
import { createConnectClient } from '../connect/connect-client';
import { describeError, operationOf } from '../connect/retry';
import { DesiredStateRecordError, forgetDesiredState, recordDesiredState } from '../desired-state/provider-recording';
import type { RecordedConcurrency } from '../drift/recorded-concurrency';
import { handleConcurrencyEvent } from '../routing-profile-concurrency';
import { ConcurrencyCreateError } from '../routing-profile-concurrency/lifecycle';
import { parseConcurrencySpec } from '../routing-profile-concurrency/parse-concurrency-spec';
import { CustomResourceResult, sendResponse } from '../shared/cfn-response';

/**
 * Time kept back from the Lambda's remaining time: enough to send the response to CloudFormation after the
 * last retry gives up, so a slow deploy fails with a reason instead of hanging until CloudFormation's timeout.
 */
const RESPONSE_MARGIN_MS = 15_000;

/** Entry point of the provider function: parse the event, run the lifecycle step, respond. */
export async function handler(event: CloudFormationCustomResourceEvent, context: Pick<Context, 'getRemainingTimeInMillis'>): Promise<CustomResourceResult> {
  // Never log the ResponseURL: it is a pre-signed credential.
  const label = `${event.RequestType} ${event.ResourceType} ${event.LogicalResourceId}`;
  console.log(JSON.stringify({ event: label, physicalResourceId: 'PhysicalResourceId' in event ? event.PhysicalResourceId : undefined }));

  const deadline = Date.now() + context.getRemainingTimeInMillis() - RESPONSE_MARGIN_MS;
  let result: CustomResourceResult;
  try {
    const outcome = await dispatch(event, deadline);
    console.log(JSON.stringify({ event: label, result: outcome.summary }));
    result = { status: 'SUCCESS', physicalResourceId: outcome.physicalResourceId, data: outcome.data };
  } catch (error) {
    // An error straight from Connect says little by its message alone ("not allowed"): name the call and the error.
    const operation = operationOf(error);
    const reason = operation ? `Connect ${operation} failed: ${describeError(error)}`
      : error instanceof Error ? error.message : describeError(error);
    console.error(JSON.stringify({ event: label, error: describeError(error) }));
    result = {
      status: 'FAILED',
      // A failed Create has no profile: a placeholder id that Delete (sent on rollback) recognises as nothing,
      // unless the Create left one it could not remove, or may have changed a profile's concurrency: the
      // rollback's Delete must then remove or restore it.
      physicalResourceId: 'PhysicalResourceId' in event ? event.PhysicalResourceId
        : error instanceof CreateLeftProfileError || error instanceof DesiredStateRecordError
          || error instanceof ConcurrencyCreateError ? error.physicalResourceId
          : `failed-create:${event.RequestId}`,
      reason,
    };
  }
  await sendResponse(event, result);
  return result;
}

async function dispatch(event: CloudFormationCustomResourceEvent, deadline: number): Promise<LifecycleResult> {
  const properties = event.ResourceProperties as Record<string, unknown>;
  switch (event.ResourceType) {
    case ROUTING_PROFILE_RESOURCE_TYPE: {
      const requester = { ownershipTagValue: ownershipTagValue(event.StackId, event.LogicalResourceId) };
      if (event.RequestType === 'Delete') {
        // Delete must work even with properties an older or broken deploy left: only these two are needed.
        const region = parseInstanceArn(String(properties.InstanceArn))?.region ?? regionOfArn(event.PhysicalResourceId);
        const api = new ConnectApi(createConnectClient(region), deadline);
        await forgetDesiredState(recordKey(event), event.PhysicalResourceId);
        return deleteRoutingProfile(api, {
          removal: properties.RemovalPolicy === 'retain' ? 'retain' : 'destroy',
          fallbackRoutingProfileArn: properties.FallbackRoutingProfile as string | undefined,
        }, event.PhysicalResourceId, requester);
      }
      const spec = parseSpec(properties);
      const api = new ConnectApi(createConnectClient(spec.instance.region), deadline);
      const outcome = event.RequestType === 'Create'
        ? await createRoutingProfile(api, spec, requester)
        : await updateRoutingProfile(api, spec, event.PhysicalResourceId, requester);
      await recordOutcome(event, outcome, spec, outcome.desired);
      return outcome;
    }
    case ROUTING_PROFILE_CONCURRENCY_RESOURCE_TYPE: {
      // Only while the record names this physical id: a replacement's new resource has already recorded its own.
      if (event.RequestType === 'Delete') await forgetDesiredState(recordKey(event), event.PhysicalResourceId);
      const outcome = await handleConcurrencyEvent(event, deadline);
      if (event.RequestType === 'Delete') return outcome;
      // The Create or Update succeeded, so the spec parses; the declared channels are the whole desired state.
      const spec = parseConcurrencySpec(properties);
      const desired: RecordedConcurrency = { mediaConcurrencies: spec.desired };
      await recordOutcome(event, outcome, spec, desired);
      return outcome;
    }
    case ROUTING_PROFILE_LOOKUP_RESOURCE_TYPE:
      if (event.RequestType === 'Delete') return { physicalResourceId: event.PhysicalResourceId, summary: 'lookup: nothing to delete' };
      return lookupRoutingProfile(properties, deadline);
    default:
      throw new Error(`This provider does not handle resource type ${JSON.stringify(event.ResourceType)}; `
        + `it serves ${ROUTING_PROFILE_RESOURCE_TYPE}, ${ROUTING_PROFILE_CONCURRENCY_RESOURCE_TYPE} and ${ROUTING_PROFILE_LOOKUP_RESOURCE_TYPE}.`);
  }
}

/**
 * Records the state a Create or Update left: the profile the outcome names, as declared. A Delete instead
 * removes the record before it touches Connect, so a drift run that read the record never puts the declared
 * state back after the Delete restored or removed it (the run reads the record again before correcting).
 */
function recordOutcome(
  event: CloudFormationCustomResourceEvent, outcome: LifecycleResult,
  spec: { readonly instance: { readonly instanceArn: string }; readonly driftPolicy: DriftPolicyMode }, desired: unknown,
): Promise<void> {
  return recordDesiredState(recordKey(event), {
    resourceType: event.ResourceType,
    physicalResourceId: outcome.physicalResourceId,
    instanceArn: spec.instance.instanceArn,
    routingProfileId: outcome.data![RoutingProfileAttribute.ID],
    routingProfileArn: outcome.data![RoutingProfileAttribute.ARN],
    driftPolicy: spec.driftPolicy,
    desired,
  });
}

/** A resource's key in the desired-state table. */
function recordKey(event: CloudFormationCustomResourceEvent): { stackId: string; logicalResourceId: string } {
  return { stackId: event.StackId, logicalResourceId: event.LogicalResourceId };
}

function regionOfArn(arn: string): string {
  return arn.split(':')[3] || process.env.AWS_REGION || 'us-east-1';
}
