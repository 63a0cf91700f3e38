// Keras 3's `model.load_weights(path)` for `.weights.h5` / `.keras` files (keras/src/saving/saving_lib.py,
// Keras 3.15): each layer of the model is stored under `layers/<snake_case class name>[_k]` (numbered per class
// in model order, not by layer name), its variables (trainable ones first) as `vars/0`, `vars/1`, ...;
// `Layer.load_own_variables` checks the count, `variable.assign` the shape; failures are gathered and raised
// (or warned with skip_mismatch) as one ValueError. Pure data in and out.

import type { CheckpointTensor } from './compare';
import { tensorShapeStr } from './restore';

export interface KerasVar {
  /** The variable's own name (`kernel`) and its path (`sequential/dense/kernel`). */
  name: string;
  path: string;
  shape: (number | null)[] | null;
  dtype: string;
  trainable: boolean;
}

export interface KerasLayerState {
  /** The class name (`Dense`), its snake case (Keras's `to_snake_case`: the file's key), the layer's name. */
  cls: string;
  key: string;
  name: string;
  vars: KerasVar[];
}

export interface KerasLoadOutcome {
  restored: { variable: string; tensor: string }[];
  /** The ValueError's message (raised, or warned with skip_mismatch); undefined when every layer loads. */
  failure?: string;
  /** Layers whose file entries are nested deeper than `vars/` (sublayers): not modelled. */
  unsupported: string[];
}

const layerRepr = (l: KerasLayerState): string => `<${l.cls} name=${l.name}, built=True>`;
const pyList = (xs: string[]): string => `[${xs.map((x) => `'${x}'`).join(', ')}]`;

/** What `load_weights` does with the model's `layers` (in order) and the file's tensors. */
export function kerasLoadWeights(layers: readonly KerasLayerState[], tensors: readonly CheckpointTensor[]): KerasLoadOutcome {
  const out: KerasLoadOutcome = { restored: [], unsupported: [] };
  const byName = new Map(tensors.map((t) => [t.name, t]));
  const used = new Map<string, number>();
  const failures: [KerasLayerState, string][] = [];
  for (const l of layers) {
    let key = l.key;
    const n = used.get(key);
    used.set(key, n === undefined ? 0 : n + 1);
    if (n !== undefined) key = `${key}_${n + 1}`;
    const prefix = `layers/${key}/`;
    const under = tensors.filter((t) => t.name.startsWith(prefix)).map((t) => t.name.slice(prefix.length));
    if (under.some((rest) => !/^vars\/\d+$/.test(rest))) {
      out.unsupported.push(l.name);
      continue;
    }
    const all = [...l.vars.filter((v) => v.trainable), ...l.vars.filter((v) => !v.trainable)];
    if (under.length !== all.length) {
      failures.push([l, `Layer '${l.name}' expected ${all.length} variables, but received ${under.length} variables during loading. Expected: ${pyList(all.map((v) => v.name))}`]);
      continue;
    }
    for (let i = 0; i < all.length; i++) {
      const v = all[i]!;
      const t = byName.get(`${prefix}vars/${i}`)!;
      const same = v.shape !== null && v.shape.length === t.shape.length && v.shape.every((d, j) => d === null || d === t.shape[j]);
      if (!same) {
        // TensorFlow's message ends with the variable's repr, its current values included: not known statically
        failures.push([l, `The shape of the target variable and the shape of the target value in \`variable.assign(value)\` must match. variable.shape=${tensorShapeStr(v.shape)}, Received: value.shape=${tensorShapeStr(t.shape)}. Target variable: <Variable path=${v.path}, shape=${tensorShapeStr(v.shape)}, dtype=${v.dtype}, value=…>`]);
        break;
      }
      out.restored.push({ variable: v.path, tensor: t.name });
    }
  }
  if (failures.length) {
    const [l, msg] = failures[0]!;
    out.failure = `A total of ${failures.length} objects could not be loaded. Example error message for object ${layerRepr(l)}:\n\n${msg}\n\nList of objects that could not be loaded:\n[${failures.map(([x]) => layerRepr(x)).join(', ')}]`;
  }
  return out;
}

/** Keras's `to_snake_case` of a class name: the key of its layer in a Keras 3 file. */
const snake = (s: string): string => s.replace(/\W+/g, '').replace(/(.)([A-Z][a-z]+)/g, '$1_$2').replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();

/**
 * The program's Keras layers as `load_weights` sees them, from its variables: one layer per weight path prefix
 * (`sequential/dense` of `sequential/dense/kernel`), in creation order, keyed by its class (`layerClass`).
 * Variables without a layer class (not a Keras layer's weight) are left out.
 */
export function layersOfVariables(variables: readonly { name: string; shape: (number | null)[] | null; dtype: string; trainable: boolean; layerClass?: string }[]): KerasLayerState[] {
  const out = new Map<string, KerasLayerState>();
  for (const v of variables) {
    if (!v.layerClass) continue;
    const parts = v.name.split('/');
    const prefix = parts.slice(0, -1).join('/');
    let l = out.get(prefix);
    if (!l) {
      l = { cls: v.layerClass, key: snake(v.layerClass), name: parts[parts.length - 2] ?? prefix, vars: [] };
      out.set(prefix, l);
    }
    l.vars.push({ name: parts[parts.length - 1]!, path: v.name, shape: v.shape, dtype: v.dtype, trainable: v.trainable });
  }
  return [...out.values()];
}
