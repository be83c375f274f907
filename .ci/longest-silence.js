#!/usr/bin/env node
/**
 * Passes its input through, line by line, and measures the longest time without a line after the first one (the
 * time `npx projen` takes to start before the first line is reported apart: it is not the command's own).
 * Prints both at the end; exits 1 when the longest silence is over the limit in seconds given as the argument.
 *
 *   npx projen demo 2>&1 | node .ci/longest-silence.js 5
 */
'use strict';
const limit = Number(process.argv[2] ?? Infinity);
const started = Date.now();
let last;
let firstAfterMs;
let longest = { ms: 0, before: '' };
let pending = '';

function line(text) {
  const now = Date.now();
  if (last === undefined) firstAfterMs = now - started;
  else if (now - last > longest.ms) longest = { ms: now - last, before: text };
  last = now;
  process.stdout.write(`${text}\n`);
}

process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  pending += chunk;
  const lines = pending.split('\n');
  pending = lines.pop();
  lines.forEach(line);
});
process.stdin.on('end', () => {
  if (pending) line(pending);
  const seconds = (longest.ms / 1000).toFixed(1);
  console.log(`::: first line after ${((firstAfterMs ?? 0) / 1000).toFixed(1)} s; longest silence after it: ${seconds} s, `
    + `before "${longest.before.trim().slice(0, 100)}" (limit ${limit} s)`);
  if (longest.ms > limit * 1000) process.exitCode = 1;
});
