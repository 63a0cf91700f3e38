// The run step of the published-program harnesses (scripts/public-keras, scripts/public-keras2): analyses each
// program restored into .cache/<cache>/<name>/ with the analyzer as the CLI runs it (the target it decides itself)
// and compares with the record there through scripts/lib/score.mjs; prints the table, exit 1 when one is missing.
import fs from 'node:fs';
import path from 'node:path';
import { requireOut, root } from './out.mjs';
import { scoreProgram, table } from './score.mjs';

/**
 * Runs the harness in folder `here` on `names` (default: every <name>/program.json), titled `label`. `--python PATH`
 * among them (default /tmp/tf/bin/python): the environment whose installed packages are followed as source, as
 * `tfscope scan --python` does.
 */
export async function runPrograms(here, cache, label, argv) {
  const { loadAnalyzer, fsHost } = requireOut('src/host/node.js');
  const { pythonEnvironment } = requireOut('src/host/pythonEnv.js');
  let names = [...argv];
  let python = '/tmp/tf/bin/python';
  const pi = names.indexOf('--python');
  if (pi >= 0) { python = names[pi + 1]; names.splice(pi, 2); }
  const env = pythonEnvironment(python);
  if (!env) { console.error(`no installed packages found for ${python}`); process.exit(2); }
  names = names.length ? names : fs.readdirSync(here).filter((d) => fs.existsSync(path.join(here, d, 'program.json'))).sort();
  const analyzer = await loadAnalyzer();
  const t = table(36);
  t.header('program');
  let missingRecords = 0;
  for (const name of names) {
    const spec = JSON.parse(fs.readFileSync(path.join(here, name, 'program.json'), 'utf8'));
    const dir = path.join(root, '.cache', cache, name);
    const entry = path.join(dir, spec.files[0]);
    const rec = path.join(dir, `${name}.expected.json`);
    if (!fs.existsSync(entry) || !fs.existsSync(rec)) {
      const h = path.relative(root, here);
      console.log(`${name.padEnd(36)} not restored/recorded: ${h}/restore.sh ${name} && /tmp/tf/bin/python ${h}/record.py ${name}`);
      missingRecords++;
      continue;
    }
    t.row(name, scoreProgram(analyzer, fsHost(), entry, JSON.parse(fs.readFileSync(rec, 'utf8')), { packageRoots: env.roots }));
  }
  t.end(label);
  if (missingRecords) process.exitCode = 1;
}
