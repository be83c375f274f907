import { ConnectClient } from '@aws-sdk/client-connect';
import { RunningEmulator, startEmulator, StartEmulatorOptions } from '../../emulator';

/** Starts an emulator on a free port with throttling off (throttle tests opt back in). */
export async function startTestEmulator(options: StartEmulatorOptions = {}): Promise<RunningEmulator> {
  return startEmulator({ port: 0, throttle: false, log: () => undefined, ...options });
}

/** A real SDK client; one attempt so each test sees each error as the emulator sent it. */
export function clientFor(emulator: RunningEmulator, maxAttempts = 1): ConnectClient {
  return new ConnectClient({ ...emulator.clientConfig, maxAttempts });
}

/** The emulator and client a suite shares, set once `beforeAll` has run. */
export interface TestEmulator {
  readonly emu: RunningEmulator;
  readonly connect: ConnectClient;
}

/**
 * Registers the suite's hooks: one emulator and one client for the whole file, closed after it, and (unless
 * `resetBeforeEach` is false) the emulator's state reset before every test.
 */
export function useTestEmulator(options: { readonly resetBeforeEach?: boolean } = {}): TestEmulator {
  const suite = {} as { emu: RunningEmulator; connect: ConnectClient };
  beforeAll(async () => {
    suite.emu = await startTestEmulator();
    suite.connect = clientFor(suite.emu);
  });
  afterAll(async () => {
    suite.connect.destroy();
    await suite.emu.close();
  });
  if (options.resetBeforeEach ?? true) {
    beforeEach(async () => {
      await suite.emu.control.reset();
    });
  }
  return suite;
}

/** The error a promise rejects with, or fails the test if it resolves. */
export async function errorOf(promise: Promise<unknown>): Promise<{ name: string; message: string; status?: number; raw: any }> {
  try {
    await promise;
  } catch (e) {
    const err = e as any;
    return { name: err.name, message: err.message, status: err.$metadata?.httpStatusCode, raw: err };
  }
  throw new Error('expected the call to fail, but it succeeded');
}

export function queueId(emulator: RunningEmulator, name: string): string {
  const queue = emulator.seed.queues.find((q) => q.name === name);
  if (!queue) throw new Error(`no seeded queue ${name}`);
  return queue.id;
}

export const defaultProfileId = (emulator: RunningEmulator): string => emulator.seed.routingProfiles.find((p) => p.isDefault)!.id;
