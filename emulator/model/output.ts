/**
 * Shapes an operation's output for the wire: drops undefined members and checks every member the emulator
 * emits exists in the model, so a typo in a handler fails the emulator's tests instead of silently sending a
 * field the SDK would ignore.
 */
import { shapeOf } from './model';

export function conformOutput(shapeName: string, value: unknown, path = shapeName): unknown {
  if (value === undefined || value === null) return undefined;
  const shape = shapeOf(shapeName);
  switch (shape.type) {
    case 'structure': {
      const out: Record<string, unknown> = {};
      for (const [name, member] of Object.entries(value as Record<string, unknown>)) {
        if (member === undefined) continue;
        const ref = shape.members?.[name];
        if (!ref) throw new Error(`emulator bug: ${path}.${name} is not a member of ${shapeName}`);
        out[name] = conformOutput(ref.shape, member, `${path}.${name}`);
      }
      return out;
    }
    case 'list':
      return (value as unknown[]).map((item, i) => conformOutput(shape.member!.shape, item, `${path}[${i}]`));
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) out[key] = conformOutput(shape.value!.shape, item, `${path}.${key}`);
      return out;
    }
    default:
      return value;
  }
}
