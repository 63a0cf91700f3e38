// Our driver for tfjs-examples/mnist-acgan: what gan.js's run() builds with its argument defaults (latent size 100,
// Adam 0.0002 / beta1 0.5): the compiled discriminator, the generator, and the combined model with the discriminator
// frozen.
const tf = require('@tensorflow/tfjs');
const gan = require('./gan');

const latentSize = 100;
const learningRate = 0.0002;
const adamBeta1 = 0.5;
const discriminator = gan.buildDiscriminator();
discriminator.compile({
  optimizer: tf.train.adam(learningRate, adamBeta1),
  loss: ['binaryCrossentropy', 'sparseCategoricalCrossentropy']
});
const generator = gan.buildGenerator(latentSize);
const optimizer = tf.train.adam(learningRate, adamBeta1);
const combined = gan.buildCombinedModel(latentSize, generator, discriminator, optimizer);
