import * as tf from '@tensorflow/tfjs';

interface Cfg { inputSize: number; layers: { units: number; act?: string }[]; dropout: number }

const cfg: Cfg = {
  inputSize: 10,
  layers: [{ units: 32, act: 'relu' }, { units: 16, act: 'relu' }, { units: 4 }],
  dropout: 0.1,
};

function build(c: Cfg): tf.Sequential {
  const model = tf.sequential();
  c.layers.forEach((l, i) => {
    const opts: any = { units: l.units, activation: l.act ?? 'linear' };
    if (i === 0) opts.inputShape = [c.inputSize];
    model.add(tf.layers.dense(opts));
    if (i < c.layers.length - 1 && c.dropout > 0) model.add(tf.layers.dropout({ rate: c.dropout }));
  });
  return model;
}

const m = build(cfg);
