import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * The README's quick starts are these fixture files, word for word: the TypeScript one is type-checked with the
 * rest (`npx projen typecheck`) and synthesized here; the Python one is parsed by Python and must call what
 * jsii-rosetta's Python translation of the TypeScript one calls.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const TYPESCRIPT = path.join(__dirname, 'quick-start.ts');
const PYTHON = path.join(__dirname, 'quick_start.py');

/** The fenced code block of `language` right under the heading. */
function snippetUnder(heading: string, language: string): string {
  const section = README.split(`\n## ${heading}\n`)[1];
  if (section === undefined) throw new Error(`README has no "## ${heading}" section`);
  const match = new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``).exec(section.split('\n## ')[0]);
  if (!match) throw new Error(`"## ${heading}" has no \`\`\`${language} block`);
  return match[1];
}

function pythonCalls(file: string): { imports: string[]; calls: string[]; keywords: string[] } {
  const result = spawnSync('python3', [path.join(__dirname, 'python_calls.py'), file], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`python3 could not read ${file}: ${result.stderr || result.error}`);
  return JSON.parse(result.stdout);
}

test('the TypeScript quick start is the compiled fixture, and it synthesizes a routing profile', () => {
  expect(snippetUnder('Quick start (TypeScript)', 'ts')).toBe(fs.readFileSync(TYPESCRIPT, 'utf8'));

  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'quick-start-'));
  process.env.CDK_OUTDIR = outdir;
  try {
    // The quick start is a script: loading it runs it, as `cdk synth` would.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    jest.isolateModules(() => require(TYPESCRIPT));
  } finally {
    delete process.env.CDK_OUTDIR;
  }
  const template = JSON.parse(fs.readFileSync(path.join(outdir, 'ContactCenter.template.json'), 'utf8'));
  const profiles = Object.values(template.Resources as Record<string, { Type: string; Properties: any }>)
    .filter((r) => r.Type === 'Custom::ConnectRoutingProfile');
  expect(profiles).toHaveLength(1);
  expect(profiles[0].Properties.QueueConfigs).toHaveLength(3);
});

test('the Python quick start is the fixture, parses, and calls what jsii-rosetta translates the TypeScript one to', () => {
  expect(snippetUnder('Quick start (Python)', 'python')).toBe(fs.readFileSync(PYTHON, 'utf8'));

  const rosetta = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'jsii-rosetta', 'bin', 'jsii-rosetta'), 'snippet', TYPESCRIPT,
    '--language', 'python'], { encoding: 'utf8', env: { ...process.env, JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION: '20' } });
  expect(rosetta.status).toBe(0);
  const translatedFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rosetta-')), 'translated.py');
  fs.writeFileSync(translatedFile, rosetta.stdout);

  const written = pythonCalls(PYTHON);
  const translated = pythonCalls(translatedFile);
  // Without the assembly, rosetta writes a struct as a dict; the README names it (QueueConfig), as a Python user would.
  const structs = new Set(['QueueConfig', 'cdk_connect_routing.QueueConfig']);
  expect(written.imports.filter((i) => !structs.has(i))).toEqual(translated.imports);
  expect(written.calls.filter((c) => !structs.has(c))).toEqual(translated.calls);
  expect(written.keywords).toEqual(translated.keywords);
});
