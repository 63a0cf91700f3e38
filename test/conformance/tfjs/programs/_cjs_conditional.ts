// A CommonJS helper written for the browser and Node alike (starsinmypockets/tensorflowjsworld's fitCurve.js): it
// requires TF.js and assigns `module.exports` only inside `if (isNode)`; `exports.later` after that replacement is
// not what `require` gives.
const isNode = typeof module !== 'undefined';
if (isNode) {
  // eslint-disable-next-line no-var
  var tf = require('@tensorflow/tfjs');
}

const defaults = { w: tf.variable(tf.zeros([3]), true, 'helper_w'), units: 2 };

class Fit {
  constructor(options) {
    Object.assign(this, defaults, options);
    this.model = tf.sequential({ layers: [tf.layers.dense({ units: this.units, inputShape: [3] })] });
  }
}

if (isNode) module.exports = Fit;
exports.later = tf.variable(tf.zeros([1]), true, 'helper_later');
