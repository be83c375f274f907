#!/usr/bin/env node
/**
 * Checks the npm tarball `npx projen package` wrote (dist/js/*.tgz, or the path given): every file must match
 * the allow-list below and the whole must unpack to at most 4.5 MB (npm's units: 1 MB = 1,000,000 bytes).
 * Prints the size and the files by folder; exits 1 naming each file outside the list, or the excess size.
 *
 * The package ships the library, its handler bundles and the command-line tool, never demo or local-deploy
 * state, sources, tests, source maps or build output (DESIGN.md §6).
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const MAX_UNPACKED_BYTES = 4_500_000;

/** Every path the package may hold (relative to the package root), and why. */
const ALLOWED = [
  [/^package\.json$/, 'the manifest'],
  [/^(README\.md|LICENSE|API\.md)$/, 'the documentation npm and Construct Hub show'],
  [/^\.jsii$/, 'the jsii assembly (every other language binds to it)'],
  [/^lib\/.+\.(js|d\.ts)$/, 'the library, compiled by jsii'],
  [/^assets\/lambda\/[a-z0-9-]+\/index\/index\.js$/, 'a handler bundle'],
  [/^assets\/cli\/index\.js$/, 'the command-line tool bundle'],
  [/^bin\/cdk-connect-routing$/, 'the command-line tool entry'],
  [/^local\.(js|d\.ts)$/, 'the programmatic entry cdk-connect-routing/local'],
];

function tarballPath() {
  if (process.argv[2]) return path.resolve(process.argv[2]);
  const dir = path.resolve(__dirname, '..', 'dist', 'js');
  const found = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.tgz')) : [];
  if (found.length !== 1) {
    console.error(`check-package: expected one .tgz in ${dir} (run \`npx projen package\`), found: ${found.join(', ') || 'none'}`);
    process.exit(1);
  }
  return path.join(dir, found[0]);
}

/** The regular files of a (ustar/pax) tarball: path without the `package/` prefix, and size. */
function listTarball(file) {
  const tar = zlib.gunzipSync(fs.readFileSync(file));
  const files = [];
  let offset = 0;
  let paxPath;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const text = (start, length) => header.subarray(start, start + length).toString('utf8').replace(/\0.*$/s, '');
    const size = parseInt(text(124, 12).trim() || '0', 8);
    const type = text(156, 1) || '0';
    const prefix = text(345, 155);
    const name = paxPath ?? (prefix ? `${prefix}/${text(0, 100)}` : text(0, 100));
    const body = tar.subarray(offset + 512, offset + 512 + size);
    if (type === 'x') {
      paxPath = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(body.toString('utf8'))?.[1];
    } else {
      if (type === '0' || type === '\0') files.push({ path: name.replace(/^package\//, ''), size });
      paxPath = undefined;
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

/** `lib/private`, `assets/lambda`, `README.md`: where a file counts in the report. */
function folderOf(file) {
  const parts = file.split('/');
  if (parts.length === 1) return file;
  return parts[0] === 'lib' || parts[0] === 'bin' ? (parts.length > 2 ? `${parts[0]}/${parts[1]}/` : `${parts[0]}/`) : `${parts.slice(0, 2).join('/')}/`;
}

const tarball = tarballPath();
const files = listTarball(tarball);
const unpacked = files.reduce((total, f) => total + f.size, 0);
const byFolder = new Map();
for (const f of files) {
  const entry = byFolder.get(folderOf(f.path)) ?? { files: 0, bytes: 0 };
  entry.files += 1;
  entry.bytes += f.size;
  byFolder.set(folderOf(f.path), entry);
}
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
console.log(`${path.relative(process.cwd(), tarball)}: ${files.length} files, ${kb(fs.statSync(tarball).size)} packed, ${kb(unpacked)} unpacked`);
for (const [folder, entry] of [...byFolder].sort((a, b) => b[1].bytes - a[1].bytes)) {
  console.log(`  ${folder.padEnd(28)} ${String(entry.files).padStart(4)} file(s) ${kb(entry.bytes).padStart(12)}`);
}

const problems = files.filter((f) => !ALLOWED.some(([pattern]) => pattern.test(f.path))).map((f) => `not on the allow-list: ${f.path}`);
if (unpacked > MAX_UNPACKED_BYTES) problems.push(`unpacks to ${kb(unpacked)}, over the ${kb(MAX_UNPACKED_BYTES)} limit`);
for (const problem of problems) console.error(`check-package: ${problem}`);
process.exit(problems.length ? 1 : 0);
