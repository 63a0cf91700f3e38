// CommonJS exports made anywhere in a module: `module.exports = X` inside an `if` is what `require` gives (Node's
// loader returns `module.exports` as the module left it); `exports.x = v` after that replacement is not exported.
const tf = require('@tensorflow/tfjs');
const Fit = require('./_cjs_conditional');

const fit = new Fit({ units: 4 });
const kind = tf.variable(tf.zeros([typeof Fit === 'function' ? 2 : 5]), true, 'kind');
