// Models used as layers: a Sequential inside a Sequential (its weights made once, when it was built), a tf.model
// added to a Sequential, and a tf.model applied to new inputs twice (shared weights, no new variables).
import * as tf from '@tensorflow/tfjs';

const inner = tf.sequential({ layers: [tf.layers.dense({ units: 3, inputShape: [4] }), tf.layers.dense({ units: 2 })] });
const outer = tf.sequential();
outer.add(inner);
outer.add(tf.layers.dense({ units: 5 }));

const encIn = tf.input({ shape: [2] });
const enc = tf.model({ inputs: encIn, outputs: tf.layers.dense({ units: 4 }).apply(encIn) as tf.SymbolicTensor, name: 'enc' });
const stacked = tf.sequential({ layers: [enc, tf.layers.dense({ units: 5 })] });

const a = tf.input({ shape: [2] });
const b = tf.input({ shape: [2] });
const both = tf.layers.concatenate().apply([enc.apply(a) as tf.SymbolicTensor, enc.apply(b) as tf.SymbolicTensor]) as tf.SymbolicTensor;
const siamese = tf.model({ inputs: [a, b], outputs: tf.layers.dense({ units: 1 }).apply(both) as tf.SymbolicTensor });
outer.compile({ optimizer: 'sgd', loss: 'meanSquaredError' });
