/**
 * Extracts the part of AWS's botocore Connect model that the emulator needs into `connect-model.json`:
 * - the operations the emulator serves, with their input/output/error shapes and every shape they reach;
 * - the HTTP binding of EVERY Connect operation, so a request for one the emulator does not serve is named.
 *
 * The emulator reads only the committed JSON at runtime, never the source model. The JSON is a faithful
 * extraction of the published model: no hand edits, no overrides.
 *
 * Usage: npx ts-node --project tsconfig.dev.json emulator/model/extract.ts <service-2.json> [out.json]
 * (the source is botocore's `botocore/data/connect/2017-08-08/service-2.json`; update SOURCE when regenerating).
 */
import * as fs from 'fs';
import * as path from 'path';
import { SERVED_OPERATIONS } from './served-operations';

/** The botocore release the committed JSON was extracted from (it carries the workload-type concurrency fields). */
const SOURCE = 'boto/botocore 1.43.107 botocore/data/connect/2017-08-08/service-2.json';

interface BotocoreModel {
  readonly metadata: Record<string, unknown>;
  readonly operations: Record<string, {
    readonly name: string;
    readonly http: { readonly method: string; readonly requestUri: string; readonly responseCode?: number };
    readonly input?: { readonly shape: string };
    readonly output?: { readonly shape: string };
    readonly errors?: ReadonlyArray<{ readonly shape: string }>;
  }>;
  readonly shapes: Record<string, Record<string, unknown>>;
}

/** Drops documentation and other keys the validator and router never read. */
function stripShape(shape: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(shape)) {
    if (key === 'documentation' || key === 'deprecated' || key === 'deprecatedMessage') continue;
    if (key === 'members' && value && typeof value === 'object') {
      const members: Record<string, unknown> = {};
      for (const [name, member] of Object.entries(value as Record<string, Record<string, unknown>>)) {
        members[name] = stripShape(member);
      }
      out.members = members;
    } else if ((key === 'member' || key === 'key' || key === 'value') && value && typeof value === 'object') {
      out[key] = stripShape(value as Record<string, unknown>);
    } else {
      out[key] = value;
    }
  }
  return out;
}

function referencedShapes(shape: Record<string, unknown>): string[] {
  const refs: string[] = [];
  const members = shape.members as Record<string, { shape: string }> | undefined;
  if (members) for (const member of Object.values(members)) refs.push(member.shape);
  for (const key of ['member', 'key', 'value']) {
    const ref = shape[key] as { shape: string } | undefined;
    if (ref) refs.push(ref.shape);
  }
  return refs;
}

export function extractModel(source: BotocoreModel): unknown {
  const operations: Record<string, unknown> = {};
  const pending: string[] = [];
  for (const name of SERVED_OPERATIONS) {
    const op = source.operations[name];
    if (!op) throw new Error(`operation ${name} is not in the source model`);
    operations[name] = {
      http: op.http,
      input: op.input?.shape,
      output: op.output?.shape,
      errors: (op.errors ?? []).map((e) => e.shape),
    };
    if (op.input) pending.push(op.input.shape);
    if (op.output) pending.push(op.output.shape);
    for (const e of op.errors ?? []) pending.push(e.shape);
  }
  const shapes: Record<string, unknown> = {};
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (name in shapes) continue;
    const shape = source.shapes[name];
    if (!shape) throw new Error(`shape ${name} is not in the source model`);
    shapes[name] = stripShape(shape);
    pending.push(...referencedShapes(shape));
  }
  const httpBindings: Record<string, unknown> = {};
  for (const [name, op] of Object.entries(source.operations).sort(([a], [b]) => a.localeCompare(b))) {
    httpBindings[name] = { method: op.http.method, requestUri: op.http.requestUri };
  }
  const sortedShapes: Record<string, unknown> = {};
  for (const name of Object.keys(shapes).sort()) sortedShapes[name] = shapes[name];
  return {
    source: SOURCE,
    metadata: {
      apiVersion: source.metadata.apiVersion,
      protocol: source.metadata.protocol,
      signingName: source.metadata.signingName,
      serviceId: source.metadata.serviceId,
    },
    operations,
    httpBindings,
    shapes: sortedShapes,
  };
}

if (require.main === module) {
  const [input, output = path.join(__dirname, 'connect-model.json')] = process.argv.slice(2);
  if (!input) {
    process.stderr.write('usage: extract.ts <connect service-2.json> [out.json]\n');
    process.exit(2);
  }
  const model = extractModel(JSON.parse(fs.readFileSync(input, 'utf8')) as BotocoreModel);
  fs.writeFileSync(output, JSON.stringify(model, null, 1) + '\n');
  process.stderr.write(`wrote ${output}\n`);
}
