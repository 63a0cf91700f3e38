// `npm run public-keras2 [name...]`: analyses each published Keras 2 program (restored and edited by restore.sh,
// recorded by record.py into .cache/public-keras2/<name>/) as the CLI would, with the target the analyzer decides
// itself (the table's target column), and compares with the record (scripts/lib/run-programs.mjs).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPrograms } from '../lib/run-programs.mjs';

runPrograms(path.dirname(fileURLToPath(import.meta.url)), 'public-keras2', 'public keras2', process.argv.slice(2))
  .catch((e) => { console.error(e); process.exit(1); });
