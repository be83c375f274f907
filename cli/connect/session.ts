import { ConnectClient } from '@aws-sdk/client-connect';
import { ReadOnlyConnectApi } from './read-only-connect-api';
import { CallPacer } from '../../lambda/connect/call-pacer';
import { CliError } from '../errors';

/**
 * How long a command may keep reading: no call starts, and no throttled call is retried, after it. Generous (500
 * profiles read at one call per second take about 9 minutes); it only bounds a command that can make no progress.
 */
const TIME_BUDGET_MS = 60 * 60 * 1000;

/** The Region the AWS SDK is configured with, and where that came from (for a message about a mismatch). */
export interface ConfiguredRegion {
  readonly region: string;
  readonly source: string;
}

/** `--region`, else the AWS SDK's own (AWS_REGION, or the profile's `region`), else undefined. */
export async function configuredRegion(option: string | undefined): Promise<ConfiguredRegion | undefined> {
  if (option !== undefined) return { region: option, source: '--region' };
  const probe = new ConnectClient({});
  try {
    return { region: await probe.config.region(), source: 'the AWS SDK configuration (AWS_REGION or your profile)' };
  } catch {
    return undefined;
  } finally {
    probe.destroy();
  }
}

/** What a command reads and where it lives: the Region must be this one. */
export interface RegionalTarget {
  readonly region: string;
  /** How a message names it, e.g. `instance arn:aws:connect:…`. */
  readonly what: string;
}

/**
 * The Region to call: the targets' (each must agree with the configured Region, when one is configured), else the
 * configured one. A target in another Region than the configured one is refused rather than followed: credentials
 * and Region come from one place, and a silent switch would read another account's view than the user meant.
 */
export function chooseRegion(configured: ConfiguredRegion | undefined, targets: readonly RegionalTarget[]): string {
  for (const target of targets) {
    if (configured !== undefined && target.region !== configured.region) {
      throw new CliError(`${target.what} is in ${target.region}, but the Region is ${configured.region} (from ${configured.source}): `
        + `run with --region ${target.region}, or with AWS credentials and Region for ${target.region}`);
    }
    if (target.region !== targets[0].region) {
      throw new CliError(`${target.what} is in ${target.region} and ${targets[0].what} in ${targets[0].region}: `
        + 'one run reads one Region; select the stacks of one Region with --stack');
    }
  }
  const region = targets[0]?.region ?? configured?.region;
  if (region === undefined) {
    throw new CliError('no AWS Region: pass --region, or set AWS_REGION (or a region in your AWS profile)');
  }
  return region;
}

export interface ReadOnlySessionOptions {
  readonly region: string;
  readonly endpoint?: string;
  /** Calls per second per Connect operation. */
  readonly callsPerSecond: number;
}

/** A read-only Connect session: the client, its paced and retried calls, and how to end it. */
export interface ReadOnlySession {
  readonly api: ReadOnlyConnectApi;
  readonly region: string;
  /** Where the calls go, for messages: the endpoint given, or Connect's in the Region. */
  readonly endpointLabel: string;
  close(): void;
}

/**
 * Opens a read-only Connect client with the AWS SDK's credentials (profiles, environment, SSO, roles: its standard
 * chain), checked before the first call so a missing one is said plainly. SDK retries are off, as in the handler:
 * every call goes through the deadline-bounded `withRetry`.
 */
export async function openReadOnlySession(options: ReadOnlySessionOptions): Promise<ReadOnlySession> {
  const client = new ConnectClient({ region: options.region, maxAttempts: 1, ...(options.endpoint ? { endpoint: options.endpoint } : {}) });
  try {
    await client.config.credentials();
  } catch (error) {
    client.destroy();
    throw new CliError('no AWS credentials found (the AWS SDK looked in the environment, your AWS profile, SSO and instance roles): '
      + `configure credentials that may read the Connect instance, e.g. AWS_PROFILE=<profile> (${(error as Error).message})`);
  }
  const deadline = Date.now() + TIME_BUDGET_MS;
  return {
    api: new ReadOnlyConnectApi(client, deadline, new CallPacer({ callsPerSecond: options.callsPerSecond, deadline })),
    region: options.region,
    endpointLabel: options.endpoint ?? `Connect in ${options.region}`,
    close: () => client.destroy(),
  };
}
