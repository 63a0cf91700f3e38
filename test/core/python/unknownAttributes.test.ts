// Objects whose attributes are set under names the analysis cannot know (`setattr(o, name, v)`,
// `o.__dict__[key] = v` from a config file it cannot read): their attributes become unknown instead of keeping
// the defaults they had, so shapes built from them are `?`, never a stale value; known names still work.

import * as assert from 'assert';
import type { Analyzer } from '../../../src/core/api';
import { loadAnalyzer } from '../../../src/host/node';

let analyzer: Analyzer;
before(async () => {
  analyzer = await loadAnalyzer();
});

const shapes = (source: string): [string, (number | null)[] | null][] => {
  const r = analyzer.analyze('/ws/main.py', { readFile: (f) => (f === '/ws/main.py' ? source : undefined) });
  return r.variables.map((v) => [v.name, v.shape]);
};

const CONFIG = `import json
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

class Config(object):
    def __init__(self, vocab_size, hidden_size=768):
        self.vocab_size = vocab_size
        self.hidden_size = hidden_size

    @classmethod
    def from_dict(cls, d):
        config = Config(vocab_size=None)
        for key, value in d.items():
            config.__dict__[key] = value
        return config

class HParams(object):
    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def override_from_dict(self, values):
        for name, value in values.items():
            setattr(self, name, value)
        return self
`;

describe('attributes set under unknown names', () => {
  it('a config filled from a file the analysis cannot read has unknown sizes (BERT-style __dict__ writes)', () => {
    const src = `${CONFIG}
with open("bert_config.json") as f:
    config = Config.from_dict(json.load(f))
w = tf.get_variable("word_embeddings", [config.vocab_size, config.hidden_size])
`;
    assert.deepStrictEqual(shapes(src), [['word_embeddings', [null, null]]]);
  });

  it('the same code with a literal dict keeps every value (known keys are set exactly)', () => {
    const src = `${CONFIG}
config = Config.from_dict({"vocab_size": 30522, "hidden_size": 128})
w = tf.get_variable("word_embeddings", [config.vocab_size, config.hidden_size])
hp = HParams(n_vocab=0, n_embd=768).override_from_dict(dict(n_vocab=50257))
e = tf.get_variable("wte", [hp.n_vocab, hp.n_embd])
`;
    assert.deepStrictEqual(shapes(src), [['word_embeddings', [30522, 128]], ['wte', [50257, 768]]]);
  });

  it('setattr under an unknown name (GPT-2-style hparams overridden from JSON) makes the defaults unknown; methods still run', () => {
    const src = `${CONFIG}
hp = HParams(n_vocab=0, n_embd=768)
with open("hparams.json") as f:
    hp.override_from_dict(json.load(f))
e = tf.get_variable("wte", [hp.n_vocab, hp.n_embd])
hp.n_embd = 64
p = tf.get_variable("wpe", [4, hp.n_embd])
`;
    assert.deepStrictEqual(shapes(src), [['wte', [null, null]], ['wpe', [4, 64]]]);
  });
});
