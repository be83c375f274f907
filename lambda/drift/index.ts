import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import type { Context } from 'aws-lambda';
import { readDriftConfig } from './config';
import { DriftRunSummary, runDriftCheck } from './run';
import { createConnectClient } from '../connect/connect-client';

/** Time kept back from the Lambda's remaining time to write the metrics and send the events. */
const REPORT_MARGIN_MS = 20_000;

/**
 * Entry point of the drift reconciler, invoked by its EventBridge schedule: check every managed resource of the
 * stack, apply its drift policy, report. Returns the run's summary (also logged).
 */
export async function handler(_event: unknown, context: Pick<Context, 'getRemainingTimeInMillis'>): Promise<DriftRunSummary> {
  const config = readDriftConfig();
  return runDriftCheck(config, {
    // The standard AWS_ENDPOINT_URL_DYNAMODB / AWS_ENDPOINT_URL_EVENTBRIDGE variables point these at local emulators.
    dynamodb: new DynamoDBClient({ maxAttempts: 5 }),
    eventBridge: new EventBridgeClient({ maxAttempts: 5 }),
    connectFor: createConnectClient,
    deadline: Date.now() + context.getRemainingTimeInMillis() - REPORT_MARGIN_MS,
    log: (line) => console.log(line),
  });
}
