// The `tfscope` command line: `scan` (static analysis), `init` (materialize initial values) and `compare`
// (a program's variables against a checkpoint).
// Exit codes: 0 when the command ran (whatever it found), 2 on bad usage, 1 on an internal failure.

import { USAGE } from './usage';

export { USAGE };

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case 'scan':
      return (await import('./scan')).runScan(rest);
    case 'init': return (await import('./init')).runInit(rest);
    case 'compare': return (await import('./compare')).runCompare(rest);
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
