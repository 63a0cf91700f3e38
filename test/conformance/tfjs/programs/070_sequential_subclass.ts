// A class extending tf.Sequential: its constructor (super(args)) makes the model as tf.sequential(args) would
// (`sequential_N` unless args.name), and `this.add` / `this.compile` / `summary` are the model's. An abstract base
// whose constructor calls a method the subclasses define; a subclass without a constructor of its own.
import * as tf from '@tensorflow/tfjs';
import { layers, Sequential, train } from '@tensorflow/tfjs';

interface Sizes { vocab: number; dim: number; length: number; hidden: number }

abstract class Classifier extends Sequential {
  constructor(sizes: Sizes) {
    super();
    this.addLayers(sizes);
  }
  protected abstract addLayers(sizes: Sizes): void;
}

class Pooled extends Classifier {
  protected addLayers(s: Sizes): void {
    this.add(layers.embedding({ inputDim: s.vocab, outputDim: s.dim, inputLength: s.length }));
    this.add(layers.globalAveragePooling1d());
    this.add(layers.dense({ units: s.hidden, activation: 'relu' }));
    this.add(layers.dense({ units: 1, activation: 'sigmoid' }));
    this.compile({ optimizer: train.adam(), loss: 'binaryCrossentropy' });
  }
}

class Recurrent extends Classifier {
  protected addLayers(s: Sizes): void {
    this.add(layers.embedding({ inputDim: s.vocab, outputDim: s.dim, inputLength: s.length }));
    this.add(layers.lstm({ units: s.hidden }));
    this.add(layers.dense({ units: 1 }));
    this.compile({ optimizer: 'rmsprop', loss: 'meanSquaredError' });
  }
}

class Plain extends tf.Sequential {}

const sizes: Sizes = { vocab: 50, dim: 8, length: 12, hidden: 6 };
const kinds = [Pooled, Recurrent];
const made = kinds.map((K) => new K(sizes));
const plain = new Plain({ name: 'plain' });
plain.add(tf.layers.dense({ units: 3, inputShape: [5] }));
plain.summary(undefined, undefined, () => undefined);
made[1].summary(undefined, undefined, () => undefined);
