// Instances of a tf.Sequential subclass used as layers of another model (a GAN stacking its generator and a
// discriminator frozen through its trainable setter), and applied to a symbolic tensor.
import * as tf from '@tensorflow/tfjs';

class Generator extends tf.Sequential {
  constructor(latent: number, out: number) {
    super({ name: 'generator' });
    this.add(tf.layers.dense({ units: 8, inputShape: [latent], activation: 'relu' }));
    this.add(tf.layers.dense({ units: out, activation: 'tanh' }));
  }
}

class Critic extends tf.Sequential {
  constructor(size: number) {
    super();
    this.add(tf.layers.dense({ units: 6, inputShape: [size] }));
    this.add(tf.layers.leakyReLU());
    this.add(tf.layers.dense({ units: 1, activation: 'sigmoid' }));
  }
  freeze() {
    this.trainable = false;
  }
}

const generator = new Generator(4, 10);
const critic = new Critic(10);
critic.compile({ optimizer: 'adam', loss: 'binaryCrossentropy' });
critic.freeze();
const gan = tf.sequential();
gan.add(generator);
gan.add(critic);
gan.compile({ optimizer: tf.train.adam(0.001), loss: 'binaryCrossentropy' });
gan.summary(undefined, undefined, () => undefined);

const z = tf.input({ shape: [4] });
const scored = critic.apply(generator.apply(z) as tf.SymbolicTensor) as tf.SymbolicTensor;
const chain = tf.model({ inputs: z, outputs: scored });
chain.summary(undefined, undefined, () => undefined);
