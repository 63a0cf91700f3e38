// TF.js layers and models in a program: building a layer on its input (once, creating its weights with TF.js's
// names and checking later inputs like TF.js's inputSpec), wrappers (TimeDistributed, Bidirectional), custom
// layers (their own build/computeOutputShape/addWeight), `layer.apply`, and the members of models.

import type * as ts from 'typescript';
import type { Dim, VariableInfo } from '../../model';
import {
  buildLayer, checkTensorName, duplicateNameMessage, expectedLastDim, FIRST_LAYER_NEEDS_INPUT, initFromString, MERGE_LAYERS, mergeOutput, TfjsRaise, toSpec,
  type WeightDef,
} from '../tfjs';
import { classEnv } from './calls';
import type { Machine } from './machine';
import { Fn, Init, Layer, Native, Obj, shapeOf, Sym, Tensor, TfVar, UNKNOWN, type Model, type Value } from './values';

/** Builds `layer` on `input` (once): creates its weights with TF.js's names, returns the output shape. */
export function build(m: Machine, layer: Layer, input: Dim[] | null, site: ts.CallExpression): Dim[] | null {
  if (layer.custom) return buildCustom(m, layer, input);
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
  for (const w of weights) {
    const name = m.naming.uniqueTensorName(w.scoped ? w.name : `${layer.name}/${w.name}`);
    m.naming.register(name);
    const dtype = typeof layer.cfg.dtype === 'string' ? layer.cfg.dtype : 'float32';
    m.variables.push({
      name, shape: w.shape, dtype, initializer: toSpec(w.init, w.defaulted), trainable: w.trainable, // a frozen layer's (trainable: false) variables stay trainable in TF.js's engine
      location: loc, scope: layer.name, api: 'layer', order: m.variables.length,
    });
  }
  layer.output = output;
  return output;
}

/** `this.addWeight(name, shape, dtype?, initializer?, regularizer?, trainable?)` of a custom layer. */
export function addWeightFn(m: Machine, layer: Layer): Native {
  return new Native('addWeight', (a, site) => {
    const wname = typeof a[0] === 'string' ? a[0] : '?';
    const name = m.naming.uniqueTensorName(`${layer.name}/${wname}`);
    m.naming.register(name);
    const init = a[3] instanceof Init ? a[3].init : typeof a[3] === 'string' ? initFromString(a[3]) : null;
    const info: VariableInfo = {
      name, shape: shapeOf(a[1]), dtype: typeof a[2] === 'string' ? a[2] : 'float32',
      initializer: init ? toSpec(init) : { kind: 'unknown', reason: 'initializer not known statically', api: 'tfjs' },
      trainable: a[5] === undefined || a[5] === null ? true : a[5] !== false, location: m.callLoc(site), scope: layer.name, api: 'layer',
      order: m.variables.length,
    };
    m.variables.push(info);
    return new TfVar(info);
  });
}

/** A custom layer's build: its `build(inputShape)` creates the weights; `computeOutputShape` gives the output. */
function buildCustom(m: Machine, layer: Layer, input: Dim[] | null): Dim[] | null {
  const self = layer.custom!;
  const call = (name: string): Value => {
    const f = self.cls?.method(name);
    return f ? m.callFn(new Fn(f, classEnv(self.cls!), self), [input ? [...input] : UNKNOWN]) : undefined;
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
  return buildLayer(layer.className, layer.cfg, input);
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

/** `model.add(layer)` (and `tf.sequential({layers})`): the first layer needs an input shape. */
export function seqAdd(m: Machine, model: Model, l0: Value, site: ts.CallExpression): void {
  const l = l0 instanceof Obj && l0.layer ? l0.layer : l0;
  if (!(l instanceof Layer)) {
    model.output = null;
    model.opaque = true;
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

/**
 * Sequential.build (tfjs-layers/src/models.ts), run by compile/summary/countParams: an empty model raises; else it
 * makes a LayersModel of its layers, whose Container checks that layer names are unique — the input layer
 * Sequential.add made for the first layer is named `<first layer>_input`.
 */
function seqBuild(model: Model): void {
  if (model.opaque) return;
  if (!model.layers.length) throw new TfjsRaise('TypeError', 'Sequential model cannot be built: model is empty. Add some layers first.');
  const first = model.layers[0]!;
  const names = model.layers.map((l) => l.name);
  const dup = duplicateNameMessage(first.className === 'InputLayer' ? names : [`${first.name}_input`, ...names]);
  if (dup) throw new TfjsRaise('RuntimeError', dup);
}

/** `layer.apply(x)`: merge layers on lists of symbolic tensors, others built on the input's shape. */
function apply(m: Machine, l: Layer, a: Value[], site: ts.CallExpression): Value {
  if (MERGE_LAYERS.has(l.className)) {
    const xs = Array.isArray(a[0]) ? a[0] : [];
    if (!xs.every((x) => x instanceof Sym)) return UNKNOWN;
    l.built = true;
    checkTensorName(l.name);
    return new Sym(mergeOutput(l.className, l.cfg, (xs as Sym[]).map((x) => x.shape)), l, xs as Sym[]);
  }
  const x = Array.isArray(a[0]) && a[0].length === 1 ? a[0][0] : a[0];
  if (x instanceof Sym) {
    const out = m.build(l, x.shape, site);
    checkTensorName(l.name); // the output symbolic tensor is named after the layer
    return new Sym(out, l, [x]);
  }
  if (x instanceof Tensor) m.build(l, x.shape, site);
  return UNKNOWN;
}

export function layerMember(m: Machine, l: Layer, k: string): Value {
  if (k === 'name') return l.name;
  if (k === 'apply') return new Native('apply', (a, site) => apply(m, l, a, site));
  return UNKNOWN;
}

export function modelMember(m: Machine, model: Model, k: string): Value {
  if (k === 'name') return model.name;
  if (k === 'add' && model.kind === 'sequential') return new Native('add', (a, site) => {
    const prev = m.site;
    m.site = site;
    try {
      seqAdd(m, model, a[0], site);
    } finally {
      m.site = prev;
    }
    return undefined;
  });
  if (k === 'build') return new Native('build', () => undefined);
  if (k === 'compile') return new Native(k, (a, site) => {
    if (model.kind === 'sequential') seqBuild(model);
    // A string optimizer is made here (tfjs-layers getOptimizer: tf.train.<name>() with its defaults).
    const opt = a[0] instanceof Obj ? a[0].props.get('optimizer') : undefined;
    if (typeof opt === 'string') m.optimizer(opt.toLowerCase(), [], site);
    return undefined;
  });
  if (k === 'summary' || k === 'countParams') return new Native(k, () => {
    if (model.kind === 'sequential') seqBuild(model);
    return undefined;
  });
  if (k === 'layers') return [...model.layers];
  return UNKNOWN;
}
