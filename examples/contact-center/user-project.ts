/**
 * A folder standing in for a user's CDK project, for the scripts that run the command-line tool as a user does:
 * `aws-cdk-lib` and `constructs` are this repository's, and `cdk-connect-routing` is this repository's src/ (as the
 * installed package would be), so an exported stack file runs there as a CDK app.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');

export class UserProject {
  public readonly directory: string;

  constructor(name: string) {
    this.directory = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-connect-routing-')), name);
    const modules = path.join(this.directory, 'node_modules');
    fs.mkdirSync(path.join(modules, 'cdk-connect-routing'), { recursive: true });
    for (const dependency of ['aws-cdk-lib', 'constructs']) fs.symlinkSync(path.join(ROOT, 'node_modules', dependency), path.join(modules, dependency), 'dir');
    fs.writeFileSync(path.join(modules, 'cdk-connect-routing', 'index.js'), `module.exports = require(${JSON.stringify(path.join(ROOT, 'src'))});\n`);
    fs.mkdirSync(path.join(this.directory, 'lib'));
  }

  public path(...parts: string[]): string {
    return path.join(this.directory, ...parts);
  }

  /** `cdk synth` of a stack file that runs as an app: into `outdir`; fails with what the app printed. */
  public synthesize(appFile: string, outdir: string): void {
    const result = spawnSync(process.execPath, [require.resolve('ts-node/dist/bin.js'), '-T', '-O', '{"module":"node16","moduleResolution":"node16"}', appFile], {
      cwd: this.directory, env: { ...withoutTsNodeSettings(process.env), CDK_OUTDIR: this.path(outdir) }, encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`synthesizing ${appFile} failed: ${result.stderr}`);
  }

  public remove(): void {
    fs.rmSync(path.dirname(this.directory), { recursive: true, force: true });
  }
}

/** The environment without the caller's ts-node settings (a TS_NODE_PROJECT of this repository means nothing in the project). */
function withoutTsNodeSettings(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !key.startsWith('TS_NODE_')));
}
