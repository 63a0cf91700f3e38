// `tfscope scan <file|dir>... [--json] [--mode auto|v1|v2] [--tf T] [--no-library] [--cache DIR|--no-cache] [--set k=v]`: analyses each
// Python source, and each TS/JS source importing @tensorflow/tfjs*, as a program entry (workspace imports followed);
// prints a scope tree with parameter counts or the stable JSON contract (`ScanOutput`, schemaVersion 1). Unchanged
// programs come from the persistent cache (src/host/scanCache.ts). Exit 0 when it ran, 2 on bad usage, 1 on failure.

import * as fs from 'fs';
import * as path from 'path';
import { dtypeSize, elementCount, SCHEMA_VERSION, type ProgramResult, type ScanOutput, type VariableInfo } from '../core/model';
import { isTypeScriptSource } from '../core/dispatch';
import { reachesTfjs } from '../core/typescript/reach';
import { describePost, initializerLabel, intSeedOf } from '../core/initializers';
import { TARGET_LABELS, type TfTarget } from '../core/target';
import { loadHdf5, WANTS_HDF5 } from '../host/kerasWeights';
import { fsHost, loadAnalyzer } from '../host/node';
import { createScanPool, TF_HINT } from '../host/scanPool';
import { defaultCacheDir, memoHasher, type ReadSet, recordingHost, ScanCache } from '../host/scanCache';
import type { AnalyzeOptions } from '../core/api';
import { USAGE } from './usage';
import { shapeText, supplyHint, unknownLine, unknownsOf } from '../core/unknowns';
import { pythonEnvironment, workspaceEnvironment, type PythonEnv } from '../host/pythonEnv';

const SKIP_DIRS = new Set(['node_modules', '.git', '__pycache__', '.venv', 'venv', '.tox', 'dist', 'out', 'build', '.mypy_cache']);
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** A TS/JS file is a program entry when it imports TensorFlow.js (`@tensorflow/tfjs`, `-node`, `-core`, `-layers`). */
const TFJS_IMPORT = /['"]@tensorflow\/tfjs(-node(-gpu)?|-core|-layers)?['"]/;

function importsTfjs(p: string): boolean {
  const read = (f: string): string | undefined => {
    try {
      return fs.readFileSync(f, 'utf8');
    } catch {
      return undefined;
    }
  };
  const text = read(p);
  // Directly, or through a workspace module it imports (a driver main.ts over './model.js').
  return text !== undefined && (TFJS_IMPORT.test(text) || reachesTfjs(path.resolve(p), text, read));
}

/** Expands files and directories into `.py` files and TF.js `.ts`/`.js` files, sorted; records what was skipped. */
export function collectSources(inputs: string[], skipped: { file: string; reason: string }[]): string[] {
  const out: string[] = [];
  const walk = (p: string, explicit: boolean): void => {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch {
      skipped.push({ file: p, reason: 'no such file or directory' });
      return;
    }
    if (st.isDirectory()) {
      let names: string[];
      try {
        names = fs.readdirSync(p).sort();
      } catch {
        skipped.push({ file: p, reason: 'directory cannot be read' });
        return;
      }
      for (const n of names) {
        if (SKIP_DIRS.has(n) || n.startsWith('.')) continue;
        walk(path.join(p, n), false);
      }
      return;
    }
    if (!st.isFile()) return;
    const ts = isTypeScriptSource(p);
    if (!p.endsWith('.py') && !ts) {
      if (explicit) skipped.push({ file: p, reason: 'not a Python source (.py) or a TypeScript/JavaScript source' });
      return;
    }
    if (st.size > MAX_FILE_BYTES) {
      skipped.push({ file: p, reason: `file is ${(st.size / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB` });
      return;
    }
    if (ts && !importsTfjs(p)) {
      if (explicit) skipped.push({ file: p, reason: 'does not import TensorFlow.js (@tensorflow/tfjs*)' });
      return;
    }
    out.push(path.resolve(p));
  };
  for (const i of inputs) walk(i, true);
  return out;
}

/**
 * The installed packages followed as source: `--python`'s environment (null, after a message, when it has none),
 * else a .venv/venv found from the first input up.
 */
function installedPackages(python: string | undefined, firstInput: string): PythonEnv | undefined | null {
  if (python === undefined) {
    const start = fs.existsSync(firstInput) && fs.statSync(firstInput).isDirectory() ? firstInput : path.dirname(firstInput);
    return workspaceEnvironment(path.resolve(start));
  }
  const env = pythonEnvironment(python);
  if (!env) process.stderr.write(`tfscope scan: no installed packages found for --python ${python}\n`);
  return env ?? null;
}

function usageError(message: string): number {
  process.stderr.write(`tfscope scan: ${message}\n${USAGE}`);
  return 2;
}

/** Above this many files the scan is spread over worker threads (starting them costs ~0.1-0.2 s). */
const POOL_MIN_FILES = 48;

export async function runScan(args: string[]): Promise<number> {
  let json = false;
  let library = true;
  let cacheDir: string | null = defaultCacheDir();
  let mode: 'auto' | 'v1' | 'v2' = 'auto';
  let target: TfTarget | 'auto' = 'auto';
  const inputs: string[] = [];
  const values: Record<string, string> = {};
  let python: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') json = true;
    else if (a === '--set' || a.startsWith('--set=')) {
      // --set name=value (repeatable): a value the program takes from outside (flag, config file)
      const kv = a === '--set' ? args[++i] : a.slice(6);
      const m = kv === undefined ? null : /^\s*([A-Za-z_][\w.]*)\s*=(.*)$/s.exec(kv);
      if (!m) {
        process.stderr.write(`tfscope scan: --set takes name=value\n${USAGE}`);
        return 2;
      }
      values[m[1]!] = m[2]!;
    }
    else if (a === '--python') {
      python = args[++i];
      if (!python || python.startsWith('-')) return usageError('--python takes an interpreter path (or an environment folder)');
    }
    else if (a === '--no-library') library = false;
    else if (a === '--library') library = true;
    else if (a === '--no-cache') cacheDir = null;
    else if (a === '--tf') {
      const t = args[++i];
      if (t !== 'auto' && !(t !== undefined && t in TARGET_LABELS)) {
        process.stderr.write(`tfscope scan: --tf takes auto, 1.15, 2.15, keras3 or tf_keras\n${USAGE}`);
        return 2;
      }
      target = t as TfTarget | 'auto';
    }
    else if (a === '--cache') {
      const d = args[++i];
      if (!d || d.startsWith('-')) {
        process.stderr.write(`tfscope scan: --cache takes a directory\n${USAGE}`);
        return 2;
      }
      cacheDir = path.resolve(d);
    }
    else if (a === '--mode') {
      const m = args[++i];
      if (m !== 'auto' && m !== 'v1' && m !== 'v2') {
        process.stderr.write(`tfscope scan: --mode takes auto, v1 or v2\n${USAGE}`);
        return 2;
      }
      mode = m;
    } else if (a.startsWith('-')) {
      process.stderr.write(`tfscope scan: unknown option '${a}'\n${USAGE}`);
      return 2;
    } else inputs.push(a);
  }
  if (inputs.length === 0) {
    process.stderr.write(`tfscope scan: no file or directory given\n${USAGE}`);
    return 2;
  }
  const skipped: { file: string; reason: string }[] = [];
  const files = collectSources(inputs, skipped);
  const env = installedPackages(python, inputs[0]!);
  if (env === null) return 2;
  const options: AnalyzeOptions = {
    mode, target, explore: library, ...(Object.keys(values).length ? { values } : {}), ...(env ? { packageRoots: env.roots } : {}),
  };
  const cache = cacheDir ? new ScanCache(cacheDir, options, (m) => process.stderr.write(`${m}\n`)) : null;
  const scanned = await scanFiles(files, options, cache, json);
  if (json) {
    // JSON.stringify of a ScanOutput, with the cached programs' text spliced in as stored (not parsed and re-made)
    const programs = scanned.map((p) => p.json ?? JSON.stringify(p.result));
    process.stdout.write(`{"schemaVersion":${JSON.stringify(SCHEMA_VERSION)},"programs":[${programs.join(',')}]${skipped.length ? `,"skipped":${JSON.stringify(skipped)}` : ''}}\n`);
  } else {
    process.stdout.write(renderText(scanned.map(parsed), skipped));
  }
  return 0;
}

/** One program of a scan: analysed now (`result`, and its JSON text once cached), or from the cache (`json` only). */
type Scanned = { result: ProgramResult; json?: string } | { result?: undefined; json: string };

const parsed = (p: Scanned): ProgramResult => p.result ?? (JSON.parse(p.json!) as ProgramResult);

/** The `ScanOutput` `tfscope scan --json` prints (its JSON text is the same as this object's). */
export function scanOutput(programs: ProgramResult[], skipped: { file: string; reason: string }[]): ScanOutput {
  const out: ScanOutput = { schemaVersion: SCHEMA_VERSION, programs };
  if (skipped.length) out.skipped = skipped;
  return out;
}

/**
 * Analyses the files (pre-filtered by TF_HINT), taking unchanged programs from the cache and caching the rest;
 * results in input order. Many misses go to the worker pool, a few are analysed here.
 */
export async function analyzeAll(files: string[], options: AnalyzeOptions, cache: ScanCache | null): Promise<ProgramResult[]> {
  return (await scanFiles(files, options, cache)).map(parsed);
}

/** `asText`: the caller prints JSON; results from the pool then stay the text the workers made (never parsed here). */
async function scanFiles(files: string[], options: AnalyzeOptions, cache: ScanCache | null, asText = false): Promise<Scanned[]> {
  const disk = memoHasher(fsHost(MAX_FILE_BYTES));
  const host = disk.host;
  const results = new Map<string, Scanned>();
  const misses: string[] = [];
  for (const f of files) {
    const text = host.readFile(f);
    if (text !== undefined && !TF_HINT.test(text)) continue; // not TensorFlow code: nothing to show
    const hit = cache?.getJson(f, disk.hashOf);
    if (hit !== undefined) results.set(f, { json: hit });
    else misses.push(f);
  }
  const store = (r: ProgramResult, reads: ReadSet | undefined): void => {
    if (cache && reads && !r.diagnostics.some((d) => d.code === 'internal-error')) {
      const json = JSON.stringify(r);
      cache.put(r.entry, reads, r, json);
      results.set(r.entry, { result: r, json });
    } else results.set(r.entry, { result: r });
  };
  if (misses.length >= POOL_MIN_FILES) {
    const pool = await createScanPool();
    try {
      const out = await pool.scan(misses, { ...options, prefilter: false, record: !!cache, json: asText });
      for (const r of out.programs) store(r, out.reads.get(r.entry));
      for (const t of out.texts) {
        const reads = out.reads.get(t.entry);
        if (cache && reads && !t.internalError) cache.putJson(t.entry, reads, t.json);
        results.set(t.entry, { json: t.json });
      }
    } finally {
      await pool.close();
    }
  } else if (misses.length) {
    const analyzer = await loadAnalyzer();
    if (misses.some((f) => WANTS_HDF5.test(host.readFile(f) ?? ''))) await loadHdf5().catch(() => undefined);
    for (const f of misses) {
      const rec = recordingHost(host, disk.hashOf);
      store(analyzer.analyze(f, rec, options), rec.reads());
    }
  }
  return files.flatMap((f) => results.get(f) ?? []);
}

function fmtShape(v: VariableInfo): string {
  return shapeText(v, ',');
}

/** The unknown values of some variables, one indented line each (what, why, where, how to supply it). */
function unknownLines(vars: readonly VariableInfo[], pad: string): string[] {
  return unknownsOf(vars).map((u) => {
    const hint = supplyHint(u);
    return `${pad}unknown ${unknownLine(u).replace(/`/g, '')}${hint ? `; ${hint.replace(/`/g, '')}` : ''}`;
  });
}

function fmtInit(v: VariableInfo): string {
  const i = v.initializer;
  const label = initializerLabel(i);
  const args = label.args
    .filter(([k, x]) => k !== 'seed' && k !== 'draws' && x !== null)
    .map(([k, x]) => `${k}=${typeof x === 'number' ? +x.toPrecision(6) : JSON.stringify(x)}`);
  const seed = intSeedOf(i) !== null ? [`seed=${intSeedOf(i)}`] : [];
  const all = [...args, ...seed];
  const reason = i.kind === 'unknown' ? ` (${i.reason})` : '';
  return `${label.name}${all.length ? ` (${all.join(', ')})` : reason}${describePost(i.post)}${i.defaulted ? ' [default]' : ''}`;
}

/** `n` with thousands separators, as toLocaleString('en-US') prints an integer (without its ~30 ms ICU start). */
export function fmtCount(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-US');
  return `${n < 0 ? '-' : ''}${String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}

export function renderText(programs: ProgramResult[], skipped: { file: string; reason: string }[]): string {
  const lines: string[] = [];
  const cwd = process.cwd();
  for (const p of programs) {
    const rel = path.relative(cwd, p.entry) || p.entry;
    const total = p.variables.reduce((a, v) => a + (elementCount(v.shape) ?? 0), 0);
    const style = p.language === 'typescript' ? 'TensorFlow.js' : p.mode === 'v1' ? 'TF1 graph mode' : 'TF2 eager';
    const assumed = p.target ? `, ${TARGET_LABELS[p.target.target]}${p.target.source === 'default' ? ' (assumed)' : ` (${p.target.evidence})`}` : '';
    lines.push(`${rel}  (${style}${assumed}; ${p.variables.length} variables, ${fmtCount(total)} params)`);
    // a line in another file (a workspace module, an installed package) names its file
    const where = (l: { file: string; line: number }): string => (l.file === p.entry ? `line ${l.line}` : `${path.basename(l.file)}:${l.line}`);
    const byScope = new Map<string, VariableInfo[]>();
    for (const v of p.variables) {
      const i = v.name.lastIndexOf('/');
      const s = i < 0 ? '' : v.name.slice(0, i);
      if (!byScope.has(s)) byScope.set(s, []);
      byScope.get(s)!.push(v);
    }
    const scopes = new Map(p.scopes.map((s) => [s.name, s]));
    const printed = new Set<string>();
    const printScope = (name: string, depth: number): void => {
      if (printed.has(name)) return;
      printed.add(name);
      const pad = '  '.repeat(depth + 1);
      const s = scopes.get(name);
      if (name) {
        const short = s?.parent ? name.slice(s.parent.length + 1) : name;
        lines.push(`${pad}${short}/  (${s?.variableCount ?? 0} variables, ${fmtCount(s?.paramCount ?? 0)} params)`);
      }
      for (const v of byScope.get(name) ?? []) {
        const short = v.name.slice(name ? name.length + 1 : 0);
        const n = elementCount(v.shape);
        const bytes = n === null ? '' : `, ${fmtCount(n * dtypeSize(v.dtype))} B`;
        lines.push(`${pad}${name ? '  ' : ''}${short}  ${fmtShape(v)} ${v.dtype} ${fmtInit(v)}${v.trainable ? '' : ' (not trainable)'}  ${where(v.location)}${bytes}`);
      }
      for (const c of p.scopes) if (c.parent === name && name) printScope(c.name, depth + 1);
    };
    printScope('', -1);
    for (const s of p.scopes) if (!s.parent) printScope(s.name, 0);
    for (const s of byScope.keys()) if (!printed.has(s)) printScope(s, 0);
    lines.push(...unknownLines(p.variables, '  '));
    for (const md of p.models ?? []) {
      const counts = md.totalParams === null ? 'params not known statically'
        : `${fmtCount(md.totalParams)} params (${fmtCount(md.trainableParams ?? 0)} trainable, ${fmtCount(md.nonTrainableParams ?? 0)} non-trainable)`;
      lines.push(`  model ${md.name} (${md.className}, ${md.layers.length} layers${md.location ? `, ${where(md.location)}` : ''}): ${counts}`);
    }
    for (const e of p.library ?? []) {
      const params = e.variables.reduce((a, v) => a + (elementCount(v.shape) ?? 0), 0);
      lines.push(`  if ${e.name}${e.kind === 'function' ? '()' : ''} is called (line ${e.location.line}): ${e.variables.length} variables${params ? `, ${fmtCount(params)} params known` : ''}`);
      for (const v of e.variables) lines.push(`    ${v.name}  ${fmtShape(v)} ${v.dtype} ${fmtInit(v)}  line ${v.location.line}`);
      lines.push(...unknownLines(e.variables, '    '));
    }
    for (const d of p.diagnostics) {
      // infos stay out of the text, except the values the program takes from outside (what --set can give)
      if (d.severity === 'info' && d.code !== 'missing-value') continue;
      const text = d.raises ? `${d.raises.type}: ${d.message}` : d.message;
      const label = d.severity === 'error' ? 'error' : d.severity === 'info' ? 'missing' : 'warning';
      lines.push(`  ${label} ${path.relative(cwd, d.file) || d.file}:${d.line}:${d.column} [${d.code}] ${text}`);
    }
    lines.push('');
  }
  for (const s of skipped) lines.push(`skipped ${s.file}: ${s.reason}`);
  if (programs.length === 0) lines.push('No TensorFlow programs found.');
  return `${lines.join('\n')}\n`;
}
