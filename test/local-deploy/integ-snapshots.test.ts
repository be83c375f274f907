import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { workDirectory } from './echo-app';

/**
 * The snapshot check of the integration tests (`test/integ.*.ts`), without AWS credentials: each app is
 * synthesized again and its templates must equal the committed `<file>.snapshot/` ones, asset hashes and
 * assertion salts masked (integ-runner ignores asset hashes too). integ-runner's own check cannot run here: the installed 2.197.10 reads
 * cloud-assembly schema 53 at most, and aws-cdk-lib 2.276 writes 55. To accept a change, synthesize again into
 * the snapshot folder (README, "Integration tests").
 */
const TEST_DIR = path.resolve(__dirname, '..');
const INTEG_APPS = fs.readdirSync(TEST_DIR).filter((f) => /^integ\..+(?<!\.d)\.ts$/.test(f));

function templates(directory: string): Record<string, string> {
  return Object.fromEntries(fs.readdirSync(directory).filter((f) => f.endsWith('.template.json')).map((f) => [
    f, fs.readFileSync(path.join(directory, f), 'utf8').replace(/[0-9a-f]{64}/g, '<asset-hash>')
      // integ-tests salts each assertion with the synth time so it runs on every deploy.
      .replace(/"salt": "\d+"/g, '"salt": "<synth-time>"'),
  ]));
}

test('there are integration tests', () => {
  expect(INTEG_APPS).toContain('integ.routing-profile.ts');
});

test.each(INTEG_APPS)('%s synthesizes to its committed snapshot', (file) => {
  const outdir = path.join(workDirectory(), 'cdk.out');
  execFileSync(process.execPath, [require.resolve('ts-node/dist/bin'), '-T', '--project', 'tsconfig.dev.json', path.join('test', file)], {
    cwd: path.resolve(TEST_DIR, '..'),
    env: { ...process.env, CDK_OUTDIR: outdir },
    stdio: 'pipe',
  });
  const committed = templates(path.join(TEST_DIR, `${file}.snapshot`));
  expect(Object.keys(committed).length).toBeGreaterThan(0);
  expect(templates(outdir)).toEqual(committed);
});
