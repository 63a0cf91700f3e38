// Keras 3's `keras.models.load_model(path)` of a `.keras` file this program saved (keras/src/saving/saving_lib.py and
// serialization_lib.deserialize_keras_object): the model rebuilt from its config, each layer re-made by from_config (its
// name kept, its constructor's draws again) and at once built from its build config (the shapes it was built with),
// then compiled from its compile config, then its state loaded. Any other file or model: unknown, seeds marked.

import { kerasRow } from '../../layers';
import { freshId } from '../../tf/graph';
import type { Args, CallSite } from '../interp';
import type { TfLibrary } from '../tflib';
import { NONE, str, unknown, type Value } from '../values';
import { buildLayer } from './layerBuild';
import { bind } from './registry';
import type { LayerObj } from './types';
import { layerIn, makeBidirectional } from './kerasWrappers';

/** Layers whose config holds other layers, and models: their re-making is not followed. */
/** Config keys get_config does not keep: the base Layer's input-shape shorthands (Embedding's input_dim is its own). */
const INPUT_KEYS = ['input_shape', 'batch_input_shape', 'batch_size'];

/** A table layer's `get_config()` as from_config receives it: the input-shape shorthands dropped, its name kept. */
export function configOf(l: LayerObj): Map<string, Value> {
  const config = new Map(l.config);
  for (const k of INPUT_KEYS) config.delete(k);
  if (!kerasRow(l.kind)?.ownsInputDim) config.delete('input_dim');
  if (l.name !== null) config.set('name', str(l.name));
  return config;
}

const HOLDERS = new Set(['Sequential', 'Functional', 'TimeDistributed', 'RNN', 'StackedRNNCells', 'Subclass', 'Tf1Layer', 'Lambda']);

export function loadModel(tf: TfLibrary, args: Args, site: CallSite, keras2?: boolean): Value {
  const a = bind(args, ['filepath', 'custom_objects', 'compile', 'safe_mode']);
  const unfollowed = (why: string): Value => {
    tf.seeds.taintPython(`keras.models.load_model ${why}: the loaded model's seed draws are not followed`);
    return unknown(`keras.models.load_model ${why}`);
  };
  if (keras2) return unfollowed('of Keras 2');
  const id = tf.saving.savedModel(a.str('filepath'));
  const src = id === undefined ? undefined : tf.reg.layers.get(id);
  if (!src) return unfollowed('of a file this program does not save');
  const model = remakeModel(tf, src, site, true);
  if (typeof model === 'string') return unfollowed(model);
  const self: Value = { t: 'layer', l: { id: model.id } };
  // compile_from_config (with compile=True, the default), then _load_state's walk over the optimizer
  if (a.bool('compile', true) !== false && tf.training.compileLoaded(src, model, self, site)) {
    tf.saving.walk(model, tf.training.optimizerOf(model), a.str('filepath'), site);
  }
  return self;
}

/** A table layer from_config re-makes (and, when built, builds again from the shapes it was built with). */
function remakeable(l: LayerObj): boolean {
  const col = kerasRow(l.kind)?.keras;
  return !!col && col.fromConfig !== 'unknown' && !HOLDERS.has(l.kind) && !l.attrs && !l.k2 && l.name !== null && !(l.built && l.weights.length && !l.buildArgs);
}

/** A Bidirectional's two direction layers, when both are re-made as table layers. */
function bidirectionalParts(tf: TfLibrary, l: LayerObj): [LayerObj, LayerObj] | undefined {
  const [f, b] = ['forward', 'backward'].map((d) => { const v = l.config.get(d); return v?.t === 'layer' ? tf.reg.layers.get(v.l.id) : undefined; });
  return f && b && l.name !== null && !l.k2 && remakeable(f) && remakeable(b) && f.built === b.built ? [f, b] : undefined;
}

/**
 * Bidirectional.from_config: each direction layer deserialized from its config, and so built at once from its build
 * config, outside the wrapper's scope (`forward_x/...`, `backward_x/...`); the wrapper made on them re-makes the forward
 * one from its (built) config, built again the same way; the backward one is used as given. The wrapper's own build
 * then finds them built.
 */
function remakeBidirectional(tf: TfLibrary, l: LayerObj, site: CallSite): LayerObj {
  const [f, b] = bidirectionalParts(tf, l)!;
  const remade = (orig: LayerObj, v: Value): Value => {
    const c = v.t === 'layer' ? tf.reg.layers.get(v.l.id) : undefined;
    if (c && orig.built && orig.buildArgs) {
      tf.keras.kerasScope.push(c.name!);
      try { buildLayer(tf.keras.host, c, orig.buildArgs.input, site, undefined, orig.buildArgs.inDtype); } finally { tf.keras.kerasScope.pop(); }
    }
    return v;
  };
  const layer = remade(f, tf.keras.remakeFromConfig(f, f.name!, configOf(f), site, site));
  const backward = remade(b, tf.keras.remakeFromConfig(b, b.name!, configOf(b), site, site));
  const kw = new Map<string, Value>([['layer', layer], ['backward_layer', backward], ['name', str(l.name!)], ['merge_mode', l.config.get('merge_mode') ?? str('concat')]]);
  const v = makeBidirectional(tf.keras, tf, { pos: [], kw, posNodes: [], kwNodes: new Map() }, site);
  const c = tf.reg.layers.get((v as { l: { id: number } }).l.id)!;
  const fwd = c.config.get('forward');
  if (fwd) remade(f, fwd);
  c.built = l.built;
  return c;
}

/**
 * A new model like `src`, each of its layers re-made from its config (its name kept) and built on the shapes the
 * original was built with, in model.layers' order: what loading a saved model (`loaded`: Sequential.from_config's
 * per-add rebuilds) and clone_model of a functional model make. A string: why it was not followed.
 */
export function remakeModel(tf: TfLibrary, src: LayerObj, site: CallSite, loaded: boolean): LayerObj | string {
  if ((src.kind !== 'Sequential' && src.kind !== 'Functional') || src.name === null || !src.built) return 'of a model other than a built Sequential or functional model';
  const order = src.kind === 'Sequential'
    ? ((src.config.get('layers') as { items: Value[] } | undefined)?.items ?? []).map((v) => (v.t === 'layer' ? v.l.id : null))
    : (tf.training.functionalOrder(src) ?? [null]).filter((k) => typeof k !== 'string');
  const layers: LayerObj[] = [];
  for (const k of order) {
    const l = typeof k === 'number' ? tf.reg.layers.get(k) : undefined;
    if (!l || !(l.kind === 'Bidirectional' ? bidirectionalParts(tf, l) : remakeable(l))) return 'of a model holding layers the analysis does not re-make';
    layers.push(l);
  }
  // deserialize_keras_object per layer: from_config, then build_from_config (build(input_shape)) before the next
  const copies = new Map<number, LayerObj>();
  for (const l of layers) {
    if (l.kind === 'Bidirectional') {
      copies.set(l.id, remakeBidirectional(tf, l, site));
      continue;
    }
    const v = tf.keras.remakeFromConfig(l, l.name!, configOf(l), site, site);
    const c = v.t === 'layer' ? tf.reg.layers.get(v.l.id) : undefined;
    if (!c) return 'of a model holding layers the analysis does not re-make';
    delete c.buildArgs;
    delete c.inbound;
    if (l.built && l.buildArgs) {
      tf.keras.kerasScope.push(c.name!);
      try { buildLayer(tf.keras.host, c, l.buildArgs.input, site, l.buildArgs.others, l.buildArgs.inDtype); } finally { tf.keras.kerasScope.pop(); }
    } else c.built = l.built;
    copies.set(l.id, c);
  }
  const mapId = (k: number | string): number | string => (typeof k === 'number' ? copies.get(k)?.id ?? k : k);
  const model: LayerObj = {
    id: freshId(), kind: src.kind, api: 'keras', name: src.name, config: new Map(), inits: new Map(), built: true, weights: [], site,
  };
  if (src.kind === 'Sequential') {
    model.config.set('layers', { t: 'list', items: layers.map((l) => ({ t: 'layer', l: { id: copies.get(l.id)!.id } }) as Value) });
    if (src.batchShape !== undefined) model.batchShape = src.batchShape;
    // Sequential.from_config adds its (built) layers after its InputLayer one by one, and each add rebuilds the
    // model's Functional (auto-named)
    if (loaded) for (let i = 0; i < layers.length; i++) tf.keras.kerasUniquify('functional');
  } else {
    model.children = [...copies.values()].map((c) => c.id);
    for (const l of layers) if (l.inbound) copies.get(l.id)!.inbound = l.inbound.map(mapId);
    if (src.outputProducers) model.outputProducers = src.outputProducers.map(mapId);
    // loading names the inputs from the config; a clone's new Input layers take the names of the old inputs'
    // KerasTensors (`keras_tensor_N`, a counter of every symbolic tensor, not kept)
    if (src.inputNames) model.inputNames = [...src.inputNames];
    if (!loaded) model.inputsRenamed = true;
    if (src.inputShape !== undefined) model.inputShape = src.inputShape;
    if (src.outputShape !== undefined) model.outputShape = src.outputShape;
  }
  tf.reg.layers.set(model.id, model);
  tf.training.track(model);
  return model;
}

/** `keras.saving.save_model(model, filepath)` (`keras.models.save_model`): `model.save(filepath)`. */
export function saveModel(tf: TfLibrary, args: Args, site: CallSite, keras2?: boolean): Value {
  const a = bind(args, ['model', 'filepath']);
  const l = layerIn(tf, a.get('model'));
  if (!l || keras2 || l.k2) return NONE;
  const path = a.str('filepath');
  tf.saving.saveModel(l, path);
  tf.saving.walk(l, tf.training.optimizerOf(l), path, site);
  return NONE;
}
