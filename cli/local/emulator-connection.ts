import type { LocalServices } from './local-services';
import { ControlClient, EmulatorSummary } from '../../emulator';
import { CliError } from '../errors';

/** A running `local emulator`, as the deploy, destroy and drift commands find it. */
export interface EmulatorConnection {
  readonly endpoint: string;
  readonly region: string;
  readonly accountId: string;
  /**
   * The default instance's id: a new random id each time an emulator starts, so it tells one emulator run from
   * the next (the state of a deploy into an emulator that has since stopped describes nothing that exists).
   */
  readonly runId: string;
  /** Whether the endpoint serves DynamoDB too (`local emulator` does; a bare `npx projen emulator` does not). */
  readonly servesDynamoDb: boolean;
  readonly control: ControlClient;
}

const RETRY_MS = 250;

/** The connection to services this process started: what `connectToEmulator` would ask them over HTTP, known already. */
export function connectionToStarted(services: LocalServices): EmulatorConnection {
  return {
    endpoint: services.endpoint,
    region: services.emulator.region,
    accountId: services.emulator.accountId,
    runId: services.emulator.instanceId,
    servesDynamoDb: true,
    control: new ControlClient(services.endpoint),
  };
}

/**
 * Finds the emulator at `endpoint`, waiting up to `waitSeconds` for one that is still starting (a CI job may
 * start it in the background just before). Fails with one line saying what to do when none answers, or when
 * what answers is not the emulator.
 */
export async function connectToEmulator(endpoint: string, waitSeconds: number, note: (line: string) => void): Promise<EmulatorConnection> {
  const control = new ControlClient(endpoint);
  const deadline = Date.now() + waitSeconds * 1000;
  let noted = false;
  let summary: EmulatorSummary | undefined;
  while (!summary) {
    try {
      summary = await readSummary(endpoint);
    } catch (error) {
      if (error instanceof CliError) throw error;
      if (Date.now() + RETRY_MS > deadline) {
        throw new CliError(`no Connect emulator answers at ${endpoint}${waitSeconds > 0 ? ` (waited ${waitSeconds} s)` : ''}: start one with `
          + '`npx cdk-connect-routing local emulator`, or point --endpoint at the one running');
      }
      if (!noted && waitSeconds > 0) {
        note(`waiting up to ${waitSeconds} s for the emulator at ${endpoint} …`);
        noted = true;
      }
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
  }
  return {
    endpoint,
    region: summary.region,
    accountId: summary.accountId,
    runId: summary.instanceId,
    servesDynamoDb: await servesDynamoDb(endpoint),
    control,
  };
}

/** The emulator's summary; a network failure is thrown as is (to retry), anything that is not the emulator as a `CliError`. */
async function readSummary(endpoint: string): Promise<EmulatorSummary> {
  const response = await fetch(`${endpoint}/_emulator/summary`, { signal: AbortSignal.timeout(5000) });
  const body = await response.text();
  let parsed: Partial<EmulatorSummary> | undefined;
  try {
    parsed = JSON.parse(body);
  } catch {
    parsed = undefined;
  }
  if (!response.ok || typeof parsed?.instanceId !== 'string' || typeof parsed.region !== 'string') {
    throw new CliError(`${endpoint} answers, but not as the cdk-connect-routing Connect emulator (GET /_emulator/summary: ${response.status}): `
      + 'point --endpoint at the URL `local emulator` printed');
  }
  return parsed as EmulatorSummary;
}

/** Whether a DynamoDB ListTables is answered at the endpoint (the signature is not checked locally, only required). */
async function servesDynamoDb(endpoint: string): Promise<boolean> {
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.0',
        'x-amz-target': 'DynamoDB_20120810.ListTables',
        'authorization': 'AWS4-HMAC-SHA256 Credential=local/20200101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0',
        'x-amz-date': '20200101T000000Z',
      },
      body: '{}',
      signal: AbortSignal.timeout(5000),
    });
    return Array.isArray(((await response.json()) as { TableNames?: unknown }).TableNames);
  } catch {
    return false;
  }
}
