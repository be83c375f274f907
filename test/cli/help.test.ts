import * as fs from 'fs';
import * as path from 'path';
import { projectDirectory, runCli } from './cli-process';

const cwd = projectDirectory();

describe('help', () => {
  test('the program lists its commands and the exit codes', async () => {
    const result = await runCli(['--help'], cwd);

    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: cdk-connect-routing <command> \[options\]/);
    expect(result.stdout.match(/^ {2}(\w+)( <command>)? {2,}/gm)?.map((line) => line.trim())).toEqual(['export', 'plan', 'local <command>']);
    expect(result.stdout).toMatch(/\n {2}export +Write a CDK stack \(TypeScript or Python\) declaring an existing instance's routing profiles/);
    expect(result.stdout).toMatch(/\n {2}plan +Show, read-only, the Connect calls a deploy of a synthesized app would make/);
    expect(result.stdout).toMatch(/\n {2}local <command> +Run the local Connect emulator/);
    expect(result.stdout).toContain('Exit codes: 0 done; 1 failed (one line on stderr says why); 2 changes found');
    expect(result.stderr).toBe('');
  });

  test('`local` lists emulator, deploy, destroy and drift', async () => {
    const result = await runCli(['local', '--help'], cwd);

    expect(result.code).toBe(0);
    expect(result.stdout.match(/^ {2}(\w+) {2,}/gm)?.map((line) => line.trim())).toEqual(['emulator', 'deploy', 'destroy', 'drift']);
  });

  test.each([
    ['emulator', ['--port PORT', '--host HOST', '--throttle on|off', '--seed FILE', '--region REGION', '--account-id ID', '--quiet']],
    ['deploy', ['<cloud-assembly-dir>', '--endpoint URL', '--state-dir DIR', '--wait SECONDS', '--verbose']],
    ['destroy', ['--endpoint URL', '--state-dir DIR', '--wait SECONDS', '--verbose']],
    ['drift', ['--stack NAME', '--endpoint URL', '--state-dir DIR', '--wait SECONDS', '--detailed-exitcode', '--verbose']],
  ])('`local %s --help` shows its usage, options with defaults, and examples', async (name, expected) => {
    const result = await runCli(['local', name, '--help'], cwd);

    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Usage: cdk-connect-routing local ${name}`));
    for (const option of expected) expect(result.stdout).toContain(option);
    expect(result.stdout).toContain('Examples:');
    if (name !== 'emulator') expect(result.stdout).toContain('(default: http://127.0.0.1:8600)');
  });

  test.each([
    ['export', ['--instance ARN|ID', '--language typescript|python', '--out FILE', '--name PATTERN', '--tag KEY=VALUE', '--removal-policy retain|destroy',
      '--region REGION', '--endpoint URL', '--max-rate N', '(default: typescript)', '(default: retain)', '(default: 1)', 'never writes to Connect']],
    ['plan', ['<cloud-assembly-dir>', '--stack NAME', '--json', '--detailed-exitcode', '--region REGION', '--endpoint URL', '--max-rate N',
      'never writes to Connect']],
  ])('`%s --help` shows its usage, options with defaults, and examples', async (name, expected) => {
    const result = await runCli([name, '--help'], cwd);

    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Usage: cdk-connect-routing ${name}`));
    for (const option of expected) expect(result.stdout).toContain(option);
    expect(result.stdout).toContain('Examples:');
  });

  test('--version prints the package version', async () => {
    const result = await runCli(['--version'], cwd);

    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')).version);
  });
});

describe('a wrong command line: one line on stderr, exit 1, pointing at the help', () => {
  test.each([
    [['lokal'], 'cdk-connect-routing: unknown command "lokal", expected one of: export, plan, local (see `cdk-connect-routing --help`)'],
    [['plan'], 'cdk-connect-routing: `plan` needs <cloud-assembly-dir>, got: none (see `cdk-connect-routing plan --help`)'],
    [['export', '--instance', 'x', '--json'], 'cdk-connect-routing: Unknown option \'--json\' (see `cdk-connect-routing export --help`)'],
    [['local', 'deploy'], 'cdk-connect-routing: `local deploy` needs <cloud-assembly-dir>, got: none (see `cdk-connect-routing local deploy --help`)'],
    [['local', 'deploy', 'a', 'b'], 'cdk-connect-routing: `local deploy` needs <cloud-assembly-dir>, got: "a" "b" (see `cdk-connect-routing local deploy --help`)'],
    [['local', 'destroy', '--force'], 'cdk-connect-routing: Unknown option \'--force\' (see `cdk-connect-routing local destroy --help`)'],
    [['local', 'deploy', 'cdk.out', '--endpoint'], 'cdk-connect-routing: Option \'--endpoint <value>\' argument missing (see `cdk-connect-routing local deploy --help`)'],
    [['local', 'deploy', 'cdk.out', '--endpoint', 'localhost:8600'],
      'cdk-connect-routing: `--endpoint` must be an http(s) URL with no path, such as http://127.0.0.1:8600, got: localhost:8600'],
    [['local', 'deploy', 'cdk.out', '--wait', 'soon'], 'cdk-connect-routing: `--wait` must be a whole number of seconds, got: soon'],
    [['local', 'emulator', '--throttle', 'maybe'], 'cdk-connect-routing: `--throttle` must be on or off, got: maybe'],
    [['local', 'emulator', '--port', '70000'], 'cdk-connect-routing: `--port` must be a port number 0..65535, got: 70000'],
    [['local', 'emulator', '--account-id', '42'], 'cdk-connect-routing: `--account-id` must be 12 digits, got: 42'],
  ])('%j', async (args, message) => {
    const result = await runCli(args, cwd);

    expect(result.errorLines).toEqual([message]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
  });

  test('no command at all prints the help on stderr and exits 1', async () => {
    const result = await runCli([], cwd);

    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Usage: cdk-connect-routing <command>/);
  });
});
