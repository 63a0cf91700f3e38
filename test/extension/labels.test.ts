// Program labels in the tree: bare file names, folder-qualified only where names repeat, as deep as needed.
import * as assert from 'assert';
import { programLabels } from '../../src/extension/format';

describe('program labels', () => {
  it('qualifies repeated file names by as many folders as tell them apart', () => {
    const files = ['/ws/bert/modeling.py', '/ws/albert/modeling.py', '/ws/bert/run_classifier.py', '/ws/gpt2/src/model.py', '/ws/gpt3/src/model.py', '/ws/model.py'];
    const labels = programLabels(files);
    assert.deepStrictEqual(files.map((f) => labels.get(f)), ['bert/modeling.py', 'albert/modeling.py', 'run_classifier.py', 'gpt2/src/model.py', 'gpt3/src/model.py', 'ws/model.py']);
  });
  it('keeps bare names when they are unique', () => {
    assert.deepStrictEqual([...programLabels(['/a/x.py', '/b/y.py']).values()], ['x.py', 'y.py']);
  });
});
