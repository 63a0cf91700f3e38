// Our driver for quantuminformation/tensorflowjs-playground: index.ts makes a Playground, whose constructor binds one
// button per example; here the page's document is a stand-in and each button is clicked once, in the listeners'
// order (a click's error, like tf_flatten's `.shape()` on an array, does not stop the next click).
globalThis.document = { querySelector: () => ({ addEventListener: () => {} }) };
const { Playground } = require('./Playground');

const playground = new Playground();
for (const example of ['modal', 'seq_modal', 'tf_flatten', 'tf_model2', 'train']) {
  try {
    playground[example]();
  } catch (e) {
    console.log(example, e.message);
  }
}
