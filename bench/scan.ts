// `npm run bench:scan -- <dir> [--runs 3] [--workers N] [--edits 50] [--edit-file f.py] [--no-baseline] [--explore] [--json]
// [--monorepo 10000 | --no-monorepo]`:
// times a cold whole-folder scan (each run a fresh Node process: wasm load included) with the worker pool and,
// as a baseline, the single-thread loop of `tfscope scan`; then the re-analysis of a ~3,000-line file after a
// one-character edit. Prints tables (see bench/README.md). Reads the folder only; writes only to the OS temp dir.

import { execFileSync, spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Language, Parser } from 'web-tree-sitter';
import type { AnalyzeOptions, SourceHost } from '../src/core/api';
import type { ProgramResult } from '../src/core/model';
import { analyzeAll, collectSources } from '../src/cli/scan';
import { fsHost, loadAnalyzer } from '../src/host/node';
import { createScanPool, TF_HINT } from '../src/host/scanPool';
import { type CacheStats, memoHasher, ScanCache } from '../src/host/scanCache';
import { generateMonorepo, type MonorepoRun, scanProcess } from './monorepo';

interface ScanRun {
  mode: string;
  workers: number;
  filesFound: number;
  filesAnalysed: number;
  bytesFound: number;
  bytesAnalysed: number;
  collectMs: number;
  loadMs: number;
  analyseMs: number;
  wallMs: number; // since the process started: Node boot, collect, wasm load, analysis
  cpuMs: number;
  variables: number;
  /** Variables of the library view (`--explore`): what uncalled functions/classes would create. */
  libraryVariables: number;
  programsWithDiagnostics: number;
  internalErrors: number;
  peakRssMB: number;
  resultHash: string;
  /** Pool only: ms each worker had work in hand. */
  busyMs?: number[];
  /** Cached runs: the cache's hits and misses. */
  cache?: CacheStats;
}

interface EditRun {
  file: string;
  lines: number;
  chars: number;
  variables: number;
  edits: number;
  firstMs: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  bareFullParseMs: number;
  bareIncrementalParseMs: number;
  editAt: string;
}

const now = (): number => performance.now();

function summarize(programs: ProgramResult[]): Pick<ScanRun, 'variables' | 'libraryVariables' | 'programsWithDiagnostics' | 'internalErrors' | 'resultHash'> {
  let variables = 0;
  let libraryVariables = 0;
  let withDiag = 0;
  let internal = 0;
  for (const p of programs) {
    variables += p.variables.length;
    for (const l of p.library ?? []) libraryVariables += l.variables.length;
    if (p.diagnostics.some((d) => d.severity !== 'info')) withDiag++;
    if (p.diagnostics.some((d) => d.code === 'internal-error')) internal++;
  }
  const resultHash = createHash('sha256').update(JSON.stringify(programs)).digest('hex').slice(0, 12);
  return { variables, libraryVariables, programsWithDiagnostics: withDiag, internalErrors: internal, resultHash };
}

function sizeOf(files: string[]): number {
  let n = 0;
  for (const f of files) n += fs.statSync(f).size;
  return n;
}

// ---- child processes: one measurement each, JSON on stdout ----

/** `tfscope scan`'s own path with the persistent cache in `cacheDir` (primed: warm; empty: cold + writing it). */
async function childCached(dir: string, cacheDir: string, mode: 'prime' | 'warm', options: AnalyzeOptions): Promise<ScanRun> {
  const t0 = now();
  const files = collectSources([dir], []);
  const t1 = now();
  const cache = new ScanCache(cacheDir, { mode: 'auto', ...options }, (m) => process.stderr.write(`${m}\n`));
  const programs = await analyzeAll(files, { mode: 'auto', ...options }, cache);
  const t3 = now();
  const cpu = process.cpuUsage();
  const bytesFound = sizeOf(files);
  return {
    mode, workers: os.availableParallelism(), filesFound: files.length, filesAnalysed: programs.length, bytesFound, bytesAnalysed: sizeOf(programs.map((p) => p.entry)),
    collectMs: t1 - t0, loadMs: 0, analyseMs: t3 - t1, wallMs: t3, cpuMs: (cpu.user + cpu.system) / 1000,
    ...summarize(programs), peakRssMB: process.resourceUsage().maxRSS / 1024, cache: { ...cache.stats },
  };
}

async function childScan(dir: string, mode: 'pool' | 'single', workers: number, options: AnalyzeOptions): Promise<ScanRun> {
  const t0 = now();
  // The pool's workers boot (and load the parser wasm) on their own threads while this thread lists the files.
  const starting = mode === 'pool' ? createScanPool({ workers }) : null;
  const files = collectSources([dir], []);
  const bytesFound = sizeOf(files);
  const t1 = now();
  let programs: ProgramResult[];
  let texts: string[] | null = null;
  let bytesAnalysed = 0;
  let busyMs: number[] | undefined;
  let t2: number;
  if (starting) {
    const pool = await starting;
    t2 = now();
    // as `tfscope scan --json` asks: each result as its JSON text (parsed below, after the CPU is read)
    const out = await pool.scan(files, { ...options, json: true });
    texts = out.texts.map((t) => t.json);
    programs = [];
    busyMs = out.busyMs;
    await pool.close();
  } else {
    const analyzer = await loadAnalyzer();
    t2 = now();
    // as tfscope scan's own loop does: each file read at most once per scan (helpers and setup.py are read for
    // every program that imports or sits below them)
    const host = memoHasher(fsHost()).host;
    programs = [];
    for (const f of files) {
      const text = host.readFile(f);
      if (text !== undefined && !TF_HINT.test(text)) continue;
      programs.push(analyzer.analyze(f, host, { mode: 'auto', ...options }));
    }
  }
  const t3 = now();
  const cpu = process.cpuUsage();
  if (texts) programs = texts.map((t) => JSON.parse(t) as ProgramResult);
  for (const p of programs) bytesAnalysed += fs.statSync(p.entry).size;
  return {
    mode, workers: mode === 'pool' ? workers : 1, filesFound: files.length, filesAnalysed: programs.length, bytesFound, bytesAnalysed,
    collectMs: t1 - t0, loadMs: t2 - t1, analyseMs: t3 - t2, wallMs: t3, cpuMs: (cpu.user + cpu.system) / 1000,
    ...summarize(programs), peakRssMB: process.resourceUsage().maxRSS / 1024, ...(busyMs ? { busyMs } : {}),
  };
}

/** The floor: parse (only) every file that passes the pre-filter, on this thread, freeing each tree. */
async function childParse(dir: string): Promise<ScanRun> {
  const t0 = now();
  const files = collectSources([dir], []);
  const bytesFound = sizeOf(files);
  const t1 = now();
  await loadAnalyzer(); // Parser.init (the runtime wasm), as the analyzer does it
  const parser = new Parser();
  parser.setLanguage(await Language.load(fs.readFileSync(require.resolve('tree-sitter-python/tree-sitter-python.wasm'))));
  const t2 = now();
  let n = 0;
  let bytesAnalysed = 0;
  for (const f of files) {
    const text = fs.readFileSync(f, 'utf8');
    if (!TF_HINT.test(text)) continue;
    parser.parse(text)?.delete();
    n++;
    bytesAnalysed += Buffer.byteLength(text);
  }
  const t3 = now();
  const cpu = process.cpuUsage();
  return {
    mode: 'parse only', workers: 1, filesFound: files.length, filesAnalysed: n, bytesFound, bytesAnalysed, collectMs: t1 - t0, loadMs: t2 - t1,
    analyseMs: t3 - t2, wallMs: t3, cpuMs: (cpu.user + cpu.system) / 1000, variables: 0, libraryVariables: 0, programsWithDiagnostics: 0, internalErrors: 0,
    peakRssMB: process.resourceUsage().maxRSS / 1024, resultHash: '-',
  };
}

/** The issue's floor: the same pool, its workers only reading, pre-filtering and parsing (bench/parseWorker.ts). */
async function childParsePool(dir: string, workers: number): Promise<ScanRun> {
  const t0 = now();
  const starting = createScanPool({ workers, workerFile: path.join(__dirname, 'parseWorker.js') });
  const files = collectSources([dir], []);
  const bytesFound = sizeOf(files);
  const t1 = now();
  const pool = await starting;
  const t2 = now();
  const out = await pool.scan(files, {});
  await pool.close();
  const t3 = now();
  const cpu = process.cpuUsage();
  const parsed = files.filter((f) => TF_HINT.test(fs.readFileSync(f, 'utf8'))).length; // after the clock stopped
  return {
    mode: 'parse pool', workers, filesFound: files.length, filesAnalysed: parsed, bytesFound, bytesAnalysed: out.chars, collectMs: t1 - t0,
    loadMs: t2 - t1, analyseMs: t3 - t2, wallMs: t3, cpuMs: (cpu.user + cpu.system) / 1000, variables: 0, libraryVariables: 0, programsWithDiagnostics: 0,
    internalErrors: 0, peakRssMB: process.resourceUsage().maxRSS / 1024, resultHash: '-', busyMs: out.busyMs,
  };
}

/** A self-contained TF1 program of about `lines` lines creating many variables through nested scopes. */
export function syntheticTf1(lines: number): string {
  const out = [
    '# Synthetic TF1 program for the scan benchmark (generated; not real code).',
    'import tensorflow.compat.v1 as tf',
    'tf.disable_v2_behavior()',
    '',
    '',
    'def dense(x, n_in, n_out, name):',
    '    with tf.variable_scope(name):',
    '        w = tf.get_variable("kernel", shape=[n_in, n_out], initializer=tf.glorot_uniform_initializer())',
    '        b = tf.get_variable("bias", shape=[n_out], initializer=tf.zeros_initializer())',
    '    return w, b',
    '',
  ];
  let block = 0;
  while (out.length < lines - 12) {
    const w = 64 + ((block * 37) % 448);
    out.push(
      `with tf.variable_scope("block_${block}"):`,
      `    w_${block} = tf.get_variable("w", shape=[${w}, ${w + 32}], initializer=tf.truncated_normal_initializer(stddev=0.02))`,
      `    b_${block} = tf.get_variable("b", shape=[${w + 32}], initializer=tf.constant_initializer(0.1))`,
      `    with tf.variable_scope("attention"):`,
      `        q_${block} = tf.get_variable("query", shape=[${w + 32}, 64])`,
      `        k_${block} = tf.get_variable("key", shape=[${w + 32}, 64])`,
      `        v_${block} = tf.get_variable("value", shape=[${w + 32}, 64])`,
      `    for i in range(2):`,
      `        dense(None, ${w + 32}, ${w + 32}, "ffn_%d" % i)`,
      `    g_${block} = tf.get_variable("gamma", shape=[${w + 32}], initializer=tf.ones_initializer())`,
      '',
    );
    block++;
  }
  while (out.length < lines) out.push(`# padding line ${out.length + 1}`);
  return `${out.join('\n')}\n`;
}

/** The offset of a number literal's first digit near the middle of the text. */
function digitNearMiddle(text: string): number {
  const re = /[=[,( ]([1-9]\d*)[\],) ]/g;
  re.lastIndex = Math.floor(text.length / 2);
  const m = re.exec(text) ?? /[1-9]/.exec(text);
  if (!m) throw new Error('no digit to edit');
  return m.index + (m[1] ? 1 : 0);
}

async function childEdit(file: string, edits: number): Promise<EditRun> {
  const original = fs.readFileSync(file, 'utf8');
  const analyzer = await loadAnalyzer();
  const at = digitNearMiddle(original);
  const d = Number(original[at]);
  const alt = [String((d % 9) + 1), String(((d % 9) + 1) % 9 + 1)];
  let current = original;
  const disk = fsHost();
  const cache = new Map<string, string | undefined>();
  const host: SourceHost = {
    readFile(p: string): string | undefined {
      if (p === file) return current;
      if (!cache.has(p)) cache.set(p, disk.readFile(p));
      return cache.get(p);
    },
  };
  let t = now();
  const first = analyzer.analyze(file, host);
  const firstMs = now() - t;
  const times: number[] = [];
  for (let i = 0; i < edits; i++) {
    current = original.slice(0, at) + alt[i % 2] + original.slice(at + 1);
    t = now();
    analyzer.analyze(file, host);
    times.push(now() - t);
  }
  // What the parser alone costs for the same edit: a full re-parse vs tree-sitter's incremental re-parse.
  const parser = new Parser();
  parser.setLanguage(await Language.load(fs.readFileSync(require.resolve('tree-sitter-python/tree-sitter-python.wasm'))));
  const row = original.slice(0, at).split('\n').length - 1;
  const col = at - (original.lastIndexOf('\n', at - 1) + 1);
  const full: number[] = [];
  const incr: number[] = [];
  let old = parser.parse(original)!;
  for (let i = 0; i < edits; i++) {
    const next = original.slice(0, at) + alt[i % 2] + original.slice(at + 1);
    t = now();
    const f = parser.parse(next)!;
    full.push(now() - t);
    f.delete();
    old.edit({
      startIndex: at, oldEndIndex: at + 1, newEndIndex: at + 1,
      startPosition: { row, column: col }, oldEndPosition: { row, column: col + 1 }, newEndPosition: { row, column: col + 1 },
    });
    t = now();
    const n = parser.parse(next, old)!;
    incr.push(now() - t);
    old.delete();
    old = n;
  }
  old.delete();
  parser.delete();
  const sorted = [...times].sort((a, b) => a - b);
  const q = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
  return {
    file, lines: original.split('\n').length - (original.endsWith('\n') ? 1 : 0), chars: original.length,
    variables: first.variables.length, edits, firstMs, medianMs: q(sorted, 0.5), p95Ms: q(sorted, 0.95), maxMs: sorted[sorted.length - 1]!,
    bareFullParseMs: q(full, 0.5), bareIncrementalParseMs: q(incr, 0.5),
    editAt: `line ${row + 1} col ${col + 1}: '${original[at]}' -> '${alt[0]}'/'${alt[1]}'`,
  };
}

// ---- parent: runs the children, prints the tables ----

function runChild(args: string[]): unknown {
  const r = spawnSync(process.execPath, [__filename, '--child', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`benchmark child ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

/** The analysed .py file whose line count is closest to `target`. */
function pickFile(dir: string, target: number): string | undefined {
  let best: { f: string; d: number } | undefined;
  for (const f of collectSources([dir], [])) {
    const text = fs.readFileSync(f, 'utf8');
    if (!TF_HINT.test(text)) continue;
    const d = Math.abs(text.split('\n').length - target);
    if (!best || d < best.d) best = { f, d };
  }
  return best?.f;
}

const label = (mode: string, workers: number): string =>
  mode === 'pool' ? `pool ×${workers}` : mode === 'single' ? 'single thread (tfscope scan loop)'
    : mode === 'parse pool' ? `parse only, pool ×${workers} (floor)` : 'parse only, 1 thread (1-thread floor)';

/** The cold ratios against both floors, from the medians of this invocation's alternated runs: wall, and CPU (robust to load). */
function ratioLines(scans: ScanRun[]): string[] {
  const med = (mode: string, k: 'wallMs' | 'cpuMs'): number => median(scans.filter((s) => s.mode === mode).map((s) => s[k]));
  const r = (a: string, b: string, k: 'wallMs' | 'cpuMs'): string => {
    const x = med(a, k) / med(b, k);
    return Number.isFinite(x) ? x.toFixed(2) : 'n/a';
  };
  return [
    `cold ratios (medians of this run's alternated runs; target <= 1.5 against the 2-thread parse floor):`,
    `  wall: pool / parse pool (floor) = ${r('pool', 'parse pool', 'wallMs')};  pool / parse 1 thread = ${r('pool', 'parse only', 'wallMs')};  ` +
      `single thread / parse 1 thread = ${r('single', 'parse only', 'wallMs')}`,
    `  CPU:  pool / parse pool = ${r('pool', 'parse pool', 'cpuMs')};  single thread / parse 1 thread = ${r('single', 'parse only', 'cpuMs')}`,
  ];
}

/** Linux PSI: share of time some task waited for a CPU (other load on the machine), or '' elsewhere. */
function cpuPressure(): string {
  try {
    const m = /^some avg10=([\d.]+) avg60=([\d.]+)/m.exec(fs.readFileSync('/proc/pressure/cpu', 'utf8'));
    return m ? `  cpu pressure ${m[1]}% (10 s) ${m[2]}% (60 s)` : '';
  } catch {
    return '';
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const ms = (x: number): string => x.toFixed(x < 10 ? 2 : 0);

function table(head: string[], rows: string[][]): string {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]): string => `| ${r.map((c, i) => c.padEnd(w[i]!)).join(' | ')} |`;
  return [line(head), `|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === '--child') {
    const [, kind, a, b, c] = argv;
    const opts = JSON.parse(c ?? '{}') as AnalyzeOptions;
    const out = kind === 'edit' ? await childEdit(a!, Number(b)) : kind === 'parse' ? await childParse(a!) : kind === 'parse2' ? await childParsePool(a!, Number(b))
      : kind === 'prime' || kind === 'warm' ? await childCached(a!, b!, kind, opts) : await childScan(a!, kind as 'pool' | 'single', Number(b), opts);
    process.stdout.write(`${JSON.stringify(out)}\n`);
    return 0;
  }
  let dir: string | undefined;
  let runs = 3;
  let edits = 50;
  let workers = os.availableParallelism();
  let baseline = true;
  let json = false;
  let monorepo = 10000;
  const options: AnalyzeOptions = {};
  const editFiles: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--runs') runs = Number(argv[++i]);
    else if (a === '--edits') edits = Number(argv[++i]);
    else if (a === '--workers') workers = Number(argv[++i]);
    else if (a === '--edit-file') editFiles.push(path.resolve(argv[++i]!));
    else if (a === '--no-baseline') baseline = false;
    else if (a === '--explore') options.explore = true;
    else if (a === '--json') json = true;
    else if (a === '--monorepo') monorepo = Number(argv[++i]);
    else if (a === '--no-monorepo') monorepo = 0;
    else if (!a.startsWith('-') && !dir) dir = path.resolve(a);
    else {
      process.stderr.write(`bench/scan: unknown argument '${a}'\n`);
      return 2;
    }
  }
  if (!dir || !fs.existsSync(dir)) {
    process.stderr.write('usage: npm run bench:scan -- <dir> [--runs 3] [--workers N] [--edits 50] [--edit-file f.py] [--no-baseline] [--explore] [--json]\n');
    return 2;
  }
  const log = (s: string): void => {
    if (!json) process.stdout.write(`${s}\n`);
  };
  log(`# scan benchmark: ${dir}${Object.keys(options).length ? `  analyzer options ${JSON.stringify(options)}` : ''}`);
  log(`${new Date().toISOString()}  node ${process.version}  ${os.availableParallelism()} cpus (${os.cpus()[0]?.model ?? '?'})  ` +
    `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB  load avg ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}${cpuPressure()}`);

  const scans: ScanRun[] = [];
  const modes: ['pool' | 'single' | 'parse' | 'parse2', number][] = [['pool', workers], ['parse2', workers]];
  if (baseline) modes.push(['single', 1], ['parse', 1]);
  for (let r = 0; r < runs; r++) for (const [m, w] of modes) scans.push(runChild([m, dir, String(w), JSON.stringify(options)]) as ScanRun);
  // The persistent cache: one cold scan that writes it, then warm scans of the unchanged folder (tfscope scan's path).
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tfscope-bench-cache-'));
  const cached: ScanRun[] = [];
  try {
    cached.push(runChild(['prime', dir, cacheDir, JSON.stringify(options)]) as ScanRun);
    for (let r = 0; r < runs; r++) cached.push(runChild(['warm', dir, cacheDir, JSON.stringify(options)]) as ScanRun);
  } finally {
    fs.rmSync(cacheDir, { recursive: true, force: true });
  }

  const rows = scans.map((s) => [
    label(s.mode, s.workers), String(s.filesFound), String(s.filesAnalysed), (s.bytesFound / 1e6).toFixed(1),
    ms(s.wallMs), `${ms(s.loadMs)} + ${ms(s.analyseMs)}${s.busyMs ? ` (busy ${s.busyMs.join('/')})` : ''}`, ms(s.cpuMs), (s.bytesFound / 1e6 / (s.wallMs / 1000)).toFixed(1),
    s.libraryVariables ? `${s.variables} (+${s.libraryVariables} library)` : String(s.variables),
    String(s.programsWithDiagnostics), String(s.internalErrors), s.peakRssMB.toFixed(0), s.resultHash,
  ]);
  log('');
  log(table(['run', 'files found', 'analysed', 'MB', 'wall cold ms', 'load + analyse ms', 'CPU ms', 'MB/s', 'variables', 'progs w/ diag',
    'internal err', 'peak RSS MB', 'result hash'], rows));
  const summaryRows: string[][] = [];
  for (const [m, w] of modes) {
    const walls = scans.filter((s) => s.mode === (m === 'parse' ? 'parse only' : m === 'parse2' ? 'parse pool' : m)).map((s) => s.wallMs);
    const mb = scans[0]!.bytesFound / 1e6;
    summaryRows.push([label(m === 'parse2' ? 'parse pool' : m, w), ms(Math.min(...walls)), ms(median(walls)), (mb / (Math.min(...walls) / 1000)).toFixed(1),
      (mb / (median(walls) / 1000)).toFixed(1)]);
  }
  log('');
  log(table(['mode', 'best wall ms', 'median wall ms', 'best MB/s', 'median MB/s'], summaryRows));
  log('');
  log(table(['tfscope scan with the cache', 'wall ms', 'hits', 'misses', 'corrupt', 'peak RSS MB', 'result hash'], cached.map((c) => [
    c.mode === 'prime' ? 'cold, writing the cache' : 'warm (unchanged folder)', ms(c.wallMs), String(c.cache?.hits ?? 0), String(c.cache?.misses ?? 0),
    String(c.cache?.corrupt ?? 0), c.peakRssMB.toFixed(0), c.resultHash,
  ])));
  const coldPool = median(scans.filter((s) => s.mode === 'pool').map((s) => s.wallMs));
  const warm = median(cached.filter((c) => c.mode === 'warm').map((c) => c.wallMs));
  for (const l of ratioLines(scans)) log(l);
  log(`warm / cold pool (wall, medians) = ${(warm / coldPool).toFixed(3)} (target <= 0.1)`);
  const hashes = new Set([...scans, ...cached].filter((s) => s.resultHash !== '-').map((s) => s.resultHash));
  log(hashes.size === 1 ? 'all runs produced identical results (same hash)' : `RESULTS DIFFER between runs/modes: ${[...hashes].join(', ')}`);

  // Incremental: a corpus file of about 3,000 lines, and a synthetic TF1 file of 3,000 lines.
  const targets = editFiles.length ? editFiles : [pickFile(dir, 3000)].filter((f): f is string => !!f);
  if (!editFiles.length) {
    const synth = path.join(os.tmpdir(), `tfscope-bench-synthetic-${process.pid}.py`);
    fs.writeFileSync(synth, syntheticTf1(3000));
    targets.push(synth);
  }
  const editRuns = edits > 0 ? targets.map((f) => runChild(['edit', f, String(edits)]) as EditRun) : [];
  for (const f of targets) if (f.includes('tfscope-bench-synthetic-')) fs.rmSync(f, { force: true });
  log('');
  log(table(['file', 'lines', 'variables', 'first analysis ms', `re-analysis median ms (${edits} edits)`, 'p95 ms', 'max ms',
    'bare full re-parse ms', 'bare incremental parse ms'], editRuns.map((e) => [
    e.file.includes('tfscope-bench-synthetic-') ? 'synthetic TF1 (tmp)' : path.relative(dir!, e.file), String(e.lines), String(e.variables),
    ms(e.firstMs), ms(e.medianMs), ms(e.p95Ms), ms(e.maxMs), ms(e.bareFullParseMs), ms(e.bareIncrementalParseMs),
  ])));
  for (const e of editRuns) log(`edit in ${path.basename(e.file)}: ${e.editAt}`);
  const mono = monorepo > 0 ? monorepoRuns(monorepo, runs) : null;
  if (mono) {
    log('');
    log(`generated monorepo: ${mono.files} files, ${(mono.bytes / 1e6).toFixed(1)} MB (bench/.monorepo, ignored); \`tfscope scan DIR --json --cache C\` as whole processes`);
    log(table(['run', 'wall ms', 'CPU ms', 'peak RSS MB', 'programs', 'result hash'], mono.runs.map((r) => [r.kind, ms(r.wallMs), ms(r.cpuMs), r.peakMiB.toFixed(0), String(r.programs), r.hash])));
    const cold = mono.runs.find((r) => r.kind.startsWith('cold'))!;
    const warm = median(mono.runs.filter((r) => r.kind.startsWith('warm')).map((r) => r.wallMs));
    log(`monorepo: cold ${(cold.wallMs / 1000).toFixed(1)} s (target < 60 s), warm ${(warm / 1000).toFixed(2)} s median (target < 3 s); ` +
      (new Set(mono.runs.map((r) => r.hash)).size === 1 ? 'warm output identical to cold' : 'WARM OUTPUT DIFFERS FROM COLD'));
  }
  if (json) process.stdout.write(`${JSON.stringify({ scans, edits: editRuns, monorepo: mono, loadavg: os.loadavg() })}\n`);
  try {
    log(`\nuptime: ${execFileSync('uptime', { encoding: 'utf8' }).trim()}${cpuPressure()}`);
  } catch {
    // no uptime(1): the load average above is enough
  }
  return 0;
}

/** The generated monorepo under bench/.monorepo: one cold scan into an empty cache, then `runs` warm scans. */
function monorepoRuns(files: number, runs: number): { files: number; bytes: number; runs: MonorepoRun[] } {
  const root = path.resolve(__dirname, '..', '..');
  const dir = path.join(root, 'bench', '.monorepo');
  const made = generateMonorepo(dir, files);
  const cacheRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'tfscope-bench-mono-'));
  const bin = path.join(root, 'bin', 'tfscope.js');
  try {
    const out = [scanProcess('cold (empty cache)', dir, path.join(cacheRoot, 'c'), bin)];
    for (let r = 0; r < runs; r++) out.push(scanProcess('warm (unchanged)', dir, path.join(cacheRoot, 'c'), bin));
    return { ...made, runs: out };
  } finally {
    fs.rmSync(cacheRoot, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`bench/scan: ${err instanceof Error ? err.stack : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
