import * as tf from '@tensorflow/tfjs';

export const HIDDEN = 16;

export function denseStack(model: tf.Sequential, units: number[]): void {
  for (const u of units) {
    model.add(tf.layers.dense({ units: u, activation: 'relu' }));
  }
}
