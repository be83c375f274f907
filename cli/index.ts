/**
 * `cdk-connect-routing`, the command-line tool shipped in the npm package (bundled into assets/cli/index.js and
 * started by bin/cdk-connect-routing). This file parses the command line, dispatches to the command, and turns
 * every failure into one line on stderr and an exit code (see `ExitCode`); a stack trace only with
 * CDK_CONNECT_ROUTING_DEBUG=1.
 */
import { Command, CommandGroup, CommandOutput, isGroup } from './command';
import { PROGRAM } from './commands';
import { CliError, ExitCode, oneLine, UsageError } from './errors';
import { commandHelp, groupHelp } from './help';
import { parseCommandLine } from './parse';

export { ExitCode } from './errors';

const PROCESS_OUTPUT: CommandOutput = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

export interface MainOptions {
  /** The package's version, for `--version`. */
  readonly version?: string;
  readonly output?: CommandOutput;
}

/** Runs one command line (without `node` and the script) and resolves to its exit code; never throws. */
export async function main(args: readonly string[], options: MainOptions = {}): Promise<number> {
  const output = options.output ?? PROCESS_OUTPUT;
  try {
    if (args[0] === '--version') {
      output.out(options.version ?? 'unknown');
      return ExitCode.SUCCESS;
    }
    return await dispatch(PROGRAM, args, [], output);
  } catch (error) {
    output.err(`${PROGRAM.name}: ${oneLine(error)}`);
    if (process.env.CDK_CONNECT_ROUTING_DEBUG && error instanceof Error && error.stack) output.err(error.stack);
    return error instanceof CliError ? error.exitCode : ExitCode.ERROR;
  }
}

/** The bin script's entry: runs `process.argv` and exits with the command's code once its output is written. */
export function run(options: { readonly version?: string } = {}): void {
  // The tool supports Node 20 as the package does; the bundled SDK's notice about its own future Node 22 floor is noise here.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  void main(process.argv.slice(2), options).then((code) => {
    process.exitCode = code;
    // Whatever a command left open (an SDK's keep-alive socket) must not keep the process alive.
    setTimeout(() => process.exit(code), 1000).unref();
  });
}

async function dispatch(group: CommandGroup, args: readonly string[], path: readonly string[], output: CommandOutput): Promise<number> {
  const [name, ...rest] = args;
  const extraOptions: Array<[string, string]> = path.length === 0 ? [['--version', 'Print the version']] : [];
  if (name === '--help' || name === '-h') {
    output.out(groupHelp(group, path, extraOptions));
    return ExitCode.SUCCESS;
  }
  if (name === undefined) {
    output.err(groupHelp(group, path, extraOptions));
    return ExitCode.ERROR;
  }
  const entry = group.commands.find((c) => c.name === name);
  if (!entry) {
    const expected = group.commands.map((c) => c.name).join(', ');
    throw new UsageError(`${name.startsWith('-') ? `unknown option ${name}` : `unknown command "${name}"`}, expected one of: ${expected}`, path);
  }
  const entryPath = [...path, entry.name];
  return isGroup(entry) ? dispatch(entry, rest, entryPath, output) : runCommand(entry, rest, entryPath, output);
}

async function runCommand(command: Command, args: readonly string[], path: readonly string[], output: CommandOutput): Promise<number> {
  const input = parseCommandLine(command, args, path);
  if (input.help) {
    output.out(commandHelp(command, path));
    return ExitCode.SUCCESS;
  }
  return (await command.run(input, output)) ?? ExitCode.SUCCESS;
}

/** The programmatic entry, `cdk-connect-routing/local` (local.js at the package root re-exports it). */
export { startLocalConnect } from './api';
