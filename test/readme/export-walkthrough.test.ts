import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/**
 * The README's "Bring an existing instance under code" walkthrough is real output: the script that prints it runs
 * here, and every block of output the README shows must be in what it printed (the emulator's port and timings aside).
 */
const ROOT = path.resolve(__dirname, '..', '..');
const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** A run's changing parts (the emulator's port, read counts and seconds) made comparable. */
function steady(text: string): string {
  return text.replace(/http:\/\/127\.0\.0\.1:\d+/g, 'http://127.0.0.1:<port>').replace(/with \d+ read calls in [\d.]+ s/g, 'with <n> read calls in <t> s');
}

test('the walkthrough runs, and the README shows its output as printed', () => {
  const result = spawnSync(process.execPath, [require.resolve('ts-node/dist/bin.js'), '-T', '--project', 'tsconfig.dev.json',
    'examples/contact-center/export-walkthrough.ts'], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  });
  expect(result.status).toBe(0);
  const printed = steady(result.stdout);
  expect(printed).toContain('Plan: 0 to create, 0 to change, 5 unchanged; 0 calls in total. Nothing was written to Connect.\n(exit 0)');
  expect(printed).toContain('Plan: 0 to create, 1 to change, 4 unchanged; 1 call in total. Nothing was written to Connect.\n(exit 2)');
  expect(printed).toContain('total                                          21  (0 write call(s))');

  const section = README.split('\n## Bring an existing instance under code: `export` and `plan`\n')[1].split('\n## ')[0];
  const blocks = [...section.matchAll(/```(?:text|ts)\n([\s\S]*?)```/g)].map((m) => steady(m[1]));
  expect(blocks).toHaveLength(4);
  for (const block of blocks) expect(printed).toContain(block);
});
