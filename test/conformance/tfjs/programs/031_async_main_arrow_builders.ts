import * as tf from '@tensorflow/tfjs';

const IMAGE_H = 28;
const IMAGE_W = 28;
const NUM_CLASSES = 10;

const createConvModel = () => {
  const { layers } = tf;
  const model = tf.sequential();
  model.add(layers.conv2d({ inputShape: [IMAGE_H, IMAGE_W, 1], kernelSize: 3, filters: 16, activation: 'relu' }));
  model.add(layers.maxPooling2d({ poolSize: 2, strides: 2 }));
  model.add(layers.conv2d({ kernelSize: 3, filters: 32, activation: 'relu' }));
  model.add(layers.averagePooling2d({ poolSize: 2, strides: 2 }));
  model.add(layers.flatten({}));
  model.add(layers.dense({ units: 64, activation: 'relu' }));
  model.add(layers.dense({ units: NUM_CLASSES, activation: 'softmax' }));
  return model;
};

async function main() {
  const model = createConvModel();
  model.compile({ optimizer: 'adam', loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  model.summary();
}

main();
