// Pure presentation helpers for the extension (no `vscode` import, unit-tested in plain mocha): labels,
// descriptions, markdown tooltips/hovers, CodeLens titles, the initializer snippet and sparklines.
// Every string that comes from user code goes through `mdEscape`/`mdCode` before it lands in markdown.

import { shapeText } from '../core/unknowns';
import type { Diagnostic, InitializerSpec, ModelInfo, ScopeInfo, Shape, VariableInfo } from '../core/model';
import { dtypeSize, elementCount } from '../core/model';
import { describePost, initializerArgs } from '../core/initializers';

/** Minimal view of an engine summary that hovers need (structurally compatible with the engine's TensorSummary). */
export interface StatsView {
  stats: { min: number; max: number; mean: number; std: number };
  histogram: { min: number; max: number; counts: number[] };
  checks?: { ok: boolean; messages: string[] };
  exact?: boolean;
}

export function formatBytes(n: number): string {
  if (!Number.isFinite(n) || n < 0) return '?';
  if (n < 1024) return `${n} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) { v /= 1024; i++; }
  return `${v >= 100 ? v.toFixed(0) : v.toFixed(1)} ${units[i]}`;
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

export function formatShape(shape: Shape): string {
  // TensorFlow's own words for an unknown rank: `[?]` would read as one unknown dim
  if (shape === null) return '<unknown>';
  return `[${shape.map((d) => (d === null ? '?' : String(d))).join(', ')}]`;
}

/** Parameter count of a variable, or null when its shape is not fully known. */
export function paramsOf(v: VariableInfo): number | null {
  return elementCount(v.shape);
}

export function bytesOf(v: VariableInfo): number | null {
  const n = elementCount(v.shape);
  return n === null ? null : n * dtypeSize(v.dtype);
}

function pyValue(v: unknown): string {
  if (v === null || v === undefined) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(v);
  if (typeof v === 'string') return `'${v}'`;
  if (Array.isArray(v)) {
    const s = `[${v.map(pyValue).join(', ')}]`;
    return s.length > 60 ? `${s.slice(0, 57)}...]` : s;
  }
  return JSON.stringify(v) ?? String(v);
}

const camel = (s: string): string => s.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

function jsValue(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return `'${camel(v)}'`;
  if (Array.isArray(v)) return `[${v.map(jsValue).join(', ')}]`;
  return String(v);
}

/** TF.js's spelling: `tf.initializers.glorotNormal()`, `tf.initializers.randomNormal({ mean: 0, stddev: 0.05 })`. */
function formatTfjsInitializer(spec: Exclude<InitializerSpec, { kind: 'unknown' }>): string {
  // The named variance-scaling aliases take only a seed in TF.js; an unset seed is simply not passed.
  const alias = 'mode' in spec && spec.kind !== 'variance_scaling';
  const args = initializerArgs(spec).filter(([k, v]) => !(k === 'seed' && v === null) && !(alias && (k === 'scale' || k === 'mode' || k === 'distribution')));
  const body = args.length ? `{ ${args.map(([k, v]) => `${k}: ${jsValue(v)}`).join(', ')} }` : '';
  return `tf.initializers.${spec.display ?? camel(spec.kind)}(${body})${describePost(spec.post)}`;
}

/**
 * `random_normal(mean=0, stddev=1, seed=None)` (Python), `tf.initializers.randomNormal({ mean: 0, stddev: 1 })`
 * for TF.js's initializers; unknown initializers carry their reason.
 */
export function formatInitializer(spec: InitializerSpec): string {
  if (spec.kind === 'unknown') return `unknown (${spec.reason})`;
  if (spec.api === 'tfjs') return formatTfjsInitializer(spec);
  const args = initializerArgs(spec).filter(([k]) => k !== 'draws').map(([k, v]) => `${k}=${pyValue(v)}`);
  // elementwise steps applied afterwards read as code: random_normal(...) * 0.01
  return `${spec.display ?? spec.kind}(${args.join(', ')})${describePost(spec.post)}`;
}

/** The models a program builds, one Markdown line each: name, class, layers and model.summary()'s counts. */
export function modelsMarkdown(models: readonly ModelInfo[] | undefined): string {
  if (!models?.length) return '';
  const n = (x: number | null): string => (x === null ? '?' : x.toLocaleString('en-US'));
  return `\n\nModels:\n${models.map((m) => `- **${m.name}** (${m.className}, ${m.layers.length} layers): ${m.totalParams === null
    ? 'parameters not known statically' : `${n(m.totalParams)} params, ${n(m.trainableParams)} trainable, ${n(m.nonTrainableParams)} non-trainable`}`).join('\n')}`;
}

/** Tree description of a model: `Sequential · 3 layers · 1,234 params (1,200 trainable, 34 non-trainable)`. */
export function modelDescription(m: ModelInfo): string {
  const layers = `${m.layers.length} ${m.layers.length === 1 ? 'layer' : 'layers'}`;
  if (m.totalParams === null) return `${m.className} · ${layers} · params not known statically`;
  const split = m.nonTrainableParams ? ` (${formatCount(m.trainableParams ?? 0)} trainable, ${formatCount(m.nonTrainableParams)} non-trainable)` : '';
  return `${m.className} · ${layers} · ${formatCount(m.totalParams)} params${split}`;
}

/** Tree description of a Keras model's scope: `Sequential · 7 layers · 6 vars · 34,826 params · 136 KB`. */
export function modelScopeDescription(m: ModelInfo, s: Pick<ScopeInfo, 'variableCount' | 'paramCount' | 'bytes'>): string {
  const split = m.nonTrainableParams ? ` (${formatCount(m.trainableParams ?? 0)} trainable, ${formatCount(m.nonTrainableParams)} non-trainable)` : '';
  const differs = m.totalParams !== null && m.totalParams !== s.paramCount ? ` · model.count_params(): ${formatCount(m.totalParams)}` : '';
  return `${m.className} · ${m.layers.length} ${m.layers.length === 1 ? 'layer' : 'layers'} · ${scopeDescription(s)}${split}${differs}`;
}

/**
 * Why a scope cannot be initialized, or undefined when some of its variables can: every shape has an unknown
 * dimension (the analysis lost the value it came from), or there are no variables at all.
 */
export function notInitializableReason(vars: readonly Pick<VariableInfo, 'name' | 'shape'>[]): string | undefined {
  if (vars.length === 0) return 'This scope holds no variables: there is nothing to initialize.';
  if (vars.some((v) => elementCount(v.shape) !== null)) return undefined;
  const ex = vars[0]!;
  return `None of the ${vars.length} variables has a fully known shape (for example ${ex.name} ${formatShape(ex.shape)}), so no values can be made. `
    + 'Each ? is a dimension the analysis could not evaluate statically (a config read from a file, a value passed through copy.deepcopy, a loop count it could not follow). '
    + 'Analyse a script that calls this code with concrete values to see its shapes.';
}

/** The status line after an initialization: what was made and what was skipped. */
export function initializedMessage(total: number, made: number): string {
  if (made === total) return `Initialized ${total} ${total === 1 ? 'variable' : 'variables'}.`;
  if (made === 0) return `Nothing was initialized: all ${total} variables were skipped (see each row's reason).`;
  return `Initialized ${made} of ${total} variables; ${total - made} skipped (see each row's reason).`;
}

/** Last path segment of a TF full name (`outer/inner/w` → `w`). */
export function leafName(full: string): string {
  const i = full.lastIndexOf('/');
  return i < 0 ? full : full.slice(i + 1);
}

export function basename(file: string): string {
  const i = file.lastIndexOf('/');
  return i < 0 ? file : file.slice(i + 1);
}

/**
 * Tree labels of program files: the bare file name, or where names repeat, as many parent folders as tell
 * them apart (`bert/modeling.py`, `gpt2/src/model.py`).
 */
export function programLabels(files: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const parts = new Map(files.map((f) => [f, f.split('/').filter(Boolean)]));
  let pending = [...files];
  for (let depth = 1; pending.length > 0; depth++) {
    const label = (f: string): string => parts.get(f)!.slice(-depth).join('/');
    const counts = new Map<string, number>();
    for (const f of files) if (!out.has(f)) counts.set(label(f), (counts.get(label(f)) ?? 0) + 1);
    pending = pending.filter((f) => {
      if (counts.get(label(f)) === 1 || depth >= parts.get(f)!.length) {
        out.set(f, label(f));
        return false;
      }
      return true;
    });
  }
  return out;
}

/** Tree description of a scope: `2 vars · 110 params · 440 B`. */
export function scopeDescription(s: Pick<ScopeInfo, 'variableCount' | 'paramCount' | 'bytes'>): string {
  return `${s.variableCount} ${s.variableCount === 1 ? 'var' : 'vars'} · ${formatCount(s.paramCount)} params · ${formatBytes(s.bytes)}`;
}

/** Tree description of a variable: `[10, 10] float32 · zeros`. */
export function variableDescription(v: VariableInfo): string {
  return `${shapeText(v)} ${v.dtype} · ${v.initializer.kind}`;
}

/** The CodeLens title over a scope's `with` line: `my_scope · 2 variables · 110 params · Initialize`. */
export function codeLensTitle(s: Pick<ScopeInfo, 'name' | 'variableCount' | 'paramCount'>): string {
  const vars = `${s.variableCount} ${s.variableCount === 1 ? 'variable' : 'variables'}`;
  return `${s.name} · ${vars} · ${formatCount(s.paramCount)} params · Initialize`;
}

/** Escapes text for CommonMark (VS Code MarkdownString) so user names render literally. */
export function mdEscape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (c) => `\\${c}`);
}

/** Inline code span that survives backticks in `text`. */
export function mdCode(text: string): string {
  const clean = text.replace(/[\r\n]+/g, ' ');
  const ticks = (clean.match(/`+/g) ?? []).reduce((m, t) => Math.max(m, t.length), 0);
  const fence = '`'.repeat(ticks + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

const BLOCKS = '▁▂▃▄▅▆▇█';

/** Unicode block sparkline of histogram counts, resampled to at most `width` columns. */
export function sparkline(counts: readonly number[], width = 24): string {
  if (counts.length === 0) return '';
  const cols: number[] = [];
  const n = Math.min(width, counts.length);
  for (let c = 0; c < n; c++) {
    const a = Math.floor((c * counts.length) / n);
    const b = Math.floor(((c + 1) * counts.length) / n);
    let s = 0;
    for (let i = a; i < b; i++) s += counts[i]!;
    cols.push(s);
  }
  const max = Math.max(...cols);
  if (max <= 0) return BLOCKS[0]!.repeat(n);
  return cols.map((s) => (s === 0 ? ' ' : BLOCKS[Math.min(7, Math.floor((s / max) * 7.999))]!)).join('');
}

export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1e5 || a < 1e-3) return x.toExponential(3);
  return String(Number(x.toPrecision(4)));
}

/** `modeling.py:119: message` for tooltips: the file (relative to the workspace root) always named. */
export function problemLine(d: Pick<Diagnostic, 'file' | 'line' | 'message' | 'severity'>, root?: string): string {
  const icon = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'info';
  return `$(${icon}) ${mdCode(relLocation(d.file, d.line, root))} ${mdEscape(d.message)}`;
}

/**
 * The tooltip section of a tree node: its problems (as Problems shows them), then what the analysis could
 * not follow there, marked as such (these say nothing wrong about the program).
 */
export function problemsMarkdown(problems: readonly Diagnostic[], limits: readonly Diagnostic[], root?: string): string {
  let md = problems.map((d) => `\n\n${problemLine(d, root)}`).join('');
  if (limits.length) {
    md += '\n\n---\n\n**Not followed by the analysis** (not problems of the program; `tfScope.showAnalysisLimits` lists them in Problems):';
    md += limits.slice(0, 8).map((d) => `\n\n${problemLine({ ...d, severity: 'info' }, root)}`).join('');
    if (limits.length > 8) md += `\n\n… ${limits.length - 8} more (see the log)`;
  }
  return md;
}

function relLocation(file: string, line: number, root?: string): string {
  const f = root && file.startsWith(`${root}/`) ? file.slice(root.length + 1) : basename(file);
  return `${f}:${line}`;
}

/** The markdown body of a variable's hover and tooltip (full name, shape, dtype, params, bytes, ...). */
export function variableMarkdown(v: VariableInfo, opts: { root?: string; stats?: StatsView; statsNote?: string; unknowns?: string } = {}): string {
  const params = paramsOf(v);
  const bytes = bytesOf(v);
  const lines = [
    `**${mdEscape(v.name)}** ${mdCode(`${v.dtype}${shapeText(v)}`)}`,
    '',
    '| | |',
    '| --- | --- |',
    `| shape | ${mdCode(shapeText(v))}${v.symbolic?.shape ? ' (symbolic)' : ''} |`,
    `| dtype | ${mdCode(v.dtype)} |`,
    `| params | ${params === null ? 'unknown' : formatCount(params)} |`,
    `| bytes | ${bytes === null ? 'unknown' : `${formatBytes(bytes)}${bytes >= 1024 ? ` (${formatCount(bytes)})` : ''}`} |`,
    `| initializer | ${mdCode(formatInitializer(v.initializer))}${v.initializer.defaulted ? ' (TensorFlow default)' : ''} |`,
    `| trainable | ${v.trainable ? 'yes' : 'no'} |`,
    `| created by | ${mdCode(v.api)} |`,
    `| defined at | ${mdCode(relLocation((v.layerLocation ?? v.location).file, (v.layerLocation ?? v.location).line, opts.root))}${v.layerLocation ? ` (its layer; built at line ${v.location.line})` : ''} |`,
  ];
  if (v.seed) {
    const how = v.seed.drawn === 'eager' ? ' (drawn from the global seed\'s generator)' : v.seed.drawn === 'graph' ? ' (the graph\'s count of unseeded random ops)'
      : v.seed.drawn === 'python' ? ' (drawn by Keras from Python\'s random)' : '';
    const skip = v.seed.skip ? `, kernel already advanced ${formatCount(v.seed.skip)} blocks` : '';
    lines.push(`| seed | graph ${v.seed.graph ?? 'None'}, op ${v.seed.op ?? 'None'}${how}${skip}${v.seed.dependsOnRuntime ? ` (runtime-dependent${v.seed.note ? `: ${mdEscape(v.seed.note.replace(/;.*$/, ''))}` : ''})` : ''} |`);
  }
  // each unknown explained (what it stands for, why, where, how to supply it), else the general note
  const why = opts.unknowns ?? unknownNote(v.name, v.shape);
  if (why) lines.push('', why);
  if (opts.stats) {
    const s = opts.stats.stats;
    lines.push('', `**Initial values**${opts.statsNote ? ` (${mdEscape(opts.statsNote)})` : ''}: min ${formatNumber(s.min)} · max ${formatNumber(s.max)} · mean ${formatNumber(s.mean)} · std ${formatNumber(s.std)}`);
    lines.push('', mdCode(sparkline(opts.stats.histogram.counts)) + ` ${formatNumber(opts.stats.histogram.min)} … ${formatNumber(opts.stats.histogram.max)}`);
    if (opts.stats.checks && !opts.stats.checks.ok) {
      for (const m of opts.stats.checks.messages) lines.push('', `$(warning) ${mdEscape(m)}`);
    }
  }
  return lines.join('\n');
}

/** What a `?` in a name or shape means, in words for the hover; undefined when there is none. */
export function unknownNote(name: string, shape: Shape): string | undefined {
  const inName = /[?{]/.test(name);
  const inShape = shape === null || shape.some((d) => d === null);
  if (!inName && !inShape) return undefined;
  const where = inName && inShape ? 'name and shape' : inName ? 'name' : 'shape';
  return `$(info) Each \`?\` in the ${where} is a value the analysis could not evaluate statically (a config read from a file or passed through \`copy.deepcopy\`, an argument left at its default, a loop count it could not follow); `
    + 'TensorFlow knows it when the program runs. The tree\'s tooltips and the log list what the analysis could not follow.';
}

/** The markdown body of a scope's hover and tooltip. */
export function scopeMarkdown(s: ScopeInfo, vars: readonly VariableInfo[], opts: { root?: string } = {}): string {
  const lines = [
    `**${mdEscape(s.name)}** (${s.kind.replace('_', ' ')})`,
    '',
    `${s.variableCount} ${s.variableCount === 1 ? 'variable' : 'variables'} · ${formatCount(s.paramCount)} params · ${formatBytes(s.bytes)}`,
    '',
  ];
  const shown = vars.slice(0, 12);
  for (const v of shown) {
    lines.push(`- ${mdCode(v.name)} ${mdCode(shapeText(v))} ${mdEscape(v.dtype)} · ${mdEscape(v.initializer.kind)}`);
  }
  if (vars.length > shown.length) lines.push(`- … ${vars.length - shown.length} more`);
  lines.push('', `defined at ${mdCode(relLocation(s.location.file, s.location.line, opts.root))}`);
  const why = unknownNote(s.name, []);
  if (why) lines.push('', why);
  return lines.join('\n');
}

/**
 * The Python snippet that initializes exactly the scope's global variables. `get_collection` matches
 * `scope` as a regex prefix, so a trailing '/' is added when another scope's name would also match.
 */
export function initializerSnippet(scope: string, allScopeNames: readonly string[] = []): string {
  const clash = allScopeNames.some((n) => n !== scope && n.startsWith(scope) && !n.startsWith(`${scope}/`));
  const pattern = (clash ? `${scope}/` : scope).replace(/\\/g, '\\\\').replace(/'/g, "\\'");
  return `tf.compat.v1.variables_initializer(tf.compat.v1.get_collection(tf.compat.v1.GraphKeys.GLOBAL_VARIABLES, scope='${pattern}'))`;
}

/** A Python identifier for the snippet's assignment: `init_outer_scope_inner_scope`. */
export function initializerVarName(scope: string): string {
  const id = scope.replace(/[^A-Za-z0-9_]/g, '_');
  return `init_${id || 'all'}`;
}
