// A program's own `throw new Error(...)` on a path that is surely taken stops it there (pyStudy's custom layer whose
// build throws for a single input: no variable is made after it); a throw in a branch taken on a value the analysis
// does not know may not happen, and one caught by the program's try/catch does not stop it.
import * as tf from '@tensorflow/tfjs';

const unknownFlag = Math.random() > 2; // false, not known statically

function checked(units: number): tf.layers.Layer {
  if (unknownFlag) throw new Error('never in this run');
  return tf.layers.dense({ units });
}

class NeedsRank3 extends tf.layers.Layer {
  static className = 'NeedsRank3';
  override build(inputShape: tf.Shape | tf.Shape[]): void {
    const first = Array.isArray(inputShape[0]) ? inputShape[0] : null;
    if (!first) throw new TypeError('expected a list of shapes');
    this.addWeight('w', [first.length, 2], 'float32', tf.initializers.zeros());
  }

  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape | tf.Shape[] {
    return inputShape;
  }
}

const x = tf.input({ shape: [4] });
const h = checked(3).apply(x) as tf.SymbolicTensor;
try {
  if (h.shape.length === 2) throw new RangeError('caught');
} catch (e) {
  tf.variable(tf.zeros([2]), true, 'in_catch');
}
const before = tf.variable(tf.zeros([1]), true, 'before');
new NeedsRank3({}).apply(h);
const after = tf.variable(tf.zeros([1]), true, 'after');
