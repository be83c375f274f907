import { Command, CommandGroup, isGroup } from './command';
import { ExitCode } from './errors';

const PROGRAM = 'cdk-connect-routing';

/** `--help` of a command: usage, description, arguments, options, examples. */
export function commandHelp(command: Command, commandPath: readonly string[]): string {
  const positionals = (command.positionals ?? []).map((p) => `<${p.name}>`);
  const lines = [`Usage: ${[PROGRAM, ...commandPath, ...positionals].join(' ')} [options]`, ''];
  if (command.description) lines.push(command.description, '');
  else lines.push(command.summary, '');
  if (positionals.length > 0) {
    lines.push('Arguments:');
    lines.push(...table((command.positionals ?? []).map((p) => [`<${p.name}>`, p.description])), '');
  }
  const rows = Object.entries(command.options ?? {}).map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.type === 'string' ? ` ${spec.valueName ?? 'VALUE'}` : ''}`;
    const notes = [spec.multiple ? 'repeatable' : '', spec.default !== undefined ? `default: ${spec.default}` : ''].filter((n) => n);
    return [flag, `${spec.description}${notes.length ? ` (${notes.join('; ')})` : ''}`];
  });
  rows.push(['-h, --help', 'Show this help']);
  lines.push('Options:', ...table(rows));
  if (command.examples?.length) lines.push('', 'Examples:', ...command.examples.map((e) => `  ${e}`));
  lines.push('', exitCodes());
  return lines.join('\n');
}

/** `--help` of a group (and of the program itself): its commands. */
export function groupHelp(group: CommandGroup, commandPath: readonly string[], extraOptions: ReadonlyArray<[string, string]> = []): string {
  const lines = [`Usage: ${[PROGRAM, ...commandPath].join(' ')} <command> [options]`, ''];
  lines.push(group.description ?? group.summary, '');
  lines.push('Commands:', ...table(group.commands.map((c) => [isGroup(c) ? `${c.name} <command>` : c.name, c.summary])), '');
  lines.push('Options:', ...table([...extraOptions, ['-h, --help', 'Show this help']]), '');
  lines.push(`Run \`${[PROGRAM, ...commandPath, '<command>', '--help'].join(' ')}\` for a command's arguments and options.`);
  lines.push('', exitCodes());
  return lines.join('\n');
}

function exitCodes(): string {
  return `Exit codes: ${ExitCode.SUCCESS} done; ${ExitCode.ERROR} failed (one line on stderr says why); `
    + `${ExitCode.CHANGES} changes found (only with plan --detailed-exitcode).`;
}

/** Two columns, the first padded to the widest entry. */
function table(rows: ReadonlyArray<readonly [string, string] | string[]>): string[] {
  const width = Math.max(...rows.map((r) => r[0].length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}   ${right}`);
}
