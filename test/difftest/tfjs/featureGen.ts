// Feature blocks of the TF.js differential tester: program shapes people publish that the layer-chain blocks do
// not reach — models used as layers (Sequential in Sequential, tf.model applied in another model, a functional
// model in a Sequential), multi-output models with named heads, layer arrays spread into tf.sequential,
// 'channelsFirst' convolutions/transposes/pooling, timeDistributed around convolutions, tf.layers.rnn over a list
// of cells / stackedRNNCells, custom Layer subclasses (static className, addWeight, sub-layers), dispose(), the
// life cycle (compile / summary / countParams / predict, eager first calls), eager tensor-op chains (opsGen.ts). Contract: deterministic in the
// Rng; each block renders alone (identifiers suffixed with the block index); `flags` are optional parts the
// shrinker may drop.

import { randomLayer, type NameState } from './layerGen';
import { opsLines } from './opsGen';
import type { Rng } from './prng';
import { outputShape } from './shapes';
import { layerCall, lit, type LayerSpec } from './spec';

export const FEATURES = ['nestedSeq', 'modelAsLayer', 'multiOutput', 'spread', 'channelsFirst', 'timeDistributed', 'stackedRnn',
  'customLayer', 'dispose', 'lifecycle', 'tensorOps'] as const;
export type Feature = typeof FEATURES[number];

export interface FeatureBlock {
  kind: 'feature';
  feature: Feature;
  /** Sizes drawn for the feature (units, dims); their meaning is the feature's. */
  n: number[];
  /** A variant (which layer kind, which API). */
  variant: string;
  /** Optional parts (the shrinker may drop each). */
  flags: string[];
  /** Layers drawn from the layer generator (inner chains). */
  layers: LayerSpec[];
}

const ST = 'as tf.SymbolicTensor';

/** A chain of 1..n random layers from `x` (rank 1 kept rank-1 friendly). */
function innerChain(r: Rng, names: NameState, x: number[], n: number): LayerSpec[] {
  const out: LayerSpec[] = [];
  let cur = x;
  for (let i = 0; i < n; i++) {
    const { spec, out: o } = randomLayer(r, names, cur);
    out.push(spec);
    cur = o;
  }
  return out;
}

function maybe(r: Rng, p: number, flag: string, flags: string[]): void {
  if (r.chance(p)) flags.push(flag);
}

export function featureBlock(r: Rng, names: NameState): FeatureBlock {
  const feature = r.pick(FEATURES);
  const flags: string[] = [];
  const n = Array.from({ length: 6 }, () => r.int(1, 6));
  let variant = '';
  let layers: LayerSpec[] = [];
  switch (feature) {
    case 'nestedSeq':
      variant = r.pick(['add', 'layers', 'inputLayer', 'twice']);
      layers = innerChain(r, names, [n[0]! + 1], r.int(1, 2));
      maybe(r, 0.3, 'innerName', flags);
      maybe(r, 0.3, 'compile', flags);
      maybe(r, 0.3, 'summary', flags);
      break;
    case 'modelAsLayer':
      variant = r.pick(['functionalInFunctional', 'sequentialInFunctional', 'functionalInSequential', 'sharedTwice']);
      maybe(r, 0.4, 'innerName', flags);
      maybe(r, 0.3, 'compile', flags);
      break;
    case 'multiOutput':
      variant = r.pick(['two', 'three']);
      maybe(r, 0.5, 'compile', flags);
      maybe(r, 0.3, 'trunkName', flags);
      break;
    case 'spread':
      variant = r.pick(['spread', 'forOf', 'forEach', 'map']);
      layers = innerChain(r, names, [n[0]! + 1], r.int(2, 4));
      break;
    case 'channelsFirst':
      variant = r.pick(['conv2d', 'conv2dTranspose', 'maxPooling2d', 'averagePooling2d', 'separableConv2d', 'depthwiseConv2d',
        'globalAveragePooling2d', 'globalMaxPooling2d', 'conv1d', 'maxPooling1d', 'conv3d', 'maxPooling3d', 'upSampling2d', 'batchNormalization']);
      maybe(r, 0.5, 'dense', flags);
      maybe(r, 0.3, 'functional', flags);
      maybe(r, 0.3, 'strides', flags);
      maybe(r, 0.3, 'same', flags);
      break;
    case 'timeDistributed':
      variant = r.pick(['conv2d', 'conv3d', 'conv1d', 'dense', 'flatten', 'maxPooling2d']);
      maybe(r, 0.3, 'functional', flags);
      maybe(r, 0.3, 'then', flags);
      break;
    case 'stackedRnn':
      variant = r.pick(['rnnList', 'stacked', 'single']);
      layers = [];
      maybe(r, 0.4, 'returnSequences', flags);
      maybe(r, 0.3, 'functional', flags);
      break;
    case 'customLayer':
      variant = r.pick(['weights', 'subLayerBuild', 'subLayerApply', 'getter']);
      maybe(r, 0.4, 'functional', flags);
      maybe(r, 0.3, 'named', flags);
      maybe(r, 0.3, 'after', flags);
      break;
    case 'dispose':
      variant = r.pick(['variable', 'model', 'layer', 'disposeVariables']);
      maybe(r, 0.5, 'reuseName', flags);
      break;
    case 'lifecycle':
      variant = r.pick(['sequential', 'functional', 'eager']);
      for (const f of ['compile', 'summary', 'countParams', 'predict', 'adam']) maybe(r, 0.4, f, flags);
      break;
    case 'tensorOps':
      // the op chain, drawn now, rendered with the block's index for the placeholder
      variant = opsLines(r, OPS_K).join('\n');
      break;
  }
  return { kind: 'feature', feature, n, variant, flags, layers };
}

const has = (b: FeatureBlock, f: string): boolean => b.flags.includes(f);

function nestedSeq(b: FeatureBlock, k: number): string[] {
  const [d, u] = [b.n[0]! + 1, b.n[1]!];
  const innerLayers = b.layers.map((l, j) => layerCall(l, j === 0 ? { inputShape: [d] } : {}));
  const name = has(b, 'innerName') ? `, name: 'inner${k}'` : '';
  const out = [`const inner${k} = tf.sequential({ layers: [${innerLayers.join(', ')}]${name} });`];
  const m = `outer${k}`;
  if (b.variant === 'layers') out.push(`const ${m} = tf.sequential({ layers: [inner${k}, tf.layers.dense({ units: ${u} })] });`);
  else if (b.variant === 'inputLayer') {
    out.push(`const ${m} = tf.sequential();`, `${m}.add(tf.layers.inputLayer({ inputShape: [${d}] }));`, `${m}.add(inner${k});`, `${m}.add(tf.layers.dense({ units: ${u} }));`);
  } else if (b.variant === 'twice') {
    out.push(`const ${m} = tf.sequential();`, `${m}.add(inner${k});`, `${m}.add(tf.layers.dense({ units: ${u} }));`,
      `const again${k} = tf.sequential({ layers: [inner${k}, tf.layers.dense({ units: ${b.n[2]} })] });`);
  } else out.push(`const ${m} = tf.sequential();`, `${m}.add(inner${k});`, `${m}.add(tf.layers.dense({ units: ${u} }));`);
  if (has(b, 'compile')) out.push(`${m}.compile({ optimizer: 'sgd', loss: 'meanSquaredError' });`);
  if (has(b, 'summary')) out.push(`${m}.summary(undefined, undefined, () => undefined);`);
  return out;
}

function modelAsLayer(b: FeatureBlock, k: number): string[] {
  const [d, u, v] = [b.n[0]!, b.n[1]!, b.n[2]!];
  const name = has(b, 'innerName') ? `, name: 'enc${k}'` : '';
  const out: string[] = [];
  if (b.variant === 'sequentialInFunctional') {
    out.push(`const enc${k} = tf.sequential({ layers: [tf.layers.dense({ units: ${u}, inputShape: [${d}] }), tf.layers.dense({ units: ${v} })]${name} });`);
  } else {
    out.push(`const encIn${k} = tf.input({ shape: [${d}] });`,
      `const enc${k} = tf.model({ inputs: encIn${k}, outputs: tf.layers.dense({ units: ${u} }).apply(tf.layers.dense({ units: ${v} }).apply(encIn${k})) ${ST}${name} });`);
  }
  const m = `full${k}`;
  if (b.variant === 'functionalInSequential') {
    out.push(`const ${m} = tf.sequential({ layers: [enc${k}, tf.layers.dense({ units: ${b.n[3]} })] });`);
  } else {
    out.push(`const x${k} = tf.input({ shape: [${d}] });`, `let y${k} = enc${k}.apply(x${k}) ${ST};`);
    if (b.variant === 'sharedTwice') {
      out.push(`const x${k}b = tf.input({ shape: [${d}] });`, `const y${k}b = enc${k}.apply(x${k}b) ${ST};`,
        `y${k} = tf.layers.concatenate().apply([y${k}, y${k}b]) ${ST};`);
    }
    out.push(`const z${k} = tf.layers.dense({ units: ${b.n[3]} }).apply(y${k}) ${ST};`,
      `const ${m} = tf.model({ inputs: ${b.variant === 'sharedTwice' ? `[x${k}, x${k}b]` : `x${k}`}, outputs: z${k} });`);
  }
  if (has(b, 'compile')) out.push(`${m}.compile({ optimizer: 'adam', loss: 'meanSquaredError' });`);
  return out;
}

function multiOutput(b: FeatureBlock, k: number): string[] {
  const [d, u] = [b.n[0]!, b.n[1]!];
  const trunk = has(b, 'trunkName') ? `, name: 'trunk${k}'` : '';
  const out = [`const in${k} = tf.input({ shape: [${d}], name: 'obs${k}' });`,
    `const t${k} = tf.layers.dense({ units: ${u}, activation: 'relu'${trunk} }).apply(in${k}) ${ST};`,
    `const value${k} = tf.layers.dense({ units: 1, name: 'value${k}' }).apply(t${k}) ${ST};`,
    `const policy${k} = tf.layers.dense({ units: ${b.n[2]}, activation: 'softmax', name: 'policy${k}' }).apply(t${k}) ${ST};`];
  const outs = [`value${k}`, `policy${k}`];
  if (b.variant === 'three') {
    out.push(`const aux${k} = tf.layers.dense({ units: ${b.n[3]}, name: 'aux${k}' }).apply(in${k}) ${ST};`);
    outs.push(`aux${k}`);
  }
  out.push(`const heads${k} = tf.model({ inputs: in${k}, outputs: [${outs.join(', ')}] });`);
  if (has(b, 'compile')) out.push(`heads${k}.compile({ optimizer: 'sgd', loss: [${outs.map(() => "'meanSquaredError'").join(', ')}] });`);
  return out;
}

function spread(b: FeatureBlock, k: number): string[] {
  const d = b.n[0]! + 1;
  const calls = b.layers.map((l, j) => layerCall(l, j === 0 ? { inputShape: [d] } : {}));
  const cut = Math.max(1, Math.floor(calls.length / 2));
  const out = [`const first${k} = [${calls.slice(0, cut).join(', ')}];`, `const rest${k} = [${calls.slice(cut).join(', ')}];`];
  if (b.variant === 'spread') out.push(`const m${k} = tf.sequential({ layers: [...first${k}, ...rest${k}] });`);
  else if (b.variant === 'forOf') out.push(`const m${k} = tf.sequential();`, `for (const l of [...first${k}, ...rest${k}]) m${k}.add(l);`);
  else if (b.variant === 'forEach') out.push(`const m${k} = tf.sequential();`, `first${k}.concat(rest${k}).forEach((l) => m${k}.add(l));`);
  else out.push(`const all${k} = [...first${k}, ...rest${k}].map((l) => l);`, `const m${k} = tf.sequential({ layers: all${k} });`);
  return out;
}

/** A channelsFirst layer and the input shape it takes (channels first). */
function channelsFirstLayer(b: FeatureBlock): { call: string; input: number[] } {
  const [c, h, w] = [b.n[0]!, b.n[1]! + 2, b.n[2]! + 2];
  const o: Record<string, unknown> = { dataFormat: 'channelsFirst' };
  const v = b.variant;
  const rank = /1d$/.test(v) ? 1 : /3d$/.test(v) ? 3 : 2;
  const input = rank === 1 ? [c, h] : rank === 3 ? [c, h, w, b.n[3]! + 1] : [c, h, w];
  if (/^conv|^separable/.test(v)) Object.assign(o, { filters: b.n[4], kernelSize: rank === 1 ? 2 : 2 });
  if (v === 'depthwiseConv2d') Object.assign(o, { kernelSize: 2, depthMultiplier: b.n[4] });
  if (/Pooling[123]d$/.test(v) && !/^global/.test(v)) o['poolSize'] = 2;
  if (has(b, 'strides') && !/^global|^upSampling|^batch/.test(v)) o['strides'] = 2;
  if (has(b, 'same') && !/^global|^upSampling|^batch/.test(v)) o['padding'] = 'same';
  if (v === 'batchNormalization') {
    delete o['dataFormat'];
    o['axis'] = 1;
  }
  return { call: `tf.layers.${v}(${lit(o as never)})`, input };
}

function channelsFirst(b: FeatureBlock, k: number): string[] {
  const { call, input } = channelsFirstLayer(b);
  const tail = has(b, 'dense') && !/^global/.test(b.variant) ? ['tf.layers.flatten()', `tf.layers.dense({ units: ${b.n[5]} })`] : [];
  if (has(b, 'functional')) {
    const out = [`const cin${k} = tf.input({ shape: ${lit(input)} });`, `let c${k} = ${call}.apply(cin${k}) ${ST};`];
    for (const t of tail) out.push(`c${k} = ${t}.apply(c${k}) ${ST};`);
    out.push(`const cf${k} = tf.model({ inputs: cin${k}, outputs: c${k} });`);
    return out;
  }
  const first = call.replace(/^(tf\.layers\.\w+\(\{ )/, `$1inputShape: ${lit(input)}, `);
  return [`const cf${k} = tf.sequential({ layers: [${[first, ...tail].join(', ')}] });`];
}

function timeDistributed(b: FeatureBlock, k: number): string[] {
  const [t, f] = [b.n[0]! + 1, b.n[1]!];
  const v = b.variant;
  const inner = v === 'conv2d' ? `tf.layers.conv2d({ filters: ${f}, kernelSize: 2 })` : v === 'conv3d' ? `tf.layers.conv3d({ filters: ${f}, kernelSize: 2 })`
    : v === 'conv1d' ? `tf.layers.conv1d({ filters: ${f}, kernelSize: 2 })` : v === 'dense' ? `tf.layers.dense({ units: ${f} })`
      : v === 'flatten' ? 'tf.layers.flatten()' : 'tf.layers.maxPooling2d({ poolSize: 2 })';
  const sp = [b.n[2]! + 2, b.n[3]! + 2, b.n[4]! + 1];
  const input = v === 'conv3d' ? [t, ...sp, 2] : v === 'conv1d' ? [t, sp[0]!, 2] : v === 'dense' ? [t, sp[0]!] : [t, sp[0]!, sp[1]!, 2];
  const td = `tf.layers.timeDistributed({ layer: ${inner} })`;
  const then = has(b, 'then') ? `tf.layers.timeDistributed({ layer: tf.layers.flatten() })` : null;
  if (has(b, 'functional')) {
    const out = [`const tin${k} = tf.input({ shape: ${lit(input)} });`, `let td${k} = ${td}.apply(tin${k}) ${ST};`];
    if (then) out.push(`td${k} = ${then}.apply(td${k}) ${ST};`);
    out.push(`const tdm${k} = tf.model({ inputs: tin${k}, outputs: td${k} });`);
    return out;
  }
  const first = td.replace('({ layer', `({ inputShape: ${lit(input)}, layer`);
  return [`const tdm${k} = tf.sequential({ layers: [${[first, ...(then ? [then] : [])].join(', ')}] });`];
}

function stackedRnn(b: FeatureBlock, k: number): string[] {
  const [t, f] = [b.n[0]! + 1, b.n[1]!];
  const kinds = ['lstmCell', 'gruCell', 'simpleRNNCell'];
  const cells = [b.n[2]!, b.n[3]!, b.n[4]!].slice(0, b.variant === 'single' ? 1 : 2 + (b.n[5]! % 2))
    .map((u, i) => `tf.layers.${kinds[(b.n[5]! + i) % 3]}({ units: ${u} })`);
  const cell = b.variant === 'stacked' ? `tf.layers.stackedRNNCells({ cells: [${cells.join(', ')}] })` : b.variant === 'single' ? cells[0]! : `[${cells.join(', ')}]`;
  const rs = has(b, 'returnSequences') ? ', returnSequences: true' : '';
  if (has(b, 'functional')) {
    return [`const rin${k} = tf.input({ shape: [${t}, ${f}] });`, `const rout${k} = tf.layers.rnn({ cell: ${cell}${rs} }).apply(rin${k}) ${ST};`,
      `const rm${k} = tf.model({ inputs: rin${k}, outputs: rout${k} });`];
  }
  return [`const rm${k} = tf.sequential({ layers: [tf.layers.rnn({ cell: ${cell}, inputShape: [${t}, ${f}]${rs} })] });`];
}

function customLayer(b: FeatureBlock, k: number): string[] {
  const [d, u] = [b.n[0]!, b.n[1]!];
  const cls = `Custom${k}`;
  const statik = b.variant === 'getter' ? [`  static get className() { return 'Cust${k}'; }`] : [`  static className = 'Cust${k}';`];
  const sub = b.variant.startsWith('subLayer');
  const build = ['  build(inputShape: tf.Shape | tf.Shape[]) {', '    const s = inputShape as tf.Shape;',
    `    this.w = this.addWeight('w', [s[s.length - 1] as number], 'float32', tf.initializers.ones());`,
    ...(b.variant === 'weights' || b.variant === 'getter' ? [`    this.addWeight('b', [${u}], 'float32', tf.initializers.zeros(), undefined, false);`] : []),
    ...(b.variant === 'subLayerBuild' ? ['    this.sub.build(s);'] : []),
    ...(b.variant === 'subLayerApply' ? [`    this.sub.apply(tf.input({ batchShape: s }));`] : []),
    '  }'];
  const out = [`class ${cls} extends tf.layers.Layer {`, ...statik, '  w!: tf.LayerVariable;',
    ...(sub ? [`  sub = tf.layers.dense({ units: ${u} });`] : []),
    '  constructor(config?: { name?: string }) {', '    super(config ?? {});', '  }', ...build,
    '  computeOutputShape(s: tf.Shape | tf.Shape[]) {', '    return s;', '  }', '}',
    `tf.serialization.registerClass(${cls});`];
  const ctor = `new ${cls}(${has(b, 'named') ? `{ name: 'mine${k}' }` : ''})`;
  const after = has(b, 'after') ? [`tf.layers.dense({ units: ${b.n[2]} })`] : [];
  if (has(b, 'functional')) {
    out.push(`const uin${k} = tf.input({ shape: [${d}] });`, `let u${k} = ${ctor}.apply(uin${k}) ${ST};`,
      ...after.map((a) => `u${k} = ${a}.apply(u${k}) ${ST};`), `const um${k} = tf.model({ inputs: uin${k}, outputs: u${k} });`);
  } else {
    out.push(`const um${k} = tf.sequential();`, `um${k}.add(tf.layers.dense({ units: ${d}, inputShape: [${b.n[3]}] }));`, `um${k}.add(${ctor});`,
      ...after.map((a) => `um${k}.add(${a});`));
  }
  return out;
}

function dispose(b: FeatureBlock, k: number): string[] {
  const [d, u] = [b.n[0]!, b.n[1]!];
  const reuse = has(b, 'reuseName');
  switch (b.variant) {
    case 'variable':
      return [`const dv${k} = tf.variable(tf.zeros([${d}]), true, 'dv${k}');`, `dv${k}.dispose();`,
        `const dw${k} = tf.variable(tf.ones([${u}]), true, '${reuse ? `dv${k}` : `dw${k}`}');`];
    case 'model':
      return [`const dm${k} = tf.sequential({ layers: [tf.layers.dense({ units: ${u}, inputShape: [${d}], name: 'dd${k}' })] });`, `dm${k}.dispose();`,
        `const dn${k} = tf.sequential({ layers: [tf.layers.dense({ units: ${u}, inputShape: [${d}]${reuse ? `, name: 'dd${k}'` : ''} })] });`,
        `const dx${k} = tf.variable(tf.zeros([1]), true, 'dd${k}/kernel');`];
    case 'layer':
      return [`const dl${k} = tf.layers.dense({ units: ${u}, name: 'dl${k}' });`, `dl${k}.apply(tf.zeros([1, ${d}]));`, `dl${k}.dispose();`,
        `const dy${k} = tf.variable(tf.zeros([1]), true, 'dl${k}/${reuse ? 'kernel' : 'other'}');`];
    default:
      return [`const da${k} = tf.variable(tf.zeros([${d}]), true, 'da${k}');`, 'tf.disposeVariables();',
        `const db${k} = tf.variable(tf.zeros([${u}]), true, '${reuse ? `da${k}` : `db${k}`}');`];
  }
}

function lifecycle(b: FeatureBlock, k: number): string[] {
  const [d, u] = [b.n[0]!, b.n[1]!];
  const out: string[] = [];
  const m = `lm${k}`;
  if (b.variant === 'eager') {
    out.push(`const le${k} = tf.layers.dense({ units: ${u} });`, `const ly${k} = le${k}.apply(tf.ones([2, ${d}])) as tf.Tensor;`,
      `le${k}.apply(tf.ones([3, ${d}]));`, `tf.layers.dense({ units: ${b.n[2]} }).apply(ly${k});`);
    return out;
  }
  if (b.variant === 'sequential') {
    out.push(`const ${m} = tf.sequential();`, `${m}.add(tf.layers.dense({ units: ${u}, inputShape: [${d}] }));`, `${m}.add(tf.layers.dense({ units: ${b.n[2]} }));`);
  } else {
    out.push(`const lin${k} = tf.input({ shape: [${d}] });`,
      `const ${m} = tf.model({ inputs: lin${k}, outputs: tf.layers.dense({ units: ${u} }).apply(lin${k}) ${ST} });`);
  }
  if (has(b, 'compile')) out.push(`${m}.compile({ optimizer: ${has(b, 'adam') ? 'tf.train.adam(0.01)' : "'sgd'"}, loss: 'meanSquaredError' });`);
  if (has(b, 'summary')) out.push(`${m}.summary(undefined, undefined, () => undefined);`);
  if (has(b, 'countParams')) out.push(`const params${k} = ${m}.countParams();`);
  if (has(b, 'predict')) out.push(`${m}.predict(tf.zeros([1, ${d}]));`);
  return out;
}

/** The placeholder index the op chain is drawn with (each `t<k>_` becomes the block's index when rendered). */
const OPS_K = 999999;
const tensorOps = (b: FeatureBlock, k: number): string[] => b.variant.split(String(OPS_K)).join(String(k)).split('\n');

const RENDER: Record<Feature, (b: FeatureBlock, k: number) => string[]> = {
  nestedSeq, modelAsLayer, multiOutput, spread, channelsFirst, timeDistributed, stackedRnn, customLayer, dispose, lifecycle, tensorOps,
};

export function renderFeature(b: FeatureBlock, k: number): string[] {
  return RENDER[b.feature](b, k);
}

/** Whether the block's drawn layers still chain (after the shrinker removed some). */
export function featureValid(b: FeatureBlock): boolean {
  if (b.feature !== 'nestedSeq' && b.feature !== 'spread') return true;
  if (!b.layers.length) return false;
  let cur: number[] | null = [b.n[0]! + 1];
  for (const l of b.layers) cur = cur && outputShape(l, cur);
  return !!cur;
}
