/**
 * The README's "Bring an existing instance under code" walkthrough, run for real: a local Connect emulator holding
 * the example contact center as if built in the console, then `export` → review → synth → `plan` → deploy → `plan`,
 * each command run through the bin as a user runs it and printed with its output, as the README shows it.
 *
 *   npx projen bundle && npx ts-node -T --project tsconfig.dev.json examples/contact-center/export-walkthrough.ts
 */
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ConnectClient } from '@aws-sdk/client-connect';
import { buildInConsole } from './built-in-console';
import { EXAMPLE_INSTANCE_ARN, exampleSeed } from './instance';
import { UserProject } from './user-project';

const BIN = path.resolve(__dirname, '..', '..', 'bin', 'cdk-connect-routing');

async function main(): Promise<void> {
  const project = new UserProject('my-contact-center');
  fs.writeFileSync(project.path('connect-seed.json'), JSON.stringify(exampleSeed(['carol', 'dave', 'erin'])));
  const emulator = spawn(process.execPath, [BIN, 'local', 'emulator', '--port', '0', '--quiet', '--seed', 'connect-seed.json'],
    { cwd: project.directory, stdio: ['ignore', 'pipe', 'inherit'] });
  const endpoint = await new Promise<string>((resolve) => emulator.stdout.once('data', (line: Buffer) => resolve(JSON.parse(String(line)).endpoint)));
  // Credentials and Region as the AWS SDK finds them; the emulator takes any.
  const env = { ...process.env, AWS_ACCESS_KEY_ID: 'example', AWS_SECRET_ACCESS_KEY: 'example', AWS_REGION: 'us-east-1' };
  const run = (shown: string, args: string[]) => {
    console.log(`$ ${shown}`);
    const result = spawnSync(process.execPath, [BIN, ...args], { cwd: project.directory, env, encoding: 'utf8' });
    process.stdout.write(result.stdout + result.stderr);
    console.log(`(exit ${result.status})\n`);
  };
  try {
    const client = new ConnectClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'example', secretAccessKey: 'example' } });
    const built = await buildInConsole(client, EXAMPLE_INSTANCE_ARN, project.directory);
    client.destroy();
    console.log(`(the console: ${built.join(', ')})\n`);

    run(`npx cdk-connect-routing export --instance ${EXAMPLE_INSTANCE_ARN} --out lib/contact-center-stack.ts`,
      ['export', '--instance', EXAMPLE_INSTANCE_ARN, '--out', 'lib/contact-center-stack.ts', '--endpoint', endpoint]);
    console.log('$ cat lib/contact-center-stack.ts');
    process.stdout.write(`${fs.readFileSync(project.path('lib', 'contact-center-stack.ts'), 'utf8')}\n`);

    console.log('$ npx cdk synth --app "npx ts-node lib/contact-center-stack.ts"\n');
    project.synthesize('lib/contact-center-stack.ts', 'cdk.out');
    run('npx cdk-connect-routing plan cdk.out', ['plan', 'cdk.out', '--endpoint', endpoint]);
    run('npx cdk deploy   # here: npx cdk-connect-routing local deploy cdk.out', ['local', 'deploy', 'cdk.out', '--endpoint', endpoint]);

    const file = project.path('lib', 'contact-center-stack.ts');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('MediaConcurrency.chat(2)', 'MediaConcurrency.chat(4)'));
    console.log('$ # the holiday peak: Sales agents take 4 chats, MediaConcurrency.chat(2) → MediaConcurrency.chat(4)');
    project.synthesize('lib/contact-center-stack.ts', 'cdk.out');
    run('npx cdk-connect-routing plan cdk.out --detailed-exitcode', ['plan', 'cdk.out', '--endpoint', endpoint, '--detailed-exitcode']);
  } finally {
    emulator.kill('SIGTERM');
    project.remove();
  }
}

void main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
