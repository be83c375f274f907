import * as fs from 'fs';
import * as path from 'path';

/** The shipped handler bundles (`npx projen bundle` builds them). */
export const HANDLERS = ['contact-routing', 'provider', 'drift'] as const;

export function bundlePath(handler: string): string {
  const file = path.join(__dirname, '..', '..', 'assets', 'lambda', handler, 'index', 'index.js');
  if (!fs.existsSync(file)) throw new Error(`No bundle at ${file}: run \`npx projen bundle\` first`);
  return file;
}
