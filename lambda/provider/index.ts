import type { CloudFormationCustomResourceEvent, Context } from 'aws-lambda';
import { handleLookupEvent } from './lookup';
import { failedCreatePhysicalId, LifecycleResult, PhysicalIdError } from './result';
import { handleRoutingProfileEvent } from './routing-profile/handle-event';
import { handleConcurrencyEvent } from './routing-profile-concurrency/handle-event';
import {
  ROUTING_PROFILE_CONCURRENCY_RESOURCE_TYPE,
  ROUTING_PROFILE_LOOKUP_RESOURCE_TYPE,
  ROUTING_PROFILE_RESOURCE_TYPE,
} from '../../src/private/contract';
import { describeError, operationOf } from '../connect/retry';
import { CustomResourceResult, sendResponse } from '../shared/cfn-response';

/**
 * Time kept back from the Lambda's remaining time: enough to send the response to CloudFormation after the
 * last retry gives up, so a slow deploy fails with a reason instead of hanging until CloudFormation's timeout.
 */
const RESPONSE_MARGIN_MS = 15_000;

/** The response upload's retries stop this long before the invocation's end, so Lambda never cuts one off. */
const UPLOAD_MARGIN_MS = 1_000;

/** Each resource type the stack's provider serves, and the lifecycle that handles its events. */
const LIFECYCLES: Readonly<Record<string, (event: CloudFormationCustomResourceEvent, deadline: number) => Promise<LifecycleResult>>> = {
  [ROUTING_PROFILE_RESOURCE_TYPE]: handleRoutingProfileEvent,
  [ROUTING_PROFILE_CONCURRENCY_RESOURCE_TYPE]: handleConcurrencyEvent,
  [ROUTING_PROFILE_LOOKUP_RESOURCE_TYPE]: handleLookupEvent,
};

/** Entry point of the provider function: dispatch the event on its resource type, respond to CloudFormation. */
export async function handler(event: CloudFormationCustomResourceEvent, context: Pick<Context, 'getRemainingTimeInMillis'>): Promise<CustomResourceResult> {
  // Never log the ResponseURL: it is a pre-signed credential.
  const label = `${event.RequestType} ${event.ResourceType} ${event.LogicalResourceId}`;
  console.log(JSON.stringify({ event: label, physicalResourceId: 'PhysicalResourceId' in event ? event.PhysicalResourceId : undefined }));

  const endOfInvocation = Date.now() + context.getRemainingTimeInMillis();
  const deadline = endOfInvocation - RESPONSE_MARGIN_MS;
  let result: CustomResourceResult;
  try {
    const lifecycle = LIFECYCLES[event.ResourceType];
    if (!lifecycle) {
      throw new Error(`This provider does not handle resource type ${JSON.stringify(event.ResourceType)}; `
        + `it serves ${Object.keys(LIFECYCLES).join(', ')}.`);
    }
    const outcome = await lifecycle(event, deadline);
    console.log(JSON.stringify({ event: label, result: outcome.summary }));
    result = { status: 'SUCCESS', physicalResourceId: outcome.physicalResourceId, data: outcome.data };
  } catch (error) {
    console.error(JSON.stringify({ event: label, error: describeError(error) }));
    result = {
      status: 'FAILED',
      physicalResourceId: 'PhysicalResourceId' in event ? event.PhysicalResourceId
        : error instanceof PhysicalIdError ? error.physicalResourceId : failedCreatePhysicalId(event.RequestId),
      reason: reasonOf(error),
    };
  }
  await sendResponse(event, result, { deadline: endOfInvocation - UPLOAD_MARGIN_MS });
  return result;
}

/** The reason a person reads. An error straight from Connect says little by its message alone ("not allowed"): name the call. */
function reasonOf(error: unknown): string {
  const operation = operationOf(error);
  if (operation) return `Connect ${operation} failed: ${describeError(error)}`;
  return error instanceof Error ? error.message : describeError(error);
}
