import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ConnectClient } from '@aws-sdk/client-connect';
import * as esbuild from 'esbuild';
import { readLiveProfiles } from '../../cli/local/live-profiles';
import { EmulatorReadyLine, EXAMPLE_INSTANCE_ID, writeExampleSeed } from '../cli/cli-process';

/**
 * The npm package as a user gets it: the tarball `npx projen package` wrote (dist/js), installed with a `file:`
 * dependency into a CDK app in a temporary folder outside the repository, synthesized there, and deployed into
 * the emulator by the package's own bin through `npx`. Run by `npx projen test:packed` (CI, after packaging).
 */
const ROOT = path.resolve(__dirname, '..', '..');
const NPM_ENV = { ...process.env, npm_config_loglevel: 'error', npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' };
let app: string;
let tarball: string;

jest.setTimeout(300_000);

beforeAll(async () => {
  const dist = path.join(ROOT, 'dist', 'js');
  const found = fs.existsSync(dist) ? fs.readdirSync(dist).filter((f) => f.endsWith('.tgz')) : [];
  if (found.length !== 1) throw new Error(`expected one tarball in ${dist}: run \`npx projen package\` first (found: ${found.join(', ') || 'none'})`);
  tarball = path.join(dist, found[0]);
  app = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-connect-routing-app-'));
  const versionOf = (name: string) => JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
  fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({
    name: 'contact-center-app',
    private: true,
    dependencies: { 'cdk-connect-routing': `file:${tarball}`, 'aws-cdk-lib': versionOf('aws-cdk-lib'), 'constructs': versionOf('constructs') },
  }, undefined, 2));
  await esbuild.build({
    entryPoints: [path.join(__dirname, 'example-app.ts')],
    outfile: path.join(app, 'app.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
    // The example imports the library from the repository's src/; the app gets it from the installed package.
    plugins: [{
      name: 'library-from-package',
      setup: (build) => build.onResolve({ filter: /^\.\.\/\.\.\/src$/ }, () => ({ path: 'cdk-connect-routing', external: true })),
    }],
  });
  writeExampleSeed(app);
  // From the npm cache when it has everything (offline-capable), from the registry otherwise.
  const install = spawnSync('npm', ['install', '--prefer-offline', '--no-package-lock'], { cwd: app, env: NPM_ENV, encoding: 'utf8' });
  if (install.status !== 0) throw new Error(`npm install failed: ${install.stderr}`);
  // `cdk synth` for the app (the CDK CLI would run the same `node app.js`).
  const synth = spawnSync(process.execPath, ['app.js'], { cwd: app, encoding: 'utf8' });
  if (synth.status !== 0 || synth.stderr !== '') throw new Error(`node app.js failed: ${synth.stderr}`);
});

afterAll(() => {
  if (app && !process.env.KEEP_PACKED_APP) fs.rmSync(app, { recursive: true, force: true });
});

function npx(args: readonly string[]): { code: number | null; stdout: string; stderr: string; seconds: number } {
  const started = Date.now();
  const result = spawnSync('npx', ['--no-install', 'cdk-connect-routing', ...args], { cwd: app, env: NPM_ENV, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, seconds: (Date.now() - started) / 1000 };
}

test('the installed package holds the library, the handler bundles and the CLI, and npx finds the bin', () => {
  const installed = path.join(app, 'node_modules', 'cdk-connect-routing');
  expect(fs.existsSync(path.join(installed, 'lib', 'index.js'))).toBe(true);
  expect(fs.readdirSync(path.join(installed, 'assets')).sort()).toEqual(['cli', 'lambda']);
  expect(fs.existsSync(path.join(installed, '.local-deploy'))).toBe(false);

  const version = npx(['--version']);
  expect(version.stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8')).version);
  expect(version.code).toBe(0);
});

test('the synthesized app deploys into `local emulator` with `npx cdk-connect-routing local deploy`, drifts and destroys', async () => {
  // Started the way a CI job would, in the background, throttled as Connect is.
  const emulator = spawn('npx', ['--no-install', 'cdk-connect-routing', 'local', 'emulator', '--port', '0', '--quiet', '--seed', 'connect-seed.json'],
    { cwd: app, env: NPM_ENV, stdio: ['ignore', 'pipe', 'inherit'] });
  // npx passes the signal that stops it to its shell only; the emulator notices and stops too (then the pipe closes).
  const exited = new Promise<void>((resolve) => emulator.on('close', () => resolve()));
  try {
    const ready = await new Promise<EmulatorReadyLine>((resolve, reject) => {
      let out = '';
      emulator.stdout.on('data', (chunk) => {
        out += chunk;
        if (out.includes('\n')) resolve(JSON.parse(out.slice(0, out.indexOf('\n'))));
      });
      void exited.then(() => reject(new Error('local emulator exited before its ready line')));
    });

    const deploy = npx(['local', 'deploy', 'cdk.out', '--endpoint', ready.endpoint]);
    console.log(`npx cdk-connect-routing local deploy cdk.out (the example app, from ${app}): ${deploy.seconds.toFixed(1)} s wall time`);
    expect(deploy.stderr).toBe('');
    expect(deploy.code).toBe(0);
    expect(deploy.stdout).toContain('ContactCenter: 6 created, 0 updated, 0 deleted, 0 unchanged');
    expect(deploy.stdout).toContain('State: .cdk-connect-routing/local');
    const connect = new ConnectClient({ endpoint: ready.endpoint, region: 'us-east-1', credentials: { accessKeyId: 't', secretAccessKey: 't' }, maxAttempts: 5 });
    try {
      const live = await readLiveProfiles(connect, EXAMPLE_INSTANCE_ID);
      expect(live.map((p) => [p.name, p.queues.length])).toEqual([
        ['Basic Routing Profile', 3], ['Callback Desk', 1], ['Email Desk', 3], ['Sales', 3], ['Tier 1 Support', 24],
      ]);
    } finally {
      connect.destroy();
    }

    const drift = npx(['local', 'drift', '--endpoint', ready.endpoint, '--detailed-exitcode']);
    expect(drift.stdout).toContain('  0 drifted, 0 corrected, 0 not checked, of 5 resource(s)');
    expect(drift.code).toBe(0);

    const destroy = npx(['local', 'destroy', '--endpoint', ready.endpoint]);
    expect(destroy.stdout).toContain('ContactCenter: 6 deleted');
    expect(destroy.code).toBe(0);
  } finally {
    emulator.kill('SIGTERM');
    await exited;
  }
});

test('cdk-connect-routing/local: typed for TypeScript from the installed package, and usable from plain JavaScript', () => {
  fs.writeFileSync(path.join(app, 'check-local.ts'), [
    "import { LocalConnect, LocalStackDeployResult, startLocalConnect } from 'cdk-connect-routing/local';",
    '',
    'export async function deployedProfiles(): Promise<number> {',
    "  const local: LocalConnect = await startLocalConnect({ throttle: false, seed: { instances: [{ id: 'x' }] } });",
    '  try {',
    "    const results: LocalStackDeployResult[] = await local.deploy('cdk.out');",
    "    return results.length + (await local.calls({ operation: 'CreateRoutingProfile' })).length;",
    '  } finally {',
    '    await local.close();',
    '  }',
    '}',
  ].join('\n'));
  for (const moduleResolution of ['node16', 'node10']) {
    const module = moduleResolution === 'node16' ? 'node16' : 'commonjs';
    const tsc = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '--strict',
      '--ignoreDeprecations', '6.0', '--target', 'es2022', '--module', module, '--moduleResolution', moduleResolution, 'check-local.ts'], { cwd: app, encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  }

  const script = [
    "const { startLocalConnect } = require('cdk-connect-routing/local');",
    '(async () => {',
    "  const local = await startLocalConnect({ seed: JSON.parse(require('fs').readFileSync('connect-seed.json', 'utf8')) });",
    "  try { const [stack] = await local.deploy('cdk.out'); console.log(JSON.stringify({ created: stack.created.length, creates: (await local.calls({ operation: 'CreateRoutingProfile' })).length })); }",
    '  finally { await local.close(); }',
    '})().catch((e) => { console.error(e.message); process.exit(1); });',
  ].join('\n');
  const run = spawnSync(process.execPath, ['-e', script], { cwd: app, encoding: 'utf8', env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' } });
  expect(run.stderr).toBe('');
  expect(JSON.parse(run.stdout)).toEqual({ created: 6, creates: 4 });
});
