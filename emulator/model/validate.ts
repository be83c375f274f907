/**
 * Model-driven input validation: walks a shape and reports every required member, length, range, enum and
 * pattern violation, as Connect does server-side (the JS SDK sends values that break them; only the service checks).
 * Messages follow AWS's "N validation errors detected: Value X at 'path' failed to satisfy constraint: ..."
 * form, naming the member path, the rule and the value.
 */
import { MemberRef, Shape, shapeOf } from './model';

export interface Violation {
  readonly path: string;
  readonly value: unknown;
  readonly rule: string;
}

const patternCache = new Map<string, RegExp>();

/** Smithy patterns are ECMA-262 and not implicitly anchored; `\p{L}` (TagKey) needs the `u` flag. */
function compilePattern(pattern: string): RegExp {
  let regex = patternCache.get(pattern);
  if (!regex) {
    try {
      regex = new RegExp(pattern, 'u');
    } catch {
      regex = new RegExp(pattern);
    }
    patternCache.set(pattern, regex);
  }
  return regex;
}

function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

export function validateShape(shapeName: string, value: unknown, path: string): Violation[] {
  const violations: Violation[] = [];
  walk(shapeOf(shapeName), value, path, violations);
  return violations;
}

function walk(shape: Shape, value: unknown, path: string, out: Violation[]): void {
  if (value === undefined || value === null) return;
  switch (shape.type) {
    case 'structure': {
      if (typeof value !== 'object' || Array.isArray(value)) {
        out.push({ path, value, rule: 'Member must be a structure' });
        return;
      }
      const record = value as Record<string, unknown>;
      for (const name of shape.required ?? []) {
        if (record[name] === undefined || record[name] === null) {
          out.push({ path: join(path, name), value: null, rule: 'Member must not be null' });
        }
      }
      const members = shape.members ?? {};
      if (shape.union) {
        const set = Object.keys(members).filter((name) => record[name] !== undefined && record[name] !== null);
        if (set.length > 1) out.push({ path, value: set, rule: 'Union must have exactly one member set' });
      }
      for (const [name, ref] of Object.entries(members)) {
        walkMember(ref, record[name], join(path, name), out);
      }
      return;
    }
    case 'list': {
      if (!Array.isArray(value)) {
        out.push({ path, value, rule: 'Member must be a list' });
        return;
      }
      checkLength(shape, value.length, path, value, out, 'length');
      value.forEach((item, index) => walkMember(shape.member!, item, `${path}[${index}]`, out));
      return;
    }
    case 'map': {
      if (typeof value !== 'object' || Array.isArray(value)) {
        out.push({ path, value, rule: 'Member must be a map' });
        return;
      }
      const entries = Object.entries(value as Record<string, unknown>);
      checkLength(shape, entries.length, path, value, out, 'length');
      for (const [key, item] of entries) {
        walkMember(shape.key!, key, `${path}.key`, out);
        walkMember(shape.value!, item, `${path}[${JSON.stringify(key)}]`, out);
      }
      return;
    }
    case 'string': {
      if (typeof value !== 'string') {
        out.push({ path, value, rule: 'Member must be a string' });
        return;
      }
      // Lengths count Unicode code points, as Smithy's @length does.
      checkLength(shape, [...value].length, path, value, out, 'length');
      if (shape.enum && !shape.enum.includes(value)) {
        out.push({ path, value, rule: `Member must satisfy enum value set: [${shape.enum.join(', ')}]` });
      }
      if (shape.pattern && !compilePattern(shape.pattern).test(value)) {
        out.push({ path, value, rule: `Member must satisfy regular expression pattern: ${shape.pattern}` });
      }
      return;
    }
    case 'integer':
    case 'long': {
      if (!isInteger(value)) {
        out.push({ path, value, rule: 'Member must be an integer' });
        return;
      }
      checkRange(shape, value, path, out);
      return;
    }
    case 'float':
    case 'double': {
      if (typeof value !== 'number') {
        out.push({ path, value, rule: 'Member must be a number' });
        return;
      }
      checkRange(shape, value, path, out);
      return;
    }
    case 'boolean':
      if (typeof value !== 'boolean') out.push({ path, value, rule: 'Member must be a boolean' });
      return;
    case 'timestamp':
      if (typeof value !== 'number' && typeof value !== 'string') out.push({ path, value, rule: 'Member must be a timestamp' });
      return;
    default:
      return;
  }
}

function walkMember(ref: MemberRef, value: unknown, path: string, out: Violation[]): void {
  walk(shapeOf(ref.shape), value, path, out);
}

function checkLength(shape: Shape, length: number, path: string, value: unknown, out: Violation[], what: string): void {
  if (shape.min !== undefined && length < shape.min) {
    out.push({ path, value, rule: `Member must have ${what} greater than or equal to ${shape.min}` });
  }
  if (shape.max !== undefined && length > shape.max) {
    out.push({ path, value, rule: `Member must have ${what} less than or equal to ${shape.max}` });
  }
}

function checkRange(shape: Shape, value: number, path: string, out: Violation[]): void {
  if (shape.min !== undefined && value < shape.min) {
    out.push({ path, value, rule: `Member must have value greater than or equal to ${shape.min}` });
  }
  if (shape.max !== undefined && value > shape.max) {
    out.push({ path, value, rule: `Member must have value less than or equal to ${shape.max}` });
  }
}

function join(path: string, name: string): string {
  return path ? `${path}.${name}` : name;
}

function show(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (text === undefined) return 'undefined';
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** AWS's validation message, e.g. `1 validation error detected: Value '...' at 'Name' failed to satisfy ...`. */
export function formatViolations(violations: readonly Violation[]): string {
  const count = violations.length;
  const head = `${count} validation error${count === 1 ? '' : 's'} detected: `;
  return head + violations
    .map((v) => `Value ${v.value === null ? 'null' : `'${show(v.value)}'`} at '${v.path}' failed to satisfy constraint: ${v.rule}`)
    .join('; ');
}
