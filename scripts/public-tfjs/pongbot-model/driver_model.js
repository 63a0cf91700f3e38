// Our driver for niranjannitesh/pongbot-supervised: index.html loads TF.js as the global `tf` by a <script> tag, then
// model.js (a classic script: a dense model with an Adam optimizer, compiled at load).
globalThis.tf = require('@tensorflow/tfjs');
require('./model.js');
