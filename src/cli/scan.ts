// `tfscope scan <file|dir>... [--json]`: analyses each Python source as a program entry.
export async function runScan(_args: string[]): Promise<number> {
  process.stderr.write('tfscope scan: not implemented yet\n');
  return 1;
}
