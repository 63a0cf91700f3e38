// Our driver for DavidCai1111/dcgan.js: the models its lib/train.js builds and compiles before the epochs (the
// generator with 'SGD', the generator-on-discriminator stack with momentum, the discriminator again trainable).
const tf = require('@tensorflow/tfjs');
const model = require('./model');

const generator = model.getGeneratorModel();
const discriminator = model.getDiscriminatorModel();
const discriminatorOnGenerator = model.getGeneratorWithDiscriminator(generator, discriminator);
generator.compile({ loss: 'binaryCrossentropy', optimizer: 'SGD' });
discriminatorOnGenerator.compile({ loss: 'binaryCrossentropy', optimizer: tf.train.momentum(0.0005, 0.9, true) });
discriminator.trainable = true;
discriminator.compile({ loss: 'binaryCrossentropy', optimizer: tf.train.momentum(0.0005, 0.9, true) });
