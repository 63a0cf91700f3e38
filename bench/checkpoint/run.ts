// The checkpoint benchmark: a 1.34 GB TensorFlow checkpoint (bench/.ckpt, written by make_big.py) compared with
// the BERT-Large-shaped program that wrote it. Each step runs in its own Node process (peak RSS per step) and
// counts the bytes read from each file (fs.readSync wrapped), to show the comparison reads the index only and
// the statistics read one tensor in chunks. Usage: npx tsc -b && node out/bench/checkpoint/run.js [CKPT_DIR]

import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import fsModule = require('fs'); // the module object itself (the readers call its functions through it)

const ROOT = path.resolve(__dirname, '../../..');
const PROGRAM = path.join(ROOT, 'bench/checkpoint/bert_large.py');
const BIG = 'bert/embeddings/word_embeddings';

interface StepOut { step: string; ms: number; maxRssMiB: number; read: Record<string, number>; note: string }

/** Counts bytes read per file name through fs.readSync (the readers' only read path). */
function countReads(): Record<string, number> {
  const read: Record<string, number> = {};
  const names = new Map<number, string>();
  const open = fsModule.openSync;
  const readSync = fsModule.readSync;
  fsModule.openSync = ((p: fs.PathLike, ...rest: unknown[]) => {
    const fd = (open as (...a: unknown[]) => number)(p, ...rest);
    names.set(fd, path.basename(String(p)));
    return fd;
  }) as typeof fs.openSync;
  fsModule.readSync = ((fd: number, ...rest: unknown[]) => {
    const n = (readSync as (...a: unknown[]) => number)(fd, ...rest);
    const k = names.get(fd) ?? `fd${fd}`;
    read[k] = (read[k] ?? 0) + n;
    return n;
  }) as typeof fs.readSync;
  return read;
}

async function step(name: string, dir: string): Promise<StepOut> {
  const read = countReads();
  const { openCheckpoint } = await import('../../src/host/checkpoint');
  const { compareWeights } = await import('../../src/core/checkpoint/compare');
  const { tensorStats } = await import('../../src/host/checkpointStats');
  let note = '';
  let t0 = performance.now();
  if (name === 'compare') {
    const { fsHost, loadAnalyzer } = await import('../../src/host/node');
    const program = (await loadAnalyzer()).analyze(PROGRAM, fsHost(), {});
    t0 = performance.now(); // the analysis is timed by `tfscope scan`; this step times open + compare
    const c = compareWeights(program.variables, openCheckpoint(dir).index.entries, 'tf-checkpoint');
    note = `${program.variables.length} variables: ${c.counts.restored} restored, ${c.counts.missing} missing, ${c.counts.mismatched} mismatched, ${c.counts.unused} unused`;
  } else if (name === 'stats') {
    const s = tensorStats(openCheckpoint(dir), BIG, 48);
    note = `${BIG}: ${s.count} values, mean ${s.mean.toExponential(3)}, std ${s.std.toFixed(5)}, chunks of ${s.chunkBytes} bytes`;
  } else if (name === 'whole') {
    const v = openCheckpoint(dir).values(BIG);
    note = `${BIG}: ${v.values.length} values decoded at once (what the chunked read avoids)`;
  }
  const ms = performance.now() - t0;
  return { step: name, ms, maxRssMiB: process.resourceUsage().maxRSS / 1024, read, note };
}

function main(): void {
  const [, , a1, a2] = process.argv;
  if (a1 === '--step') {
    void step(a2!, process.argv[4]!).then((r) => process.stdout.write(`${JSON.stringify(r)}\n`));
    return;
  }
  const dir = path.resolve(a1 ?? path.join(ROOT, 'bench/.ckpt'));
  const data = fs.readdirSync(dir).filter((f) => f.includes('.data-')).reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0);
  process.stdout.write(`checkpoint ${dir}: data ${(data / 2 ** 30).toFixed(2)} GiB, index ${fs.statSync(path.join(dir, 'model.ckpt.index')).size} bytes\n`);
  for (const s of ['baseline', 'compare', 'stats', 'whole']) {
    const r = JSON.parse(execFileSync(process.execPath, [__filename, '--step', s, dir], { encoding: 'utf8', maxBuffer: 1 << 24 })) as StepOut;
    const reads = Object.entries(r.read).filter(([, n]) => n > 0).map(([f, n]) => `${f} ${n >= 2 ** 20 ? `${(n / 2 ** 20).toFixed(1)} MiB` : `${n} B`}`).join(', ');
    process.stdout.write(`${s.padEnd(9)} ${r.ms.toFixed(0).padStart(6)} ms  peak RSS ${r.maxRssMiB.toFixed(0).padStart(5)} MiB  read: ${reads || '-'}${r.note ? `\n          ${r.note}` : ''}\n`);
  }
  // end to end through the built CLI (npm run build): exit 1, as the head is missing from the checkpoint
  const t0 = performance.now();
  const cli = spawnSync('/usr/bin/time', ['-f', 'maxrss %M', process.execPath, path.join(ROOT, 'bin/tfscope.js'), 'compare', PROGRAM, dir], { encoding: 'utf8' });
  const rss = /maxrss (\d+)/.exec(cli.stderr)?.[1];
  process.stdout.write(`tfscope compare (process start, analysis, compare): ${(performance.now() - t0).toFixed(0)} ms, exit ${cli.status}, peak RSS ${rss ? (Number(rss) / 1024).toFixed(0) : '?'} MiB\n${cli.stdout.split('\n').slice(1, 2).join('\n')}\n`);
}

main();
