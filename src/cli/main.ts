// The `tfscope` command line: `scan` (static analysis) and `init` (materialize initial values).
// Exit codes: 0 when the command ran (whatever it found), 2 on bad usage, 1 on an internal failure.

export const USAGE = `Usage:
  tfscope scan <file|dir>... [--json] [--mode auto|v1|v2] [--no-library]
  tfscope init <file> [--scope NAME] [--seed N] [--json] [--out values.npz|values.safetensors]
`;

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case 'scan':
      return (await import('./scan')).runScan(rest);
    case 'init': return (await import('./init')).runInit(rest);
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
