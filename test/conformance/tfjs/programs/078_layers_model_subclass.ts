// A class extending tf.LayersModel (epfml/disco's GPTModel): `super({inputs, outputs, name})` runs the Container
// constructor, the model tf.model() would make; its members (summary, apply, layers) are the model's. Before
// compile, `model.optimizer` is undefined (LayersModel.optimizer_), so an override of compile that makes its
// optimizer only once makes it once. A subclass without a constructor runs the base's.
import * as tf from '@tensorflow/tfjs';

class Net extends tf.LayersModel {
  constructor(units: number, name: string) {
    const input = tf.input({ shape: [6] });
    const hidden = tf.layers.dense({ units, activation: 'relu' }).apply(input) as tf.SymbolicTensor;
    const out = tf.layers.dense({ units: 2 }).apply(hidden) as tf.SymbolicTensor;
    super({ inputs: input, outputs: out, name });
  }

  override compile(): void {
    if (this.optimizer !== undefined) return;
    this.optimizer = tf.train.adam(0.01);
  }
}

class Deeper extends Net {}

const a = new Net(4, 'net_a');
a.compile();
a.compile();
const b = new Deeper(3, 'net_b');
b.summary(undefined, undefined, () => undefined);
const x = tf.input({ shape: [6] });
const y = b.apply(x) as tf.SymbolicTensor;
const head = tf.layers.dense({ units: 1 }).apply(y) as tf.SymbolicTensor;
const outer = tf.model({ inputs: x, outputs: head });
outer.summary(undefined, undefined, () => undefined);
const extra = tf.variable(tf.zeros([b.layers.length]), true, 'layers_of_b');
