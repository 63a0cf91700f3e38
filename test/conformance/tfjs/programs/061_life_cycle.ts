// The life cycle: a layer called eagerly builds on its first call (later calls create nothing) and its output
// feeds another layer; compile with an optimizer object, summary, countParams and predict create no weights.
import * as tf from '@tensorflow/tfjs';

const eager = tf.layers.dense({ units: 3 });
const out = eager.apply(tf.ones([2, 5])) as tf.Tensor;
eager.apply(tf.ones([4, 5]));
tf.layers.dense({ units: 2 }).apply(out);

const model = tf.sequential();
model.add(tf.layers.dense({ units: 4, inputShape: [3] }));
model.add(tf.layers.batchNormalization());
model.add(tf.layers.dense({ units: 1, trainable: false }));
model.compile({ optimizer: tf.train.adam(0.01), loss: 'meanSquaredError' });
model.summary(undefined, undefined, () => undefined);
const n = model.countParams();
model.predict(tf.zeros([1, 3]));
