// The compiled project for the harness scripts (scripts/*/run.mjs): the repository root, and require() of modules
// under out/ that stops with a clear message when `npx tsc -b` has not been run.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);

/** `require(out/<p>)`; exits with status 2 and a message when out/ lacks it. */
export function requireOut(p) {
  const full = path.join(root, 'out', p);
  if (!fs.existsSync(full)) {
    console.error(`out/${p} is missing: run \`npx tsc -b\` first`);
    process.exit(2);
  }
  return require(full);
}
