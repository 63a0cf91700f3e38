// Keras 3's wrappers and containers beyond the layer table: TimeDistributed running its layer on the input without
// its time axis (in the wrapper's name scope), and Sequential.build's refusals. Used by keras.ts.
import type { Shape } from '../../model';
import { tensorShapeStr } from '../../tf/graph';
import type { Args, CallSite } from '../interp';
import { NONE, numOf, truthy, unknown, type Value } from '../values';
import type { Dim } from '../../layers';
import type { KerasLayers } from './keras';
import type { LayerObj } from './types';
import type { TfLibrary } from '../tflib';

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
  const k = inner?.t === 'instance' ? inner.attrs.get('__keras__') : undefined;
  const il = inner?.t === 'layer' ? tf.reg.layers.get(inner.l.id) : k?.t === 'layer' ? tf.reg.layers.get(k.l.id) : undefined;
  if (inShape && inShape.length < 3 && x.t === 'tensor' && x.vague === false) {
    tf.diag.raise(site, 'ValueError', `\`TimeDistributed\` Layer should be passed an \`input_shape\` with at least 3 dimensions, received: ${tensorShapeStr(inShape)}`, 'incompatible-input');
    return unknown();
  }
  l.built = true;
  if (!il) return { t: 'tensor', shape: null, dtype: 'float32' };
  const child: Value = { t: 'tensor', shape: inShape && inShape.length >= 3 ? [inShape[0]!, ...inShape.slice(2)] : null, dtype: x.t === 'tensor' ? x.dtype : 'float32' };
  const args: Args = { pos: [child], kw: new Map(), posNodes: [null], kwNodes: new Map() };
  const o = inner?.t === 'instance' ? keras.callSubclassed(inner, il, args, site) : keras.callLayer(il, args, site);
  const os = o.t === 'tensor' ? o.shape : null;
  return { t: 'tensor', shape: os && os.length && inShape ? [os[0]!, inShape[1]!, ...os.slice(1)] : null, dtype: 'float32' };
}

/** A layer a config value holds (a built-in layer, or a subclass instance's layer). */
function layerIn(tf: TfLibrary, v: Value | undefined): LayerObj | undefined {
  const k = v?.t === 'instance' ? v.attrs.get('__keras__') : undefined;
  return v?.t === 'layer' ? tf.reg.layers.get(v.l.id) : k?.t === 'layer' ? tf.reg.layers.get(k.l.id) : undefined;
}

/**
 * Keras 3's generic RNN (keras/src/layers/rnn/rnn.py) and StackedRNNCells (stacked_rnn_cells.py): the RNN builds its
 * cell on one time step ([batch, features]) in its own name scope; the stack builds each cell in turn in its scope,
 * each on the previous cell's output width. The output: [batch, (time,) last width]; `return_state` is not modelled.
 */
export function callKerasRnn(keras: KerasLayers, tf: TfLibrary, l: LayerObj, inShape: Shape, site: CallSite): Value {
  const tensor = (shape: Shape): Value => ({ t: 'tensor', shape, dtype: 'float32' });
  const cellsOf = (stack: LayerObj): Value[] => {
    const list = stack.config.get('cells');
    return list && (list.t === 'list' || list.t === 'tuple') ? list.items : [];
  };
  // a cell's output width: its units (a stack's: its last cell's)
  const widthOf = (cell: LayerObj | undefined): Dim => {
    if (!cell) return null;
    if (cell.kind !== 'StackedRNNCells') return numOf(cell.config.get('units')) ?? null;
    const cells = cellsOf(cell);
    return widthOf(layerIn(tf, cells[cells.length - 1]));
  };
  l.built = true;
  if (l.kind === 'StackedRNNCells') {
    let cur = inShape && inShape.length >= 2 ? inShape : null;
    for (const item of cellsOf(l)) {
      const cell = layerIn(tf, item);
      if (!cell) return tensor(null);
      keras.callLayer(cell, { pos: [tensor(cur)], kw: new Map(), posNodes: [null], kwNodes: new Map() }, site);
      cur = cur ? [cur[0]!, widthOf(cell)] : null;
    }
    return tensor(cur);
  }
  const cell = layerIn(tf, l.config.get('cell'));
  if (!cell) return tensor(null);
  const step = inShape && inShape.length >= 3 ? [inShape[0]!, ...inShape.slice(2)] : null;
  keras.callLayer(cell, { pos: [tensor(step)], kw: new Map(), posNodes: [null], kwNodes: new Map() }, site);
  if (truthy(l.config.get('return_state') ?? NONE) !== false) return unknown('the states an RNN returns are not modelled');
  const sequences = truthy(l.config.get('return_sequences') ?? NONE);
  if (sequences === undefined || !inShape) return tensor(null);
  const width = widthOf(cell);
  return tensor(sequences ? [inShape[0]!, inShape[1]!, width] : [inShape[0]!, width]);
}
