import { DEFAULT_CALLS_PER_SECOND } from '../../lambda/drift/config';
import { CommandInput, OptionSpec } from '../command';
import { CliError } from '../errors';
import { parseEndpoint } from '../option-values';
import { stringOption } from '../parse';

/** Connect's `RegionName` pattern (the model's, e.g. `us-east-1`). */
const REGION_PATTERN = /^[a-z]{2}(-[a-z]+){1,2}(-[0-9])?$/;

// The command takes the drift reconciler's default share of Connect's 2 requests/s per API: the other half stays with
// deploys and the console.
export { DEFAULT_CALLS_PER_SECOND };

export const REGION_OPTION: OptionSpec = {
  type: 'string',
  valueName: 'REGION',
  description: 'The AWS Region of the instance (default: the AWS SDK\'s, from AWS_REGION or your profile)',
};

export const CONNECT_ENDPOINT_OPTION: OptionSpec = {
  type: 'string',
  valueName: 'URL',
  description: 'Another Connect endpoint, e.g. a running `local emulator` (credentials still come from the AWS SDK)',
};

export const MAX_RATE_OPTION: OptionSpec = {
  type: 'string',
  valueName: 'N',
  default: String(DEFAULT_CALLS_PER_SECOND),
  description: 'Calls per second per Connect API; Connect allows 2 per account, shared with everyone (more is throttled and retried)',
};

/** The options of a command that reads Connect, checked: the Region if given, the endpoint if given, the call rate. */
export interface ConnectOptions {
  readonly region?: string;
  readonly endpoint?: string;
  readonly callsPerSecond: number;
}

/** Reads `--region`, `--endpoint` and `--max-rate` (the options `REGION_OPTION`, `CONNECT_ENDPOINT_OPTION`, `MAX_RATE_OPTION`). */
export function readConnectOptions(input: CommandInput): ConnectOptions {
  const endpoint = stringOption(input, 'endpoint');
  const region = stringOption(input, 'region');
  return {
    ...(endpoint === undefined ? {} : { endpoint: parseEndpoint(endpoint, '--endpoint') }),
    callsPerSecond: parseRate(stringOption(input, 'max-rate')!, '--max-rate'),
    ...(region === undefined ? {} : { region: parseRegion(region, '--region') }),
  };
}

/** `--region`: a Region name such as us-east-1. */
function parseRegion(value: string, option: string): string {
  if (!REGION_PATTERN.test(value)) throw new CliError(`\`${option}\` must be an AWS Region such as us-east-1, got: ${value}`);
  return value;
}

/** `--max-rate`: calls per second, a number above 0. */
function parseRate(value: string, option: string): number {
  const rate = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || !(rate > 0)) throw new CliError(`\`${option}\` must be a number of calls per second above 0, got: ${value}`);
  return rate;
}
