// One differential check: write a program tree to a file, run it under real TensorFlow (the worker pool) and
// under the analyzer, compare with the conformance comparator (out/test/conformance/compare.js, so `tsc -b`
// first) and return the mismatch categories. Also the shrinker: greedy one-step reductions that keep the bug.

import * as fs from 'fs';
import * as path from 'path';
import { createRequire } from 'module';
import { fileURLToPath } from 'url';
import { reductions, render, size } from './program.mjs';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Categories from most to least fundamental: a shrunk program keeps its first one. */
export const CATEGORIES = ['crash', 'error', 'names', 'shape', 'dtype', 'trainable', 'collections', 'initializer', 'line', 'models'];

/**
 * The analyzer and comparator from out/; `baseline`: another build's out/ whose analyzer is also compared;
 * `analyzerOut`: take the analyzer itself from another build (to shrink and save what an older build got wrong).
 */
export async function loadTools(baseline, analyzerOut) {
  const out = path.join(ROOT, 'out');
  if (!fs.existsSync(path.join(out, 'test/conformance/compare.js'))) throw new Error('out/ is missing the comparator: run `npx tsc -b` first');
  const { loadAnalyzer, fsHost } = require(path.join(analyzerOut ? path.resolve(analyzerOut) : out, 'src/host/node.js'));
  const { compare } = require(path.join(out, 'test/conformance/compare.js'));
  const tools = { analyzer: await loadAnalyzer(), host: fsHost(), compare };
  if (baseline) tools.baseline = await require(path.join(path.resolve(baseline), 'src/host/node.js')).loadAnalyzer();
  return tools;
}

function analyze(tools, analyzer, record, full) {
  try {
    // The records are TensorFlow 2.21 with Keras 3: the analysis targets exactly that, as the conformance suite does
    // (with 'auto', TF1 API use would make it assume TF 1.15/2.15, where tf.compat.v1.layers still exist).
    return tools.compare(record, analyzer.analyze(full, tools.host, { target: 'keras3' }), full);
  } catch (e) {
    return [{ category: 'crash', text: `analyzer threw: ${String(e && e.stack ? e.stack.split('\n').slice(0, 3).join(' ') : e)}` }];
  }
}

/**
 * Runs `nodes` as `dir/file` in TF and the analyzer. Resolves to { skip } when TF's side failed (recorder crash
 * or timeout), else { cats: Set, diffs: [{category,text}], record } (and baseCats with a baseline analyzer).
 */
export async function check(tools, pool, dir, file, nodes) {
  const full = path.join(dir, file);
  fs.writeFileSync(full, render(nodes) + '\n');
  const rec = await pool.run(full);
  if (!rec.result) return { skip: rec.crash ?? 'no result' };
  const diffs = analyze(tools, tools.analyzer, rec.result, full);
  const out = { cats: new Set(diffs.map((d) => d.category)), diffs, record: rec.result };
  if (tools.baseline) out.baseCats = new Set(analyze(tools, tools.baseline, rec.result, full).map((d) => d.category));
  return out;
}

export function primary(cats) {
  return CATEGORIES.find((c) => cats.has(c));
}

/**
 * Shrinks a mismatching program: tries one-step reductions (`jobs` at a time) and keeps the first that still
 * shows the primary category and no category the original did not have; repeats until none applies or
 * `budget` checks are spent. Resolves to { nodes, diffs, checks }.
 */
export async function shrink(tools, pool, dir, stem, nodes, found, { jobs = 2, budget = 400 } = {}) {
  const want = primary(found.cats);
  let cur = nodes;
  let diffs = found.diffs;
  let checks = 0;
  let k = 0;
  const errType = (res) => res.record?.error?.type ?? null;
  // the same bug: its primary category, nothing new, and TensorFlow raising the same exception type (or none)
  const keeps = (res) => res.cats && res.cats.has(want) && [...res.cats].every((c) => found.cats.has(c)) && errType(res) === errType(found);
  for (let progress = true; progress && checks < budget;) {
    progress = false;
    const cands = [...reductions(cur)];
    for (let i = 0; i < cands.length && checks < budget; i += jobs) {
      const batch = cands.slice(i, i + jobs);
      const results = await Promise.all(batch.map((c) => check(tools, pool, dir, `${stem}_s${k++}.py`, c)));
      checks += batch.length;
      const hit = results.findIndex(keeps);
      if (hit >= 0 && size(batch[hit]) < size(cur)) {
        cur = batch[hit];
        diffs = results[hit].diffs;
        progress = true;
        break;
      }
    }
  }
  return { nodes: cur, diffs, checks };
}
