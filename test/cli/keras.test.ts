// Keras weight files written by real Keras (test/fixtures/checkpoints/keras, scripts/checkpoints/make_keras_fixtures.py),
// read with h5wasm: Keras 3 `.weights.h5` and `.keras` list every dataset h5py lists (path, shape, dtype) with
// bit-equal values; a frozen Keras 2 `.h5` lists the weights under the names Keras 2 gave them (model.weights).

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { runCompare } from '../../src/cli/compare';
import type { CheckpointComparison } from '../../src/core/checkpoint/compare';
import { openCheckpoint } from '../../src/host/checkpoint';
import { loadHdf5 } from '../../src/host/kerasWeights';
import { capture } from '../support/capture';

const FIX = path.resolve(__dirname, '../../../test/fixtures/checkpoints/keras');

interface Listed { name: string; shape: number[]; dtype: string; values: number[] }

describe('Keras weight files (HDF5 through h5wasm)', function () {
  this.timeout(60000);
  before(() => loadHdf5());

  for (const [label, file, listing, format] of [
    ['Keras 3 model.save_weights (.weights.h5)', 'k3.weights.h5', 'k3.list.json', 'keras-v3'],
    ['Keras 3 model.save (.keras zip)', 'k3.keras', 'k3.list.json', 'keras-v3'],
    ['frozen Keras 2 save_weights (.h5)', 'k2.h5', 'k2.list.json', 'keras-h5'],
  ] as const) {
    it(`${label}: names, shapes, dtypes and values as Keras wrote them`, () => {
      const listed = JSON.parse(fs.readFileSync(path.join(FIX, listing), 'utf8')) as Listed[];
      const w = openCheckpoint(path.join(FIX, file));
      assert.strictEqual(w.format, format);
      assert.deepStrictEqual(w.index.entries.map((e) => [e.name, e.shape, e.dtype]), listed.map((l) => [l.name, l.shape, l.dtype]));
      for (const l of listed) assert.deepStrictEqual(w.values(l.name).values, l.values, l.name);
    });
  }

  it('a file that is not HDF5 gets a message, not a crash', () => {
    assert.throws(() => openCheckpoint(path.join(FIX, 'k3.list.json').replace('.json', '.h5')), /no such file/);
    const bad = path.join(FIX, '..', 'files', 'list.json');
    const tmp = `${bad}.tmp.h5`;
    fs.copyFileSync(bad, tmp);
    try {
      assert.throws(() => openCheckpoint(tmp), /not an HDF5 file/);
    } finally {
      fs.rmSync(tmp, { force: true });
    }
  });

  it('tfscope compare takes a Keras 2 .h5: a like program\'s layers restored by name, the added one missing', async () => {
    const prog = path.join(FIX, '..', 'programs', 'keras2.py');
    const r = await capture(runCompare, [prog, '--checkpoint', path.join(FIX, 'k2.h5'), '--json']);
    assert.strictEqual(r.code, 1, r.err);
    const c = JSON.parse(r.out) as CheckpointComparison;
    assert.deepStrictEqual(c.variables.map((v) => [v.name, v.status]), [
      ['dense/kernel', 'restored'], ['dense/bias', 'restored'], ['mid/kernel', 'restored'], ['head/kernel', 'mismatched'], ['head/bias', 'mismatched'],
    ]);
  });
});
