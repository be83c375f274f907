import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** .ci/check-package.js on tarballs made here: what it allows, what it refuses, the size limit. */
const SCRIPT = path.resolve(__dirname, '..', '..', '.ci', 'check-package.js');

function tarball(files: Record<string, number>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'check-package-'));
  for (const [file, size] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, 'package', file)), { recursive: true });
    fs.writeFileSync(path.join(root, 'package', file), Buffer.alloc(size, 'x'));
  }
  const out = path.join(root, 'package.tgz');
  const tar = spawnSync('tar', ['-czf', out, '-C', root, 'package'], { encoding: 'utf8' });
  if (tar.status !== 0) throw new Error(tar.stderr);
  return out;
}

const LIBRARY = {
  'package.json': 100,
  'README.md': 100,
  'LICENSE': 100,
  'API.md': 100,
  '.jsii': 100,
  'lib/index.js': 100,
  'lib/index.d.ts': 100,
  'lib/private/contract.js': 100,
  'assets/lambda/routing-profile/index/index.js': 100,
  'assets/cli/index.js': 100,
  'bin/cdk-connect-routing': 100,
  'local.js': 100,
  'local.d.ts': 100,
};

test('a package of the library, its handler bundles and the CLI passes, with its size by folder', () => {
  const result = spawnSync(process.execPath, [SCRIPT, tarball(LIBRARY)], { encoding: 'utf8' });

  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/package\.tgz: 13 files, [\d.]+ kB packed, 1\.3 kB unpacked\n/);
  expect(result.stdout).toMatch(/\n {2}lib\/private\/ +1 file\(s\) +0\.1 kB\n/);
});

test('demo state, sources, source maps and tests are refused, each named', () => {
  const result = spawnSync(process.execPath, [SCRIPT, tarball({
    ...LIBRARY,
    '.local-deploy/demo/state/ContactCenter.json': 10,
    'assets/lambda/drift/index/index.js.map': 10,
    'src/index.ts': 10,
    'test/cli/help.test.ts': 10,
    'assets/emulator/main/index.js': 10,
  })], { encoding: 'utf8' });

  expect(result.status).toBe(1);
  expect(result.stderr.split('\n').filter(Boolean).sort()).toEqual([
    'check-package: not on the allow-list: .local-deploy/demo/state/ContactCenter.json',
    'check-package: not on the allow-list: assets/emulator/main/index.js',
    'check-package: not on the allow-list: assets/lambda/drift/index/index.js.map',
    'check-package: not on the allow-list: src/index.ts',
    'check-package: not on the allow-list: test/cli/help.test.ts',
  ]);
});

test('more than 4.5 MB unpacked is refused', () => {
  const result = spawnSync(process.execPath, [SCRIPT, tarball({ ...LIBRARY, 'assets/cli/index.js': 4_500_000 })], { encoding: 'utf8' });

  expect(result.status).toBe(1);
  expect(result.stderr).toBe('check-package: unpacks to 4501.2 kB, over the 4500.0 kB limit\n');
});
