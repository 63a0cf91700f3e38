// The layer table: every row, looked up by the name each front end sees (Keras 3 class, TF.js class or
// factory, TF1 functional name), and the per-framework indexes derived from the rows that the front ends use
// (Keras's aliases, positional parameters and constructor seed draws; TF.js's factories and merge layers).
// Contract: built once at load from the rows; read-only afterwards.

import { CONV_POOL_ROWS } from './rows/conv';
import { CORE_ROWS } from './rows/core';
import { NOISE_ROWS } from './rows/noise';
import { NORMALIZATION_ROWS } from './rows/normalization';
import { RECURRENT_ROWS } from './rows/recurrent';
import { CONTRIB_ROWS, TF1_CELL_ROWS } from './rows/tf1Contrib';
import type { KerasCtorStep, LayerRow } from './types';

export const LAYER_ROWS: readonly LayerRow[] = [...CORE_ROWS, ...CONV_POOL_ROWS, ...NORMALIZATION_ROWS, ...RECURRENT_ROWS, ...NOISE_ROWS, ...TF1_CELL_ROWS, ...CONTRIB_ROWS];

const KERAS = new Map<string, LayerRow>();
const TFJS = new Map<string, LayerRow>();
const TF1 = new Map<string, LayerRow>();
for (const r of LAYER_ROWS) {
  if (r.keras) KERAS.set(r.cls, r);
  if (r.tfjs) TFJS.set(r.cls, r);
  for (const n of r.tf1?.names ?? []) TF1.set(n.toLowerCase(), r);
}

/** The row of a Keras 3 class (its canonical name: see KERAS_LAYER_ALIASES). */
export function kerasRow(cls: string): LayerRow | undefined {
  return KERAS.get(cls);
}

/** The row of a TF.js layer class (`Dense`, `Conv2D`: the class `tf.layers.<factory>` makes). */
export function tfjsRow(cls: string): LayerRow | undefined {
  return TFJS.get(cls);
}

/** The row of a TF1 functional layer (`dense`, `conv2d_transpose`, contrib's `fully_connected`; any case). */
export function tf1Row(fn: string): LayerRow | undefined {
  return TF1.get(fn.toLowerCase());
}

/** `keras.layers` names that are aliases of another class (the layer is named after the class). */
export const KERAS_LAYER_ALIASES: Readonly<Record<string, string>> = Object.fromEntries(
  LAYER_ROWS.flatMap((r) => (r.keras?.aliases ?? []).map((a) => [a, r.cls])),
);

/** Keras's functional layer forms (`keras.layers.add`, `concatenate`): their class and parameters after `inputs`. */
export const KERAS_FUNCTIONAL: Readonly<Record<string, { cls: string; params: readonly string[] }>> = Object.fromEntries(
  LAYER_ROWS.flatMap((r) => (r.keras?.functional ? [[r.cls.toLowerCase(), { cls: r.cls, params: r.keras.functional }]] : [])),
);

/** Keras 3 constructors' leading positional parameters (those the analyzer reads). */
export const KERAS_POSITIONAL: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  LAYER_ROWS.flatMap((r) => (r.keras?.params ? [[r.cls, r.keras.params]] : [])),
);

/** Keras 3 layer constructors that may draw seeds, in the order they draw. */
export const KERAS_CTOR_DRAWS: Readonly<Record<string, readonly KerasCtorStep[]>> = Object.fromEntries(
  LAYER_ROWS.flatMap((r) => (r.keras?.draws?.length ? [[r.cls, r.keras.draws]] : [])),
);

/** Keras 3 layers whose constructors draw nothing. */
export const KERAS_NO_DRAWS: ReadonlySet<string> = new Set(LAYER_ROWS.filter((r) => r.keras?.draws?.length === 0).map((r) => r.cls));

/**
 * Keras 3 layers that own a SeedGenerator from construction (its `seed_generator_state` variable): the
 * recurrent and random preprocessing layers always, dropout and noise layers unless `rate` is known ≤ 0, the dot and
 * additive attention layers when `dropout` (default 0) is known > 0. `num` reads a constructor argument.
 */
export function ownsSeedGenerator(cls: string, num: (param: string) => { given: boolean; v: number | undefined }): boolean {
  const s = KERAS.get(cls)?.keras?.seedState;
  if (s === 'dropout') {
    const d = num('dropout');
    return d.given && d.v !== undefined && d.v > 0;
  }
  const rate = num('rate').v;
  return s === 'always' || (s === 'rate' && (rate === undefined || rate > 0));
}

/** Keras 3 layers whose later calls are checked against the last input axis they were built with. */
export function checksInputAxis(cls: string): boolean {
  return !!KERAS.get(cls)?.inputSpec;
}

/** TF.js: `tf.layers.<factory>` → the class it makes. */
export const TFJS_LAYER_CLASSES: Readonly<Record<string, string>> = Object.fromEntries(
  LAYER_ROWS.flatMap((r) => (r.tfjs ? [r.tfjs.factory, ...(r.tfjs.aliases ?? [])].map((f) => [f, r.cls]) : [])),
);

/** TF.js layers applied to a list of inputs. */
export const TFJS_MERGE_LAYERS: ReadonlySet<string> = new Set(LAYER_ROWS.filter((r) => r.tfjs && r.merge).map((r) => r.cls));
