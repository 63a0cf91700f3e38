// TF.js forms a layer's batch input shape as `[batchSize].concat(inputShape)` and tf.input's as
// `[null].concat(shape)`: a bare number (`inputShape: 47`, as JS's concat appends it) is a one-dim shape.
import * as tf from '@tensorflow/tfjs';

const STATE = 7;
const ACTIONS = 3;
const actor = tf.sequential({
  layers: [
    tf.layers.inputLayer({ inputShape: STATE } as unknown as tf.layers.InputLayerArgs),
    tf.layers.dense({ units: 5, activation: 'relu' }),
    tf.layers.dense({ units: ACTIONS, activation: 'softmax' }),
  ],
});
const critic = tf.sequential();
critic.add(tf.layers.dense({ units: 4, inputShape: STATE + ACTIONS } as unknown as tf.layers.DenseLayerArgs));
critic.add(tf.layers.dense({ units: 1 }));
const state = tf.input({ shape: STATE as unknown as number[] });
const head = tf.layers.dense({ units: 2 }).apply(state) as tf.SymbolicTensor;
const probe = tf.model({ inputs: state, outputs: head });
probe.summary(undefined, undefined, () => undefined);
