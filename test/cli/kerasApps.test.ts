// Acceptance on the Keras application models read from an installed Keras 3 (issue 11, item 5/6): each driver of
// scripts/keras-apps/drivers/ analysed with the environment's site-packages followed as source, against the record
// of real Keras 3.15 (test/fixtures/keras-apps/, written by scripts/keras-apps/record.py --fixtures): every name,
// shape, dtype, trainable flag and initializer distribution, and the model's count_params(). Runs when the
// environment exists ($TFSCOPE_TEST_PYTHON, default /tmp/tf/bin/python); skips saying so otherwise.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Analyzer } from '../../src/core/api';
import { loadAnalyzer, fsHost } from '../../src/host/node';
import { pythonEnvironment, type PythonEnv } from '../../src/host/pythonEnv';
import { compare, type Expected } from '../conformance/compare';

const REPO = path.resolve(__dirname, '../../..');
const DRIVERS = path.join(REPO, 'scripts/keras-apps/drivers');
const FIXTURES = path.join(REPO, 'test/fixtures/keras-apps');
const PYTHON = process.env.TFSCOPE_TEST_PYTHON ?? '/tmp/tf/bin/python';

interface AppRecord {
  count_params: number;
  error: null;
  variables: { name: string; shape: number[]; dtype: string; trainable: boolean; init: Expected['variables'][number]['init'] }[];
}

function kerasEnvironment(): PythonEnv | undefined {
  const env = pythonEnvironment(PYTHON);
  return env?.roots.some((r) => fs.existsSync(path.join(r, 'keras/src/applications/resnet.py'))) ? env : undefined;
}

describe('Keras applications from an installed Keras 3', function () {
  this.timeout(120_000);
  let analyzer: Analyzer;
  let env: PythonEnv | undefined;
  before(async function () {
    env = kerasEnvironment();
    if (!env) {
      // eslint-disable-next-line no-console
      console.log(`      skipped: no Keras 3 installed for ${PYTHON} (set TFSCOPE_TEST_PYTHON to an interpreter with keras 3.15)`);
      this.skip();
    }
    analyzer = await loadAnalyzer();
  });

  for (const file of fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.json')).sort()) {
    const name = file.slice(0, -5);
    it(`${name}: every variable as Keras made it, and count_params()`, () => {
      const rec = JSON.parse(fs.readFileSync(path.join(FIXTURES, file), 'utf8')) as AppRecord;
      const entry = path.join(DRIVERS, `${name}.py`);
      const r = analyzer.analyze(entry, fsHost(), { packageRoots: env!.roots });
      const exp: Expected = {
        program: `${name}.py`, tensorflow: '2.21.0', mode: 'v2', error: null,
        variables: rec.variables.map((v) => ({ ...v, collections: null, line: null })),
      };
      const diffs = compare(exp, r, entry).map((d) => `${d.category}: ${d.text}`);
      assert.deepStrictEqual(diffs.slice(0, 10), [], `${diffs.length} differences`);
      assert.strictEqual(r.variables.length, rec.variables.length);
      const model = r.models?.filter((m) => m.className === 'Functional').pop(); // the driver's model is made last
      assert.strictEqual(model?.totalParams, rec.count_params);
    });
  }
});
