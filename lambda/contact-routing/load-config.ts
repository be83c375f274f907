/**
 * The rules the construct wrote into the environment, parsed and checked again (values that were tokens at
 * synth are seen here first). Read once per cold start: the environment does not change while warm.
 */
import { ContactRoutingConfigSpec } from '../../src/private/contact-routing-contract';
import { configErrors } from '../../src/private/contact-routing-rules';

export type LoadedConfig =
  | { readonly ok: true; readonly config: ContactRoutingConfigSpec }
  | { readonly ok: false; readonly reason: string };

export function parseConfig(raw: string | undefined, variable: string): LoadedConfig {
  if (raw === undefined || raw === '') {
    return { ok: false, reason: `The function's configuration is missing: the environment variable ${variable} is not set` };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    return { ok: false, reason: `The function's configuration in ${variable} is not JSON: ${(error as Error).message}` };
  }
  const errors = configErrors(parsed);
  if (errors.length > 0) {
    return { ok: false, reason: `The function's configuration in ${variable} is invalid: ${errors.join('; ')}` };
  }
  return { ok: true, config: parsed as ContactRoutingConfigSpec };
}

let cache: { readonly raw: string | undefined; readonly loaded: LoadedConfig } | undefined;

/** The configuration of this execution environment, parsed on first use (again only if the variable changed). */
export function loadConfig(variable: string): LoadedConfig {
  const raw = process.env[variable];
  if (cache === undefined || cache.raw !== raw) {
    cache = { raw, loaded: parseConfig(raw, variable) };
  }
  return cache.loaded;
}
