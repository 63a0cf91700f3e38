// Keras 3's `keras.models.clone_model(model)` (keras/src/models/cloning.py): a functional model through
// lib/kerasLoad.ts's remakeModel; a Sequential of table layers (_clone_sequential_model): each layer re-made by `from_config(get_config())` (its name kept, unseeded initializers
// and seed generators drawing again), the model's InputLayer re-made from its batch shape, a new Sequential of the
// same name built as the original's input allows. Other models and clone functions: unknown, seeds marked.

import { kerasRow } from '../../layers';
import type { Args, CallSite } from '../interp';
import type { TfLibrary } from '../tflib';
import { str, unknown, type Value } from '../values';
import { bind } from './registry';
import type { LayerObj } from './types';
import { configOf, remakeModel } from './kerasLoad';

export function cloneModel(tf: TfLibrary, args: Args, site: CallSite): Value {
  const a = bind(args, ['model', 'input_tensors', 'clone_function', 'call_function', 'recursive']);
  const unfollowed = (why: string): Value => {
    tf.seeds.taintPython(`keras.models.clone_model ${why}: the clone's seed draws are not followed`);
    return unknown(`keras.models.clone_model ${why}`);
  };
  // None (and recursive=False) are the defaults
  const given = (k: string): boolean => {
    const v = a.get(k);
    return v !== undefined && v.t !== 'none' && !(v.t === 'bool' && !v.v);
  };
  if (['input_tensors', 'clone_function', 'call_function', 'recursive'].some(given)) return unfollowed('with a clone function or input tensors');
  const m = a.get('model');
  const src = m?.t === 'layer' ? tf.reg.layers.get(m.l.id) : undefined;
  if (src?.kind === 'Functional' && !src.k2) {
    // _clone_functional_model: each layer cloned and called on the graph's new inputs (named as the old), in order
    const m = remakeModel(tf, src, site, false);
    if (typeof m === 'string') return unfollowed(m);
    const v: Value = { t: 'layer', l: { id: m.id } };
    tf.training.compileLoaded(src, m, v, site); // a compiled model's clone is compiled from its compile config
    return v;
  }
  if (!src || src.kind !== 'Sequential' || src.k2 || src.name === null) return unfollowed('of a model other than a Keras 3 Sequential or functional model');
  const items = (src.config.get('layers') as { items: Value[] } | undefined)?.items ?? [];
  const layers: LayerObj[] = [];
  for (const it of items) {
    const l = it.t === 'layer' ? tf.reg.layers.get(it.l.id) : undefined;
    const col = l ? kerasRow(l.kind)?.keras : undefined;
    if (!l || !col || col.fromConfig === 'unknown' || l.kind === 'Sequential' || l.kind === 'Functional' || l.name === null) return unfollowed('of a model holding layers the analysis does not re-make');
    layers.push(l);
  }
  const copies = layers.map((l) => tf.keras.remakeFromConfig(l, l.name!, configOf(l), site, site));
  // Sequential(new_layers, name=model.name): an explicit name, so no uid is taken
  const kw = new Map<string, Value>([['layers', { t: 'list', items: [] }], ['name', str(src.name!)]]);
  const clone = tf.keras.makeSequential({ pos: [], kw, posNodes: [], kwNodes: new Map() }, site);
  const cl = clone.t === 'layer' ? tf.reg.layers.get(clone.l.id) : undefined;
  if (!cl) return unknown('keras.models.clone_model');
  if (src.batchShape !== undefined) cl.batchShape = src.batchShape;
  for (const c of copies) tf.keras.sequentialAdd(cl, c, site, false);
  tf.keras.sequentialRebuild(cl, site);
  tf.training.compileLoaded(src, cl, clone, site);
  return clone;
}
