// Programs reached through workspace imports (src/core/typescript/reach.ts) and the TF.js front end's
// ProgramResult.models and initializer display names, on small in-memory workspaces.

import * as assert from 'assert';
import type { SourceHost } from '../../../src/core/api';
import { initializerLabel } from '../../../src/core/initializers';
import { createTypeScriptAnalyzer } from '../../../src/core/typescript/analyzer';
import { reachesTfjs } from '../../../src/core/typescript/reach';

const files: Record<string, string> = {
  '/ws/main.ts': "import { buildModel } from './model.js';\nconst m = buildModel('7,3'.split(',').map(Number));\n",
  '/ws/model.ts': "import * as tf from '@tensorflow/tfjs';\nexport function buildModel(sizes: number[]) {\n"
    + "  return tf.sequential({ layers: [tf.layers.dense({ units: sizes[0], inputShape: [4], kernelInitializer: 'heNormal' }), tf.layers.dense({ units: sizes[1], trainable: false })] });\n}\n",
  '/ws/plain.ts': "import { x } from './util';\nexport const y = x;\n",
  '/ws/util.ts': 'export const x = 1;\n',
};
const host: SourceHost = { readFile: (p) => files[p] };

describe('TF.js programs through workspace imports', () => {
  it('a driver importing a TF.js module reaches TF.js; a file importing plain modules does not', () => {
    const read = (p: string): string | undefined => files[p];
    assert.strictEqual(reachesTfjs('/ws/main.ts', files['/ws/main.ts']!, read), true);
    assert.strictEqual(reachesTfjs('/ws/plain.ts', files['/ws/plain.ts']!, read), false);
  });

  it('analyses the driver: its variables, its model with summary() counts, initializers as written', () => {
    const r = createTypeScriptAnalyzer().analyze('/ws/main.ts', host);
    assert.deepStrictEqual(r.variables.map((v) => `${v.name} ${JSON.stringify(v.shape)}`),
      ['dense_Dense1/kernel [4,7]', 'dense_Dense1/bias [7]', 'dense_Dense2/kernel [7,3]', 'dense_Dense2/bias [3]']);
    assert.deepStrictEqual(r.models?.map((m) => [m.name, m.className, m.totalParams, m.trainableParams, m.nonTrainableParams]),
      [['sequential_1', 'Sequential', 59, 35, 24]]);
    assert.deepStrictEqual(initializerLabel(r.variables[0]!.initializer), { name: 'heNormal', args: [['seed', null]] });
    assert.strictEqual(r.variables[0]!.initializer.kind, 'he_normal');
  });
});
