/**
 * Users' upgrades: a stack deployed with an earlier version of this library, synthesized again with this one,
 * must make zero Connect calls. CloudFormation sends a custom resource an event only when its properties change,
 * so the custom resources' properties (the wire spec) must be exactly what the earlier version wrote.
 *
 * The fixture is the example app as version 0.0.0 (commit 7b69603) synthesized it, produced with:
 *   git checkout 7b69603 && npx projen bundle && CDK_OUTDIR=out npx ts-node --project tsconfig.dev.json examples/contact-center/app.ts
 * keeping manifest.json, ContactCenter.assets.json and ContactCenter.template.json (the asset folders are the
 * bundled handlers, which the test takes from this version's build).
 */
import * as fs from 'fs';
import * as path from 'path';
import { RunningDynamoDbLocal, RunningEmulator, startDynamoDbLocal, startEmulator } from '../../emulator';
import { CONTACT_CENTER_QUEUES } from '../../examples/contact-center/queues';
import { synthesizeContactCenter } from '../../examples/contact-center/synthesize';
import { emulatorEnvironment, LocalDeployment, readCloudAssembly } from '../../local-deploy';
import type { Template } from '../../local-deploy/template';
import { workDirectory } from '../local-deploy/echo-app';

const FIXTURE = path.join(__dirname, 'fixtures', 'contact-center-0.0.0');
/** The instance the fixture was synthesized for (the example app's placeholder). */
const FIXTURE_INSTANCE_ARN = 'arn:aws:connect:us-east-1:123456789012:instance/00000000-0000-4000-8000-000000000000';
const ROOT = path.resolve(__dirname, '..', '..');
/** Each function of the fixture, by the description it carries, and the bundle of this version that stands in for its code. */
const BUNDLE_BY_DESCRIPTION: ReadonlyArray<[RegExp, string]> = [
  [/reconciles Amazon Connect routing profiles/, 'provider'],
  [/checks the stack's routing profiles for drift/, 'drift'],
  [/sets a waiting contact's routing priority or age/, 'contact-routing'],
];

function customResources(template: Template): Record<string, unknown> {
  return Object.fromEntries(Object.entries(template.Resources ?? {})
    .filter(([, resource]) => resource.Type.startsWith('Custom::'))
    .map(([logicalId, resource]) => [logicalId, { Type: resource.Type, Properties: resource.Properties }]));
}

/** The fixture assembly, moved to `instanceArn`, with this version's bundles where its handler assets were. */
function fixtureAssembly(instanceArn: string, directory: string): string {
  fs.mkdirSync(directory, { recursive: true });
  for (const file of fs.readdirSync(FIXTURE)) {
    const text = fs.readFileSync(path.join(FIXTURE, file), 'utf8').split(FIXTURE_INSTANCE_ARN).join(instanceArn);
    fs.writeFileSync(path.join(directory, file), text);
  }
  const [stack] = readCloudAssembly(directory).stacks;
  for (const resource of Object.values(stack.template.Resources ?? {})) {
    if (resource.Type !== 'AWS::Lambda::Function') continue;
    const properties = resource.Properties as { Description: string; Code: { S3Key: string } };
    const bundle = BUNDLE_BY_DESCRIPTION.find(([pattern]) => pattern.test(properties.Description))?.[1];
    if (bundle === undefined) throw new Error(`no bundle stands in for the fixture function described ${JSON.stringify(properties.Description)}`);
    fs.cpSync(path.join(ROOT, 'assets', 'lambda', bundle, 'index'), stack.assetPaths.get(properties.Code.S3Key)!, { recursive: true });
  }
  return directory;
}

test('the example app synthesizes custom resources with exactly the properties version 0.0.0 wrote', () => {
  const work = workDirectory();
  const fixture = readCloudAssembly(fixtureAssembly(FIXTURE_INSTANCE_ARN, path.join(work, 'fixture'))).stacks[0];
  const current = readCloudAssembly(synthesizeContactCenter({ instanceArn: FIXTURE_INSTANCE_ARN, outdir: path.join(work, 'current') })).stacks[0];
  expect(Object.keys(customResources(fixture.template))).toHaveLength(5);
  expect(customResources(current.template)).toEqual(customResources(fixture.template));
});

describe('a stack deployed with version 0.0.0, deployed again with this version', () => {
  let emulator: RunningEmulator;
  let dynamodb: RunningDynamoDbLocal;
  let deployment: LocalDeployment;

  beforeAll(async () => {
    emulator = await startEmulator({ throttle: false, log: () => undefined });
    dynamodb = await startDynamoDbLocal();
    const existing = new Set(emulator.seed.queues.map((q) => q.name));
    await emulator.control.seed({ queues: CONTACT_CENTER_QUEUES.filter((q) => !existing.has(q.name)) });
    deployment = await LocalDeployment.start({
      environment: emulatorEnvironment(emulator, dynamodb.endpoint),
      stateDirectory: path.join(workDirectory(), 'state'),
    });
  });
  afterAll(async () => {
    await deployment.close();
    await emulator.close();
    await dynamodb.close();
  });

  test('makes zero Connect calls and sends no custom-resource event', async () => {
    const work = workDirectory();
    const [first] = await deployment.deploy(fixtureAssembly(emulator.instanceArn, path.join(work, 'fixture')));
    expect(first.created).toEqual(expect.arrayContaining(['Support5CFB64A3', 'BasicConcurrencyBB3D43A1']));
    await emulator.control.clearCalls();

    const [upgraded] = await deployment.deploy(synthesizeContactCenter({ instanceArn: emulator.instanceArn, outdir: path.join(work, 'current') }));

    expect(await emulator.control.calls()).toEqual([]);
    const customResourceIds = Object.keys(customResources(readCloudAssembly(path.join(work, 'current')).stacks[0].template));
    expect([...upgraded.created, ...upgraded.updated].filter((id) => customResourceIds.includes(id))).toEqual([]);
  });
});
