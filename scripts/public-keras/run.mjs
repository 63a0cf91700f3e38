// `npm run public-keras [--python PATH] [name...]`: analyses each public Keras program (restored and edited by
// restore.sh, recorded by record.py into .cache/public-keras/<name>/) with the analyzer as the CLI runs it with
// `--python PATH` (default /tmp/tf/bin/python: packages it does not model, keras.applications, read as source), and
// compares with the record
// (scripts/lib/run-programs.mjs, through scripts/lib/score.mjs). Prints per program: variables expected, exact,
// unknown, wrong (shape/dtype/init), missing, extra, false errors; then the totals line.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPrograms } from '../lib/run-programs.mjs';

runPrograms(path.dirname(fileURLToPath(import.meta.url)), 'public-keras', 'public keras', process.argv.slice(2))
  .catch((e) => { console.error(e); process.exit(1); });
