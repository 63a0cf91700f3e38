// TF.js layers and models in a program: building a layer on its input (once, creating its weights with TF.js's
// names and checking later inputs like TF.js's inputSpec), wrappers (TimeDistributed, Bidirectional), custom
// layers (their own build/computeOutputShape/addWeight), `layer.apply`, and the members of models.

import type * as ts from 'typescript';
import type { Dim, VariableInfo } from '../../model';
import {
  buildLayer, checkTensorName, expectedLastDim, FIRST_LAYER_NEEDS_INPUT, initFromString, MERGE_LAYERS, mergeOutput, TfjsRaise, toSpec,
  type WeightDef,
} from '../tfjs';
import { tfjsRow } from '../../layers';
import { classEnv } from './calls';
import type { Machine } from './machine';
import { Fn, Init, Layer, Model, Native, Obj, shapeOf, Sym, Tensor, TfVar, UNKNOWN, type Value } from './values';

/**
 * Builds `layer` on `input` (once): creates its weights with TF.js's names, returns the output shape. Inside
 * `apply` (`direct` false) the layer's name is a name scope of its weights (`dense_Dense1/kernel`); a direct
 * `layer.build(shape)` names them under the scopes already open only.
 */
export function build(m: Machine, layer: Layer, input: Dim[] | null, site: ts.CallExpression, direct = false): Dim[] | null {
  if (layer.model) return modelOutputs(layer.model)[0] ?? null;
  if (layer.custom) return direct ? buildCustom(m, layer, input) : m.naming.inScope(layer.name, () => buildCustom(m, layer, input));
  if (layer.built) {
    const want = layer.expects;
    const got = input ? input[input.length - 1] : null;
    if (typeof want === 'number' && typeof got === 'number' && want !== got) {
      throw new TfjsRaise('ValueError', `Input 0 is incompatible with layer ${layer.name}: expected axis -1 of input shape to have value ${want} but got shape ${String(input)}.`);
    }
    return layerOutput(layer, input).output;
  }
  layer.built = true;
  const { weights, output } = layerOutput(layer, input);
  layer.expects = expectedLastDim(layer.className, weights);
  const loc = m.callLoc(site);
  const prefix = m.naming.scopes.map((x) => `${x}/`).join('');
  for (const w of weights) {
    const name = m.naming.uniqueTensorName(prefix + (w.scoped || direct ? w.name : `${layer.name}/${w.name}`));
    m.naming.register(name);
    const dtype = typeof layer.cfg.dtype === 'string' ? layer.cfg.dtype : 'float32';
    const info: VariableInfo = {
      name, shape: w.shape, dtype, initializer: toSpec(w.init, w.defaulted), trainable: w.trainable, // a frozen layer's (trainable: false) variables stay trainable in TF.js's engine
      location: loc, scope: layer.name, api: 'layer', order: m.variables.length,
    };
    m.variables.push(info);
    layer.weights.push(info);
  }
  layer.output = output;
  return output;
}

/** `this.addWeight(name, shape, dtype?, initializer?, regularizer?, trainable?)` of a custom layer. */
export function addWeightFn(m: Machine, layer: Layer): Native {
  return new Native('addWeight', (a, site) => {
    const wname = typeof a[0] === 'string' ? a[0] : '?';
    const name = m.naming.uniqueTensorName(m.naming.scoped(wname));
    m.naming.register(name);
    const init = a[3] instanceof Init ? a[3].init : typeof a[3] === 'string' ? initFromString(a[3]) : null;
    const info: VariableInfo = {
      name, shape: shapeOf(a[1]), dtype: typeof a[2] === 'string' ? a[2] : 'float32',
      initializer: init ? toSpec(init) : { kind: 'unknown', reason: 'initializer not known statically', api: 'tfjs' },
      trainable: a[5] === undefined || a[5] === null ? true : a[5] !== false, location: m.callLoc(site), scope: layer.name, api: 'layer',
      order: m.variables.length,
    };
    m.variables.push(info);
    layer.weights.push(info);
    return new TfVar(info);
  });
}

/** A custom layer's build: its `build(inputShape)` creates the weights; `computeOutputShape` gives the output.
 *  Called on a list of inputs (`list`), both get the list of shapes and the output is known only from the latter. */
function buildCustom(m: Machine, layer: Layer, input: Dim[] | null, list?: (Dim[] | null)[]): Dim[] | null {
  const self = layer.custom!;
  const arg = (): Value => (list ? list.map((s) => (s ? [...s] : UNKNOWN)) : input ? [...input] : UNKNOWN);
  const call = (name: string): Value => {
    const f = self.cls?.method(name);
    return f ? m.callFn(new Fn(f, classEnv(self.cls!), self), [arg()]) : undefined;
  };
  if (!layer.built) {
    layer.built = true;
    call('build');
  }
  const out = self.cls?.method('computeOutputShape') ? call('computeOutputShape') : input;
  if (Array.isArray(out)) return shapeOf(out);
  return out === input ? input : null;
}

type LayerWeights = { weights: (WeightDef & { scoped?: boolean })[]; output: Dim[] | null };

/** Weights (wrapper weights carry their full scoped name) and output shape of `layer` on `input`. */
function layerOutput(layer: Layer, input: Dim[] | null): LayerWeights {
  const inner = layer.cfg.layer;
  if (layer.className === 'TimeDistributed') {
    if (!(inner instanceof Layer)) return { weights: [], output: null };
    const r = buildLayer(inner.className, inner.cfg, input && input.length >= 3 ? [input[0]!, ...input.slice(2)] : null);
    inner.built = true;
    return { weights: r.weights, output: input && r.output ? [input[0]!, input[1]!, ...r.output.slice(1)] : null };
  }
  if (layer.className === 'Bidirectional') {
    if (!(inner instanceof Layer)) return { weights: [], output: null };
    return bidirectional(layer, inner, input);
  }
  if (tfjsRow(layer.className)?.tfjs?.cells === 'rnn') return rnnOverCells(layer, input);
  return buildLayer(layer.className, layer.cfg, input);
}

/** The cells of an RNN's `cell` option: one cell, a list, or StackedRNNCells' `cells` (stacked: named per cell). */
function cellList(v: unknown): { cells: Layer[]; stacked: boolean } | null {
  if (v instanceof Layer && tfjsRow(v.className)?.tfjs?.cells === 'stacked') {
    const inner = cellList(v.cfg.cells);
    return inner && { cells: inner.cells, stacked: true };
  }
  if (v instanceof Layer) return tfjsRow(v.className)?.tfjs?.cellOf ? { cells: [v], stacked: false } : null;
  if (!Array.isArray(v)) return null;
  const cells = v.map((c) => cellList(c));
  return cells.every((c) => c && c.cells.length === 1) ? { cells: cells.map((c) => c!.cells[0]!), stacked: true } : null;
}

/**
 * `tf.layers.rnn({cell})` on [batch, time, features]: each cell builds its recurrent layer row's weights on the
 * previous cell's units (the first: the features); several cells (a list becomes StackedRNNCells) name theirs
 * under `RNNCell_<i>`. The output has the last cell's units (per time step with returnSequences).
 */
function rnnOverCells(layer: Layer, input: Dim[] | null): LayerWeights {
  const list = cellList(layer.cfg.cell);
  if (!list || !input || input.length !== 3) return { weights: [], output: null };
  const weights: LayerWeights['weights'] = [];
  let features: Dim = input[2]!;
  list.cells.forEach((cell, i) => {
    const r = buildLayer(tfjsRow(cell.className)!.tfjs!.cellOf!, cell.cfg, [input[0]!, input[1]!, features]);
    cell.built = true;
    for (const w of r.weights) weights.push(list.stacked ? { ...w, name: `${layer.name}/RNNCell_${i}/${w.name}`, scoped: true } : w);
    features = typeof cell.cfg.units === 'number' ? cell.cfg.units : null;
  });
  const seq = layer.cfg.returnSequences === true;
  return { weights, output: seq ? [input[0]!, input[1]!, features] : [input[0]!, features] };
}

function bidirectional(layer: Layer, inner: Layer, input: Dim[] | null): LayerWeights {
  const r = buildLayer(inner.className, inner.cfg, input);
  inner.built = true;
  const scoped = (dir: string) => r.weights.map((w) => ({ ...w, name: `${layer.name}/${dir}_${inner.name}/${w.name}`, scoped: true }));
  const mode = layer.cfg.mergeMode === undefined ? 'concat' : layer.cfg.mergeMode;
  let output = r.output;
  if (output && mode === 'concat') {
    const d = output[output.length - 1];
    output = [...output.slice(0, -1), d === null ? null : d * 2];
  } else if (output && !['sum', 'mul', 'ave'].includes(String(mode))) output = null;
  return { weights: [...scoped('forward'), ...scoped('backward')], output };
}

/** A layer value: a layer, a custom layer instance, or a model used as a layer. */
export function asLayer(v: Value): Layer | null {
  if (v instanceof Obj && v.layer) return v.layer;
  if (v instanceof Obj && v.model) return modelFacade(v.model); // an instance of a tf.Sequential subclass
  if (v instanceof Model) return modelFacade(v);
  return v instanceof Layer ? v : null;
}

/** A model as a layer of another model (its class name is TF.js's: Sequential, or Model for tf.model). */
export function modelFacade(model: Model): Layer {
  if (!model.facade) {
    const l = new Layer(model.kind === 'sequential' ? 'Sequential' : 'Model', model.name, {}, modelInputs(model)[0] ?? null);
    l.built = true;
    l.model = model;
    model.facade = l;
  }
  return model.facade;
}

/** The input shapes of a model (a Sequential's: its first layer's). */
export function modelInputs(model: Model): (Dim[] | null)[] {
  if (model.kind === 'functional') return model.inputs;
  const first = model.layers[0];
  if (!first) return [];
  return first.model ? modelInputs(first.model) : [first.input ?? null];
}

/** The output shapes of a model. */
export function modelOutputs(model: Model): (Dim[] | null)[] {
  return model.kind === 'functional' ? model.outputs : model.layers.length ? [model.output] : [];
}

/** `model.add(layer)` (and `tf.sequential({layers})`): the first layer needs an input shape. */
export function seqAdd(m: Machine, model: Model, l0: Value, site: ts.CallExpression): void {
  const l = asLayer(l0);
  if (!l) {
    model.output = null;
    model.opaque = true;
    return;
  }
  if (l.model) {
    // Sequential.add: a model added as a layer must have one input and one output (tfjs-layers models.ts).
    if (modelOutputs(l.model).length !== 1) throw new TfjsRaise('ValueError', 'All layers in a Sequential model should have a single output tensor. For multi-output layers, use the functional API.');
    if (modelInputs(l.model).length !== 1) throw new TfjsRaise('ValueError', 'All layers in a Sequential model should have a single input tensor. For multi-input layers, use the functional API.');
    model.layers.push(l);
    model.output = modelOutputs(l.model)[0] ?? null;
    return;
  }
  if (model.layers.length === 0) {
    if (l.input === undefined) throw new TfjsRaise('ValueError', FIRST_LAYER_NEEDS_INPUT);
    // Sequential.add makes the input `<layer>_input` (a symbolic tensor: its name is checked) before the layer is built.
    if (l.className !== 'InputLayer') checkTensorName(`${l.name}_input`);
    model.layers.push(l);
    model.output = m.build(l, l.input, site);
    if (l.className !== 'InputLayer') checkTensorName(l.name);
    return;
  }
  model.layers.push(l);
  model.output = m.build(l, model.output, site);
  checkTensorName(l.name);
}

/** `layer.apply(x)`: merge layers on lists of symbolic tensors, others built on the input's shape. */
export function apply(m: Machine, l: Layer, a: Value[], site: ts.CallExpression): Value {
  if (MERGE_LAYERS.has(l.className)) {
    const xs = Array.isArray(a[0]) ? a[0] : [];
    if (!xs.every((x) => x instanceof Sym)) return UNKNOWN;
    l.built = true;
    checkTensorName(l.name);
    return new Sym(mergeOutput(l.className, l.cfg, (xs as Sym[]).map((x) => x.shape)), l, xs as Sym[]);
  }
  const x = Array.isArray(a[0]) && a[0].length === 1 ? a[0][0] : a[0];
  if (l.custom && Array.isArray(x) && x.length > 1 && x.every((v) => v instanceof Sym)) {
    // A custom layer called on a list: its build/computeOutputShape get the list of shapes (tfjs-layers Layer.apply).
    const out = m.naming.inScope(l.name, () => buildCustom(m, l, null, (x as Sym[]).map((s) => s.shape)));
    checkTensorName(l.name);
    return new Sym(out, l, x as Sym[]);
  }
  if (l.model) {
    // A model called on new inputs makes no weights; each output is a new symbolic tensor of the same shape.
    const xs = (Array.isArray(a[0]) ? a[0] : [a[0]]).filter((v): v is Sym => v instanceof Sym);
    if (!xs.length) return UNKNOWN;
    const outs = modelOutputs(l.model).map((o) => new Sym(o, l, xs));
    return outs.length === 1 ? outs[0]! : outs;
  }
  if (x instanceof Sym) {
    const out = m.build(l, x.shape, site);
    checkTensorName(l.name); // the output symbolic tensor is named after the layer
    // An RNN's `initialState` tensors are inputs of its node too (tfjs-layers RNN.apply), so they order the model.
    const state = a[1] instanceof Obj ? a[1].props.get('initialState') : undefined;
    const extra = (Array.isArray(state) ? state : [state]).filter((s): s is Sym => s instanceof Sym);
    return new Sym(out, l, [x, ...extra]);
  }
  // Called eagerly on a tensor: the layer builds on its shape; the result is a tensor of the output shape.
  if (x instanceof Tensor) return new Tensor(m.build(l, x.shape, site), x.dtype, { kind: 'unknown', reason: 'a layer output', api: 'tfjs' });
  return UNKNOWN;
}

export function layerMember(m: Machine, l: Layer, k: string): Value {
  if (k === 'name') return l.name;
  if (k === 'apply') return new Native('apply', (a, site) => apply(m, l, a, site));
  // `layer.build(shape)` called directly (a custom layer building its sub-layers): no name scope of its own.
  if (k === 'build') return new Native('build', (a, site) => (m.build(l, shapeOf(a[0]), site, true), undefined));
  if (k === 'trainable') return l.trainable;
  if (k === 'dispose') return new Native('dispose', () => (disposeWeights(m, l.weights), undefined));
  if (k === 'countParams') return new Native('countParams', () => (l.built ? countOf(layerCounts(l)) : UNKNOWN));
  return UNKNOWN;
}

/** Disposing weights frees their names in the engine (a later `tf.variable` may take one again). */
export function disposeWeights(m: Machine, ws: VariableInfo[]): void {
  for (const w of ws) m.naming.unregister(w.name);
}

/** Parameter counts [trainable, non-trainable] of a layer (tfjs-layers Layer.trainableWeights/nonTrainableWeights);
 *  null when a weight's shape is not known. */
export function layerCounts(l: Layer): [number, number] | null {
  if (l.model) return modelCounts(l.model);
  // A wrapper (TimeDistributed, Bidirectional) is as trainable as the layer it wraps (tfjs-layers Wrapper.trainable).
  const trainable = l.cfg.layer instanceof Layer ? l.cfg.layer.trainable : l.trainable;
  let tr = 0;
  let non = 0;
  for (const w of l.weights) {
    if (!w.shape || w.shape.some((d) => d === null)) return null;
    const n = (w.shape as number[]).reduce((a, b) => a * b, 1);
    if (trainable && w.trainable) tr += n;
    else non += n;
  }
  return [tr, non];
}

/** A model's [trainable, non-trainable] (Container.trainableWeights: none when the model is frozen); null when unknown. */
export function modelCounts(model: Model): [number, number] | null {
  if (model.opaque) return null;
  let tr = 0;
  let non = 0;
  for (const l of model.layers) {
    if (l.custom && !l.built) continue;
    const c = layerCounts(l);
    if (!c) return null;
    tr += c[0];
    non += c[1];
  }
  return model.trainable ? [tr, non] : [0, tr + non];
}

const countOf = (c: [number, number] | null): Value => (c ? c[0] + c[1] : UNKNOWN);

