import type { CallRecord } from '../../emulator';

/** Connect operations that change state. */
const WRITES = /^(Create|Delete|Associate|Disassociate|Update|Tag|Untag)/;

/** The calls that changed state: a write operation Connect accepted. */
export function successfulWrites(calls: readonly CallRecord[]): CallRecord[] {
  return calls.filter((c) => WRITES.test(c.operation) && c.outcome.status < 300);
}

/** The Connect calls of one step, one line per operation: how many, how many were writes, how many were throttled. */
export function summarizeCalls(calls: readonly CallRecord[], indent = '  '): string {
  if (calls.length === 0) return `${indent}(no Connect API calls)`;
  const byOperation = new Map<string, { ok: number; throttled: number; failed: number }>();
  for (const call of calls) {
    const entry = byOperation.get(call.operation) ?? { ok: 0, throttled: 0, failed: 0 };
    if (call.outcome.status < 300) entry.ok++;
    else if (call.outcome.error === 'ThrottlingException') entry.throttled++;
    else entry.failed++;
    byOperation.set(call.operation, entry);
  }
  const writes = successfulWrites(calls).length;
  const lines = [...byOperation].map(([operation, e]) => `${indent}${operation.padEnd(46)}${String(e.ok).padStart(3)}`
    + (e.throttled ? `  (+${e.throttled} throttled, retried)` : '') + (e.failed ? `  (+${e.failed} failed)` : ''));
  lines.push(`${indent}${'total'.padEnd(46)}${String(calls.filter((c) => c.outcome.status < 300).length).padStart(3)}  (${writes} write call(s))`);
  return lines.join('\n');
}
