// A CommonJS helper that replaces `module.exports` with its builder, and builds a demo model only when run as the
// main module (it is not: the entry requires it).
const tf = require('@tensorflow/tfjs');

function buildRegressor(features: number, hidden: number) {
  const model = tf.sequential();
  model.add(tf.layers.dense({ units: hidden, inputShape: [features], activation: 'relu' }));
  model.add(tf.layers.dense({ units: 1 }));
  return model;
}

if (require.main === module) {
  buildRegressor(99, 7).summary();
}

module.exports = buildRegressor;
