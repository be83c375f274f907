/**
 * The rules of `rules.ts` applied at synth time: a value that is still an unresolved token is skipped (the
 * handler checks it at deploy time), and what fails throws an `Error` whose message is every rule message found,
 * one per line.
 */
import { Token } from 'aws-cdk-lib';

/** Whether a value is known only at deploy time. */
export function isUnresolved(value: unknown): boolean {
  return Token.isUnresolved(value);
}

/** Throws one `Error` listing every message, when there is any. */
export function throwIfErrors(errors: ReadonlyArray<string | undefined>): void {
  const found = errors.filter((error): error is string => error !== undefined);
  if (found.length > 0) {
    throw new Error(found.join('\n'));
  }
}

/** Applies a rule over one value unless the value is a token. */
export function checkValue<T>(value: T, rule: (value: T, prop: string) => string | undefined, prop: string): void {
  if (!isUnresolved(value)) {
    throwIfErrors([rule(value, prop)]);
  }
}
