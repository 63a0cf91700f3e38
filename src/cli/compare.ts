// `tfscope compare <program> [CKPT | --checkpoint PATH] [--scope NAME] [--json | --sarif] [--tf T]`: analyses the program and compares
// its variables by name with a TensorFlow V2 checkpoint (what Saver.restore / init_from_checkpoint with the identity
// map would do), a .safetensors/.npz file, a Keras .weights.h5/.h5/.keras or a TF.js model.json, reading only their index or header. Exit 1 when a strict restore would fail,
// 0 when every compared variable would be restored, 2 on bad usage or an unreadable checkpoint/program.

import * as path from 'path';
import { compareWeights, type CheckpointComparison } from '../core/checkpoint/compare';
import { CheckpointFormatError } from '../core/checkpoint/tfBundle';
import { TARGET_LABELS, type TfTarget } from '../core/target';
import { openCheckpoint } from '../host/checkpoint';
import { loadHdf5, WANTS_HDF5 } from '../host/kerasWeights';
import { fsHost, loadAnalyzer } from '../host/node';
import { inScope, nameInScope } from './init';
import { comparisonSarif, isRestoreDiagnostic } from './sarif';
import { USAGE } from './usage';

interface CompareArgs {
  program: string;
  checkpoint: string;
  scope: string | null;
  json: boolean;
  sarif: boolean;
  target: TfTarget | 'auto';
}

function parse(args: string[]): CompareArgs | string {
  const a: Partial<CompareArgs> = { scope: null, json: false, sarif: false, target: 'auto' };
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = (): string | undefined => args[++i];
    if (arg === '--json') a.json = true;
    else if (arg === '--sarif') a.sarif = true;
    else if (arg === '--checkpoint') a.checkpoint = value();
    else if (arg === '--scope') a.scope = value() ?? null;
    else if (arg === '--tf') {
      const t = value();
      if (t !== 'auto' && !(t !== undefined && t in TARGET_LABELS)) return '--tf takes auto, 1.15, 2.15, keras3 or tf_keras';
      a.target = t as TfTarget | 'auto';
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else files.push(arg);
  }
  // `compare PROGRAM CKPT`: the second file is the checkpoint (unless --checkpoint names it)
  if (files.length === 2 && !a.checkpoint) a.checkpoint = files.pop();
  if (files.length !== 1) return 'give exactly one program (and the checkpoint, as a second argument or with --checkpoint)';
  if (!a.checkpoint) return 'give the checkpoint: tfscope compare PROGRAM CKPT (or --checkpoint PATH)';
  if (a.json && a.sarif) return '--json and --sarif exclude each other';
  return { ...(a as CompareArgs), program: path.resolve(files[0]!) };
}

function render(c: CheckpointComparison, program: string, prefix: string): string {
  const lines = [`${path.relative(process.cwd(), program) || program} against ${path.relative(process.cwd(), prefix) || prefix}`];
  const n = c.counts;
  lines.push(`  ${n.restored} restored, ${n.mismatched} mismatched, ${n.missing} missing from the checkpoint, ${n.unused} checkpoint entries unused`);
  for (const v of c.variables) if (v.status !== 'restored') lines.push(`  ${v.status.padEnd(10)} ${v.name}: ${v.message}`);
  for (const t of c.unused.slice(0, 50)) lines.push(`  unused     ${t.name} [${t.shape.join(',')}] ${t.dtype}`);
  if (c.unused.length > 50) lines.push(`  ... and ${c.unused.length - 50} more unused entries`);
  if (c.prefixFix) {
    const f = c.prefixFix;
    lines.push(`  fix: the checkpoint's names start with '${f.from}' where the program's start with '${f.to}' (${f.restores} variables);`);
    lines.push(`       tf.compat.v1.train.init_from_checkpoint(ckpt, ${JSON.stringify(f.assignmentMap)})`);
  }
  lines.push(c.strictRestoreFails ? '  a strict restore of these variables fails' : '  every variable is restored');
  return `${lines.join('\n')}\n`;
}

export async function runCompare(args: string[]): Promise<number> {
  const parsed = parse(args);
  if (typeof parsed === 'string') {
    process.stderr.write(`tfscope compare: ${parsed}\n${USAGE}`);
    return 2;
  }
  let ckpt;
  try {
    if (/\.(h5|hdf5|keras)$/.test(parsed.checkpoint)) await loadHdf5();
    ckpt = openCheckpoint(parsed.checkpoint);
  } catch (e) {
    if (!(e instanceof CheckpointFormatError)) throw e;
    process.stderr.write(`tfscope compare: ${e.message}\n`);
    return 2;
  }
  const analyzer = await loadAnalyzer();
  if (WANTS_HDF5.test(fsHost().readFile(parsed.program) ?? '')) await loadHdf5().catch(() => undefined);
  const program = analyzer.analyze(parsed.program, fsHost(), { target: parsed.target });
  if (program.diagnostics.some((d) => d.code === 'unreadable' || d.code === 'internal-error') && program.variables.length === 0) {
    process.stderr.write(`tfscope compare: ${program.diagnostics[0]!.message}\n`);
    return 2;
  }
  const variables = inScope(program.variables, parsed.scope);
  const comparison = compareWeights(variables, ckpt.index.entries, ckpt.format);
  // with --scope, only the checkpoint's entries under that scope are this comparison's business
  if (parsed.scope) {
    comparison.unused = comparison.unused.filter((t) => nameInScope(t.name, parsed.scope));
    comparison.counts.unused = comparison.unused.length;
  }
  if (parsed.sarif) {
    const file = ckpt.format === 'tf-checkpoint' ? `${ckpt.prefix}.index` : ckpt.prefix;
    process.stdout.write(`${JSON.stringify(comparisonSarif(comparison, program, file, process.cwd()), null, 1)}\n`);
  } else if (parsed.json) process.stdout.write(`${JSON.stringify({ schemaVersion: 1, program: parsed.program, checkpoint: ckpt.prefix, scope: parsed.scope, ...comparison, restoreDiagnostics: program.diagnostics.filter(isRestoreDiagnostic) })}\n`);
  else process.stdout.write(render(comparison, parsed.program, ckpt.prefix));
  return comparison.strictRestoreFails ? 1 : 0;
}
