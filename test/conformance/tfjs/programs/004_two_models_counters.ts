import * as tf from '@tensorflow/tfjs';

function mlp(inputs: number, hidden: number[]): tf.Sequential {
  const m = tf.sequential();
  m.add(tf.layers.dense({ units: hidden[0], inputShape: [inputs] }));
  for (let i = 1; i < hidden.length; i++) {
    m.add(tf.layers.dense({ units: hidden[i], activation: 'relu' }));
  }
  return m;
}

const a = mlp(3, [4, 5]);
const b = mlp(6, [7, 8, 9]);
