/**
 * CLI: `npx projen emulator` (or `node assets/emulator/index.js`). Reads CONNECT_EMULATOR_PORT (default 8600,
 * 0 = any free port), CONNECT_EMULATOR_THROTTLE (on|off, default on), CONNECT_EMULATOR_HOST and
 * CONNECT_EMULATOR_WORKLOAD_TYPE_CHANNEL_CONCURRENCY (allow-zero|reject|require-zero|ignore, default allow-zero).
 * When ready it prints exactly one JSON line on stdout describing the endpoint and the seeded instance; everything
 * else goes to stderr.
 */
import { WORKLOAD_TYPE_CHANNEL_CONCURRENCY_MODES, WorkloadTypeChannelConcurrency } from './runtime/settings';
import { startEmulator } from './server';

function parsePort(value: string | undefined): number {
  if (value === undefined || value === '') return 8600;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`CONNECT_EMULATOR_PORT must be 0..65535, got: ${value}`);
  return port;
}

function parseThrottle(value: string | undefined): boolean {
  if (value === undefined || value === '' || value === 'on') return true;
  if (value === 'off') return false;
  throw new Error(`CONNECT_EMULATOR_THROTTLE must be on or off, got: ${value}`);
}

function parseWorkloadTypeChannelConcurrency(value: string | undefined): WorkloadTypeChannelConcurrency | undefined {
  if (value === undefined || value === '') return undefined;
  if (!WORKLOAD_TYPE_CHANNEL_CONCURRENCY_MODES.includes(value as WorkloadTypeChannelConcurrency)) {
    throw new Error(`CONNECT_EMULATOR_WORKLOAD_TYPE_CHANNEL_CONCURRENCY must be one of ${WORKLOAD_TYPE_CHANNEL_CONCURRENCY_MODES.join(', ')}, got: ${value}`);
  }
  return value as WorkloadTypeChannelConcurrency;
}

async function main(): Promise<void> {
  const running = await startEmulator({
    port: parsePort(process.env.CONNECT_EMULATOR_PORT),
    throttle: parseThrottle(process.env.CONNECT_EMULATOR_THROTTLE),
    host: process.env.CONNECT_EMULATOR_HOST ?? '127.0.0.1',
    workloadTypeChannelConcurrency: parseWorkloadTypeChannelConcurrency(process.env.CONNECT_EMULATOR_WORKLOAD_TYPE_CHANNEL_CONCURRENCY),
  });
  const { seed } = running;
  process.stdout.write(JSON.stringify({
    endpoint: running.endpoint,
    region: running.region,
    accountId: running.accountId,
    instanceId: running.instanceId,
    instanceArn: running.instanceArn,
    queues: seed.queues,
    routingProfiles: seed.routingProfiles,
    users: seed.users,
    contacts: seed.contacts,
    workloadTypes: seed.workloadTypes,
  }) + '\n');
  process.stderr.write(`connect emulator listening on ${running.endpoint} (throttle ${running.emulator.throttler.current.enabled ? 'on' : 'off'}, `
    + `workload-type channel concurrency ${running.emulator.settings.workloadTypeChannelConcurrency})\n`);
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`connect emulator: ${signal}, stopping\n`);
    running.close().then(() => process.exit(0), (e) => {
      process.stderr.write(`connect emulator: close failed: ${(e as Error).message}\n`);
      process.exit(1);
    });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((e) => {
  process.stderr.write(`connect emulator failed to start: ${(e as Error).message}\n`);
  process.exit(1);
});
