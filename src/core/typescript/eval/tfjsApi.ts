// The TF.js API functions a program calls (`tf.layers.*`, `tf.initializers.*`, `tf.train.*`, `tf.sequential`,
// `tf.input`, `tf.model`, `tf.variable`, tensor constructors, `tf.tidy`): one handler per path in a table.
// Variables and optimizer slots are recorded with TF.js's names; layer rules come from ../tfjs.

import * as ts from 'typescript';
import type { Dim, InitializerSpec, VariableInfo } from '../../model';
import {
  declaredInput, duplicateNameMessage, initFromFactory, LAYER_CLASSES, optimizerVariables, TfjsRaise,
} from '../tfjs';
import { tfjsRow } from '../../layers';
import { TfjsLayerConfig } from '../layerConfig';
import { seqAdd } from './layers';
import { tensorOpCall } from './tensorOps';
import type { Machine } from './machine';
import {
  cfgOf, Fn, Init, Layer, Model, Native, Obj, plain, shapeOf, Sym, Tensor, TfVar, Unknown, UNKNOWN, type Value,
} from './values';

type ApiFn = (m: Machine, args: Value[], site: ts.CallExpression, path: string) => Value;

export function tfCall(m: Machine, path: string, args: Value[], site: ts.CallExpression): Value {
  const p = path.replace(/^tf\./, '');
  if (p.startsWith('layers.')) {
    const l = layerFactory(m, p.slice(7), args);
    // options not all known are said, not silently taken as TF.js's defaults
    if (l instanceof Layer && (args[0] instanceof Unknown || (args[0] instanceof Obj && args[0].open))) {
      m.diag(site, 'info', 'unknown-option', `Some options of this ${l.className} come from a value the analysis does not know; the options it does not see are assumed to be TF.js's defaults (its name, sizes and weights may differ).`);
    }
    return l;
  }
  if (p.startsWith('initializers.')) {
    const init = initFromFactory(p.slice(13), cfgOf(args[0]));
    return init ? new Init(init) : UNKNOWN;
  }
  if (p.startsWith('train.')) {
    m.optimizer(p.slice(6), args, site);
    return new Obj(new Map([['optimizer', p.slice(6)]]));
  }
  const f = API.get(p);
  return f ? f(m, args, site, p) : tensorOpCall(p, args) ?? UNKNOWN;
}

/** `tf.layers.dense({...})` etc.: an unbuilt layer named like TF.js would. */
function layerFactory(m: Machine, factory: string, args: Value[]): Value {
  const cls = LAYER_CLASSES[factory];
  if (!cls) return UNKNOWN;
  const cfg = cfgOf(args[0]);
  const name = typeof cfg.name === 'string' && cfg.name ? cfg.name : cls === 'InputLayer' ? m.naming.uid('input') : m.naming.layerName(cls);
  const c = new TfjsLayerConfig(cfg);
  for (const check of tfjsRow(cls)?.tfjs?.checks ?? []) {
    const err = check(c);
    if (err) throw typeof err === 'string' ? new TfjsRaise('ValueError', err) : new TfjsRaise(err.type, err.message);
  }
  // options not all known (an unknown value, or an object an unknown value was spread into) may declare an input
  // shape: not known, rather than none (no "first layer needs an input shape" TF.js might not raise)
  const opaque = args[0] instanceof Unknown || (args[0] instanceof Obj && args[0].open);
  const input = declaredInput(cls, cfg);
  return new Layer(cls, name, cfg, input === undefined && opaque ? null : input);
}

function numArg(v: Value, d: number | null): number | null {
  if (v === undefined) return d;
  return typeof v === 'number' ? v : null;
}

function tensor(shape: Value, dtype: Value, spec: InitializerSpec): Tensor {
  return new Tensor(shapeOf(shape), typeof dtype === 'string' ? dtype : 'float32', { ...spec, api: 'tfjs' });
}

function constTensor(values: Value, shape: Value[] | undefined, dtype: Value): Value {
  const p = plain(values);
  const flat: unknown[] = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(walk);
    else flat.push(x);
  };
  walk(p);
  if (!flat.every((x) => typeof x === 'number' || typeof x === 'boolean')) return new Tensor(shape ? shapeOf(shape) : null, typeof dtype === 'string' ? dtype : 'float32', { kind: 'unknown', reason: 'tensor values not known statically' });
  let inferred: Dim[] = [];
  for (let x: unknown = p; Array.isArray(x); x = x[0]) inferred.push(x.length);
  if (shape) inferred = shapeOf(shape) ?? inferred;
  const dt = typeof dtype === 'string' ? dtype : flat.some((x) => typeof x === 'boolean') ? 'bool' : 'float32';
  const value = flat.length > 0 && flat.every((x) => x === flat[0]) ? (flat[0] as number) : (p as number[]);
  return new Tensor(inferred, dt, { kind: 'constant', value, api: 'tfjs' });
}

/** Registers a `tf.variable`'s name; a name already registered raises TF.js's error with a rename quick fix when
 *  the name is a string literal at the call. */
function registerVariable(m: Machine, name: string | null, node: ts.Expression | undefined): string {
  try {
    return m.naming.register(name);
  } catch (e) {
    if (e instanceof TfjsRaise && name !== null && node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))) {
      const free = m.naming.freeName(name);
      const l = m.loc(node);
      const q = node.getText()[0]!;
      e.fixes = [{ title: `Rename the variable to '${free}'`, edits: [{ file: l.file, line: l.line, column: l.column, endLine: l.endLine!, endColumn: l.endColumn!, newText: `${q}${free}${q}` }] }];
    }
    throw e;
  }
}

function tfVariable(m: Machine, args: Value[], site: ts.CallExpression, nameNode = site.arguments[2]): Value {
  const t = args[0];
  const trainable = args[1] === undefined ? true : typeof args[1] === 'boolean' ? args[1] : true;
  const nameArg = args[2];
  const name = registerVariable(m, typeof nameArg === 'string' ? nameArg : null, nameNode);
  const dtype = typeof args[3] === 'string' ? args[3] : t instanceof Tensor ? t.dtype : 'float32';
  const info: VariableInfo = {
    name, shape: t instanceof Tensor ? t.shape : null, dtype,
    initializer: t instanceof Tensor ? t.init : { kind: 'unknown', reason: 'initial value not known statically', api: 'tfjs' },
    trainable, location: m.callLoc(site), scope: name.includes('/') ? name.slice(0, name.lastIndexOf('/')) : '',
    api: 'tfjs.variable', order: m.variables.length,
  };
  if (nameNode && (ts.isStringLiteral(nameNode) || ts.isNoSubstitutionTemplateLiteral(nameNode))) info.nameLocation = m.loc(nameNode);
  m.variables.push(info);
  return new TfVar(info);
}

/** `t.variable(trainable?, name?, dtype?)` (tfjs-core tensor.ts): the engine's makeVariable of the tensor, as
 *  tf.variable(t, trainable, name, dtype). */
export function tensorVariable(m: Machine, t: Tensor, args: Value[], site: ts.CallExpression): Value {
  return tfVariable(m, [t, ...args], site, site.arguments[1]);
}

/** The scalar variables an optimizer's constructor creates (unnamed: they take the engine's next ids). */
export function optimizer(m: Machine, name: string, args: Value[], site: ts.CallExpression): void {
  for (const o of optimizerVariables(name, args)) {
    const vname = m.naming.register(null);
    m.variables.push({
      name: vname, shape: [], dtype: 'float32', initializer: { kind: 'constant', value: o.value, api: 'tfjs' }, trainable: true,
      location: m.callLoc(site), scope: '', api: `tfjs.train.${name}`, order: m.variables.length,
    });
  }
}

const sequential: ApiFn = (m, args, site) => {
  const cfg = args[0] instanceof Obj ? args[0] : new Obj();
  const nameV = cfg.props.get('name');
  const model = new Model('sequential', typeof nameV === 'string' ? nameV : `sequential_${m.naming.uid('sequential').slice(10)}`);
  model.location = m.callLoc(site);
  m.models.push(model);
  const layers = cfg.props.get('layers');
  if (Array.isArray(layers)) for (const l of layers) seqAdd(m, model, l, site);
  else if (layers !== undefined) model.opaque = true;
  return model;
};

const input: ApiFn = (m, args) => {
  const cfg = cfgOf(args[0]);
  // tf.input forms `[null].concat(shape)` (input_layer.ts Input): a bare number is one dim
  const shape = typeof cfg.shape === 'number' ? [null, cfg.shape]
    : Array.isArray(cfg.shape) ? [null, ...cfg.shape.map((d) => (typeof d === 'number' ? d : null))]
    : Array.isArray(cfg.batchShape) ? cfg.batchShape.map((d) => (typeof d === 'number' ? d : null)) : null;
  const name = typeof cfg.name === 'string' ? cfg.name : m.naming.uid('input');
  const l = new Layer('InputLayer', name, cfg, shape);
  l.built = true;
  l.output = shape;
  return new Sym(shape, l, []);
};

/** `tf.model({inputs, outputs})`: the layers reachable from the outputs, in topological order. */
const model: ApiFn = (m, args, site) => {
  const cfg = args[0] instanceof Obj ? args[0] : new Obj();
  const outs = cfg.props.get('outputs');
  const ins = cfg.props.get('inputs');
  const nameV = cfg.props.get('name');
  const mdl = new Model('functional', typeof nameV === 'string' ? nameV : `model${m.naming.uid('model').slice(5)}`);
  const seen = new Set<Layer>();
  const visit = (s: Value): void => {
    if (!(s instanceof Sym)) return;
    for (const i of s.inputs) visit(i);
    if (s.layer && !seen.has(s.layer)) {
      seen.add(s.layer);
      mdl.layers.push(s.layer);
    }
  };
  const outList = Array.isArray(outs) ? outs : [outs];
  for (const o of outList) visit(o);
  // Container orders its layers by depth from the outputs, deepest first (ties in the order they were reached).
  const depth = new Map<Layer, number>();
  const nodeDepth = new Map<Sym, number>();
  const deepen = (x: Value, d: number): void => {
    if (!(x instanceof Sym) || !x.layer || (nodeDepth.get(x) ?? -1) >= d) return;
    nodeDepth.set(x, d);
    depth.set(x.layer, Math.max(d, depth.get(x.layer) ?? 0));
    for (const i of x.inputs) deepen(i, d + 1);
  };
  for (const o of outList) deepen(o, 0);
  mdl.layers = mdl.layers.map((l, i) => ({ l, i })).sort((a, b) => (depth.get(b.l) ?? 0) - (depth.get(a.l) ?? 0) || a.i - b.i).map((x) => x.l);
  const dup = duplicateNameMessage(mdl.layers.map((l) => l.name));
  if (dup) throw new TfjsRaise('RuntimeError', dup);
  const inList = Array.isArray(ins) ? ins : [ins];
  mdl.inputs = inList.map((x) => (x instanceof Sym ? x.shape : null));
  mdl.outputs = outList.map((x) => (x instanceof Sym ? x.shape : null));
  if (inList.every((x) => x instanceof Sym)) mdl.inputSyms = inList as Sym[];
  if (outList.every((x) => x instanceof Sym)) mdl.outputSyms = outList as Sym[];
  if (!outList.every((x) => x instanceof Sym)) mdl.opaque = true;
  mdl.location = m.callLoc(site);
  m.models.push(mdl);
  return mdl;
};

const tidy: ApiFn = (m, args, site) => {
  const f = typeof args[0] === 'string' ? args[1] : args[0];
  return f instanceof Fn || f instanceof Native ? m.callValue(f, [], site) : UNKNOWN;
};

const shapedTensor: ApiFn = (_m, args) => {
  const shape = Array.isArray(args[1]) ? args[1] : undefined;
  return constTensor(args[0], shape, shape ? args[2] : args[1]);
};

const API = new Map<string, ApiFn>([
  ['tidy', tidy],
  ['sequential', sequential],
  ['input', input],
  ['model', model],
  ['variable', (m, args, site) => tfVariable(m, args, site)],
  ['disposeVariables', (m) => {
    for (const n of [...m.naming.registered]) m.naming.unregister(n);
    return undefined;
  }],
  ['zeros', (_m, args) => tensor(args[0], args[1], { kind: 'zeros' })],
  ['ones', (_m, args) => tensor(args[0], args[1], { kind: 'ones' })],
  ['fill', (_m, args) => tensor(args[0], args[2], { kind: 'constant', value: typeof args[1] === 'number' ? args[1] : null })],
  ['randomNormal', (_m, a) => tensor(a[0], a[3], { kind: 'random_normal', mean: numArg(a[1], 0), stddev: numArg(a[2], 1), seed: numArg(a[4], null) })],
  ['truncatedNormal', (_m, a) => tensor(a[0], a[3], { kind: 'truncated_normal', mean: numArg(a[1], 0), stddev: numArg(a[2], 1), seed: numArg(a[4], null) })],
  ['randomUniform', (_m, a) => tensor(a[0], a[3], { kind: 'random_uniform', minval: numArg(a[1], 0), maxval: numArg(a[2], 1), seed: numArg(a[4], null) })],
  ['scalar', (_m, args) => constTensor(args[0], [], args[1])],
  ...['tensor', 'tensor1d', 'tensor2d', 'tensor3d', 'tensor4d'].map((n): [string, ApiFn] => [n, shapedTensor]),
]);
