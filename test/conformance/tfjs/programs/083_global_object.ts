// The global object: `globalThis.tf = require(...)` (what a page's <script> tag does) makes `tf` a name every module
// sees, a classic script's free `tf` included; `global` is Node's name for the same object; a property set on it is
// a global name, and a global name is its property.
(globalThis as any).tf = require('@tensorflow/tfjs');
(global as any).units = 3;
require('./_global_script');

const t = (globalThis as any).tf;
declare const headUnits: number;
const made = t.variable(t.zeros([headUnits, (global as any).headUnits + 1]), true, 'made');
const kind = t.variable(t.ones([typeof globalThis === 'object' ? 2 : 7]), true, 'kind');
const model = t.sequential();
model.add(t.layers.dense({ units: (globalThis as any).units, inputShape: [headUnits] }));
