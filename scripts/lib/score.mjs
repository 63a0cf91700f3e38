// Scoring shared by the harnesses that compare the analyzer with real runs of published programs
// (scripts/public-models, scripts/public-keras): one program's analysis against its record by the conformance
// comparator (test/conformance/compare.ts), counted as exact / unknown / wrong / missing / extra / false errors,
// and the table those harnesses print. Needs `npx tsc -b` (out/).
import path from 'node:path';
import { requireOut } from './out.mjs';

const { compare } = requireOut('test/conformance/compare.js');

const WRONG = ['shape', 'dtype', 'initializer', 'trainable', 'collections'];
export const TOTAL_KEYS = ['expected', 'exact', 'unknown', 'wrong', 'missing', 'extra', 'falseErrors'];

/** One expected variable against the analyzer's variable of the same name, by the conformance comparator. */
function wrongKinds(e, a, entry, mode) {
  const exp = { program: '', tensorflow: '', mode, variables: [{ ...e, collections: e.collections ?? null, line: null }], error: null };
  const res = { variables: [{ ...a, order: 0 }], diagnostics: [] };
  const cats = new Set(compare(exp, res, entry).map((d) => d.category));
  return WRONG.filter((c) => cats.has(c));
}

/** Our shape is TF's with some of it unknown: null, or the same rank with each dim null or equal. */
function partialOf(ours, tf) {
  if (ours === null || ours === undefined) return true;
  if (!Array.isArray(ours) || !Array.isArray(tf) || ours.length !== tf.length) return false;
  return ours.every((d, i) => d === null || d === tf[i]);
}

/** Notes printed per program (PM_NOTES=n for more). */
const MAX_NOTES = Number(process.env.PM_NOTES ?? 6);

/** Compares the variables of one expected record with one variable of ours; returns the row's verdict. */
function judge(e, a, entry, mode) {
  const kinds = wrongKinds(e, a, entry, mode);
  if (!kinds.length) return { verdict: 'exact', kinds };
  // unknown, not wrong: only the shape differs and ours is TF's with dims left unknown, and the initializer
  // differs only as the analysis marked it unknown (a custom initializer function) or could not know its fans
  const partial = partialOf(a.shape, e.shape);
  const initUnknown = a.initializer?.kind === 'unknown' || (partial && (a.shape === null || a.shape.includes(null)));
  if (kinds.every((k) => (k === 'shape' && partial) || (k === 'initializer' && initUnknown))) return { verdict: 'unknown', kinds };
  return { verdict: 'wrong', kinds };
}

/** Analyses `entry` (options as the CLI passes them) and scores it against the record `exp`. */
export function scoreProgram(analyzer, host, entry, exp, options = {}) {
  const t0 = performance.now();
  const r0 = analyzer.analyze(entry, host, options);
  const ms = performance.now() - t0;
  // as the conformance comparator: when TF raised and so did the analysis (its first raise, of TF's type), only what
  // the analysis created before that raise is the program's state (TF stopped there)
  const first = r0.diagnostics.find((d) => d.raises);
  const r = exp.error && first && first.raises.type === exp.error.type && typeof first.order === 'number'
    ? { ...r0, variables: r0.variables.filter((v) => v.order < first.order) } : r0;
  // a name can recur (Keras 3 paths: a model loaded back from its file has its layers' paths again): the k-th
  // expected variable of a name is compared with our k-th of that name
  const byName = new Map();
  for (const v of r.variables) byName.set(v.name, [...(byName.get(v.name) ?? []), v]);
  const taken = new Map();
  const row = { expected: exp.variables.length, exact: 0, unknown: 0, wrong: 0, missing: 0, extra: 0, falseErrors: 0, ms, target: r.target ?? '', notes: [] };
  const why = { shape: 0, dtype: 0, initializer: 0, trainable: 0, collections: 0 };
  const note = (s) => { if (row.notes.length < MAX_NOTES) row.notes.push(s); };
  const want = new Set(exp.variables.map((v) => v.name));
  const mode = exp.mode ?? 'v1';
  for (const e of exp.variables) {
    const k = taken.get(e.name) ?? 0;
    taken.set(e.name, k + 1);
    const a = byName.get(e.name)?.[k];
    if (!a) { row.missing++; note(`missing ${e.name} ${JSON.stringify(e.shape)}`); continue; }
    const { verdict, kinds } = judge(e, a, entry, mode);
    row[verdict]++;
    if (verdict === 'wrong') for (const k of kinds) why[k]++;
    if (verdict !== 'exact') note(`${verdict} ${e.name}: ${kinds.join('/')} (TF ${JSON.stringify(e.shape)}, ours ${JSON.stringify(a.shape)})`);
  }
  // (a name TF created once may recur in ours: a TF1 variable shared through reuse is listed at each use)
  for (const [name, vs] of byName) {
    const k = taken.get(name) ?? 0;
    const extra = !want.has(name) ? vs.length : k > 1 ? Math.max(0, vs.length - k) : 0;
    for (let i = 0; i < extra; i++) { row.extra++; note(`extra ${name}`); }
  }
  const raising = r.diagnostics.filter((d) => d.raises);
  if (!exp.error) {
    row.falseErrors = raising.length;
    for (const d of raising.slice(0, 3)) row.notes.push(`false error ${path.basename(d.file)}:${d.line} ${d.raises.type}: ${d.raises.message.slice(0, 120)}`);
  } else if (!raising.some((d) => d.raises.type === exp.error.type)) row.notes.push(`TF raised ${exp.error.type}, the analyzer did not`);
  row.why = why;
  return row;
}

const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

/** The table: header(), row(label, row) with its notes, and total(label) ending with the totals line. */
export function table(width = 30) {
  const total = Object.fromEntries(TOTAL_KEYS.map((k) => [k, 0]));
  return {
    total,
    header(label) {
      console.log(`${pad(label, width)}${lpad('expected', 9)}${lpad('exact', 7)}${lpad('unknown', 8)}${lpad('wrong', 7)}  ${pad('(shape/dtype/init)', 19)}${lpad('missing', 8)}${lpad('extra', 7)}${lpad('false err', 10)}${lpad('ms', 7)}`);
    },
    row(label, row) {
      for (const k of TOTAL_KEYS) total[k] += row[k];
      const w = `${row.why.shape}/${row.why.dtype}/${row.why.initializer}`;
      console.log(`${pad(label, width)}${lpad(row.expected, 9)}${lpad(row.exact, 7)}${lpad(row.unknown, 8)}${lpad(row.wrong, 7)}  ${pad(w, 19)}${lpad(row.missing, 8)}${lpad(row.extra, 7)}${lpad(row.falseErrors, 10)}${lpad(row.ms.toFixed(0), 7)}`);
      for (const n of row.notes) console.log(`    ${n}`);
    },
    end(what) {
      const t = total;
      const pct = t.expected ? ((100 * t.exact) / t.expected).toFixed(1) : '0';
      console.log(`${pad('total', width)}${lpad(t.expected, 9)}${lpad(t.exact, 7)}${lpad(t.unknown, 8)}${lpad(t.wrong, 7)}  ${pad('', 19)}${lpad(t.missing, 8)}${lpad(t.extra, 7)}${lpad(t.falseErrors, 10)}`);
      console.log(`${what}: ${t.exact}/${t.expected} variables exact (${pct}%), ${t.unknown} unknown, ${t.wrong} wrong, ${t.missing} missing, ${t.extra} extra, ${t.falseErrors} false errors`);
    },
  };
}
