// Keras 3's `keras.models.load_model(path)` of a `.keras` file this program saved (keras/src/saving/saving_lib.py and
// serialization_lib.deserialize_keras_object): the model rebuilt from its config, each layer re-made by from_config (its
// name kept, its constructor's draws again) and at once built from its build config (the shapes it was built with),
// then compiled from its compile config, then its state loaded. Any other file or model: unknown, seeds marked.

import { kerasRow } from '../../layers';
import { freshId } from '../../tf/graph';
import type { Args, CallSite } from '../interp';
import type { TfLibrary } from '../tflib';
import { NONE, unknown, type Value } from '../values';
import { configOf } from './kerasClone';
import { buildLayer } from './layerBuild';
import { bind } from './registry';
import type { LayerObj } from './types';
import { layerIn } from './kerasWrappers';

/** Layers whose config holds other layers, and models: their re-making is not followed. */
const HOLDERS = new Set(['Sequential', 'Functional', 'Bidirectional', 'TimeDistributed', 'RNN', 'StackedRNNCells', 'Subclass', 'Tf1Layer', 'Lambda']);

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
  if ((src.kind !== 'Sequential' && src.kind !== 'Functional') || src.name === null || !src.built) return unfollowed('of a model other than a built Sequential or functional model');
  const order = src.kind === 'Sequential'
    ? ((src.config.get('layers') as { items: Value[] } | undefined)?.items ?? []).map((v) => (v.t === 'layer' ? v.l.id : null))
    : (tf.training.functionalOrder(src) ?? [null]).filter((k) => typeof k !== 'string');
  const layers: LayerObj[] = [];
  for (const k of order) {
    const l = typeof k === 'number' ? tf.reg.layers.get(k) : undefined;
    const col = l ? kerasRow(l.kind)?.keras : undefined;
    if (!l || !col || col.fromConfig === 'unknown' || HOLDERS.has(l.kind) || l.attrs || l.k2 || l.name === null || (l.built && l.weights.length && !l.buildArgs)) {
      return unfollowed('of a model holding layers the analysis does not re-make');
    }
    layers.push(l);
  }
  // deserialize_keras_object per layer: from_config, then build_from_config (build(input_shape)) before the next
  const copies = new Map<number, LayerObj>();
  for (const l of layers) {
    const v = tf.keras.remakeFromConfig(l, l.name!, configOf(l), site, site);
    const c = v.t === 'layer' ? tf.reg.layers.get(v.l.id) : undefined;
    if (!c) return unfollowed('of a model holding layers the analysis does not re-make');
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
    for (let i = 0; i < layers.length; i++) tf.keras.kerasUniquify('functional');
  } else {
    model.children = [...copies.values()].map((c) => c.id);
    for (const l of layers) if (l.inbound) copies.get(l.id)!.inbound = l.inbound.map(mapId);
    if (src.outputProducers) model.outputProducers = src.outputProducers.map(mapId);
    if (src.inputNames) model.inputNames = [...src.inputNames];
    if (src.inputShape !== undefined) model.inputShape = src.inputShape;
    if (src.outputShape !== undefined) model.outputShape = src.outputShape;
  }
  tf.reg.layers.set(model.id, model);
  tf.training.track(model);
  const self: Value = { t: 'layer', l: { id: model.id } };
  // compile_from_config (with compile=True, the default), then _load_state's walk over the optimizer
  if (a.bool('compile', true) !== false && tf.training.compileLoaded(src, model, self, site)) {
    tf.saving.walk(model, tf.training.optimizerOf(model), a.str('filepath'), site);
  }
  return self;
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
