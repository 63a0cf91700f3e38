// Custom Layer subclasses: a static className field and a static getter, weights from addWeight (one not
// trainable: non-trainable in summary's counts), a sub-layer built directly in build() (its weights named under
// the outer layer only) and one applied there (nested name scopes).
import * as tf from '@tensorflow/tfjs';

class Scale extends tf.layers.Layer {
  static className = 'Scale';
  w!: tf.LayerVariable;
  constructor(config?: { name?: string }) {
    super(config ?? {});
  }
  build(inputShape: tf.Shape | tf.Shape[]) {
    const s = inputShape as tf.Shape;
    this.w = this.addWeight('w', [s[s.length - 1] as number], 'float32', tf.initializers.ones());
    this.addWeight('count', [2], 'float32', tf.initializers.zeros(), undefined, false);
  }
  computeOutputShape(s: tf.Shape | tf.Shape[]) {
    return s;
  }
}
tf.serialization.registerClass(Scale);

class Block extends tf.layers.Layer {
  static get className() { return 'Block'; }
  proj = tf.layers.dense({ units: 4 });
  gate = tf.layers.dense({ units: 4 });
  constructor(config?: { name?: string }) {
    super(config ?? {});
  }
  build(inputShape: tf.Shape | tf.Shape[]) {
    const s = inputShape as tf.Shape;
    this.proj.build(s);
    this.gate.apply(tf.input({ batchShape: s }));
  }
  computeOutputShape(s: tf.Shape | tf.Shape[]) {
    return s;
  }
}
tf.serialization.registerClass(Block);

const x = tf.input({ shape: [4] });
const y = new Block({ name: 'blk' }).apply(new Scale().apply(x) as tf.SymbolicTensor) as tf.SymbolicTensor;
const model = tf.model({ inputs: x, outputs: tf.layers.dense({ units: 1 }).apply(y) as tf.SymbolicTensor });
