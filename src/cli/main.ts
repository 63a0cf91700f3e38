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
    case 'scan': return command<typeof import('./scan')>('Scan', './scan').runScan(rest);
    case 'init': return command<typeof import('./init')>('Init', './init').runInit(rest);
    case 'compare': return command<typeof import('./compare')>('Compare', './compare').runCompare(rest);
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

/**
 * A command's module: its own bundle beside this one (dist/cliScan.js…, so that a scan does not load the
 * engine), else the compiled source (out/). Neither path is a literal in require(): esbuild must not inline it.
 */
function command<T>(bundle: string, source: string): T {
  const beside = path.join(__dirname, `cli${bundle}.js`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.basename(__filename) === 'cli.js' && fs.existsSync(beside) ? beside : source) as T;
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
