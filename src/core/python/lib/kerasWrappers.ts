// Keras 3's wrappers and containers whose layers run inside them: TimeDistributed (its layer on the input without
// the time axis), the generic RNN and StackedRNNCells (their cells built in their scopes, each on the previous
// width), Bidirectional (its two direction layers), Sequential.build's refusals. Used by keras.ts and objects.ts.
import type { Shape } from '../../model';
import { freshId, tensorShapeStr } from '../../tf/graph';
import type { Args, CallSite } from '../interp';
import { NONE, numOf, str, truthy, unknown, type Value } from '../values';
import type { Dim } from '../../layers';
import type { KerasLayers } from './keras';
import type { LayerObj } from './types';
import type { TfLibrary } from '../tflib';
import { kerasRow } from '../../layers';
import { buildLayer } from './layerBuild';
import { buildShapeArg } from './kerasOutputSpec';
import { bind } from './registry';

/**
 * Keras 3's Sequential.build refusals: a model with no layers; a model whose InputLayer fixed its batch shape, built
 * with another (`shape`: a literal shape, whose None dims are TensorFlow's; undefined: not checked).
 */
export function sequentialBuildError(l: LayerObj, shape: Shape | undefined): string | null {
  if (!(l.config.get('layers') as { items: Value[] }).items.length) {
    return `Sequential model ${l.name ?? '?'} cannot be built because it has no layers. Call \`model.add(layer)\`.`;
  }
  const fixed = l.batchShape;
  if (!fixed || !shape || fixed.length === 0) return null;
  const same = fixed.length === shape.length && fixed.every((d, i) => d === shape[i]);
  return same ? null : `Sequential model '${l.name ?? '?'}' has already been configured to use input shape ${tensorShapeStr(fixed)}. You cannot build it with input_shape ${tensorShapeStr(shape)}`;
}

/**
 * Keras 3's TimeDistributed (keras/src/layers/rnn/time_distributed.py): its layer runs, and builds on its first
 * call, inside the wrapper's name scope on the input without its time axis; the output puts the time axis back.
 */
export function callTimeDistributed(keras: KerasLayers, tf: TfLibrary, l: LayerObj, x: Value, inShape: Shape, site: CallSite): Value {
  const inner = l.config.get('layer');
  if (inShape && inShape.length < 3 && x.t === 'tensor' && x.vague === false) {
    tf.diag.raise(site, 'ValueError', `\`TimeDistributed\` Layer should be passed an \`input_shape\` with at least 3 dimensions, received: ${tensorShapeStr(inShape)}`, 'incompatible-input');
    return unknown();
  }
  l.built = true;
  const child: Value = { t: 'tensor', shape: inShape && inShape.length >= 3 ? [inShape[0]!, ...inShape.slice(2)] : null, dtype: x.t === 'tensor' ? x.dtype : 'float32' };
  const o = keras.callHeld(inner, child, site);
  const os = o?.t === 'tensor' ? o.shape : null;
  return { t: 'tensor', shape: os && os.length && inShape ? [os[0]!, inShape[1]!, ...os.slice(1)] : null, dtype: 'float32' };
}

/** A layer a config value holds (a built-in layer, or a subclass instance's layer). */
export function layerIn(tf: TfLibrary, v: Value | undefined): LayerObj | undefined {
  const k = v?.t === 'instance' ? v.attrs.get('__keras__') : undefined;
  return v?.t === 'layer' ? tf.reg.layers.get(v.l.id) : k?.t === 'layer' ? tf.reg.layers.get(k.l.id) : undefined;
}

/**
 * Builds a layer a container holds on `shape` without calling it (RNN cells: their call takes states), in its own
 * name scope: a subclass through its own `build`, a built-in layer through the table (as a call builds it).
 */
function buildHeld(keras: KerasLayers, tf: TfLibrary, item: Value | undefined, shape: Shape, site: CallSite): void {
  const held = layerIn(tf, item);
  if (!held || !item || held.built) return;
  const x: Value = { t: 'tensor', shape, dtype: 'float32' };
  if (item.t !== 'instance') {
    keras.callLayer(held, { pos: [x], kw: new Map(), posNodes: [null], kwNodes: new Map() }, site);
    return;
  }
  held.built = true;
  const build = tf.interp.findAttrInClass(item.c, 'build');
  keras.kerasScope.push(held.name ?? '?');
  try {
    if (build?.t === 'func') tf.interp.callFunction(build.f, { pos: [buildShapeArg(tf, x)], kw: new Map(), posNodes: [null], kwNodes: new Map() }, site, item);
    else if (kerasRow(held.kind)?.weights?.length) buildLayer(keras.host, held, shape, site);
  } finally {
    keras.kerasScope.pop();
  }
}

const cellsOf = (stack: LayerObj): Value[] => {
  const list = stack.config.get('cells');
  return list && (list.t === 'list' || list.t === 'tuple') ? list.items : [];
};

/**
 * A cell's output width (what the next cell is built on, and the RNN's last dim): a built-in cell's units, a custom
 * cell's `output_size` or first `state_size` (stacked_rnn_cells.py build), a stack's last cell's.
 */
function widthOf(tf: TfLibrary, item: Value | undefined): Dim {
  const cell = layerIn(tf, item);
  if (!cell) return null;
  if (item?.t === 'instance') {
    const size = item.attrs.get('output_size') ?? item.attrs.get('state_size');
    const first = size && (size.t === 'list' || size.t === 'tuple') ? size.items[0] : size;
    return numOf(first) ?? null;
  }
  if (cell.kind !== 'StackedRNNCells') return numOf(cell.config.get('units')) ?? null;
  const cells = cellsOf(cell);
  return widthOf(tf, cells[cells.length - 1]);
}

/** Keras 3's RNN output shape on `inShape`: [batch, (time,) the cell's width]; null when not known (or return_state). */
export function rnnOutputShape(tf: TfLibrary, l: LayerObj, inShape: Shape): Shape {
  if (truthy(l.config.get('return_state') ?? NONE) !== false) return null;
  const sequences = truthy(l.config.get('return_sequences') ?? NONE);
  if (sequences === undefined || !inShape || inShape.length < 3) return null;
  const width = widthOf(tf, l.config.get('cell'));
  return sequences ? [inShape[0]!, inShape[1]!, width] : [inShape[0]!, width];
}

/**
 * Keras 3's generic RNN (keras/src/layers/rnn/rnn.py) and StackedRNNCells (stacked_rnn_cells.py): the RNN builds its
 * cell on one time step ([batch, features]) in its own name scope; the stack builds each cell in turn in its scope,
 * each on the previous cell's output width. The output: [batch, (time,) last width]; `return_state` is not modelled.
 */
export function callKerasRnn(keras: KerasLayers, tf: TfLibrary, l: LayerObj, inShape: Shape, site: CallSite): Value {
  const tensor = (shape: Shape): Value => ({ t: 'tensor', shape, dtype: 'float32' });
  l.built = true;
  if (l.kind === 'StackedRNNCells') {
    let cur = inShape && inShape.length >= 2 ? inShape : null;
    for (const item of cellsOf(l)) {
      if (!layerIn(tf, item)) return tensor(null);
      buildHeld(keras, tf, item, cur, site);
      cur = cur ? [cur[0]!, widthOf(tf, item)] : null;
    }
    return tensor(cur);
  }
  const cell = l.config.get('cell');
  if (!layerIn(tf, cell)) return tensor(null);
  // the cell builds on one time step (a stack, a built-in layer, builds its cells in its own scope)
  buildHeld(keras, tf, cell, inShape && inShape.length >= 3 ? [inShape[0]!, ...inShape.slice(2)] : null, site);
  if (truthy(l.config.get('return_state') ?? NONE) !== false) return unknown('the states an RNN returns are not modelled');
  return tensor(rnnOutputShape(tf, l, inShape));
}

/**
 * `Bidirectional(layer, merge_mode, weights, backward_layer)`: Keras 3 rebuilds `forward_<name>` from the layer's
 * config, and `backward_<name>` too unless a `backward_layer` is given, which is used as it is, under its own name
 * (keras/src/layers/rnn/bidirectional.py).
 */
export function makeBidirectional(keras: KerasLayers, tf: TfLibrary, args: Args, site: CallSite): Value {
  const a = bind(args, ['layer', 'merge_mode', 'weights', 'backward_layer']);
  const inner = a.get('layer');
  const innerL = inner?.t === 'layer' ? tf.reg.layers.get(inner.l.id) : undefined;
  const back = a.get('backward_layer');
  const given = back && back.t !== 'none' ? back : undefined;
  const name = a.str('name') ?? keras.kerasUniquify('bidirectional');
  if (given && given.t !== 'layer') tf.seeds.taintPython('Bidirectional(backward_layer=...) is not a layer the analysis follows');
  const config = new Map<string, Value>([['merge_mode', a.get('merge_mode') ?? str('concat')]]);
  const l: LayerObj = { id: freshId(), kind: 'Bidirectional', api: 'keras', name, config, inits: new Map(), built: false, weights: [], site };
  tf.reg.layers.set(l.id, l);
  if (innerL) {
    for (const dir of ['forward', 'backward']) {
      if (dir === 'backward' && given) {
        config.set(dir, given);
        continue;
      }
      // Keras rebuilds each direction from the layer's config, named `<dir>_` + the name without that prefix
      const base = innerL.name?.startsWith(`${dir}_`) ? innerL.name.slice(dir.length + 1) : innerL.name;
      config.set(dir, keras.remakeFromConfig(innerL, `${dir}_${base}`, new Map(innerL.config), innerL.site, site));
    }
  }
  return { t: 'layer', l: { id: l.id } };
}
