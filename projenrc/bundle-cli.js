/**
 * Bundles the command-line tool (cli/index.ts) into assets/cli/index.js with esbuild: the emulator, the local
 * deploy, dynalite and the AWS SDK inside; minified, no source map, Node 20. `npx projen bundle` runs it.
 *
 * A script rather than projen's Bundler (which runs the esbuild command line) because one dependency needs a
 * plugin: dynalite loads its actions with `require('./actions/' + action)`, which esbuild bundles as a glob whose
 * entries carry the `.js` extension, so the lookup without it fails at run time. The plugin adds the extension.
 */
const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');

const ROOT = path.resolve(__dirname, '..');

/** dynalite's `require('./actions/' + action)` and `require('./validations/' + action)`, with the extension the glob needs. */
const dynaliteDynamicRequires = {
  name: 'dynalite-dynamic-requires',
  setup(build) {
    build.onLoad({ filter: /[\\/]dynalite[\\/]index\.js$/ }, async (args) => {
      const source = await fs.promises.readFile(args.path, 'utf8');
      const patched = source.replace(/require\('\.\/(actions|validations)\/' \+ action\)/g, "require('./$1/' + action + '.js')");
      if ((patched.match(/\+ action \+ '\.js'\)/g) ?? []).length !== 2) {
        throw new Error(`${args.path}: dynalite no longer loads its actions as this plugin expects; update projenrc/bundle-cli.js`);
      }
      return { contents: patched, loader: 'js', resolveDir: path.dirname(args.path) };
    });
  },
};

esbuild.build({
  absWorkingDir: ROOT,
  entryPoints: ['cli/index.ts'],
  outfile: 'assets/cli/index.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify: true,
  sourcemap: false,
  tsconfig: 'tsconfig.dev.json',
  // The SDK's ES module builds tree-shake: the tool is about 40% smaller than with its CommonJS builds.
  mainFields: ['module', 'main'],
  // Those builds load Node's own modules with `import('node:http')`; as require() calls the bundle also runs inside
  // a test runner's VM (jest without --experimental-vm-modules), where cdk-connect-routing/local is used.
  supported: { 'dynamic-import': false },
  // dynalite requires `level` (native LevelDB, for tables on disk) at load time; the emulator keeps tables in memory.
  alias: { level: './cli/local/level-stub.ts' },
  plugins: [dynaliteDynamicRequires],
  logLevel: 'warning',
}).then(() => {
  const size = fs.statSync(path.join(ROOT, 'assets/cli/index.js')).size;
  console.log(`assets/cli/index.js  ${(size / 1024).toFixed(0)} KiB`);
}, () => {
  process.exitCode = 1;
});
