// The TF.js differential tester as a test: a fixed-seed run of generated TF.js programs (test/difftest/tfjs/),
// each recorded by the real @tensorflow/tfjs 4.22 and analysed by the TypeScript front end, must give no
// mismatch. Skipped, with a message, when @tensorflow/tfjs is not installed (node_modules, $TFJS_DIR or
// /tmp/tfjs-ref); `npm run difftest -- --lang tfjs` runs bigger batches and shrinks what it finds.

import * as assert from 'assert';
import { runDifftest, table } from './tfjs/difftest';
import { findTfjs } from './tfjs/pool';
import { generate } from './tfjs/programGen';
import { render } from './tfjs/render';

const N = 150;
const SEED = 20261207;

describe('TF.js differential test (generated programs against real TF.js)', function () {
  it('generates the same program from the same seed, and different ones from different seeds', function () {
    assert.strictEqual(render(generate(42)), render(generate(42)));
    assert.notStrictEqual(render(generate(42)), render(generate(43)));
    assert.match(render(generate(42)), /^import \* as tf from '@tensorflow\/tfjs';\n/);
  });

  it(`${N} programs (seed ${SEED}) give the analyzer's variables exactly as TF.js creates them`, async function () {
    const tfjsDir = findTfjs();
    if (!tfjsDir) {
      console.log('    @tensorflow/tfjs is not installed: the differential test is skipped');
      this.skip();
    }
    this.timeout(300_000);
    const r = await runDifftest({ n: N, seed: SEED, tfjsDir: tfjsDir!, shrinkLimit: 3 });
    console.log(`    ${table(r).split('\n')[0]}`);
    const shown = r.mismatches.slice(0, 3).map((m) => {
      const s = m.shrunk ?? { source: m.source, diffs: m.diffs };
      return `program seed ${m.seed} (${m.categories.join(', ')}):\n${s.source}${s.diffs.join('\n')}`;
    });
    assert.strictEqual(r.mismatches.length, 0, `${table(r)}\n\n${shown.join('\n\n')}`);
    assert.strictEqual(r.counts['tfjs-crash'], 0);
  });
});
