// `npm run difftest -- --lang tfjs [--n 2000] [--seed S] [--jobs J] [--tfjs DIR] [--shrink K] [--save] [--quiet] [--features]`:
// runs the TF.js differential tester, prints each shrunk mismatch and the table of mismatches by category;
// `--save` writes the shrunk ones as conformance fixtures. Called by scripts/difftest/run.mjs. Exit code: 0
// when no program mismatches, 1 otherwise, 2 on bad usage or when @tensorflow/tfjs is not installed.

import { findTfjs } from './pool';
import { runDifftest, saveFixtures, table } from './difftest';

function parse(argv: string[]): Record<string, string | boolean> {
  const o: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) continue;
    const next = argv[i + 1];
    if (next !== undefined && !next.startsWith('--')) o[a.slice(2)] = argv[++i]!;
    else o[a.slice(2)] = true;
  }
  return o;
}

export async function main(argv: string[]): Promise<number> {
  const o = parse(argv);
  const tfjsDir = findTfjs(typeof o['tfjs'] === 'string' ? o['tfjs'] : undefined);
  if (!tfjsDir) {
    console.error('@tensorflow/tfjs is not installed: npm install --prefix /tmp/tfjs-ref @tensorflow/tfjs@4.22.0 (or pass --tfjs DIR)');
    return 2;
  }
  const n = Number(o['n'] ?? 200);
  const seed = Number(o['seed'] ?? 1);
  if (!Number.isInteger(n) || n < 1 || !Number.isInteger(seed)) {
    console.error('usage: --n <programs> --seed <integer>');
    return 2;
  }
  const log = (s: string): void => console.log(s);
  const r = await runDifftest({
    n, seed, tfjsDir, log,
    ...(o['jobs'] ? { jobs: Number(o['jobs']) } : {}),
    featuresOnly: o['features'] === true,
    shrinkLimit: o['shrink'] !== undefined ? Number(o['shrink']) : 20,
  });
  if (!o['quiet']) {
    for (const m of r.mismatches) {
      console.log(`\n=== program seed ${m.seed}: ${m.categories.join(', ')}`);
      const shown = m.shrunk ?? { source: m.source, diffs: m.diffs };
      console.log(`${m.shrunk ? '--- shrunk:\n' : ''}${shown.source}--- differences:\n    ${shown.diffs.join('\n    ')}`);
    }
  }
  console.log(`\n${table(r)}`);
  if (o['save']) saveFixtures(r, tfjsDir, log);
  return r.mismatches.length ? 1 : 0;
}
