// `tfscope init <file> [--scope NAME] [--seed N] [--json] [--out values.npz|values.safetensors]
// [--backend auto|node|wasm|cpu] [--max-elements N]`: analyses the program, keeps the variables of the
// scope, materializes them with TensorFlow's numbers, prints a summary table (or JSON) and writes the export.
// Exit 0 when the command ran, 2 on bad usage, 1 on an internal failure.

import * as fs from 'fs';
import * as path from 'path';
import { describePost, initializerArgs } from '../core/initializers';
import type { InitializerSpec, VariableInfo } from '../core/model';
import { Engine, EngineError } from '../engine/engine';
import type { EngineOptions, InitResult, TensorSummary } from '../engine/types';
import { fsHost, loadAnalyzer } from '../host/node';
import { USAGE } from './usage';

export const INIT_SCHEMA_VERSION = 1 as const;

interface InitArgs {
  file: string;
  scope: string | null;
  seed: number | null;
  json: boolean;
  out: string | null;
  backend: 'auto' | 'node' | 'wasm' | 'cpu';
  maxElements: number | null;
}

function usage(msg: string): number {
  process.stderr.write(`tfscope init: ${msg}\n${USAGE}`);
  return 2;
}

function parse(args: string[]): InitArgs | string {
  const a: InitArgs = { file: '', scope: null, seed: null, json: false, out: null, backend: 'auto', maxElements: null };
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? args[++i];
    switch (flag) {
      case '--json': a.json = true; break;
      case '--scope': {
        const v = value();
        if (v === undefined) return '--scope needs a name';
        a.scope = v.replace(/\/+$/, '');
        break;
      }
      case '--seed': {
        const v = value();
        if (v === undefined || !/^-?\d+$/.test(v) || !Number.isSafeInteger(Number(v))) return `--seed needs an integer (got ${v ?? 'nothing'})`;
        a.seed = Number(v);
        break;
      }
      case '--out': {
        const v = value();
        if (!v) return '--out needs a file name';
        if (!/\.(npz|safetensors)$/i.test(v)) return `--out must end in .npz or .safetensors (got ${v})`;
        a.out = v;
        break;
      }
      case '--backend': {
        const v = value();
        if (v !== 'auto' && v !== 'node' && v !== 'wasm' && v !== 'cpu') return `--backend must be auto, node, wasm or cpu (got ${v ?? 'nothing'})`;
        a.backend = v;
        break;
      }
      case '--max-elements': {
        const v = Number(value());
        if (!Number.isSafeInteger(v) || v <= 0) return '--max-elements needs a positive integer';
        a.maxElements = v;
        break;
      }
      default:
        if (arg.startsWith('-')) return `unknown option ${arg}`;
        files.push(arg);
    }
  }
  if (files.length !== 1) return files.length ? 'give exactly one program file' : 'missing the program file';
  a.file = files[0]!;
  return a;
}

/** The variables of `scope`: its own and its sub-scopes' (all when scope is null or ''). */
/** `name` is the scope itself or inside it (no scope: everything is). */
export function nameInScope(name: string, scope: string | null): boolean {
  return !scope || name === scope || name.startsWith(`${scope}/`);
}

export function inScope(variables: VariableInfo[], scope: string | null): VariableInfo[] {
  return variables.filter((v) => nameInScope(v.name, scope));
}

function num(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const a = Math.abs(x);
  return a >= 1e5 || a < 1e-3 ? x.toExponential(2) : Number(x.toPrecision(4)).toString();
}

/** Short display of an initializer with its effective arguments, then its elementwise steps (` * 0.01`). */
export function describeInit(spec: InitializerSpec): string {
  return describeBase(spec) + describePost(spec.post);
}

function describeBase(spec: InitializerSpec): string {
  const parts: string[] = [];
  for (const [k, v] of initializerArgs(spec)) {
    if (v === null || k === 'draws') continue;
    const s = typeof v === 'number' ? num(v) : typeof v === 'string' ? v : JSON.stringify(v);
    parts.push(`${k}=${s.length > 24 ? s.slice(0, 21) + '...' : s}`);
  }
  return parts.length ? `${spec.kind}(${parts.join(', ')})` : spec.kind;
}

const BARS = ' ▁▂▃▄▅▆▇█';
function sparkline(counts: number[], width = 16): string {
  const per = Math.max(1, Math.ceil(counts.length / width));
  const merged: number[] = [];
  for (let i = 0; i < counts.length; i += per) merged.push(counts.slice(i, i + per).reduce((a, b) => a + b, 0));
  const max = Math.max(...merged, 1);
  return merged.map((c) => BARS[c === 0 ? 0 : Math.max(1, Math.round((c / max) * 8))]).join('');
}

function expectedText(s: TensorSummary): string {
  const e = s.expected;
  const parts: string[] = [];
  switch (e.family) {
    case 'uniform': parts.push(`U[${num(e.minval)}, ${num(e.maxval)})`); break;
    case 'normal': parts.push(`N(${num(e.mean)}, ${num(e.stddev)})`); break;
    case 'truncated_normal': parts.push(`TN(${num(e.mean)}, ${num(e.stddev)}) in ±2σ`); break;
    case 'orthogonal': parts.push(`orthogonal, gain ${num(e.gain)}`); break;
    case 'identity': parts.push(`identity, gain ${num(e.gain)}`); break;
    case 'const': {
      const v = JSON.stringify(e.value);
      parts.push(`const ${v.length > 16 ? v.slice(0, 13) + '...' : v}`);
      break;
    }
    default: parts.push(e.family);
  }
  if (e.std !== undefined && e.family !== 'zeros' && e.family !== 'ones' && !(e.family === 'const' && e.std === 0)) parts.push(`std ${num(e.std)}`);
  return parts.join(', ');
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...r[c]!].length)));
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell + ' '.repeat(widths[c]! - [...cell].length))).join('  ').trimEnd()).join('\n') + '\n';
}

export function formatText(file: string, scope: string | null, result: InitResult, exported: { file: string; bytes: number } | null): string {
  let out = `${file}${scope ? ` — scope '${scope}'` : ''}: ${result.summaries.length} variable(s), backend ${result.backend}\n\n`;
  if (result.summaries.length) {
    const rows = [['variable', 'shape', 'dtype', 'initializer', 'min', 'max', 'mean', 'std', 'histogram', 'expected', 'TF-exact', 'check']];
    for (const s of result.summaries) {
      rows.push([
        s.name, `[${s.shape.join(',')}]`, s.dtype, describeInit(s.initializer), num(s.stats.min), num(s.stats.max), num(s.stats.mean), num(s.stats.std),
        sparkline(s.histogram.counts), expectedText(s), s.exact ? 'yes' : 'no*', s.checks.ok ? (s.sampled ? 'ok (sampled)' : 'ok') : 'MISMATCH',
      ]);
    }
    out += table(rows);
  }
  const notes = result.summaries.filter((s) => !s.exact && s.exactNote);
  if (notes.length) {
    out += '\n* not TensorFlow\'s exact values:\n';
    for (const s of notes) out += `  ${s.name}: ${s.exactNote}\n`;
  }
  const bad = result.summaries.filter((s) => s.checks.messages.length);
  if (bad.length) {
    out += '\nchecks:\n';
    for (const s of bad) for (const m of s.checks.messages) out += `  ${s.name}: ${m}\n`;
  }
  if (result.skipped.length) {
    out += '\nnot materialized:\n';
    for (const s of result.skipped) out += `  ${s.name}: ${s.reason}\n`;
  }
  for (const w of result.warnings) out += `warning: ${w}\n`;
  if (exported) out += `\nwrote ${exported.file} (${exported.bytes} bytes)\n`;
  return out;
}

export async function runInit(args: string[]): Promise<number> {
  const parsed = parse(args);
  if (typeof parsed === 'string') return usage(parsed);
  const absPath = path.resolve(parsed.file);
  let st: fs.Stats;
  try {
    st = fs.statSync(absPath);
  } catch {
    return usage(`no such file: ${parsed.file}`);
  }
  if (!st.isFile()) return usage(`not a file: ${parsed.file}`);
  try {
    const program = (await loadAnalyzer()).analyze(absPath, fsHost());
    const variables = inScope(program.variables, parsed.scope);
    const options: EngineOptions = { backend: parsed.backend, seed: parsed.seed };
    if (parsed.maxElements) options.maxTensorElements = parsed.maxElements;
    const engine = new Engine();
    const format = parsed.out?.toLowerCase().endsWith('.npz') ? 'npz' : 'safetensors';
    // with --out, each variable is drawn once for both the summary and the file
    const both = parsed.out ? await engine.initializeAndExport(variables, options, format, path.resolve(parsed.out)) : null;
    const result = both?.result ?? await engine.initialize(variables, options);
    if (parsed.scope && variables.length === 0) {
      const scopes = program.scopes.map((s) => s.name).filter(Boolean);
      result.warnings.push(`no variables in scope '${parsed.scope}'${scopes.length ? ` (scopes: ${scopes.join(', ')})` : ''}`);
    }
    let exported: { file: string; bytes: number } | null = null;
    if (both) {
      exported = { file: both.exported.file, bytes: both.exported.bytes };
      for (const n of both.exported.notes) result.warnings.push(`export: ${n}`);
    }
    if (parsed.json) {
      const out = {
        schemaVersion: INIT_SCHEMA_VERSION,
        file: absPath,
        scope: parsed.scope,
        backend: result.backend,
        variables: result.summaries.map((s) => ({
          name: s.name, shape: s.shape, dtype: s.dtype, initializer: s.initializer, backend: s.backend ?? result.backend,
          count: s.count, bytes: s.bytes, stats: s.stats, histogram: s.histogram, expected: s.expected, checks: s.checks,
          exact: s.exact, ...(s.exactNote ? { exactNote: s.exactNote } : {}), ...(s.sampled ? { sampled: true } : {}), seeds: s.seeds,
        })),
        skipped: result.skipped,
        warnings: result.warnings,
        diagnostics: program.diagnostics.filter((d) => d.severity === 'error'),
        ...(exported ? { export: exported } : {}),
      };
      process.stdout.write(JSON.stringify(out, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v), 2) + '\n');
    } else {
      process.stdout.write(formatText(parsed.file, parsed.scope, result, exported));
    }
    return 0;
  } catch (e) {
    if (e instanceof EngineError && e.code === 'too-large') {
      process.stderr.write(`tfscope init: ${e.message}\n`);
      return 1;
    }
    process.stderr.write(`tfscope init: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    return 1;
  }
}
