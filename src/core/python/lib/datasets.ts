// tf.data as the analysis follows it: a Dataset is its element structure (tensorflow/python/data/ops/dataset_ops.py's
// element_spec): from_tensor_slices drops each component's first dim, batch puts a batch dim in front (the batch size
// with drop_remainder=True, else None), the order- and count-only transformations keep it, zip tuples elements;
// map and anything not listed leave the element unknown. Keras's fit/evaluate/predict trace their step on it.

import type { Args, CallSite } from '../interp';
import { handle, numOf, truthy, unknown, type Value } from '../values';
import { bind, type ApiEntry } from './registry';
import type { TfLibrary } from '../tflib';

const MAX_DEPTH = 6;

/** A Dataset value of the given element structure. */
export function datasetOf(element: Value): Value {
  return handle({ kind: 'dataset', element });
}

/** The element a dataset value yields, or undefined when `v` is not a dataset the analysis made. */
export function datasetElement(v: Value | undefined): Value | undefined {
  return v?.t === 'tf' && v.h?.kind === 'dataset' ? v.h.element : undefined;
}

/** Maps each tensor of a nested tuple/list/dict; a leaf that is not a tensor (or too deep) is unknown. */
function mapTensors(v: Value, f: (t: Value & { t: 'tensor' }) => Value, depth = 0): Value {
  if (depth > MAX_DEPTH) return unknown('a dataset element nested too deep');
  if (v.t === 'tensor') return f(v);
  if (v.t === 'tuple' || v.t === 'list') return { t: 'tuple', items: v.items.map((x) => mapTensors(x, f, depth + 1)) };
  if (v.t === 'dict') return { t: 'dict', keys: [...v.keys], vals: v.vals.map((x) => mapTensors(x, f, depth + 1)) };
  return unknown('a dataset component the analysis does not know');
}

/** from_tensor_slices's components as tensors (NumPy arrays and Python lists of numbers converted as TF does). */
function asComponents(tf: TfLibrary, v: Value, depth = 0): Value {
  if (depth > MAX_DEPTH) return unknown('a dataset element nested too deep');
  if (v.t === 'tuple') return { t: 'tuple', items: v.items.map((x) => asComponents(tf, x, depth + 1)) };
  if (v.t === 'dict') return { t: 'dict', keys: [...v.keys], vals: v.vals.map((x) => asComponents(tf, x, depth + 1)) };
  // a list is one tensor to from_tensor_slices (nest treats lists as atoms here)
  if (v.t === 'tensor' || v.t === 'var') return tf.tensors.asTensor(v);
  return unknown('a dataset component the analysis does not convert');
}

function sliced(t: Value & { t: 'tensor' }): Value {
  if (!t.shape) return { t: 'tensor', shape: null, dtype: t.dtype };
  if (!t.shape.length) return unknown('from_tensor_slices of a scalar (TF raises)');
  return { t: 'tensor', shape: t.shape.slice(1), dtype: t.dtype };
}

export const DATASET_API: readonly ApiEntry[] = [
  {
    names: ['data.Dataset.from_tensor_slices'], params: ['tensors', 'name'],
    impl: (tf, a) => datasetOf(mapTensors(asComponents(tf, a.get('tensors') ?? unknown()), sliced)),
  },
  {
    names: ['data.Dataset.from_tensors'], params: ['tensors', 'name'],
    impl: (tf, a) => datasetOf(mapTensors(asComponents(tf, a.get('tensors') ?? unknown()), (t) => ({ t: 'tensor', shape: t.shape, dtype: t.dtype }))),
  },
  {
    // Dataset.zip(datasets) (a tuple of datasets, or since TF 2.13 each as an argument): a tuple of their elements
    names: ['data.Dataset.zip'], params: ['datasets', 'name'],
    impl: (_tf, a) => {
      const ds = a.raw.pos.length > 1 ? a.raw.pos : a.get('datasets');
      const items = Array.isArray(ds) ? ds : ds?.t === 'tuple' || ds?.t === 'list' ? ds.items : undefined;
      const els = items?.map((d) => datasetElement(d));
      return datasetOf(els && els.every((e) => e !== undefined) ? { t: 'tuple', items: els as Value[] } : unknown('Dataset.zip of values the analysis does not know as datasets'));
    },
  },
];

/** Transformations that keep the element: order, count, caching, options (dataset_ops.py). */
const SAME_ELEMENT = new Set(['shuffle', 'prefetch', 'cache', 'repeat', 'take', 'skip', 'with_options', 'shard', 'ignore_errors', 'filter', 'take_while', 'apply_options']);

/** A method of a dataset value: another dataset (its element as the rules above), or unknown. */
export function datasetMethod(tf: TfLibrary, element: Value, name: string, args: Args, site: CallSite): Value {
  if (SAME_ELEMENT.has(name)) {
    if (name === 'shuffle') tf.rng.randomCallSeeds('v2', 'data.Dataset.shuffle', args, site);
    return datasetOf(element);
  }
  if (name === 'batch') {
    const b = bind(args, ['batch_size', 'drop_remainder']);
    const drop = b.get('drop_remainder');
    const dropKnown = drop === undefined ? false : drop.t === 'bool' || drop.t === 'none' || drop.t === 'int' ? truthy(drop) : undefined;
    const n = numOf(b.get('batch_size'));
    if (dropKnown === undefined || (dropKnown && n === undefined)) return datasetOf(unknown('batch with a drop_remainder the analysis does not know'));
    const dim = dropKnown ? n! : null;
    return datasetOf(mapTensors(element, (t) => ({ t: 'tensor', shape: t.shape ? [dim, ...t.shape] : null, dtype: t.dtype })));
  }
  if (name === 'unbatch') return datasetOf(mapTensors(element, sliced));
  if (name === 'enumerate') return datasetOf({ t: 'tuple', items: [{ t: 'tensor', shape: [], dtype: 'int64' }, element] });
  if (name === 'cardinality') return { t: 'tensor', shape: [], dtype: 'int64' };
  if (name === 'concatenate' || name === 'map' || name === 'padded_batch' || name === 'flat_map' || name === 'interleave' || name === 'window') {
    return datasetOf(unknown(`the element of Dataset.${name}`));
  }
  return unknown(`Dataset.${name}`);
}
