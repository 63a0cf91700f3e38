// `npm run public-models [name...]`: analyses each public model's drivers (restored by restore.sh, recorded by
// record.py into .cache/public-models/<name>/) with the analyzer as the CLI runs it (target auto) and compares
// with the record through the conformance comparator (scripts/lib/score.mjs). Prints per driver: variables
// expected, exact, unknown (only the shape differs, and ours leaves unknown what TF knew: a null shape or null
// dims, the rest equal), wrong (shape/dtype/init), missing, extra, false errors; totals.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireOut, root } from '../lib/out.mjs';
import { scoreProgram, table } from '../lib/score.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const { loadAnalyzer, fsHost } = requireOut('src/host/node.js');

async function main() {
  const names = process.argv.slice(2).length ? process.argv.slice(2)
    : fs.readdirSync(here).filter((d) => fs.existsSync(path.join(here, d, 'model.json'))).sort();
  const analyzer = await loadAnalyzer();
  const t = table(30);
  t.header('model/driver');
  let missingRecords = 0;
  for (const name of names) {
    const spec = JSON.parse(fs.readFileSync(path.join(here, name, 'model.json'), 'utf8'));
    const dir = path.join(root, '.cache/public-models', name);
    const driverDir = path.join(dir, path.dirname(spec.files[0]));
    for (const d of spec.drivers) {
      const entry = path.join(driverDir, d);
      const rec = path.join(dir, d.replace(/\.py$/, '.expected.json'));
      if (!fs.existsSync(entry) || !fs.existsSync(rec)) {
        console.log(`${`${name}/${d}`.padEnd(30)} not restored/recorded: scripts/public-models/restore.sh ${name} && /tmp/tf/bin/python scripts/public-models/record.py ${name}`);
        missingRecords++;
        continue;
      }
      const exp = JSON.parse(fs.readFileSync(rec, 'utf8'));
      t.row(`${name}/${d.replace(/\.py$/, '')}`, scoreProgram(analyzer, fsHost(), entry, exp));
    }
  }
  t.end('public models');
  if (missingRecords) process.exitCode = 1;
}

main().catch((e) => { console.error(e); process.exit(1); });
