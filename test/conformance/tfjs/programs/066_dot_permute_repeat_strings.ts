// tf.layers.dot (axes as a list and as one number), permute and repeatVector in a functional model, with sizes
// computed by string methods (slice, substring, indexOf, includes) on known strings.
import * as tf from '@tensorflow/tfjs';

const NAMES = ['alpha', 'beta', 'gamma', 'delta'];
const LETTERS = NAMES.map((n) => n.slice(0, 3).toUpperCase()).join('');
const vocab = LETTERS.split('').filter((c, i, all) => all.indexOf(c) === i).join('');
const steps = 'sequence-length:7'.substring(16).length + 'abcdef'.indexOf('d');
const width = 'wide'.includes('id') ? 6 : 2;

const a = tf.input({ shape: [steps, width] });
const b = tf.input({ shape: [5, width] });
const scores = tf.layers.dot({ axes: [2, 2] }).apply([a, b]) as tf.SymbolicTensor;
const turned = tf.layers.permute({ dims: [2, 1] }).apply(scores) as tf.SymbolicTensor;
const proj = tf.layers.dense({ units: vocab.length }).apply(turned) as tf.SymbolicTensor;
const v = tf.input({ shape: [width] });
const rep = tf.layers.repeatVector({ n: 3 }).apply(v) as tf.SymbolicTensor;
const dense = tf.layers.dense({ units: 4 }).apply(rep) as tf.SymbolicTensor;
const w = tf.input({ shape: [3, 4] });
const inner = tf.layers.dot({ axes: -1 }).apply([dense, w]) as tf.SymbolicTensor;
const out = tf.layers.dense({ units: 2 }).apply(inner) as tf.SymbolicTensor;
const model = tf.model({ inputs: [a, b, v, w], outputs: [proj, out] });
