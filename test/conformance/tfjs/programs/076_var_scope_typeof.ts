// `var` binds in the enclosing function's (or module's) scope, not the block's: a `var` declared inside an `if` or
// a `for` is seen after it (fitCurve.js's `if (isNode) { var tf = require(...) }`). `typeof` of an object (a
// CommonJS module's `module`, an array, null) is 'object', of a function or class 'function'.
import * as tf from '@tensorflow/tfjs';

declare const module: unknown;
const isNode = typeof module !== 'undefined';
if (isNode) {
  // eslint-disable-next-line no-var
  var units = 3;
}

function widthOf(n: number): number {
  if (n > 0) {
    // eslint-disable-next-line no-var
    var width = n * 2;
  }
  return width!;
}

class Box {}
const kinds = [typeof widthOf, typeof Box, typeof {}, typeof [], typeof null, typeof undefined, typeof 'a', typeof 1];
const model = tf.sequential({
  layers: [tf.layers.dense({ units: widthOf(4), inputShape: [kinds.length] }), tf.layers.dense({ units: units! })],
});
if (typeof null !== 'object' || typeof widthOf !== 'function' || typeof Box !== 'function') tf.variable(tf.zeros([9]), true, 'never');
// eslint-disable-next-line no-var
for (var i = 0; i < 2; i++) {
  // nothing
}
const after = tf.variable(tf.zeros([i, kinds.filter((k) => k === 'object').length]), true, 'after');
model.summary(undefined, undefined, () => undefined);
