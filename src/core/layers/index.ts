// The layer table's public face for the front ends (src/core/python, src/core/typescript): the row types and
// config-reader interface, the table and its indexes, the planner, and the shared shape helpers front ends use.
// Contract: re-exports only; see docs/layers.md for the table's organisation.

export * from './types';
export {
  checksInputAxis, KERAS_CTOR_DRAWS, KERAS_FUNCTIONAL, KERAS_LAYER_ALIASES, KERAS_NO_DRAWS, KERAS_POSITIONAL, kerasRow, LAYER_ROWS, ownsSeedGenerator,
  tf1Row, TFJS_LAYER_CLASSES, TFJS_MERGE_LAYERS, tfjsRow,
} from './table';
export { expectedInputDim, planBuild, planMerge, planOutput, rowConfig, unsupported, type PlannedInit, type PlannedStep } from './plan';
export { channels, last } from './shapes';
export { loraConstraintError } from './rows/common';
