import * as tf from '@tensorflow/tfjs';

class LinearRegression {
  w: tf.Variable;
  b: tf.Variable;
  static readonly FEATURES = 3;

  constructor(name: string, init = 0.01) {
    this.w = tf.variable(tf.randomNormal([LinearRegression.FEATURES, 1], 0, init), true, `${name}_w`);
    this.b = tf.variable(tf.zeros([1]), true, `${name}_b`);
  }

  get params(): number {
    return LinearRegression.FEATURES + 1;
  }
}

const models = ['a', 'b'].map((n) => new LinearRegression(n));
const extra = new LinearRegression('c', 0.5);
