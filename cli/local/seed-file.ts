import * as fs from 'fs';
import type { ControlClient, SeedRequest, SeedSummary } from '../../emulator';
import { CliError } from '../errors';

/** The sections a seed file may have, each a list (see README "Local emulator and deploy for your app"). */
const SECTIONS = ['instances', 'queues', 'users', 'contacts'] as const;

/** The field each item of a section must have as a non-empty string. */
const REQUIRED: Readonly<Record<typeof SECTIONS[number], string | undefined>> = {
  instances: undefined,
  queues: 'name',
  users: 'username',
  contacts: 'queueId',
};

/**
 * Reads a seed file: JSON with optional `instances`, `queues`, `users` and `contacts` lists, in the shape of the
 * emulator's `POST /_emulator/seed` (emulator/README.md). Checks the shape so a mistake is reported naming the
 * file and the item, before the emulator is touched.
 */
export function readSeedFile(file: string): SeedRequest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`--seed ${file}: ${code === 'ENOENT' ? 'no such file' : code ?? `not valid JSON (${(error as Error).message})`}`);
  }
  return checkSeed(parsed, `--seed ${file}`);
}

/** Checks a seed's shape (`label` names where it came from in messages). */
export function checkSeed(parsed: unknown, label: string): SeedRequest {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new CliError(`${label}: must be a JSON object with any of ${SECTIONS.join(', ')}, got: ${JSON.stringify(parsed)}`);
  }
  for (const [key, value] of Object.entries(parsed)) {
    if (!(SECTIONS as readonly string[]).includes(key)) {
      throw new CliError(`${label}: unknown section \`${key}\` (expected any of ${SECTIONS.join(', ')})`);
    }
    if (!Array.isArray(value)) throw new CliError(`${label}: \`${key}\` must be a list, got: ${JSON.stringify(value)}`);
    const required = REQUIRED[key as typeof SECTIONS[number]];
    value.forEach((item, i) => {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        throw new CliError(`${label}: \`${key}[${i}]\` must be an object, got: ${JSON.stringify(item)}`);
      }
      const field = required && (item as Record<string, unknown>)[required];
      if (required && (typeof field !== 'string' || field === '')) {
        throw new CliError(`${label}: \`${key}[${i}].${required}\` must be a non-empty string, got: ${JSON.stringify(field)}`);
      }
    });
  }
  return parsed as SeedRequest;
}

/**
 * Applies a seed to a running emulator: instances first, then queues (a queue whose name the instance already
 * has is kept, not added twice: a seed file may list every queue an app names, BasicQueue included), users and
 * contacts. Returns every instance as it now is, the default one first.
 */
export async function applySeed(control: ControlClient, seed: SeedRequest, label: string): Promise<SeedSummary[]> {
  const refused = (error: unknown) => new CliError(`${label}: the emulator refused it: ${(error as Error).message.replace(/^emulator control .*?: /, '')}`);
  const created = seed.instances?.length ? (await control.seed({ instances: seed.instances }).catch((e) => { throw refused(e); })).instances : [];
  const initial = await control.summary();
  const queueNames = new Set([initial, ...created].flatMap((instance) => instance.queues.map((q) => `${instance.instanceId}/${q.name}`)));
  const queues = (seed.queues ?? []).filter((q) => !queueNames.has(`${q.instanceId ?? initial.instanceId}/${q.name}`));
  const result = await control.seed({ queues, users: seed.users ?? [], contacts: seed.contacts ?? [] }).catch((e) => { throw refused(e); });
  const now = await control.summary();
  const of = <T extends { readonly instanceId: string }>(items: readonly T[], instanceId: string) => items.filter((i) => i.instanceId === instanceId);
  return [now, ...created.map((instance) => ({
    ...instance,
    queues: [...instance.queues, ...of(result.queues, instance.instanceId).map(({ name, id, arn }) => ({ name, id, arn }))],
    users: [...instance.users, ...of(result.users, instance.instanceId).map(({ id, username }) => ({ id, username }))],
    contacts: [...instance.contacts, ...of(result.contacts, instance.instanceId).map(({ id, queueId }) => ({ id, queueId }))],
  }))];
}
