// `npm run public-keras [--python PATH] [name...]`: analyses each public Keras program (restored and edited by restore.sh,
// recorded by record.py into .cache/public-keras/<name>/) with the analyzer as the CLI runs it with `--python PATH`
// (default /tmp/tf/bin/python: the packages it does not model, keras.applications, followed as source), and compares with the record
// through the conformance comparator (scripts/lib/score.mjs, shared with scripts/public-models). Prints per program:
// variables expected, exact, unknown, wrong (shape/dtype/init), missing, extra, false errors; then the totals line.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireOut, root } from '../lib/out.mjs';
import { scoreProgram, table } from '../lib/score.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const { loadAnalyzer, fsHost } = requireOut('src/host/node.js');
const { pythonEnvironment } = requireOut('src/host/pythonEnv.js');

async function main() {
  const argv = process.argv.slice(2);
  let python = '/tmp/tf/bin/python';
  const pi = argv.indexOf('--python');
  if (pi >= 0) { python = argv[pi + 1]; argv.splice(pi, 2); }
  const env = pythonEnvironment(python);
  if (!env) { console.error(`no installed packages found for ${python}`); process.exit(2); }
  const names = argv.length ? argv
    : fs.readdirSync(here).filter((d) => fs.existsSync(path.join(here, d, 'program.json'))).sort();
  const analyzer = await loadAnalyzer();
  const t = table(36);
  t.header('program');
  let missingRecords = 0;
  for (const name of names) {
    const spec = JSON.parse(fs.readFileSync(path.join(here, name, 'program.json'), 'utf8'));
    const dir = path.join(root, '.cache/public-keras', name);
    const entry = path.join(dir, spec.files[0]);
    const rec = path.join(dir, `${name}.expected.json`);
    if (!fs.existsSync(entry) || !fs.existsSync(rec)) {
      console.log(`${name.padEnd(36)} not restored/recorded: scripts/public-keras/restore.sh ${name} && /tmp/tf/bin/python scripts/public-keras/record.py ${name}`);
      missingRecords++;
      continue;
    }
    t.row(name, scoreProgram(analyzer, fsHost(), entry, JSON.parse(fs.readFileSync(rec, 'utf8')), { packageRoots: env.roots }));
  }
  t.end('public keras');
  if (missingRecords) process.exitCode = 1;
}

main().catch((e) => { console.error(e); process.exit(1); });
