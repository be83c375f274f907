import { parseArgs, ParseArgsConfig } from 'util';
import { Command, CommandInput } from './command';
import { UsageError } from './errors';

/** `--help` and `-h` are understood by every command. */
export const HELP_OPTION = { type: 'boolean', short: 'h' } as const;

/**
 * Parses a command's arguments (everything after its name) with Node's `util.parseArgs`: options as the
 * command declares them, then exactly the positionals it declares. `help` is true when `--help` was given, in
 * which case nothing else is checked.
 */
export function parseCommandLine(command: Command, args: readonly string[], commandPath: readonly string[]): CommandInput & { help: boolean } {
  const options: NonNullable<ParseArgsConfig['options']> = { help: HELP_OPTION };
  for (const [name, spec] of Object.entries(command.options ?? {})) {
    options[name] = {
      type: spec.type,
      ...(spec.multiple ? { multiple: true } : {}),
      ...(spec.short ? { short: spec.short } : {}),
      ...(spec.default !== undefined ? { default: spec.default } : {}),
    };
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs' own messages are clear; drop its advice about '--' (no command here takes a value that starts with '-').
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ''), commandPath);
  }
  const help = parsed.values.help === true;
  const expected = command.positionals ?? [];
  if (!help && parsed.positionals.length !== expected.length) {
    const names = expected.map((p) => `<${p.name}>`).join(' ');
    const got = parsed.positionals.length === 0 ? 'none' : parsed.positionals.map((p) => JSON.stringify(p)).join(' ');
    throw new UsageError(expected.length === 0
      ? `\`${commandPath.join(' ')}\` takes no arguments, got: ${got}`
      : `\`${commandPath.join(' ')}\` needs ${names}, got: ${got}`, commandPath);
  }
  const { help: _help, ...values } = parsed.values;
  return { positionals: parsed.positionals, options: values as CommandInput['options'], help };
}

/** An option's value when it is a single string (every string option not declared `multiple`). */
export function stringOption(input: CommandInput, name: string): string | undefined {
  const value = input.options[name];
  return typeof value === 'string' ? value : undefined;
}

/** A string option given more than once, every value (empty when absent). */
export function stringOptions(input: CommandInput, name: string): string[] {
  const value = input.options[name];
  return Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
}

export function flagOption(input: CommandInput, name: string): boolean {
  return input.options[name] === true;
}
