import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { synthEchoApp, takeEvents, useEchoDeployment } from './echo-app';
import { LocalDeployment, StateFileError, TemplateError } from '../../local-deploy';
import { runtimeModulesDirectory } from '../../local-deploy/invoke-local-function';

const suite = useEchoDeployment();

describe('a cloud assembly that cannot be read', () => {
  test('a manifest that is not JSON names the file', async () => {
    const directory = fs.mkdtempSync(path.join(suite.work, 'broken-'));
    fs.writeFileSync(path.join(directory, 'manifest.json'), '{ "artifacts": ');

    const error = await suite.deployment.deploy(directory).catch((e) => e);

    expect(error).toBeInstanceOf(TemplateError);
    expect(error.message).toMatch(`${path.join(directory, 'manifest.json')} of the cloud assembly is not valid JSON: `);
  });

  test('a template the manifest names but the folder lacks names the file', async () => {
    const assembly = synthEchoApp(suite.work, suite.eventLog, { A: { properties: { Name: 'a' } } });
    fs.rmSync(path.join(assembly, 'Echo.template.json'));

    await expect(suite.deployment.deploy(assembly)).rejects.toThrow(`Cannot read ${path.join(assembly, 'Echo.template.json')} of the cloud assembly: ENOENT`);
    expect(takeEvents(suite.eventLog)).toEqual([]);
  });
});

describe('a saved state that cannot be read', () => {
  test.each([
    ['not JSON', '{"stackName": "Echo", ', /it is not valid JSON \(/],
    ['not an object', '[]', /it is not a JSON object;/],
    ['without a stack id', '{"stackName": "Echo", "resources": {}}', /`stackId` is not a string;/],
    ['with a resource without type', '{"stackName": "Echo", "stackId": "x", "resources": {"A": {"physicalId": "echo-a"}}}', /resource `A` has no type or physical id;/],
  ])('%s: the deployment refuses to start, naming the stack and the file, and runs nothing', async (_what, content, problem) => {
    const stateDirectory = path.join(suite.work, 'corrupt-state');
    fs.mkdirSync(stateDirectory, { recursive: true });
    fs.writeFileSync(path.join(stateDirectory, 'Echo.json'), content);

    const error = await LocalDeployment.start({ environment: { connectEndpoint: suite.emulator.endpoint }, stateDirectory }).catch((e) => e);

    expect(error).toBeInstanceOf(StateFileError);
    expect(error.message).toMatch(new RegExp(`^The saved state of stack Echo \\(${path.join(stateDirectory, 'Echo.json').replace(/[.]/g, '\\.')}\\) is unreadable: `));
    expect(error.message).toMatch(problem);
    expect(error.message).toMatch(/fix or delete the file \(deleting it forgets what that stack deployed\)$/);
    expect(fs.readFileSync(path.join(stateDirectory, 'Echo.json'), 'utf8')).toBe(content);
  });
});

describe('the SDK a Lambda runtime would provide (NODE_PATH for unbundled handlers)', () => {
  test('is found from the first folder that has it, else from the next', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'no-sdk-'));

    expect(runtimeModulesDirectory([empty, __dirname])).toBe(path.resolve(__dirname, '..', '..', 'node_modules'));
  });

  test('is undefined when no folder has it: bundled handlers run without it', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'no-sdk-'));

    expect(runtimeModulesDirectory([empty])).toBeUndefined();
  });
});
