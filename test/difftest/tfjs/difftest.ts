// The TF.js differential tester: generates programs (programGen.ts), runs each with the real @tensorflow/tfjs
// (pool.ts) and with the analyzer, compares them with the conformance comparator (tfjsCompare.ts), shrinks
// each mismatch (shrink.ts) and can save the shrunk ones as conformance fixtures. Contract: the same
// (seed, n) gives the same programs; programs are written under a fresh temporary directory.

import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Analyzer } from '../../../src/core/api';
import { createTypeScriptAnalyzer } from '../../../src/core/typescript/analyzer';
import { fsHost } from '../../../src/host/node';
import { compareTfjs, type DiffCategory, type Difference, type Expected } from '../../conformance/tfjsCompare';
import { TfjsPool, REPO, type TfjsRecord } from './pool';
import { generate } from './programGen';
import { render } from './render';
import { shrink } from './shrink';
import type { Program } from './spec';

export type Category = DiffCategory | 'crash' | 'tfjs-crash';
export const CATEGORIES: readonly Category[] = ['names', 'shape', 'dtype', 'trainable', 'initializer', 'line', 'error', 'models', 'crash', 'tfjs-crash'];

export interface Mismatch {
  seed: number;
  categories: Category[];
  diffs: string[];
  source: string;
  /** The shrunk program and its differences (when shrinking ran). */
  shrunk?: { source: string; diffs: string[] };
}

export interface DifftestOptions {
  n: number;
  seed: number;
  tfjsDir: string;
  jobs?: number;
  /** Shrink at most this many mismatches (default: every one). */
  shrinkLimit?: number;
  log?: (line: string) => void;
  /** Generate feature blocks only (featureGen.ts). */
  featuresOnly?: boolean;
}

export interface DifftestResult {
  n: number;
  seed: number;
  mismatches: Mismatch[];
  counts: Record<Category, number>;
  ms: number;
}

/** The seed of program `i` of a run seeded `seed`. */
export function programSeed(seed: number, i: number): number {
  return (Math.imul(seed >>> 0, 1000003) + i) >>> 0;
}

interface Outcome {
  categories: Category[];
  diffs: Difference[];
  tfjsError: string | null;
}

class Checker {
  private readonly analyzer: Analyzer = createTypeScriptAnalyzer();
  private readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tfscope-difftest-'));
  private count = 0;
  constructor(private readonly pool: TfjsPool) {}

  async check(p: Program): Promise<Outcome> {
    const file = path.join(this.dir, `p${this.count++}.ts`);
    fs.writeFileSync(file, render(p));
    const rec = await this.pool.run(file, this.dir);
    const out = this.outcome(rec, file);
    fs.rmSync(file, { force: true });
    return out;
  }

  private outcome(rec: TfjsRecord, file: string): Outcome {
    if ('crash' in rec) return { categories: ['tfjs-crash'], diffs: [{ category: 'error', text: `TF.js worker: ${rec.crash}` }], tfjsError: null };
    const r = this.analyzer.analyze(file, fsHost());
    this.analyzer.invalidate(file);
    const crash = r.diagnostics.find((d) => d.code === 'internal-error');
    if (crash) return { categories: ['crash'], diffs: [{ category: 'error', text: crash.message }], tfjsError: rec.error?.type ?? null };
    const diffs = compareTfjs({ program: path.basename(file), ...rec } as Expected, r, file, this.dir);
    return { categories: [...new Set(diffs.map((d) => d.category))], diffs, tfjsError: rec.error?.type ?? null };
  }

  dispose(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Shrinks `p` while it keeps failing in `category` (and TF.js raises no new error). */
async function shrinkMismatch(checker: Checker, p: Program, first: Outcome): Promise<{ source: string; diffs: string[] }> {
  const category = first.categories[0]!;
  let last: Outcome = first;
  const small = await shrink(p, async (c) => {
    const o = await checker.check(c);
    const ok = o.categories.includes(category) && (o.tfjsError === first.tfjsError || category === 'error');
    if (ok) last = o;
    return ok;
  });
  return { source: render(small), diffs: last.diffs.map((d) => d.text) };
}

/** Runs `n` programs from `seed`; counts the programs of each mismatch category and shrinks the mismatches. */
export async function runDifftest(o: DifftestOptions): Promise<DifftestResult> {
  const t0 = Date.now();
  const pool = new TfjsPool(o.tfjsDir, o.jobs ?? Math.max(1, os.cpus().length));
  const checker = new Checker(pool);
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  const mismatches: Mismatch[] = [];
  const failing: { p: Program; out: Outcome; m: Mismatch }[] = [];
  try {
    let done = 0;
    await Promise.all(Array.from({ length: o.n }, async (_, i) => {
      const seed = programSeed(o.seed, i);
      const p = generate(seed, o.featuresOnly);
      const out = await checker.check(p);
      if (++done % 100 === 0) o.log?.(`  ${done}/${o.n} programs`);
      if (!out.categories.length) return;
      for (const c of out.categories) counts[c]++;
      const m: Mismatch = { seed, categories: out.categories, diffs: out.diffs.map((d) => d.text), source: render(p) };
      mismatches.push(m);
      failing.push({ p, out, m });
    }));
    failing.sort((a, b) => a.m.seed - b.m.seed);
    mismatches.sort((a, b) => a.seed - b.seed);
    for (const f of failing.slice(0, o.shrinkLimit ?? failing.length)) {
      if (f.out.categories[0] === 'tfjs-crash') continue;
      f.m.shrunk = await shrinkMismatch(checker, f.p, f.out);
    }
  } finally {
    pool.close();
    checker.dispose();
  }
  return { n: o.n, seed: o.seed, mismatches, counts, ms: Date.now() - t0 };
}

/** The mismatch table: programs per category. */
export function table(r: DifftestResult): string {
  const rows = CATEGORIES.map((c) => `  ${c.padEnd(12)} ${String(r.counts[c]).padStart(6)}`);
  const head = `TF.js difftest: ${r.n} programs (seed ${r.seed}), ${r.mismatches.length} mismatching, ${(r.ms / 1000).toFixed(1)} s`;
  return [head, '  category     programs', ...rows].join('\n');
}

/** Saves the shrunk mismatches as conformance fixtures (NNN_difftest_<category>.ts) and records them with TF.js. */
export function saveFixtures(r: DifftestResult, tfjsDir: string, log: (s: string) => void): void {
  const programs = path.join(REPO, 'test/conformance/tfjs/programs');
  const taken = fs.readdirSync(programs).map((f) => Number(/^(\d{3,4})_/.exec(f)?.[1] ?? 0));
  let next = Math.max(0, ...taken) + 1;
  const seen = new Set<string>();
  for (const m of r.mismatches) {
    if (!m.shrunk || seen.has(m.shrunk.source)) continue;
    seen.add(m.shrunk.source);
    const name = `${String(next++).padStart(3, '0')}_difftest_${m.categories[0]}_${m.seed}.ts`;
    fs.writeFileSync(path.join(programs, name), `// Found by the TF.js differential tester (npm run difftest), program seed ${m.seed}, shrunk.\n${m.shrunk.source}`);
    const rec = spawnSync(process.execPath, [path.join(REPO, 'scripts/conformance/generate-tfjs.mjs'), '--tfjs', tfjsDir, name.slice(0, 3)], { encoding: 'utf8' });
    log(`saved ${name}: ${rec.stdout.trim() || rec.stderr.trim()}`);
  }
}
