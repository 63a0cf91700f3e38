// Our driver for starsinmypockets/tensorflowjsworld: fitCurve.js exports a compiled model and four scalar
// tf.variables (Math.random() initial values); its test requires the module.
const fit = require('./fitCurve');
