// Our driver for tfjs-examples/fashion-mnist-vae: encoder, decoder and the VAE joining them, with its train.js's
// sizes (784 pixels, 512 hidden units, a 2-dimensional latent space).
const { encoder, decoder, vae } = require('./model');

const opts = { originalDim: 28 * 28, intermediateDim: 512, latentDim: 2 };
const enc = encoder(opts);
const dec = decoder(opts);
const model = vae(enc, dec);
model.summary(undefined, undefined, () => undefined);
