// Keras 3's `model.load_weights(path)` for legacy `.h5` / `.hdf5` files (keras/src/legacy/saving/legacy_h5_format.py,
// Keras 3.15): the file lists its layers (`layer_names`, each with `weight_names`); by topological order the
// model's layers that have weights are matched one to one with the file's layers that have weights (layer count,
// then each layer's weight count, then each weight's shape), with `by_name=True` each file layer loads into the
// model's layers of that name (others are skipped). Weights are in the legacy order: trainable, then non-trainable.

import type { CheckpointTensor } from './compare';
import { tensorShapeStr } from './restore';
import type { KerasLayerState, KerasVar } from './kerasRestore';

export interface KerasLegacyOutcome {
  restored: { variable: string; tensor: string }[];
  /** The ValueError's message; undefined when the load goes through. */
  failure?: string;
  /** What Keras warns with skip_mismatch=True (each skipped weight or layer). */
  warnings: string[];
}

/** The file's layers that have weights, in `layer_names` order, each with its weights' tensors in order. */
function fileLayers(tensors: readonly CheckpointTensor[]): { name: string; weights: CheckpointTensor[] }[] {
  const out = new Map<string, CheckpointTensor[]>();
  for (const t of tensors) {
    if (t.group === undefined) continue;
    out.set(t.group, [...(out.get(t.group) ?? []), t]);
  }
  return [...out].map(([name, weights]) => ({ name, weights }));
}

const legacyOrder = (l: KerasLayerState): KerasVar[] => [...l.vars.filter((v) => v.trainable), ...l.vars.filter((v) => !v.trainable)];

const sameShape = (v: KerasVar, t: CheckpointTensor): boolean => v.shape !== null && v.shape.length === t.shape.length && v.shape.every((d, i) => d === t.shape[i]);

/** `_set_weights`: each value's shape against its variable; raises (or warns with skip_mismatch) on the first that differs. */
function setWeights(out: KerasLegacyOutcome, vars: KerasVar[], weights: CheckpointTensor[], name: string, skip: boolean): boolean {
  for (let i = 0; i < weights.length; i++) {
    const v = vars[i]!;
    const t = weights[i]!;
    if (!sameShape(v, t)) {
      const what = `${name}for weight ${v.path}. Weight expects shape ${tensorShapeStr(v.shape)}. Received saved weight with shape ${tensorShapeStr(t.shape)}`;
      if (!skip) {
        out.failure = `Shape mismatch in ${what}`;
        return false;
      }
      out.warnings.push(`Skipping loading weights for ${name}due to mismatch in shape for weight ${v.path}. Weight expects shape ${tensorShapeStr(v.shape)}. Received saved weight with shape ${tensorShapeStr(t.shape)}`);
      continue;
    }
    out.restored.push({ variable: v.path, tensor: t.name });
  }
  return true;
}

/** What `load_weights(legacy_h5, by_name=…, skip_mismatch=…)` does with the model's `layers` (in order). */
export function kerasLegacyLoadWeights(layers: readonly KerasLayerState[], tensors: readonly CheckpointTensor[], byName: boolean, skip: boolean): KerasLegacyOutcome {
  const out: KerasLegacyOutcome = { restored: [], warnings: [] };
  const saved = fileLayers(tensors);
  if (byName) {
    saved.forEach((f, k) => {
      if (out.failure) return;
      for (const l of layers.filter((x) => x.name === f.name)) {
        const vars = legacyOrder(l);
        if (vars.length !== f.weights.length) {
          const counts = `Layer expects ${vars.length} weight(s). Received ${f.weights.length} saved weight(s)`;
          if (skip) {
            out.warnings.push(`Skipping loading of weights for layer #${k} (named ${l.name}) due to mismatch in number of weights. ${counts}`);
            continue;
          }
          out.failure = `Weight count mismatch for layer #${k} (named ${l.name}). ${counts}`;
          return;
        }
        if (!setWeights(out, vars, f.weights, `layer #${k} (named ${l.name})`, skip)) return;
      }
    });
    return out;
  }
  const withWeights = layers.filter((l) => l.vars.length > 0);
  if (withWeights.length !== saved.length) {
    out.failure = `Layer count mismatch when loading weights from file. Model expected ${withWeights.length} layers, found ${saved.length} saved layers.`;
    return out;
  }
  for (let k = 0; k < saved.length; k++) {
    const f = saved[k]!;
    const l = withWeights[k]!;
    const vars = legacyOrder(l);
    if (vars.length !== f.weights.length) {
      out.failure = `Weight count mismatch for layer #${k} (named ${l.name} in the current model, ${f.name} in the save file). Layer expects ${vars.length} weight(s). Received ${f.weights.length} saved weight(s)`;
      return out;
    }
    if (!setWeights(out, vars, f.weights, `layer #${k} (named ${l.name})`, skip)) return out;
  }
  return out;
}
