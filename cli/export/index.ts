import { declareInstance } from './declare-instance';
import { checkWritable, writeWhole } from './output-file';
import { renderPython } from './python';
import { InstanceRead, readInstance } from './read-instance';
import { describeSelection, parseTagFilter, ProfileSelection } from './selection';
import { STACK_CLASS_NAME, stackFile } from './stack-file';
import { renderTypeScript } from './typescript';
import { parseInstanceArn } from '../../src/private/connect-arn';
import { Command } from '../command';
import { explainConnectError } from '../connect/connect-errors';
import { CONNECT_ENDPOINT_OPTION, MAX_RATE_OPTION, readConnectOptions, REGION_OPTION } from '../connect/options';
import { chooseRegion, configuredRegion, openReadOnlySession, ReadOnlySession } from '../connect/session';
import { CliError } from '../errors';
import { stringOption, stringOptions } from '../parse';

const LANGUAGES = ['typescript', 'python'] as const;
const REMOVAL_POLICIES = ['retain', 'destroy'] as const;

/** `export --instance …`: an existing instance's routing profiles as a CDK stack of this library, in TypeScript or Python. */
export const exportCommand: Command = {
  name: 'export',
  summary: 'Write a CDK stack (TypeScript or Python) declaring an existing instance\'s routing profiles, adopted as they are',
  description: [
    'Reads every routing profile of an Amazon Connect instance (queues, manual-assignment queues, concurrency with its',
    'cross-channel behaviour and workload types, agent availability timer, tags) and the instance\'s queue names, and',
    'writes one CDK stack source file declaring them with this library: queues by name, every profile `adoptExisting`',
    'so the first deploy adopts it instead of creating another, `removalPolicy: RETAIN` unless told otherwise. Deployed',
    'as written, it changes nothing; `cdk-connect-routing plan` on the synthesized app shows it. Exporting an unchanged',
    'instance again writes the same file, byte for byte.',
    'Only reads: the command never writes to Connect. Credentials and Region come from the AWS SDK (AWS_PROFILE,',
    'AWS_REGION, …); it paces its reads under Connect\'s 2 requests per second per API.',
  ].join('\n'),
  options: {
    'instance': { type: 'string', valueName: 'ARN|ID', description: 'The Connect instance, by ARN or id (required)' },
    'language': { type: 'string', valueName: LANGUAGES.join('|'), default: 'typescript', description: 'The language of the stack file' },
    'out': { type: 'string', valueName: 'FILE', description: 'Write the stack file there (default: standard output)' },
    'name': { type: 'string', valueName: 'PATTERN', multiple: true, description: 'Only profiles whose name matches (`*` and `?` wildcards)' },
    'tag': { type: 'string', valueName: 'KEY=VALUE', multiple: true, description: 'Only profiles carrying this tag' },
    'removal-policy': {
      type: 'string',
      valueName: REMOVAL_POLICIES.join('|'),
      default: 'retain',
      description: 'The declared removalPolicy: retain leaves a profile in Connect when it leaves the stack',
    },
    'region': REGION_OPTION,
    'endpoint': CONNECT_ENDPOINT_OPTION,
    'max-rate': MAX_RATE_OPTION,
  },
  examples: [
    'cdk-connect-routing export --instance arn:aws:connect:us-east-1:123456789012:instance/<id> --out lib/connect-routing-stack.ts',
    'cdk-connect-routing export --instance <id> --region eu-west-2 --language python --name "Sales*" --out connect_routing_stack.py',
  ],
  async run(input, output) {
    const instanceOption = stringOption(input, 'instance');
    if (instanceOption === undefined) throw new CliError('`--instance` is required: the ARN or id of the Connect instance to export');
    const instanceArn = instanceOption.startsWith('arn:') ? parseInstanceArn(instanceOption) : undefined;
    if (instanceOption.startsWith('arn:') && instanceArn === undefined) {
      throw new CliError(`\`--instance\` must be a Connect instance ARN (arn:aws:connect:<region>:<account>:instance/<id>) or id, got: ${instanceOption}`);
    }
    if (instanceArn === undefined && !/^[A-Za-z0-9-]{1,100}$/.test(instanceOption)) {
      throw new CliError(`\`--instance\` must be a Connect instance ARN or id, got: ${instanceOption}`);
    }
    const language = oneOf(stringOption(input, 'language')!, LANGUAGES, '--language');
    const retain = oneOf(stringOption(input, 'removal-policy')!, REMOVAL_POLICIES, '--removal-policy') === 'retain';
    const selection: ProfileSelection = {
      namePatterns: stringOptions(input, 'name'),
      tags: stringOptions(input, 'tag').map((tag) => parseTagFilter(tag, '--tag')),
    };
    const out = stringOption(input, 'out');
    const connection = readConnectOptions(input);
    if (out !== undefined) checkWritable(out);

    const configured = await configuredRegion(connection.region);
    const region = chooseRegion(configured, instanceArn ? [{ region: instanceArn.region, what: `instance ${instanceArn.instanceArn}` }] : []);
    const instanceId = instanceArn?.instanceId ?? instanceOption;
    const session = await openReadOnlySession({ region, endpoint: connection.endpoint, callsPerSecond: connection.callsPerSecond });
    const started = Date.now();
    let read: InstanceRead;
    try {
      read = await readOrExplain(session, instanceId, selection);
    } finally {
      session.close();
    }
    const declaration = declareInstance(read);
    if (declaration.profiles.length === 0) {
      throw new CliError(`nothing to export from instance ${instanceId}: ${declaration.leftOut.map((p) => `${JSON.stringify(p.name)} is left out `
        + `because ${p.reasons.join('; ')}`).join('. ')}`);
    }
    const commandLine = ['cdk-connect-routing export', `--instance ${instanceOption}`, `--language ${language}`,
      describeSelection(selection), retain ? '' : '--removal-policy destroy'].filter((part) => part !== '').join(' ');
    const file = stackFile(declaration, { retain, commandLine, selection: describeSelection(selection) });
    const code = language === 'typescript' ? renderTypeScript(file) : renderPython(file);

    const summary = [
      `Exported ${declaration.profiles.length} of the ${declaration.profileCount} routing profiles of instance ${instanceId} as ${STACK_CLASS_NAME} `
        + `(${language}) with ${session.api.readCalls} read calls in ${((Date.now() - started) / 1000).toFixed(1)} s; nothing was written to Connect.`,
      ...declaration.leftOut.map((p) => `  left out: ${JSON.stringify(p.name)}, because ${p.reasons.join('; ')}`),
    ];
    if (out === undefined) {
      output.out(code.replace(/\n$/, ''));
      summary.forEach((line) => output.err(line));
      return;
    }
    writeWhole(out, code);
    summary.forEach((line) => output.out(line));
    output.out(`Wrote ${out}. Next: review it, add it to your CDK app, synthesize, and run \`cdk-connect-routing plan cdk.out\`: it shows no change.`);
  },
};

async function readOrExplain(session: ReadOnlySession, instanceId: string, selection: ProfileSelection): Promise<InstanceRead> {
  let read: InstanceRead | undefined;
  try {
    read = await readInstance(session.api, instanceId, selection);
  } catch (error) {
    if ((error as Error).name === 'ResourceNotFoundException') {
      throw new CliError(`instance ${instanceId} does not exist in ${session.region} (${session.endpointLabel} says: ${(error as Error).message}): `
        + 'check --instance, and --region or AWS_REGION');
    }
    throw explainConnectError(error, session.endpointLabel);
  }
  if (read === undefined) throw new CliError(`instance ${instanceId} has no routing profile: there is nothing to export`);
  if (read.profiles.length === 0) {
    throw new CliError(`no routing profile of instance ${instanceId} matches ${describeSelection(selection)} (it has ${read.profileCount}); `
      + 'check the patterns (names are case-sensitive) and tags');
  }
  return read;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T {
  if (!(allowed as readonly string[]).includes(value)) throw new CliError(`\`${option}\` must be one of ${allowed.join(', ')}, got: ${value}`);
  return value as T;
}
