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

  it('Keras 3 model.save to a legacy .h5: each weight under its layer group (layer_names, weight_names), values as h5py reads them', () => {
    const listed = JSON.parse(fs.readFileSync(path.join(FIX, 'k3legacy.list.json'), 'utf8')) as Listed[];
    const w = openCheckpoint(path.join(FIX, 'k3legacy.h5'));
    assert.strictEqual(w.format, 'keras-h5');
    assert.deepStrictEqual(w.index.entries.map((e) => [e.group, e.name]), [
      ['dense', 'sequential/dense/kernel'], ['dense', 'sequential/dense/bias'],
      ['bn', 'sequential/bn/gamma'], ['bn', 'sequential/bn/beta'], ['bn', 'sequential/bn/moving_mean'], ['bn', 'sequential/bn/moving_variance'],
      ['head', 'sequential/head/kernel'], ['head', 'sequential/head/bias'],
    ]);
    assert.strictEqual(listed.length, w.index.entries.length);
    for (const e of w.index.entries) {
      const l = listed.find((x) => x.name === `model_weights/${e.group!}/${e.name}`)!;
      assert.deepStrictEqual([e.shape, e.dtype, w.values(e.name).values], [l.shape, l.dtype, l.values], e.name);
    }
  });

  it('tfscope compare lines a Keras 3 program up with a .weights.h5 by the class-keyed paths Keras writes (not by layer names)', async () => {
    const dir = path.join(FIX, '..', 'keras_load');
    const same = await capture(runCompare, [path.join(dir, '01_same.py'), path.join(FIX, 'k3.weights.h5'), '--json']);
    assert.strictEqual(same.code, 0, same.err);
    const c = JSON.parse(same.out) as CheckpointComparison;
    assert.deepStrictEqual(c.variables.map((v) => [v.name, v.status, v.tensor]), [
      ['sequential/a/kernel', 'restored', 'layers/dense/vars/0'], ['sequential/a/bias', 'restored', 'layers/dense/vars/1'],
      ['sequential/b/gamma', 'restored', 'layers/batch_normalization/vars/0'], ['sequential/b/beta', 'restored', 'layers/batch_normalization/vars/1'],
      ['sequential/b/moving_mean', 'restored', 'layers/batch_normalization/vars/2'], ['sequential/b/moving_variance', 'restored', 'layers/batch_normalization/vars/3'],
      ['sequential/c/kernel', 'restored', 'layers/dense_1/vars/0'], ['sequential/c/bias', 'restored', 'layers/dense_1/vars/1'],
    ]);
    assert.strictEqual(c.counts.unused, 0);
    // the wider head (Keras raised ValueError for it, keras_load/expected.json): both weights mismatched at their entries; the .keras zip the same
    const wide = JSON.parse((await capture(runCompare, [path.join(dir, '02_wider_head.py'), path.join(FIX, 'k3.keras'), '--json'])).out) as CheckpointComparison;
    assert.deepStrictEqual(wide.variables.filter((v) => v.status !== 'restored').map((v) => [v.name, v.status, v.checkpoint?.shape]), [['sequential/c/kernel', 'mismatched', [3, 2]], ['sequential/c/bias', 'mismatched', [2]]]);
  });

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
