import * as fs from 'fs';
import * as path from 'path';
import { awscdk, DependencyType, javascript } from 'projen';

// The oldest aws-cdk-lib 2.x with everything the library uses: lambda.Runtime.NODEJS_22_X (2.168.0),
// aws_connect.CfnRoutingProfile / CfnQueue / CfnIntegrationAssociation and Annotations.addWarningV2 (older).
const CDK_FLOOR = '2.168.0';
// The version the library is developed and tested against.
const CDK_DEV = '2.276.0';

// Every file under these folders is linted and type-checked.
const SOURCE_DIRS = ['src', 'lambda', 'emulator'];
const DEV_DIRS = ['test', 'examples', 'bench', 'local-deploy', 'projenrc'];

const project = new awscdk.AwsCdkConstructLibrary({
  name: 'cdk-connect-routing',
  description:
    'Amazon Connect routing profiles and their concurrency as code: a reconciling custom resource that '
    + 'creates, updates, corrects drift and safely deletes, plus contact-flow control of queue priority and age.',
  keywords: [
    'awscdk',
    'aws-cdk',
    'cdk',
    'amazon-connect',
    'connect',
    'contact-center',
    'routing-profile',
    'custom-resource',
  ],
  license: 'Apache-2.0',
  author: 'cdk-connect-routing maintainers',
  authorAddress: 'maintainers@cdk-connect-routing.dev',
  repositoryUrl: 'https://github.com/cdk-connect-routing/cdk-connect-routing.git',
  defaultReleaseBranch: 'main',
  packageManager: javascript.NodePackageManager.NPM,
  projenrcTs: true,
  minNodeVersion: '20.0.0',
  // The release's version bump tool: 13.x and its conventional-changelog 8 need Node 22 (17 EBADENGINE warnings
  // in `npm ci` on Node 20, which the project supports); 12.x has the same command line and needs Node 18.
  bumpPackage: 'commit-and-tag-version@^12',

  jsiiVersion: '~6.0.0',
  // Pinned: projen regenerates committed files, and a newer projen may write them differently.
  projenVersion: '0.103.25',
  // Pinned: esbuild writes the handler bundles the package ships.
  bundlerOptions: { esbuildVersion: '0.28.2' },
  cdkVersion: CDK_FLOOR,
  constructsVersion: '10.5.1',
  peerDependencyOptions: { pinnedDevDependency: false },

  // Publishing targets. Their packaging needs PyPI / Maven Central, which only the release workflow reaches;
  // the local build proves each one generates with `jsii-pacmak --code-only` (task `package:code-only`).
  publishToPypi: {
    distName: 'cdk-connect-routing',
    module: 'cdk_connect_routing',
  },
  publishToMaven: {
    javaPackage: 'io.github.cdkconnectrouting',
    mavenGroupId: 'io.github.cdk-connect-routing',
    mavenArtifactId: 'cdk-connect-routing',
    mavenServerId: 'central-ossrh',
  },
  publishToNuget: {
    dotNetNamespace: 'CdkConnectRouting',
    packageId: 'CdkConnectRouting',
  },
  publishToGo: {
    moduleName: 'github.com/cdk-connect-routing/cdk-connect-routing-go',
  },

  devDeps: [
    '@aws-cdk/integ-runner@^2.197.10',
    // The newest release on npm; its aws-cdk-lib peer range takes CDK_DEV (no 2.276 alpha is published).
    '@aws-cdk/integ-tests-alpha@2.245.0-alpha.0',
    '@aws-sdk/client-connect@3.1136.0',
    '@aws-sdk/client-dynamodb@3.1136.0',
    '@aws-sdk/client-eventbridge@3.1136.0',
    '@types/aws-lambda',
    'cdk-nag@^2',
    // A maintained DynamoDB emulator: the desired-state store is exercised over HTTP, never stubbed.
    'dynalite@4.0.0',
    // Pinned: it writes API.md, which is committed (esbuild, which writes the shipped bundles, is pinned above).
    'jsii-docgen@10.12.6',
    'fast-check@^4',
  ],

  eslintOptions: {
    dirs: SOURCE_DIRS,
    devdirs: DEV_DIRS,
    tsconfigPath: './tsconfig.dev.json',
    // One project for every linted folder: lambda/, emulator/ and test/ are outside the jsii tsconfig.
    projectService: false,
  },

  jestOptions: {
    // A changed snapshot fails `test`; `test:update` is the explicit way to accept one.
    updateSnapshot: javascript.UpdateSnapshot.NEVER,
    passWithNoTests: false,
    // Machine-readable results for .ci/run's "N passed, N failed" line.
    extraCliOptions: ['--json', '--outputFile=test-reports/jest-results.json'],
    jestConfig: {
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testTimeout: 60_000,
      collectCoverageFrom: ['src/**/*.ts', 'lambda/**/*.ts', 'emulator/**/*.ts'],
    },
  },

  gitignore: ['/dist-codegen/', '/cdk.out/', '*.cdk.out/', '/.local-deploy/'],
});
for (const pattern of ['/dist-codegen/', '/examples/', '/bench/', '/local-deploy/', '/lambda/', '/emulator/', '/.ci/', '/tsconfig.dev.json']) {
  project.addPackageIgnore(pattern);
}

// The peer floor stays low for users; development and tests use a current aws-cdk-lib.
project.deps.addDependency(`aws-cdk-lib@${CDK_DEV}`, DependencyType.BUILD);
project.deps.addDependency('constructs@10.5.1', DependencyType.BUILD);

// lambda/ and emulator/ are bundled by esbuild, so what they import is a build-time (dev) dependency.
project.eslint!.addOverride({
  files: ['lambda/**/*.ts', 'emulator/**/*.ts'],
  rules: { 'import/no-extraneous-dependencies': ['error', { devDependencies: true, optionalDependencies: false, peerDependencies: true }] },
});

// Layers, kept by lint: no import cycles anywhere; the handlers take from src/ only the contract and the pure rules
// (never aws-cdk-lib or a construct); and only the drift reconciler's own files import lambda/drift/.
project.eslint!.addRules({ 'import/no-cycle': ['error', { ignoreExternal: true }] });
const HANDLER_SHARED_SRC = [
  'contract.ts', 'contact-routing-contract.ts', // names and shapes of the wire
  'rules.ts', 'spec-rules.ts', 'contact-routing-rules.ts', // the rules, run at synth and again at deploy
  'rule-message.ts', 'connect-arn.ts', 'queue-ref-spec.ts', 'cfn-values.ts', // what the rules use
];
project.eslint!.addOverride({
  files: ['lambda/**/*.ts'],
  rules: {
    'import/no-restricted-paths': ['error', {
      zones: [
        {
          target: './lambda',
          from: './src',
          except: HANDLER_SHARED_SRC.map((file) => `./private/${file}`),
          message: 'A handler imports from src/ only the contract and the pure rules (HANDLER_SHARED_SRC in .projenrc.ts).',
        },
        {
          target: './lambda/!(drift)/**/*',
          from: './lambda/drift',
          message: 'Only the drift reconciler imports lambda/drift/: move what is shared to lambda/reconcile, lambda/connect or lambda/desired-state.',
        },
      ],
    }],
  },
});

// The handlers run on Node 22 in Lambda; locally the SDK would warn in every test and demo process about Node 20.
project.tasks.addEnvironment('AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED', 'true');

// Coverage: a short summary on the console, full reports in coverage/ (projen adds the long text table).
project.package.file.addOverride('jest.coverageReporters', ['text-summary', 'lcov', 'cobertura']);

// npm ci rejects the lockfile without this: the registry lacks some optional @unrs/resolver-binding-* builds.
project.package.addPackageResolutions('unrs-resolver@1.12.2');

// jsii recommends developing against the peer floor; this project develops against a current aws-cdk-lib on
// purpose (the floor is checked by hand when raised), so that one metadata warning is silenced.
project.compileTask.reset('jsii --silence-warnings=reserved-word --silence-warnings=metadata/missing-dev-dependency');

// One type-check over everything (ts-jest only transpiles, jsii only sees src/).
new javascript.TypescriptConfig(project, {
  fileName: 'tsconfig.dev.json',
  extends: javascript.TypescriptConfigExtends.fromPaths(['./tsconfig.json']),
  include: [...SOURCE_DIRS, ...DEV_DIRS].map((dir) => `${dir}/**/*.ts`).concat(['.projenrc.ts']),
  exclude: ['node_modules'],
  compilerOptions: {
    rootDir: '.',
    noEmit: true,
    // jsii rejects these in tsconfig.json; the dev config may use them for lambda/ and tests.
    resolveJsonModule: true,
  },
});
const typecheck = project.addTask('typecheck', {
  description: 'Type-check src/, lambda/, emulator/, tests, examples and benchmarks',
  exec: 'tsc --noEmit -p tsconfig.dev.json',
});

// Handlers: each lambda/<name>/index.ts listed here is bundled (AWS SDK included) into
// assets/lambda/<name>/index/index.js, which ships in the npm package. The same bundles run in the local deploy.
// (lambda/reconcile, lambda/connect and lambda/shared are libraries the handlers import, not handlers.)
// What ships and why: docs/bundles.md.
const HANDLERS = ['provider', 'contact-routing', 'drift'];
// The default credential chain's providers for credentials a Lambda function never has to look for: Lambda puts the
// role's credentials in the environment, which the chain's first provider reads. Left out of the bundles (about
// 100 KB with the STS/SSO clients they pull in); were one ever reached, Node would resolve it from the runtime.
const UNREACHED_CREDENTIAL_PROVIDERS = [
  '@aws-sdk/credential-provider-ini',
  '@aws-sdk/credential-provider-process',
  '@aws-sdk/credential-provider-sso',
  '@aws-sdk/credential-provider-web-identity',
];
const bundler = javascript.Bundler.of(project)!;
for (const name of HANDLERS) {
  bundler.addBundle(`./lambda/${name}/index.ts`, {
    platform: 'node',
    target: 'node22',
    externals: UNREACHED_CREDENTIAL_PROVIDERS,
    sourcemap: false,
    minify: true,
    watchTask: false,
    tsconfigPath: 'tsconfig.dev.json',
    // The SDK's ES module builds tree-shake: each bundle is a third smaller than from its CommonJS builds (the
    // npm package must stay under 4.5 MB, see .ci/check-package.js), and a smaller bundle starts faster.
    mainFields: ['module', 'main'],
  });
}

// The emulator runs as plain node from its bundle, so `npx projen emulator` needs no ts-node.
if (fs.existsSync(path.join(__dirname, 'emulator', 'main.ts'))) {
  const emulatorBundle = bundler.addBundle('./emulator/main.ts', {
    platform: 'node',
    target: 'node20',
    externals: [],
    sourcemap: true,
    watchTask: false,
    tsconfigPath: 'tsconfig.dev.json',
  });
  const emulator = project.addTask('emulator', {
    description: 'Start the local Amazon Connect emulator (CONNECT_EMULATOR_PORT, CONNECT_EMULATOR_THROTTLE=on|off)',
  });
  emulator.spawn(emulatorBundle.bundleTask);
  emulator.exec(`node ${emulatorBundle.outfile}`, { receiveArgs: true });
}

// The README's test command: it must work on a fresh clone, where assets/ does not exist yet.
const testTask = project.tasks.tryFind('test')!;
testTask.prependSpawn(typecheck);
testTask.prependSpawn(bundler.bundleTask);

// Prove every jsii target generates; full packaging needs PyPI / Maven Central (release workflow only).
const codeOnly = project.addTask('package:code-only', {
  description: 'Generate Python, Java, .NET and Go sources with jsii-pacmak --code-only (fails if any target fails)',
  exec: 'jsii-pacmak --code-only --outdir dist-codegen --target python --target java --target dotnet --target go',
});
project.packageTask.reset();
project.packageTask.spawn(project.tasks.tryFind('package:js')!);
project.packageTask.spawn(codeOnly);

// The main job: the example contact-center app deployed into the local emulator, edited, redeployed, destroyed.
const demo = project.addTask('demo', {
  description: 'Deploy the example contact-center app into the local Connect emulator and show each step',
});
demo.spawn(bundler.bundleTask);
// Transpile only (-T): `typecheck` checks the types; type-checking here kept the demo silent for 20 s before step 1.
demo.exec('ts-node -T --project tsconfig.dev.json examples/contact-center/demo.ts');

// Benchmarks print figures and ratios, one table for all (bench/index.ts); they are never timed tests. The quick
// mode, a few iterations each, is what CI runs so that none of them rots (only a crash fails it).
for (const [name, description, args] of [
  ['bench', 'Run every benchmark and print one table of ratios (bench/)', ''],
  ['bench:quick', 'Run every benchmark with a few iterations (CI: proves each still runs; no pass/fail on figures)', ' --quick'],
]) {
  const task = project.addTask(name, { description });
  task.spawn(bundler.bundleTask);
  task.exec(`ts-node -T --project tsconfig.dev.json bench/index.ts${args}`);
}

// After the bundler's `!/assets/`, so that source maps stay out of the package.
project.addPackageIgnore('/assets/**/*.map');

// ------------------------------------------------------------------------------------------------------------------
// The command-line tool `cdk-connect-routing` (cli/) and the package's contents.
// cli/index.ts is bundled like the handlers (emulator, local deploy and AWS SDK inside, minified, no source map)
// into assets/cli/index.js; bin/cdk-connect-routing (committed, three lines) requires it, so
// `npx cdk-connect-routing …` works for users of every CDK language. local.js / local.d.ts (committed) are the
// programmatic entry `cdk-connect-routing/local`, implemented in the same bundle.
// ------------------------------------------------------------------------------------------------------------------
const CLI_DIR = 'cli';
project.tryFindObjectFile('tsconfig.dev.json')!.addToArray('include', `${CLI_DIR}/**/*.ts`, 'local.d.ts');
project.eslint!.addLintPattern(CLI_DIR);
// Like lambda/ and emulator/, cli/ is bundled: what it imports is a build-time (dev) dependency.
project.eslint!.addOverride({
  files: [`${CLI_DIR}/**/*.ts`],
  rules: { 'import/no-extraneous-dependencies': ['error', { devDependencies: true, optionalDependencies: false, peerDependencies: true }] },
});
// A script, not the Bundler's esbuild command line: dynalite's dynamic requires need an esbuild plugin (see the script).
const bundleCli = project.addTask('bundle:cli', {
  description: 'Bundle the command-line tool (cli/index.ts) into assets/cli/index.js',
  exec: 'node projenrc/bundle-cli.js',
});
bundler.bundleTask.spawn(bundleCli);
project.addBins({ 'cdk-connect-routing': 'bin/cdk-connect-routing' });

// What the npm package holds: the library (lib/, .jsii), the handler bundles, the CLI and its bin, local.js/.d.ts,
// README, LICENSE, API.md. Never demo or local-deploy state, sources, the emulator's own bundle, docs or build output.
// .ci/check-package.js enforces it on the packed tarball (an allow-list and a size limit).
for (const pattern of [`/${CLI_DIR}/`, '/assets/emulator/', '/.local-deploy/', '/.cdk-connect-routing/', '/docs/', '/CONTRIBUTING.md', '*.tgz', '/cdk.out/']) {
  project.addPackageIgnore(pattern);
}
project.gitignore.exclude('/.cdk-connect-routing/');

// npm 11 runs no dependency's install script that package.json does not allow, and lists the skipped ones after every
// `npm ci`. None is needed: esbuild and unrs-resolver find their platform package, classic-level and @parcel/watcher
// load prebuilt binaries. Denying them keeps what every run so far did, without the warning.
project.package.addField('allowScripts', { '@parcel/watcher': false, 'classic-level': false, 'esbuild': false, 'unrs-resolver': false });

// README snippets import the library by its package name, as users write it: here that name is src/ (and local.js).
project.tryFindObjectFile('tsconfig.dev.json')!.addOverride('compilerOptions.paths', {
  'cdk-connect-routing': ['./src'],
  'cdk-connect-routing/local': ['./local'],
});
project.jest!.addModuleNameMappers({
  '^cdk-connect-routing$': '<rootDir>/src',
  '^cdk-connect-routing/local$': '<rootDir>/local',
});

// The packed tarball installed into a CDK app outside the repository, synthesized and deployed with the bin
// through npx (`.ci/run` runs it after `npx projen package`; `npx projen test` leaves it out).
const PACKED_TESTS = '<rootDir>/test/packed/**/*.packed.ts';
project.addTask('test:packed', {
  description: 'Install the packed tarball (dist/js) into a temporary CDK app and run `npx cdk-connect-routing local` on it',
  exec: `jest --testMatch '${PACKED_TESTS}' --coverage=false --json --outputFile=test-reports/packed-results.json`,
});
project.addTask('check:package', {
  description: 'Fail when the packed tarball (dist/js) holds a file outside the allow-list or unpacks to more than 4.5 MB',
  exec: 'node .ci/check-package.js',
});
// The GitHub build runs them after `projen build` too, as .ci/run does after `projen package`.
project.buildWorkflow?.addPostBuildSteps(
  { name: 'Check the npm package', run: 'npx projen check:package' },
  { name: 'Install the npm package into a CDK app and deploy it locally', run: 'npx projen test:packed' },
);

project.synth();
