// `npm run keras-apps [--python PATH] [driver...]`: analyses each driver of scripts/keras-apps/drivers/ with the
// installed packages of PATH (default /tmp/tf/bin/python) followed as source, and compares with its record
// (.cache/keras-apps/<driver>.expected.json from record.py, else test/fixtures/keras-apps/<driver>.json) through
// the conformance comparator. Prints per driver: variables expected, exact, wrong, missing, extra, false errors,
// the parameter count against Keras's count_params(), and the analysis time.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireOut, root } from '../lib/out.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const { loadAnalyzer, fsHost } = requireOut('src/host/node.js');
const { pythonEnvironment } = requireOut('src/host/pythonEnv.js');
const { compare } = requireOut('test/conformance/compare.js');

function record(name) {
  const full = path.join(root, '.cache/keras-apps', `${name}.expected.json`);
  if (fs.existsSync(full)) return JSON.parse(fs.readFileSync(full, 'utf8'));
  const fixture = path.join(root, 'test/fixtures/keras-apps', `${name}.json`);
  return fs.existsSync(fixture) ? JSON.parse(fs.readFileSync(fixture, 'utf8')) : undefined;
}

function kinds(e, a, entry) {
  const exp = { program: '', tensorflow: '', mode: 'v2', variables: [{ ...e, collections: e.collections ?? null, line: null }], error: null };
  const res = { variables: [{ ...a, order: 0 }], diagnostics: [] };
  return [...new Set(compare(exp, res, entry).map((d) => d.category))];
}


async function main() {
  const argv = process.argv.slice(2);
  let python = '/tmp/tf/bin/python';
  const i = argv.indexOf('--python');
  if (i >= 0) { python = argv[i + 1]; argv.splice(i, 2); }
  const env = pythonEnvironment(python);
  if (!env) { console.error(`no installed packages found for ${python}`); process.exit(2); }
  const names = argv.length ? argv : fs.readdirSync(path.join(here, 'drivers')).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)).sort();
  const analyzer = await loadAnalyzer();
  let allExact = 0, allExpected = 0;
  console.log('driver            expected  exact  wrong missing  extra  false-err  params(ours/keras)        ms');
  for (const name of names) {
    const exp = record(name);
    if (!exp) { console.log(`${name}: no record (run /tmp/tf/bin/python scripts/keras-apps/record.py ${name})`); continue; }
    const entry = path.join(here, 'drivers', `${name}.py`);
    const t0 = performance.now();
    const r = analyzer.analyze(entry, fsHost(), { packageRoots: env.roots });
    const ms = performance.now() - t0;
    const byName = new Map(r.variables.map((v) => [v.name, v]));
    const row = { exact: 0, wrong: 0, missing: 0, extra: 0 };
    const notes = [];
    for (const e of exp.variables) {
      const a = byName.get(e.name);
      if (!a) { row.missing++; if (notes.length < 8) notes.push(`missing ${e.name} ${JSON.stringify(e.shape)}`); continue; }
      const k = kinds(e, a, entry);
      if (!k.length) row.exact++;
      else { row.wrong++; if (notes.length < 8) notes.push(`wrong ${e.name}: ${k.join('/')} (keras ${JSON.stringify(e.shape)} ${JSON.stringify(e.init)}, ours ${JSON.stringify(a.shape)} ${JSON.stringify(a.initializer)})`); }
    }
    const want = new Set(exp.variables.map((v) => v.name));
    for (const v of r.variables) if (!want.has(v.name)) { row.extra++; if (notes.length < 8) notes.push(`extra ${v.name}`); }
    const raising = r.diagnostics.filter((d) => d.raises);
    for (const d of raising.slice(0, 3)) notes.push(`false error ${path.basename(d.file)}:${d.line} ${d.raises.type}: ${d.raises.message.slice(0, 120)}`);
    // model.count_params() as the analysis reports it (ProgramResult.models: the model's weights)
    const params = r.models?.filter((m) => m.className === 'Functional').pop()?.totalParams ?? NaN;
    allExact += row.exact; allExpected += exp.variables.length;
    console.log(`${name.padEnd(18)}${String(exp.variables.length).padStart(8)}${String(row.exact).padStart(7)}${String(row.wrong).padStart(7)}${String(row.missing).padStart(8)}${String(row.extra).padStart(7)}${String(raising.length).padStart(11)}  ${`${params}/${exp.count_params}`.padEnd(22)}${params === exp.count_params ? '=' : '≠'}${Math.round(ms).toString().padStart(7)}`);
    for (const n of notes) console.log(`    ${n}`);
  }
  console.log(`keras applications: ${allExact}/${allExpected} variables exact`);
}

main().catch((e) => { console.error(e); process.exit(1); });
