// The `tfscope` command line: `scan` (static analysis), `init` (materialize initial values) and `compare`
// (a program's variables against a checkpoint).
// Exit codes: 0 when the command ran (whatever it found), 2 on bad usage, 1 on an internal failure.

import * as fs from 'fs';
import * as path from 'path';
import { USAGE } from './usage';

export { USAGE };

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case 'scan':
      return (await import('./scan')).runScan(rest);
    case 'init': return (await import('./init')).runInit(rest);
    case 'compare': return (await import('./compare')).runCompare(rest);
    case '--version':
    case '-V':
      process.stdout.write(`tfscope ${version()}\n`);
      return 0;
    case '-h':
    case '--help':
    case 'help':
      process.stdout.write(USAGE);
      return 0;
    default:
      process.stderr.write(cmd ? `tfscope: unknown command '${cmd}'\n${USAGE}` : USAGE);
      return 2;
  }
}

/** The package's version (package.json beside dist/ or out/src/cli's ancestors). */
function version(): string {
  for (let dir = __dirname, i = 0; i < 4; i++, dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'tf-scope-explorer' && pkg.version) return pkg.version;
    } catch {
      // not here: one folder up
    }
  }
  return 'unknown';
}
