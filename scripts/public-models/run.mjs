// `npm run public-models [name...]`: analyses each public model's drivers (restored by restore.sh, recorded by
// record.py into .cache/public-models/<name>/) with the analyzer as the CLI runs it (target auto) and compares
// with the record through the conformance comparator (test/conformance/compare.ts, compiled by tsc -b).
// Prints per driver: variables expected, exact, unknown (only the shape differs, and ours leaves unknown what TF
// knew: a null shape or null dims, the rest equal), wrong (shape/dtype/init), missing, extra, false errors; totals.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireOut, root } from '../lib/out.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const { loadAnalyzer, fsHost } = requireOut('src/host/node.js');
const { compare } = requireOut('test/conformance/compare.js');

const WRONG = ['shape', 'dtype', 'initializer', 'trainable', 'collections'];

/** One expected variable against the analyzer's variable of the same name, by the conformance comparator. */
function wrongKinds(e, a, entry) {
  const exp = { program: '', tensorflow: '', mode: 'v1', variables: [{ ...e, line: null }], error: null };
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

/** Notes printed per driver (PM_NOTES=n for more). */
const MAX_NOTES = Number(process.env.PM_NOTES ?? 6);

function scoreDriver(analyzer, entry, exp) {
  const t0 = performance.now();
  const r = analyzer.analyze(entry, fsHost(), {});
  const ms = performance.now() - t0;
  const byName = new Map();
  for (const v of r.variables) if (!byName.has(v.name)) byName.set(v.name, v);
  const row = { expected: exp.variables.length, exact: 0, unknown: 0, wrong: 0, missing: 0, extra: 0, falseErrors: 0, ms, target: r.target ?? '', notes: [] };
  const why = { shape: 0, dtype: 0, initializer: 0, trainable: 0, collections: 0 };
  const want = new Set(exp.variables.map((v) => v.name));
  for (const e of exp.variables) {
    const a = byName.get(e.name);
    if (!a) { row.missing++; if (row.notes.length < MAX_NOTES) row.notes.push(`missing ${e.name} ${JSON.stringify(e.shape)}`); continue; }
    const kinds = wrongKinds(e, a, entry);
    if (!kinds.length) { row.exact++; continue; }
    // unknown, not wrong: only the shape differs and ours is TF's with dims left unknown, and the initializer
    // differs only as the analysis marked it unknown (a custom initializer function) or could not know its fans
    const partial = partialOf(a.shape, e.shape);
    const initUnknown = a.initializer?.kind === 'unknown' || (partial && (a.shape === null || a.shape.includes(null)));
    if (kinds.every((k) => (k === 'shape' && partial) || (k === 'initializer' && initUnknown))) {
      row.unknown++;
      if (row.notes.length < MAX_NOTES) row.notes.push(`unknown ${e.name}: ${kinds.join('/')} (TF ${JSON.stringify(e.shape)}, ours ${JSON.stringify(a.shape)})`);
      continue;
    }
    row.wrong++;
    for (const k of kinds) why[k]++;
    if (row.notes.length < MAX_NOTES) row.notes.push(`wrong ${e.name}: ${kinds.join('/')} (TF ${JSON.stringify(e.shape)}, ours ${JSON.stringify(a.shape)})`);
  }
  for (const v of r.variables) if (!want.has(v.name)) { row.extra++; if (row.notes.length < MAX_NOTES) row.notes.push(`extra ${v.name}`); }
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

async function main() {
  const names = process.argv.slice(2).length ? process.argv.slice(2)
    : fs.readdirSync(here).filter((d) => fs.existsSync(path.join(here, d, 'model.json'))).sort();
  const analyzer = await loadAnalyzer();
  const total = { expected: 0, exact: 0, unknown: 0, wrong: 0, missing: 0, extra: 0, falseErrors: 0 };
  console.log(`${pad('model/driver', 30)}${lpad('expected', 9)}${lpad('exact', 7)}${lpad('unknown', 8)}${lpad('wrong', 7)}  ${pad('(shape/dtype/init)', 19)}${lpad('missing', 8)}${lpad('extra', 7)}${lpad('false err', 10)}${lpad('ms', 7)}`);
  let missingRecords = 0;
  for (const name of names) {
    const spec = JSON.parse(fs.readFileSync(path.join(here, name, 'model.json'), 'utf8'));
    const dir = path.join(root, '.cache/public-models', name);
    const driverDir = path.join(dir, path.dirname(spec.files[0]));
    for (const d of spec.drivers) {
      const entry = path.join(driverDir, d);
      const rec = path.join(dir, d.replace(/\.py$/, '.expected.json'));
      if (!fs.existsSync(entry) || !fs.existsSync(rec)) {
        console.log(`${pad(`${name}/${d}`, 30)} not restored/recorded: scripts/public-models/restore.sh ${name} && /tmp/tf/bin/python scripts/public-models/record.py ${name}`);
        missingRecords++;
        continue;
      }
      const exp = JSON.parse(fs.readFileSync(rec, 'utf8'));
      const row = scoreDriver(analyzer, entry, exp);
      for (const k of Object.keys(total)) total[k] += row[k];
      const w = `${row.why.shape}/${row.why.dtype}/${row.why.initializer}`;
      console.log(`${pad(`${name}/${d.replace(/\.py$/, '')}`, 30)}${lpad(row.expected, 9)}${lpad(row.exact, 7)}${lpad(row.unknown, 8)}${lpad(row.wrong, 7)}  ${pad(w, 19)}${lpad(row.missing, 8)}${lpad(row.extra, 7)}${lpad(row.falseErrors, 10)}${lpad(row.ms.toFixed(0), 7)}`);
      for (const n of row.notes) console.log(`    ${n}`);
    }
  }
  const pct = total.expected ? ((100 * total.exact) / total.expected).toFixed(1) : '0';
  console.log(`${pad('total', 30)}${lpad(total.expected, 9)}${lpad(total.exact, 7)}${lpad(total.unknown, 8)}${lpad(total.wrong, 7)}  ${pad('', 19)}${lpad(total.missing, 8)}${lpad(total.extra, 7)}${lpad(total.falseErrors, 10)}`);
  console.log(`public models: ${total.exact}/${total.expected} variables exact (${pct}%), ${total.unknown} unknown, ${total.wrong} wrong, ${total.missing} missing, ${total.extra} extra, ${total.falseErrors} false errors`);
  if (missingRecords) process.exitCode = 1;
}

main().catch((e) => { console.error(e); process.exit(1); });
