import { spawn } from 'child_process';
import { randomUUID } from 'crypto';
import * as path from 'path';
import { LAMBDA_BOOTSTRAP } from './lambda-bootstrap';
import { endpointVariables, LocalEnvironment } from './local-environment';
import { LocalFunction } from './local-function';

export interface InvocationResult {
  /** What the handler returned (JSON), when it succeeded. */
  readonly value?: unknown;
  /** Set when the handler threw, rejected or timed out, as Lambda reports it. */
  readonly error?: { readonly errorType: string; readonly errorMessage: string };
  /** Every line the function logged (stdout and stderr). */
  readonly logs: readonly string[];
  readonly durationMs: number;
}

export interface InvokeOptions {
  /** Called with each log line as it is written. */
  readonly onLog?: (line: string) => void;
}

/**
 * Where the SDK the Lambda Node.js runtime provides comes from locally, put on NODE_PATH like the runtime's own:
 * the node_modules folder holding `@aws-sdk/client-connect`, looked up from the working folder first (a user's
 * project running the command-line tool), then from this code's own location (this repository). Bundled
 * handlers (ours) never use it; unbundled ones (e.g. the integ-tests assertion handler) need it. When neither
 * has the SDK, NODE_PATH is left unset and bundled handlers run as they are.
 */
export function runtimeModulesDirectory(from: readonly string[] = [process.cwd(), __dirname]): string | undefined {
  for (const start of from) {
    try {
      const manifest = require.resolve('@aws-sdk/client-connect/package.json', { paths: [start] });
      return path.resolve(path.dirname(manifest), '..', '..');
    } catch {
      // not installed there
    }
  }
  return undefined;
}

let runtimeModules: { readonly directory?: string } | undefined;

/**
 * Runs a function's bundled code the way Lambda would, in a fresh `node` process per invocation (fresh module
 * state, an environment holding only what Lambda sets plus the function's variables and the local endpoints,
 * fake credentials), and kills it when the function's timeout expires.
 */
export function invokeLocalFunction(
  fn: LocalFunction, event: unknown, environment: LocalEnvironment, options: InvokeOptions = {},
): Promise<InvocationResult> {
  runtimeModules ??= { directory: runtimeModulesDirectory() };
  const requestId = randomUUID();
  const started = Date.now();
  const deadline = started + fn.timeoutSeconds * 1000;
  const region = fn.functionArn.split(':')[3];
  const child = spawn(process.execPath, ['-e', LAMBDA_BOOTSTRAP, fn.codeDirectory, fn.handler, String(deadline),
    fn.functionName, String(fn.memorySize), fn.functionArn, requestId], {
    cwd: fn.codeDirectory,
    stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH,
      TZ: 'UTC',
      LANG: 'en_US.UTF-8',
      ...(runtimeModules.directory ? { NODE_PATH: runtimeModules.directory } : {}),
      LAMBDA_TASK_ROOT: fn.codeDirectory,
      AWS_EXECUTION_ENV: `AWS_Lambda_${fn.runtime}`,
      AWS_LAMBDA_FUNCTION_NAME: fn.functionName,
      AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(fn.memorySize),
      AWS_REGION: region,
      AWS_DEFAULT_REGION: region,
      AWS_ACCESS_KEY_ID: 'local-deploy',
      AWS_SECRET_ACCESS_KEY: 'local-deploy',
      AWS_SESSION_TOKEN: 'local-deploy',
      // Keep the developer's own AWS config and credentials out of the function.
      AWS_CONFIG_FILE: path.join(fn.codeDirectory, '.no-aws-config'),
      AWS_SHARED_CREDENTIALS_FILE: path.join(fn.codeDirectory, '.no-aws-credentials'),
      // Lambda runs the function on Node 22; the SDK's warning about this machine's Node 20 is noise here.
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      ...fn.environment,
      ...endpointVariables(environment),
    },
  });
  const logs: string[] = [];
  const collect = (stream: NodeJS.ReadableStream) => {
    let pending = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        logs.push(line);
        options.onLog?.(line);
      }
    });
    stream.on('end', () => {
      if (pending) {
        logs.push(pending);
        options.onLog?.(pending);
      }
    });
  };
  collect(child.stdout!);
  collect(child.stderr!);
  let outcomeText = '';
  (child.stdio[3] as NodeJS.ReadableStream).setEncoding('utf8');
  (child.stdio[3] as NodeJS.ReadableStream).on('data', (chunk: string) => { outcomeText += chunk; });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, fn.timeoutSeconds * 1000);
  child.stdin!.end(JSON.stringify(event));

  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const durationMs = Date.now() - started;
      if (timedOut) {
        resolve({ error: { errorType: 'Sandbox.Timedout', errorMessage: `Task timed out after ${fn.timeoutSeconds} seconds` }, logs, durationMs });
        return;
      }
      let outcome: { ok: boolean; value?: unknown; errorType?: string; errorMessage?: string } | undefined;
      try {
        outcome = outcomeText ? JSON.parse(outcomeText) : undefined;
      } catch {
        outcome = undefined;
      }
      if (!outcome) {
        resolve({ error: { errorType: 'Runtime.ExitError', errorMessage: `The function's process exited (code ${code}, signal ${signal}) without a result` }, logs, durationMs });
      } else if (outcome.ok) {
        resolve({ value: outcome.value, logs, durationMs });
      } else {
        resolve({ error: { errorType: outcome.errorType!, errorMessage: outcome.errorMessage! }, logs, durationMs });
      }
    });
  });
}
