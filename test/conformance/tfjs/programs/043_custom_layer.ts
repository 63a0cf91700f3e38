import * as tf from '@tensorflow/tfjs';

class ScaledDense extends tf.layers.Layer {
  static className = 'ScaledDense';
  private units: number;
  private kernel!: tf.LayerVariable;
  private scale!: tf.LayerVariable;

  constructor(config: { units: number; inputShape?: number[]; name?: string }) {
    super(config);
    this.units = config.units;
  }

  build(inputShape: tf.Shape | tf.Shape[]): void {
    const shape = inputShape as tf.Shape;
    this.kernel = this.addWeight('kernel', [shape[shape.length - 1] as number, this.units], 'float32', tf.initializers.heNormal({}));
    this.scale = this.addWeight('scale', [this.units], 'float32', tf.initializers.ones(), undefined, false);
  }

  computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
    const shape = inputShape as tf.Shape;
    return [shape[0], this.units];
  }

  call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => tf.matMul(inputs as tf.Tensor, this.kernel.read()).mul(this.scale.read()));
  }
}
tf.serialization.registerClass(ScaledDense);

const model = tf.sequential();
model.add(new ScaledDense({ units: 5, inputShape: [3] }));
model.add(new ScaledDense({ units: 2, name: 'head' }));
model.add(tf.layers.dense({ units: 1 }));
