import { CliError } from './errors';

/** A TCP port: 0..65535 (0 = any free port). */
export function parsePort(value: string, option: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new CliError(`\`${option}\` must be a port number 0..65535, got: ${value}`);
  return port;
}

/** `on` or `off`. */
export function parseOnOff(value: string, option: string): boolean {
  if (value === 'on') return true;
  if (value === 'off') return false;
  throw new CliError(`\`${option}\` must be on or off, got: ${value}`);
}

/** Whole seconds, 0 or more. */
export function parseSeconds(value: string, option: string): number {
  if (!/^\d+$/.test(value)) throw new CliError(`\`${option}\` must be a whole number of seconds, got: ${value}`);
  return Number(value);
}

/** An http(s) URL without a path, e.g. `http://127.0.0.1:8600`. */
export function parseEndpoint(value: string, option: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new CliError(`\`${option}\` must be a URL such as http://127.0.0.1:8600, got: ${value}`);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || (url.pathname !== '/' && url.pathname !== '') || url.search) {
    throw new CliError(`\`${option}\` must be an http(s) URL with no path, such as http://127.0.0.1:8600, got: ${value}`);
  }
  return `${url.protocol}//${url.host}`;
}
