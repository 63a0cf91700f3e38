// Our driver for noahhorlacher/satai-2: what its composables/useNNModels.js does with its default settings (Nuxt
// imports the utils implicitly there): a discriminator for 128x64 piano rolls, a generator from 100 inputs, and the
// GAN stacking them with the generator frozen.
import { createDiscriminatorModel } from './createDiscriminatorModel';
import { createGANModel } from './createGANModel';
import { createGeneratorModel } from './createGeneratorModel';

const settings = {
  outputDimensions: { x: 128, y: 64 },
  discriminator: { learningRate: 0.0002 },
  generator: { amountInputParameters: 100 },
  GAN: { learningRate: 0.0002, clipValue: 0.01 },
};
const discriminator = createDiscriminatorModel(settings.outputDimensions, settings.discriminator.learningRate);
const generator = createGeneratorModel(settings.outputDimensions, settings.generator.amountInputParameters);
const gan = createGANModel(generator, discriminator, settings.GAN.learningRate, settings.GAN.clipValue);
