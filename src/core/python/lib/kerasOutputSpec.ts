// Keras 3's symbolic call of a subclassed layer that defines compute_output_shape (keras/src/layers/layer.py
// Layer.compute_output_spec): its output is KerasTensor(compute_output_shape(input_shape), dtype=compute_dtype), not
// what `call` returns; `call` runs on KerasTensors only to build a layer without a build method of its own
// (`_maybe_build`). The shape is known when the method returns a shape tuple of ints and Nones.

import type { CallSite } from '../interp';
import type { TfLibrary } from '../tflib';
import { NONE, int, strOf, type ClassVal, type Value } from '../values';
import type { LayerObj } from './types';

/** The input is a Keras symbolic tensor (from `keras.Input` or a layer of a functional graph). */
export function isKerasTensor(x: Value | undefined): boolean {
  return x?.t === 'tensor' && (!!x.kl?.length || x.kinput !== undefined);
}

/** The class (or a user base class) defines compute_output_shape. */
export function ownsOutputShape(tf: TfLibrary, c: ClassVal): boolean {
  return tf.interp.findAttrInClass(c, 'compute_output_shape')?.t === 'func';
}

/** The layer's compute dtype under its own `dtype` (a dtype or a mixed policy's name); float32 by default. */
function computeDtype(l: LayerObj): string {
  const d = strOf(l.config.get('dtype'));
  if (!d) return 'float32';
  return d === 'mixed_float16' ? 'float16' : d === 'mixed_bfloat16' ? 'bfloat16' : d;
}

/** `compute_output_shape(input_shape)` on the input's shape, as the output tensor (shape unknown when not a shape tuple). */
export function outputFromShapeMethod(tf: TfLibrary, inst: Value & { t: 'instance' }, l: LayerObj, x: Value, site: CallSite): Value {
  const f = tf.interp.findAttrInClass(inst.c, 'compute_output_shape');
  const shape = tf.tensors.shapeOfValue(x);
  const dtype = computeDtype(l);
  if (f?.t !== 'func' || !shape) return { t: 'tensor', shape: null, dtype };
  const sv: Value = { t: 'tuple', items: shape.map((d) => (d === null ? NONE : int(d))) };
  const r = tf.interp.callFunction(f.f, { pos: [sv], kw: new Map(), posNodes: [null], kwNodes: new Map() }, site, inst);
  const items = r.t === 'tuple' || r.t === 'list' ? r.items : null;
  const dims = items?.every((d) => d.t === 'int' || d.t === 'none') ? items.map((d) => (d.t === 'int' ? d.v : null)) : null;
  return { t: 'tensor', shape: dims, dtype };
}

/** Keras 3's Lambda without `output_shape` (layers/core/lambda_layer.py compute_output_shape): Keras traces
 *  `function(inputs, **arguments)` on the input to learn the output's shape; the traced result's shape is the output's.
 *  Keras 2 (`keras2`: TF 2.4+, KerasTensors) always runs `call` on the inputs' placeholders to make a functional
 *  output (base_layer.py _infer_output_signature), so `output_shape` is not read there. Undefined (the table's rule
 *  decides) when Keras 3 has output_shape or the function or its arguments are not followed. */
export function lambdaTraced(tf: TfLibrary, l: LayerObj, x: Value, site: CallSite, keras2 = false): Value | undefined {
  const given = l.config.get('output_shape');
  if (given && given.t !== 'none' && !keras2) return undefined;
  const fn = l.config.get('function');
  const extra = l.config.get('arguments');
  if (fn?.t !== 'func' || (extra && extra.t !== 'none' && extra.t !== 'dict')) return undefined;
  const kw = new Map<string, Value>();
  if (extra?.t === 'dict') {
    for (const [i, k] of extra.keys.entries()) {
      if (k.t !== 'str') return undefined;
      kw.set(k.v, extra.vals[i]!);
    }
  }
  const r = tf.interp.callFunction(fn.f, { pos: [x], kw, posNodes: [null], kwNodes: new Map() }, site);
  return r.t === 'tensor' ? { t: 'tensor', shape: r.shape, dtype: r.dtype ?? computeDtype(l) } : undefined;
}

/** The shape argument Keras 3's `_maybe_build` gives a subclass's build (layer.py get_shapes_dict): the input's shape
 *  as a tuple, or for a list / tuple of tensors the list of their shape tuples. */
export function buildShapeArg(tf: TfLibrary, x: Value): Value {
  const tuple = (v: Value): Value => {
    const shape = tf.tensors.shapeOfValue(v);
    return shape ? { t: 'tuple', items: shape.map((d) => (d === null ? NONE : int(d))) } : { t: 'unknown', why: 'input shape' };
  };
  if ((x.t === 'list' || x.t === 'tuple') && x.items.length && x.items.every((v) => v.t === 'tensor')) return { t: x.t, items: x.items.map(tuple) } as Value;
  return tuple(x);
}
