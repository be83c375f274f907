import * as path from 'path';
import type { SeedSummary } from '../../emulator';
import { Command } from '../command';
import { CliError } from '../errors';
import { parseOnOff, parsePort } from '../option-values';
import { flagOption, stringOption } from '../parse';
import { startLocalServices } from './local-services';
import { DEFAULT_PORT } from './options';
import { applySeed, readSeedFile } from './seed-file';

/** How often the emulator checks that the process that started it is still there. */
const PARENT_CHECK_MS = 500;

/** `local emulator`: the Connect emulator and a local DynamoDB on one endpoint, until SIGINT or SIGTERM. */
export const emulatorCommand: Command = {
  name: 'emulator',
  summary: 'Start the local Connect emulator (and a local DynamoDB) and print its endpoint and seeded ids',
  description: [
    'Starts the local Amazon Connect emulator (with EventBridge PutEvents) and a local DynamoDB behind one endpoint,',
    'prints one JSON line on stdout (endpoint, Region, account, the default instance\'s ids, its queues, routing',
    'profiles, users and contacts, and every instance), logs each call on stderr, and serves until SIGINT or SIGTERM.',
    'Started through npx or npm run, it also stops when that npm process is stopped. Its state lives in memory:',
    'stopping it forgets everything deployed into it.',
  ].join('\n'),
  options: {
    'port': { type: 'string', valueName: 'PORT', default: String(DEFAULT_PORT), description: 'Port to listen on; 0 = any free port' },
    'host': { type: 'string', valueName: 'HOST', default: '127.0.0.1', description: 'Interface to listen on' },
    'throttle': { type: 'string', valueName: 'on|off', default: 'on', description: 'Connect\'s documented throttling (2 requests/s, burst 5, per API)' },
    'seed': {
      type: 'string',
      valueName: 'FILE',
      description: 'JSON with `instances`, `queues`, `users`, `contacts` to add (queues the instance already has are kept)',
    },
    'region': { type: 'string', valueName: 'REGION', default: 'us-east-1', description: 'Region of the emulated account' },
    'account-id': { type: 'string', valueName: 'ID', default: '123456789012', description: 'Id of the emulated account' },
    'quiet': { type: 'boolean', description: 'Do not log each call on stderr' },
  },
  examples: [
    'cdk-connect-routing local emulator',
    'cdk-connect-routing local emulator --port 0 --throttle off --seed connect-seed.json > emulator.json &',
  ],
  async run(input, output) {
    // Taken first: a launcher stopped as soon as the ready line is out must not be missed (see below).
    const launcher = process.ppid;
    const port = parsePort(stringOption(input, 'port')!, '--port');
    const throttle = parseOnOff(stringOption(input, 'throttle')!, '--throttle');
    const seedFile = stringOption(input, 'seed');
    const seed = seedFile === undefined ? undefined : readSeedFile(path.resolve(seedFile));
    const accountId = stringOption(input, 'account-id')!;
    if (!/^\d{12}$/.test(accountId)) throw new CliError(`\`--account-id\` must be 12 digits, got: ${accountId}`);
    const quiet = flagOption(input, 'quiet');

    const services = await startLocalServices({
      port,
      host: stringOption(input, 'host')!,
      throttle,
      region: stringOption(input, 'region')!,
      accountId,
      log: quiet ? () => undefined : output.err,
    });
    let instances: SeedSummary[];
    try {
      instances = seed ? await applySeed(services.emulator.control, seed, `--seed ${seedFile}`) : [services.emulator.emulator.summary()];
    } catch (error) {
      await services.close();
      throw error;
    }
    const [defaultInstance] = instances;
    output.out(JSON.stringify({
      endpoint: services.endpoint,
      region: services.emulator.region,
      accountId: services.emulator.accountId,
      instanceId: defaultInstance.instanceId,
      instanceArn: defaultInstance.instanceArn,
      queues: defaultInstance.queues,
      routingProfiles: defaultInstance.routingProfiles,
      users: defaultInstance.users,
      contacts: defaultInstance.contacts,
      instances: instances.map(({ instanceId, instanceArn, queues, routingProfiles, users, contacts }) =>
        ({ instanceId, instanceArn, queues, routingProfiles, users, contacts })),
    }));
    output.err(`connect emulator listening on ${services.endpoint} (Connect, EventBridge and DynamoDB; throttle ${throttle ? 'on' : 'off'}); `
      + 'stop it with Ctrl-C');
    const reason = await new Promise<string>((resolve) => {
      process.once('SIGINT', () => resolve('SIGINT'));
      process.once('SIGTERM', () => resolve('SIGTERM'));
      // npx (and npm run) pass a signal on to the shell that runs this command, not to this process: stopping them
      // would leave the emulator holding its port. So when started through npm, it stops once that shell is gone.
      if (process.env.npm_command) {
        setInterval(() => {
          if (process.ppid !== launcher) resolve(`the npm process that started it has exited (\`${process.env.npm_command}\`)`);
        }, PARENT_CHECK_MS).unref();
      }
    });
    output.err(`connect emulator: ${reason}, stopping`);
    await services.close();
    return 0;
  },
};
