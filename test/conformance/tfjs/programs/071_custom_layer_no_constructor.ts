// A custom layer class without a constructor of its own: `new C(args)` runs TF.js's Layer constructor (name from
// the static className, `<snake>_<Class>N`), so the layer is a model's node, builds its weights and sizes what
// follows; one called on two heads returns computeOutputShape's literal shape (a dueling Q-network's join).
import * as tf from '@tensorflow/tfjs';

class Join extends tf.layers.Layer {
  call(inputs: tf.Tensor | tf.Tensor[]) {
    return tf.tidy(() => {
      const [adv, val] = inputs as tf.Tensor[];
      return val.add(adv.sub(tf.mean(adv, 1, true)));
    });
  }
  static get className() {
    return 'Join';
  }
  computeOutputShape() {
    return [1, 3];
  }
}

class Scale extends tf.layers.Layer {
  scale!: tf.LayerVariable;
  build(inputShape: tf.Shape) {
    this.scale = this.addWeight('scale', [inputShape[inputShape.length - 1] as number], 'float32', tf.initializers.ones());
  }
  call(x: tf.Tensor | tf.Tensor[]) {
    return (x as tf.Tensor).mul(this.scale.read());
  }
  static className = 'Scale';
}

const input = tf.input({ shape: [10] });
const hidden = tf.layers.dense({ units: 8, activation: 'relu' }).apply(input) as tf.SymbolicTensor;
const scaled = new Scale({}).apply(hidden) as tf.SymbolicTensor;
const adv = tf.layers.dense({ units: 3 }).apply(scaled);
const val = tf.layers.dense({ units: 1 }).apply(scaled);
const q = new Join({ units: 3 } as tf.serialization.ConfigDict).apply([adv, val] as tf.SymbolicTensor[]) as tf.SymbolicTensor;
const after = tf.layers.dense({ units: 2 }).apply(q) as tf.SymbolicTensor;
const model = tf.model({ inputs: input, outputs: after, name: 'dueling' });
model.compile({ optimizer: 'adam', loss: 'meanSquaredError' });
model.summary(undefined, undefined, () => undefined);
