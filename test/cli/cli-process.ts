import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { EXAMPLE_INSTANCE_ARN, EXAMPLE_INSTANCE_ID, exampleSeed } from '../../examples/contact-center/instance';
import { synthesizeContactCenter } from '../../examples/contact-center/synthesize';

/** The committed bin script, which loads the bundle (assets/cli/index.js): the command users run through npx. */
export const BIN = path.resolve(__dirname, '..', '..', 'bin', 'cdk-connect-routing');

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** stderr's non-empty lines. */
  readonly errorLines: string[];
}

/** Runs `cdk-connect-routing <args>` as a child process in `cwd` (with `env`, default this process's) and resolves when it exits. */
export function runCli(args: readonly string[], cwd: string, env?: NodeJS.ProcessEnv): Promise<CliResult> {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => { stdout += chunk; });
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, errorLines: stderr.split('\n').filter((line) => line.trim() !== '') }));
  });
}

/** What `local emulator` prints on its one JSON line. */
export interface EmulatorReadyLine {
  readonly endpoint: string;
  readonly region: string;
  readonly accountId: string;
  readonly instanceId: string;
  readonly instanceArn: string;
  readonly queues: ReadonlyArray<{ name: string; id: string; arn: string }>;
  readonly routingProfiles: ReadonlyArray<{ name: string; id: string; arn: string; isDefault: boolean }>;
  readonly users: ReadonlyArray<{ id: string; username: string }>;
  readonly contacts: ReadonlyArray<{ id: string; queueId: string }>;
  readonly instances: ReadonlyArray<{ instanceId: string; instanceArn: string; queues: ReadonlyArray<{ name: string; id: string }> }>;
}

export interface CliEmulator {
  readonly ready: EmulatorReadyLine;
  readonly child: ChildProcess;
  /** Everything the emulator wrote on stdout after the ready line (nothing, if it keeps its word). */
  readonly moreStdout: () => string;
  readonly stderr: () => string;
  /** Sends the signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts `cdk-connect-routing local emulator <args>` and resolves with its ready line (rejects if it exits first). */
export function startCliEmulator(args: readonly string[], cwd: string): Promise<CliEmulator> {
  const child = spawn(process.execPath, [BIN, 'local', 'emulator', ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let ready: EmulatorReadyLine | undefined;
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      if (!ready && stdout.includes('\n')) {
        ready = JSON.parse(stdout.slice(0, stdout.indexOf('\n')));
        resolve({
          ready: ready!,
          child,
          moreStdout: () => stdout.slice(stdout.indexOf('\n') + 1),
          stderr: () => stderr,
          stop: (signal = 'SIGTERM') => {
            if (child.exitCode === null && child.signalCode === null) child.kill(signal);
            return exited;
          },
        });
      }
    });
    void exited.then((code) => {
      if (!ready) reject(new Error(`local emulator exited (${code}) before its ready line: ${stderr}`));
    });
  });
}

/** A fresh folder outside the repository, standing in for a user's project; removed after the test file. */
export function projectDirectory(): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-test-'));
  afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));
  return directory;
}

export { EXAMPLE_INSTANCE_ARN, EXAMPLE_INSTANCE_ID };

/** Writes a seed file for the example app: its instance and every queue it names (BasicQueue included, as a user would). */
export function writeExampleSeed(directory: string): string {
  const file = path.join(directory, 'connect-seed.json');
  fs.writeFileSync(file, JSON.stringify(exampleSeed(), undefined, 2));
  return file;
}

/** Synthesizes the example contact center (`cdk synth`) into `<directory>/<name>` for the example instance. */
export function synthesizeExample(directory: string, name = 'cdk.out', holidayPeak = false): string {
  return synthesizeContactCenter({ instanceArn: EXAMPLE_INSTANCE_ARN, outdir: path.join(directory, name), holidayPeak });
}

/** Every file under a folder (relative paths), to show a command wrote nothing. */
export function filesUnder(directory: string): string[] {
  if (!fs.existsSync(directory)) return [];
  // Walked by hand: readdirSync's `recursive` needs Node 20.1, and the project supports 20.0.
  const walk = (relative: string): string[] => fs.readdirSync(path.join(directory, relative), { withFileTypes: true })
    .flatMap((entry) => {
      const child = path.join(relative, entry.name);
      return entry.isDirectory() ? [child, ...walk(child)] : [child];
    });
  return walk('').sort();
}
