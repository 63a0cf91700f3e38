// Object.keys/values/entries of an object literal (insertion order), Object.assign (later sources override, null and
// undefined are skipped, the target is returned), object spread; Array(n) and new Array(n) make n holes that map
// skips until fill() fills them (doggor's `tf.layers[Object.keys(spec)[0]](props)`, disco's
// `Object.assign({}, config, {name})`, pyStudy's `Array(N).fill().map(() => ...)`).
import * as tf from '@tensorflow/tfjs';

type Spec = Record<string, Record<string, unknown>>;
const specs: Spec[] = [{ dense: { units: 4, inputShape: [3] } }, { dropout: { rate: 0.5 } }, { dense: { units: 2, useBias: false } }];
const made = specs.map((s, i) => {
  const type = Object.keys(s)[0]!;
  const props = Object.values(s)[0]!;
  props.name = `${type}${i}_${Object.entries(props).length}`;
  return (tf.layers as unknown as Record<string, (a: unknown) => tf.layers.Layer>)[type]!(props);
});
const stack = tf.sequential({ layers: made });

const base = { units: 5, activation: 'relu' as const, name: 'base' };
const cfg = Object.assign({}, base, { name: 'assigned' }, null, undefined);
const spread = { ...base, units: 7, name: 'spread' };
const x = tf.input({ shape: [6] });
const h = tf.layers.dense(cfg).apply(x) as tf.SymbolicTensor;
const s2 = tf.layers.dense(spread).apply(h) as tf.SymbolicTensor;
const heads = Array(3).fill(0).map((_, i) => tf.layers.dense({ units: i + 1, name: `head${i}` }).apply(s2) as tf.SymbolicTensor);
const holes = new Array<number>(2).map(() => tf.layers.dense({ units: 9 }));
const net = tf.model({ inputs: x, outputs: [...heads] });
const perKey = Object.entries({ a: 2, b: 3 }).map(([k, v]) => tf.variable(tf.zeros([v, holes.length]), true, `v_${k}`));
stack.summary(undefined, undefined, () => undefined);
net.summary(undefined, undefined, () => undefined);
