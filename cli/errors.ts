/**
 * Errors the command-line tool reports as one line on stderr (never a stack trace) and the exit codes.
 */

/** Exit codes of `cdk-connect-routing`. */
export const ExitCode = {
  /** The command did what was asked. */
  SUCCESS: 0,
  /** Anything went wrong: bad input (arguments, files, state), an emulator that does not answer, a failed deploy. */
  ERROR: 1,
  /** Reserved for `plan --detailed-exitcode`: the plan has changes (Terraform's convention). */
  CHANGES: 2,
} as const;

/** A problem the user can act on: printed as `cdk-connect-routing: <message>`, exit code 1. */
export class CliError extends Error {
  constructor(message: string, public readonly exitCode: number = ExitCode.ERROR) {
    super(message);
    this.name = 'CliError';
  }
}

/** A wrong command line: the message ends by pointing at the command's `--help`. */
export class UsageError extends CliError {
  constructor(message: string, commandPath: readonly string[]) {
    super(`${message} (see \`cdk-connect-routing ${[...commandPath, '--help'].join(' ')}\`)`);
    this.name = 'UsageError';
  }
}

/**
 * Error names whose message is written for people (plain `Error`s, the tool's own and the local deploy's): shown
 * as they are. Anything else (a TypeError, …) is unexpected, shown with its name so a bug report can quote it.
 */
const MESSAGES_FOR_PEOPLE = new Set([
  'Error',
  'CliError', 'UsageError', 'TemplateError', 'UnsupportedIntrinsicError', 'ResourceOperationError', 'DeployFailedError',
  'StateFileError',
]);

/** The one line printed for an error: its message with line breaks folded, prefixed with its name when unexpected. */
export function oneLine(error: unknown): string {
  const name = error instanceof Error ? error.name : 'Error';
  const message = error instanceof Error ? error.message : String(error);
  const folded = message.split('\n').map((line) => line.trim()).filter((line) => line !== '').join('; ');
  return MESSAGES_FOR_PEOPLE.has(name) ? folded : `unexpected ${name}: ${folded}`;
}
