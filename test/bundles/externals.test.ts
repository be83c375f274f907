import * as fs from 'fs';
import { builtinModules } from 'module';
import * as path from 'path';

// What a shipped handler bundle may load from outside itself at run time (docs/bundles.md): Node's own modules, and
// the four credential providers of the SDK's default chain that only look for credentials a Lambda function never
// has to look for (the chain reads the role's credentials from the environment first). Anything else would be a
// dependency the npm package does not ship. Built by `npx projen bundle` (the test task runs it first).

const ASSETS = path.join(__dirname, '..', '..', 'assets', 'lambda');
const HANDLERS = ['provider', 'contact-routing', 'drift'];
const UNREACHED_CREDENTIAL_PROVIDERS = [
  '@aws-sdk/credential-provider-ini',
  '@aws-sdk/credential-provider-process',
  '@aws-sdk/credential-provider-sso',
  '@aws-sdk/credential-provider-web-identity',
];
// SigV4a signing, which only an EventBridge global endpoint (an EndpointId) needs; the SDK requires it inside a try.
const SIGV4A = '@aws-sdk/signature-v4-crt';

const isBuiltin = (name: string) => name.startsWith('node:') || builtinModules.includes(name);

function loadedFromOutside(handler: string): string[] {
  const code = fs.readFileSync(path.join(ASSETS, handler, 'index', 'index.js'), 'utf8');
  const names = [...code.matchAll(/\b(?:require|import)\("([^"]+)"\)/g)].map((m) => m[1]);
  return [...new Set(names.filter((name) => !isBuiltin(name)))].sort();
}

test.each(HANDLERS)('the %s bundle loads nothing from outside but the unreached credential providers', (handler) => {
  const outside = loadedFromOutside(handler).filter((name) => name !== SIGV4A);
  expect(outside).toEqual(UNREACHED_CREDENTIAL_PROVIDERS);
});

test('the bundles carry the SDK\'s ES-module build (tree-shaken), not its CommonJS build', () => {
  for (const handler of HANDLERS) {
    const code = fs.readFileSync(path.join(ASSETS, handler, 'index', 'index.js'), 'utf8');
    // The CommonJS build of a client lists every command of it; Connect has hundreds, a handler uses a few.
    expect(code).not.toContain('CreateContactFlowCommand');
  }
});
