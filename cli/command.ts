/**
 * The shape of a subcommand of `cdk-connect-routing`: its options (for parsing and for `--help`), its
 * positional arguments, and what it runs. A command never calls `process.exit`: it returns an exit code or
 * throws (`CliError` for a problem the user can fix), and `cli/index.ts` turns that into a one-line message.
 */

/** One `--option`. Its value reaches `run` as a string (or strings when `multiple`), or a boolean for a flag. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  /** One line for `--help`. */
  readonly description: string;
  /** How `--help` names the value, e.g. `URL`. @default 'VALUE' */
  readonly valueName?: string;
  /** May be given more than once; `run` gets every value, in order. */
  readonly multiple?: boolean;
  /** Shown in `--help` and used when the option is not given. */
  readonly default?: string;
  /** A one-letter alias, e.g. `p` for `-p`. */
  readonly short?: string;
}

export interface PositionalSpec {
  readonly name: string;
  readonly description: string;
}

/** What a command's `run` receives, parsed and checked against its specs. */
export interface CommandInput {
  readonly positionals: readonly string[];
  readonly options: Readonly<Record<string, string | boolean | string[] | undefined>>;
}

/** Where a command writes: results and progress to `out`, warnings to `err`. Tests pass their own. */
export interface CommandOutput {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

export interface Command {
  readonly name: string;
  /** One line, shown in the parent's `--help`. */
  readonly summary: string;
  /** Paragraphs shown in the command's own `--help`, after the usage line. */
  readonly description?: string;
  readonly positionals?: readonly PositionalSpec[];
  readonly options?: Readonly<Record<string, OptionSpec>>;
  /** Example command lines for `--help`. */
  readonly examples?: readonly string[];
  /** Resolves to the exit code (0 when undefined). */
  run(input: CommandInput, output: CommandOutput): Promise<number | void>;
}

/** A command that only holds others (`local`). */
export interface CommandGroup {
  readonly name: string;
  readonly summary: string;
  readonly description?: string;
  readonly commands: ReadonlyArray<Command | CommandGroup>;
}

export function isGroup(entry: Command | CommandGroup): entry is CommandGroup {
  return 'commands' in entry;
}
