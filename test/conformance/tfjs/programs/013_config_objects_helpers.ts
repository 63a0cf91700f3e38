import * as tf from '@tensorflow/tfjs';

const CONFIG = { hidden: [16, 8], classes: 3, features: 4, init: 'glorotNormal' };

function denseBlock(units: number, idx: number) {
  return tf.layers.dense({ units, name: `block${idx}_dense`, kernelInitializer: CONFIG.init as any });
}

const layers: tf.layers.Layer[] = [];
CONFIG.hidden.forEach((u, i) => layers.push(denseBlock(u * 2, i)));
const model = tf.sequential();
model.add(tf.layers.dense({ units: CONFIG.hidden[0], inputShape: [CONFIG.features] }));
for (const l of layers) model.add(l);
model.add(tf.layers.dense({ units: CONFIG.classes, kernelInitializer: tf.initializers.randomUniform({ minval: -0.05, maxval: 0.05 }) }));
