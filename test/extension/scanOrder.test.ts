// Unit tests of the first scan's order (src/extension/scanOrder.ts): open files first, then modules that import no
// workspace module (absolute, dotted and relative Python imports; relative TS/JS imports), then the rest; stable
// within each group, and an import of a module outside the workspace (or of the file's own name) does not count.
import * as assert from 'assert';
import { firstScanOrder, importsWorkspaceModule, workspaceModuleNames } from '../../src/extension/scanOrder';

const files: Record<string, string> = {
  '/ws/run_classifier.py': 'import collections\nimport modeling\nimport tensorflow as tf\n',
  '/ws/modeling.py': 'import copy\nimport json\nimport six\nimport tensorflow as tf\n',
  '/ws/optimization.py': 'import re\nimport tensorflow as tf\n',
  '/ws/pkg/train.py': 'from pkg.layers import dense\n',
  '/ws/pkg/layers.py': 'from . import base\n',
  '/ws/pkg/base.py': 'import numpy as np, tensorflow as tf\n',
  '/ws/tokenization.py': 'import tokenization_helpers as h\n',
  '/ws/web/model.ts': "import * as tf from '@tensorflow/tfjs';\n",
  '/ws/web/train.ts': "import * as tf from '@tensorflow/tfjs';\nimport { build } from './model';\n",
};

describe('first scan order', () => {
  const names = workspaceModuleNames(Object.keys(files));

  it('knows which files import a workspace module', () => {
    const imports = Object.keys(files).filter((f) => importsWorkspaceModule(f, files[f]!, names));
    assert.deepStrictEqual(imports, ['/ws/run_classifier.py', '/ws/pkg/train.py', '/ws/pkg/layers.py', '/ws/web/train.ts']);
  });

  it('puts open files first, then leaf modules, then the importing programs, each group in its given order', () => {
    const order = firstScanOrder(Object.keys(files), (f) => f === '/ws/pkg/train.py', (f) => files[f]);
    assert.deepStrictEqual(order, [
      '/ws/pkg/train.py',
      '/ws/modeling.py', '/ws/optimization.py', '/ws/pkg/base.py', '/ws/tokenization.py', '/ws/web/model.ts',
      '/ws/run_classifier.py', '/ws/pkg/layers.py', '/ws/web/train.ts',
    ]);
  });

  it('treats an unreadable file as importing nothing', () => {
    assert.deepStrictEqual(firstScanOrder(['/ws/b.py', '/ws/a.py'], () => false, (f) => (f === '/ws/b.py' ? 'import a\n' : undefined)), ['/ws/a.py', '/ws/b.py']);
  });
});
