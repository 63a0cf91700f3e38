// CommonJS as published examples write it: `require` gives a helper's `module.exports` (there the builder function
// itself), the helper's `require.main === module` block does not run, the entry's does.
const tf = require('@tensorflow/tfjs');
const buildRegressor = require('./_cjs_builder');

const model = buildRegressor(6, 12);
if (require.main !== module) {
  tf.layers.dense({ units: 50, inputShape: [50] }).apply(tf.input({ shape: [50] }));
}
if (require.main === module) {
  model.add(tf.layers.dense({ units: 2 }));
}
model.summary(undefined, undefined, () => undefined);
