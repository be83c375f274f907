import { CliError } from '../errors';

/** Which routing profiles an export takes: `--name` patterns (any may match) and `--tag` pairs (all must be on the profile). */
export interface ProfileSelection {
  readonly namePatterns: readonly string[];
  readonly tags: ReadonlyArray<readonly [string, string]>;
}

/** `--tag K=V`: the key before the first `=`, the value after it (it may be empty, as Connect allows). */
export function parseTagFilter(value: string, option: string): [string, string] {
  const at = value.indexOf('=');
  if (at <= 0) throw new CliError(`\`${option}\` must be KEY=VALUE, e.g. team=sales, got: ${value}`);
  return [value.slice(0, at), value.slice(at + 1)];
}

/** Whether a profile name matches any `--name` pattern (`*` any characters, `?` one; case-sensitive, as Connect's names are). */
export function matchesName(selection: ProfileSelection, name: string): boolean {
  return selection.namePatterns.length === 0 || selection.namePatterns.some((pattern) => globPattern(pattern).test(name));
}

/** Whether a profile carries every `--tag` pair. */
export function matchesTags(selection: ProfileSelection, tags: Readonly<Record<string, string>>): boolean {
  return selection.tags.every(([key, value]) => Object.hasOwn(tags, key) && tags[key] === value);
}

/** The selection as the command line gives it, for messages and the generated file's header. */
export function describeSelection(selection: ProfileSelection): string {
  return [
    ...selection.namePatterns.map((pattern) => `--name ${JSON.stringify(pattern)}`),
    ...selection.tags.map(([key, value]) => `--tag ${JSON.stringify(`${key}=${value}`)}`),
  ].join(' ');
}

function globPattern(pattern: string): RegExp {
  const source = [...pattern].map((c) => (c === '*' ? '[\\s\\S]*' : c === '?' ? '[\\s\\S]' : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
  return new RegExp(`^${source}$`, 'u');
}
