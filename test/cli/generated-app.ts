/**
 * A folder for the stack files `export` writes, standing in for a user's CDK project: its `node_modules` links to
 * this repository's (aws-cdk-lib, constructs, @types/node), and `cdk-connect-routing` is this repository's src/
 * (jest's module map when a file is loaded, a tsconfig path when it is type-checked).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Environment, Stack, StackProps } from 'aws-cdk-lib';
import { Construct } from 'constructs';

const ROOT = path.resolve(__dirname, '..', '..');

export class GeneratedAppFolder {
  public readonly directory = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-export-'));

  constructor() {
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(this.directory, 'node_modules'), 'dir');
  }

  public file(name: string): string {
    return path.join(this.directory, name);
  }

  /** Loads a generated TypeScript stack file and synthesizes its stack class into a cloud assembly; returns the folder. */
  public synthesize(file: string, stackId: string, env: Environment): string {
    let stackClass: (new (scope: Construct, id: string, props?: StackProps) => Stack) | undefined;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    jest.isolateModules(() => { stackClass = require(file).ConnectRoutingStack; });
    const app = new App({ outdir: path.join(this.directory, `${path.basename(file, '.ts')}.out`) });
    new stackClass!(app, stackId, { env });
    return app.synth().directory;
  }

  /** Type-checks TypeScript files as a strict user's `tsc` would, against this repository's src/; returns tsc's output. */
  public typeCheck(files: readonly string[]): { readonly status: number | null; readonly output: string } {
    const config = this.file('tsconfig.json');
    fs.writeFileSync(config, JSON.stringify({
      compilerOptions: {
        strict: true,
        noUnusedLocals: true,
        noUnusedParameters: true,
        noImplicitReturns: true,
        noEmit: true,
        target: 'ES2022',
        module: 'node16',
        skipLibCheck: true,
        types: ['node'],
        paths: { 'cdk-connect-routing': [path.join(ROOT, 'src')] },
      },
      files,
    }));
    const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', config], { encoding: 'utf8' });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  }

  /** Parses Python files with Python's own parser; returns the files it refused, with why. */
  public parsePython(files: readonly string[]): string[] {
    const script = 'import ast, sys\nfor f in sys.argv[1:]:\n  try:\n    ast.parse(open(f, encoding="utf-8").read(), f)\n'
      + '  except SyntaxError as e:\n    print(f"{f}: {e}")\n';
    const result = spawnSync('python3', ['-c', script, ...files], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`python3 failed: ${result.stderr || result.error}`);
    return result.stdout.split('\n').filter((line) => line !== '');
  }

  public remove(): void {
    fs.rmSync(this.directory, { recursive: true, force: true });
  }
}

/** What the command printed and returned. */
export interface InProcessResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The bundled command (assets/cli/index.js, what the bin runs), called in this process: the same code as a child
 * process, without starting Node for every call. Credentials and Region come from this process's environment.
 */
export async function runBundledCli(args: readonly string[]): Promise<InProcessResult> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { main } = require(path.join(ROOT, 'assets', 'cli', 'index.js')) as {
    main(args: readonly string[], options: { output: { out(line: string): void; err(line: string): void } }): Promise<number>;
  };
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { output: { out: (line) => out.push(line), err: (line) => err.push(line) } });
  return { code, stdout: out.map((line) => `${line}\n`).join(''), stderr: err.map((line) => `${line}\n`).join('') };
}

/** Fake credentials and a Region for commands that read Connect through the AWS SDK; the developer's own AWS settings left out. */
export function sdkEnvironment(region = 'us-east-1', overrides: Readonly<Record<string, string | undefined>> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('AWS_')));
  Object.assign(env, {
    AWS_ACCESS_KEY_ID: 'cli-test',
    AWS_SECRET_ACCESS_KEY: 'cli-test',
    AWS_REGION: region,
    AWS_CONFIG_FILE: path.join(os.tmpdir(), 'cli-test-no-aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(os.tmpdir(), 'cli-test-no-aws-credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  });
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}
