import * as fs from 'fs';
import * as path from 'path';
import { CliError } from '../errors';

/**
 * Checks, before anything is read, that `--out` can be written: its folder exists and is writable, and the file,
 * if it exists, is a writable file. A bad `--out` then fails at once, having read and written nothing.
 */
export function checkWritable(file: string): void {
  const folder = path.dirname(path.resolve(file));
  const refuse = (why: string) => new CliError(`\`--out\` ${file} cannot be written: ${why}; choose a file in a folder you can write to`);
  if (!fs.existsSync(folder)) throw refuse(`its folder ${folder} does not exist`);
  if (!fs.statSync(folder).isDirectory()) throw refuse(`${folder} is not a folder`);
  if (fs.existsSync(file) && !fs.statSync(file).isFile()) throw refuse('it is not a file');
  try {
    fs.accessSync(fs.existsSync(file) ? file : folder, fs.constants.W_OK);
  } catch (error) {
    throw refuse(`no permission (${(error as NodeJS.ErrnoException).code})`);
  }
}

/** Writes the file whole or not at all: into a temporary file beside it, then renamed over it. */
export function writeWhole(file: string, content: string): void {
  const temporary = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temporary, content);
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw new CliError(`\`--out\` ${file} could not be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); nothing was written`);
  }
}
