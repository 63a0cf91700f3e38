import * as tf from '@tensorflow/tfjs';

class QNetwork {
  readonly model: tf.Sequential;
  private readonly hidden = [24, 24];

  constructor(private readonly stateSize: number, private readonly actions: number) {
    this.model = this.createModel();
  }

  private createModel(): tf.Sequential {
    const m = tf.sequential();
    this.hidden.forEach((units, i) => {
      m.add(tf.layers.dense(i === 0 ? { units, inputShape: [this.stateSize], activation: 'relu' } : { units, activation: 'relu' }));
    });
    m.add(tf.layers.dense({ units: this.actions }));
    m.compile({ optimizer: tf.train.adam(0.001), loss: 'meanSquaredError' });
    return m;
  }
}

class DoubleQ extends QNetwork {
  readonly target: QNetwork;
  constructor(stateSize: number, actions: number) {
    super(stateSize, actions);
    this.target = new QNetwork(stateSize, actions);
  }
}

const agent = new DoubleQ(4, 2);
