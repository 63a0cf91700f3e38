import * as tf from '@tensorflow/tfjs';

function branch(x: tf.SymbolicTensor, units: number[], prefix: string): tf.SymbolicTensor {
  let y = x;
  units.forEach((u, i) => {
    y = tf.layers.dense({ units: u, name: `${prefix}_${i}` }).apply(y) as tf.SymbolicTensor;
  });
  return y;
}

const input = tf.input({ shape: [6] });
const a = branch(input, [5, 4], 'a');
const b = branch(input, [3], 'b');
const joined = tf.layers.add().apply([tf.layers.dense({ units: 4 }).apply(b) as tf.SymbolicTensor, a]) as tf.SymbolicTensor;
const model = tf.model({ inputs: input, outputs: joined });
