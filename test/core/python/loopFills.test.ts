// A list, set or dict filled by a loop over an iterable the analysis cannot know (a file outside the workspace)
// has unknown contents after the loop: sizes counted from it stay unknown (null dims), never the one pass's count
// nor an error TensorFlow would not raise (keras.io's seq2seq counting characters of its data file).
import * as assert from 'assert';
import type { Analyzer } from '../../../src/core/api';
import type { ProgramResult } from '../../../src/core/model';
import { loadAnalyzer } from '../../../src/host/node';

const SRC = `import keras
chars = set()
texts = []
index = {}
with open("data/fra.txt") as f:
    lines = f.read().split("\\n")
for line in lines:
    texts.append(line)
    for ch in line:
        if ch not in chars:
            chars.add(ch)
    index[line] = len(index)
known = []
for w in ["a", "b"]:
    known.append(w)
inputs = keras.Input(shape=(len(texts), len(sorted(chars))))
x = keras.layers.Dense(len(index))(inputs)
x = keras.layers.Dense(len(known))(x)
`;

describe('containers filled by a loop over an unknown iterable', function () {
  let analyzer: Analyzer;
  before(async () => {
    analyzer = await loadAnalyzer();
  });
  const run = (src: string): ProgramResult => analyzer.analyze('/ws/main.py', { readFile: (p) => (p === '/ws/main.py' ? src : undefined) });

  it('sizes counted from them are unknown, and a known loop still counts', () => {
    const r = run(SRC);
    assert.deepStrictEqual(r.variables.map((v) => [v.name, v.shape]), [
      ['dense/kernel', [null, null]], ['dense/bias', [null]], ['dense_1/kernel', [null, 2]], ['dense_1/bias', [2]],
    ]);
    assert.deepStrictEqual(r.diagnostics.filter((d) => d.raises), []);
  });
});
