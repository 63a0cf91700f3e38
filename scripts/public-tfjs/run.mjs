// `npm run public-tfjs [name...]`: analyses each public TF.js program's drivers (restored by restore.sh into
// .cache/public-tfjs/<name>/) as the CLI does and compares with TF.js's record (<name>/<driver>.expected.json, made by
// record.mjs) through the TF.js conformance comparator (test/conformance/tfjsCompare.ts, compiled by tsc -b).
// Prints per driver: variables expected, exact, wrong (shape/dtype/init/trainable/line), missing, extra, false
// errors, models whose counts agree; then the totals. `--json` prints the rows as JSON. A variable counts as unknown (not
// wrong) when every difference is a value the analyzer marks unknown: null dims where TF.js's are known (its initializer
// then judged at TF.js's shape), an unknown initializer; the dims and fields it does state agree.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireOut, root } from '../lib/out.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const { loadAnalyzer, fsHost } = requireOut('src/host/node.js');
const { compareTfjs } = requireOut('test/conformance/tfjsCompare.js');
const KINDS = ['shape', 'dtype', 'initializer', 'trainable', 'line'];

/** One recorded variable against the analyzer's variable of that name: the kinds of difference. */
function wrongKinds(e, a, entry, dir) {
  const exp = { program: '', tfjs: '', variables: [e], error: null };
  const res = { variables: [{ ...a, order: 0 }], diagnostics: [], models: [] };
  const cats = new Set(compareTfjs(exp, res, entry, dir).map((d) => d.category));
  return KINDS.filter((k) => cats.has(k));
}

/** Whether each difference in `kinds` is a value the analyzer left unknown (null dim, unknown initializer). */
function onlyUnknown(kinds, e, a) {
  return kinds.every((k) => {
    if (k === 'shape') return Array.isArray(a.shape) ? a.shape.length === e.shape.length && a.shape.every((x, i) => x === null || x === e.shape[i]) && a.shape.includes(null) : a.shape === null;
    if (k === 'initializer') return !a.initializer || a.initializer.kind === 'unknown';
    return false;
  });
}

function scoreDriver(analyzer, entry, dir, exp) {
  const t0 = performance.now();
  const r = analyzer.analyze(entry, fsHost(), {});
  const row = { expected: exp.variables.length, exact: 0, unknown: 0, wrong: 0, missing: 0, extra: 0, falseErrors: 0, models: 0, modelsOk: 0, ms: performance.now() - t0, notes: [] };
  const note = (s) => row.notes.length < 8 && row.notes.push(s);
  const pool = new Map();
  for (const v of [...r.variables].sort((a, b) => a.order - b.order)) pool.set(v.name, [...(pool.get(v.name) ?? []), v]);
  const want = new Set(exp.variables.map((v) => v.name));
  for (const e of exp.variables) {
    const a = pool.get(e.name)?.shift();
    if (!a) { row.missing++; note(`missing ${e.name} ${JSON.stringify(e.shape)}`); continue; }
    // where our shape leaves dims unknown (and states the rest as TF.js), the initializer is judged at TF.js's shape
    const unknownDims = onlyUnknown(['shape'], e, a);
    const kinds = wrongKinds(e, unknownDims ? { ...a, shape: e.shape } : a, entry, dir);
    if (unknownDims) kinds.unshift('shape');
    if (!kinds.length) { row.exact++; continue; }
    if (onlyUnknown(kinds, e, a)) { row.unknown++; note(`unknown ${e.name}: ${kinds.join('/')} (TF.js ${JSON.stringify(e.shape)}, ours ${JSON.stringify(a.shape)})`); continue; }
    row.wrong++;
    note(`wrong ${e.name}: ${kinds.join('/')} (TF.js ${JSON.stringify(e.shape)} ${e.line}, ours ${JSON.stringify(a.shape)} ${path.basename(a.location.file)}:${a.location.line})`);
  }
  for (const v of r.variables) if (!want.has(v.name)) { row.extra++; note(`extra ${v.name}`); }
  for (const [, rest] of pool) for (const v of rest) if (want.has(v.name)) { row.extra++; note(`extra ${v.name} (again)`); }
  const raising = r.diagnostics.filter((d) => d.raises);
  if (!exp.error) {
    row.falseErrors = raising.length;
    for (const d of raising.slice(0, 3)) note(`false error ${path.basename(d.file)}:${d.line} ${d.raises.type}: ${d.raises.message.slice(0, 120)}`);
  } else if (!raising.some((d) => d.raises.type === exp.error.type)) note(`TF.js raised ${exp.error.type}, the analyzer did not`);
  const models = exp.models ?? [];
  row.models = models.length;
  const got = r.models ?? [];
  const seen = new Map(); // models of one name (two `create()`s of a named model) pair in order
  models.forEach((m, i) => {
    const k = seen.get(m.name) ?? 0;
    seen.set(m.name, k + 1);
    const g = got.filter((x) => x.name === m.name)[k];
    const key = (x) => JSON.stringify([x.className, x.layers, x.totalParams, x.trainableParams, x.nonTrainableParams]);
    if (g && key(g) === key(m)) row.modelsOk++;
    else note(`model ${m.name}: TF.js ${key(m)}, ours ${g ? key(g) : 'none'}${i < 0 ? '' : ''}`);
  });
  return row;
}

const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

async function main() {
  const argv = process.argv.slice(2);
  const asJson = argv.includes('--json');
  const names = argv.filter((a) => !a.startsWith('--'));
  const all = names.length ? names : fs.readdirSync(here).filter((d) => fs.existsSync(path.join(here, d, 'program.json'))).sort();
  const analyzer = await loadAnalyzer();
  const total = { expected: 0, exact: 0, unknown: 0, wrong: 0, missing: 0, extra: 0, falseErrors: 0, models: 0, modelsOk: 0, programs: 0, programsExact: 0 };
  const rows = [];
  if (!asJson) console.log(`${pad('program/driver', 46)}${lpad('expected', 9)}${lpad('exact', 7)}${lpad('unknown', 8)}${lpad('wrong', 7)}${lpad('missing', 8)}${lpad('extra', 7)}${lpad('false err', 10)}${lpad('models', 8)}${lpad('ms', 7)}`);
  let unrestored = 0;
  for (const name of all) {
    const spec = JSON.parse(fs.readFileSync(path.join(here, name, 'program.json'), 'utf8'));
    const dir = path.join(root, '.cache/public-tfjs', name, path.dirname(spec.files[0]));
    for (const d of spec.drivers) {
      const entry = path.join(dir, d);
      const rec = path.join(here, name, d.replace(/\.[jt]s$/, '.expected.json'));
      if (!fs.existsSync(entry) || !fs.existsSync(rec)) {
        console.log(`${pad(`${name}/${d}`, 46)} not restored/recorded: scripts/public-tfjs/restore.sh ${name} && node scripts/public-tfjs/record.mjs ${name}`);
        unrestored++;
        continue;
      }
      const row = scoreDriver(analyzer, entry, dir, JSON.parse(fs.readFileSync(rec, 'utf8')));
      rows.push({ program: `${name}/${d}`, ...row });
      for (const k of Object.keys(total)) if (k in row) total[k] += row[k];
      total.programs++;
      if (row.exact === row.expected && !row.extra && !row.falseErrors && row.modelsOk === row.models) total.programsExact++;
      if (asJson) continue;
      console.log(`${pad(`${name}/${d}`, 46)}${lpad(row.expected, 9)}${lpad(row.exact, 7)}${lpad(row.unknown, 8)}${lpad(row.wrong, 7)}${lpad(row.missing, 8)}${lpad(row.extra, 7)}${lpad(row.falseErrors, 10)}${lpad(`${row.modelsOk}/${row.models}`, 8)}${lpad(row.ms.toFixed(0), 7)}`);
      for (const n of row.notes) console.log(`    ${n}`);
    }
  }
  if (asJson) console.log(JSON.stringify({ rows, total }, null, 1));
  else console.log(`public tfjs: ${total.programsExact}/${total.programs} programs exact, ${total.exact}/${total.expected} variables exact, ${total.unknown} unknown, ${total.wrong} wrong, ${total.missing} missing, ${total.extra} extra, ${total.falseErrors} false errors, models ${total.modelsOk}/${total.models}`);
  process.exit(unrestored ? 1 : 0);
}
main();
