// The Python TF library's shared object types: the layers, optimizers and scopes it tracks by id, and the
// state an analysis hands to the analyzer. Plain data; no behaviour.

import type { Diagnostic, InitializerSpec, Shape, SourceLocation } from '../../model';
import type { VarRecord, VarScope } from '../../tf/graph';
import type { CallSite } from '../interp';
import type { BoundArgs } from './registry';
import type { ApiFamily } from '../tfnames';
import type { Value } from '../values';

export interface ScopeEntry {
  name: string;
  kind: 'variable_scope' | 'name_scope' | 'layer' | 'model';
  location: SourceLocation;
  entries: SourceLocation[];
}

export interface TfRegistry {
  vars: Map<number, VarRecord>;
  scopes: Map<number, VarScope>;
  layers: Map<number, LayerObj>;
}

export interface OptimizerObj {
  kind: string;
  name: string;
  /** The constructor's arguments, bound to its signature. */
  a: BoundArgs;
  /** Non-slot variables (Adam's beta powers) already created, per graph. */
  nonSlot: Map<string, boolean>;
}

export interface LayerObj {
  id: number;
  kind: string;
  api: ApiFamily;
  name: string | null;
  config: Map<string, Value>;
  /** Initializer instances the constructor made (Keras draws their seeds then), by config key. */
  inits: Map<string, InitializerSpec>;
  built: boolean;
  weights: Value[];
  site: CallSite;
  /** Functional models: the layers in the graph from inputs to outputs. */
  children?: number[];
  /**
   * A model's input batch shape (Sequential: its InputLayer, `keras.Input` or first `build`; an InputLayer: its
   * own); null when given but not known statically, undefined when none.
   */
  batchShape?: Shape;
  /** A layer constructed with `input_shape=` / `input_dim=`: the batch shape a Sequential starting with it takes. */
  pendingInputShape?: Shape;
  /** Functional models with one input / one output: their shapes. */
  inputShape?: Shape;
  outputShape?: Shape;
  /** A functional model with several outputs: each output's shape (calling it gives a list of tensors). */
  outputShapes?: Shape[];
  /** The last input dimension the layer was built with (Keras's input spec). */
  builtInDim?: number | null;
  /** What a table layer was built with (Keras's build config, which loading a saved model builds from again). */
  buildArgs?: { input: Shape; others?: { valueShape?: Shape; keyShape?: Shape }; inDtype?: string | null };
  /** Keras 3's LoRA weights were made (`lora_rank=` at build, or `enable_lora()`). */
  loraEnabled?: boolean;
  /** A Keras 2 layer or model (lib/keras2.ts): name-scope naming, per-graph names. */
  k2?: true;
  /** Keras 2's v1 recurrent layers (`keras.layers.recurrent.LSTM`): their cell's own uniquified name (`lstm_cell_1`). */
  k2CellScope?: string;
  /** A user class deriving from a Keras Model (not a plain Layer). */
  subclassesModel?: true;
  /** A user class deriving from a Keras layer or model: its name, and its instance's attributes (tracked sublayers). */
  className?: string;
  attrs?: Map<string, Value>;
  /** A Keras 3 subclass whose name its super().__init__ gives (its `name` argument, else an auto name). */
  pendingName?: true;
  /** Variables in the layer's trainable list (Keras's `_trainable_variables`), whatever `trainable` now says. */
  trainableIds?: Set<number>;
  /** The first call's inputs, by what produced them: a layer's id or a `keras.Input`'s name (a functional graph's edges). */
  inbound?: (number | string)[];
  /** A functional model: what produced each of its outputs (a layer's id or an Input's name). */
  outputProducers?: (number | string)[];
  /** A functional model whose outputs were given as a list or a tuple (its calls return that structure). */
  outputStructure?: 'list' | 'tuple';
  /** A functional model: the names of its input layers (model.layers lists them first). */
  inputNames?: string[];
  /** A cloned functional model: its Input layers are named after KerasTensors (`keras_tensor_N`), not known. */
  inputsRenamed?: true;
}

/** The result of the program-level analysis that the analyzer turns into a ProgramResult. */
export interface TfState {
  variables: VarRecord[];
  scopes: Map<string, ScopeEntry>;
  diagnostics: Diagnostic[];
  eager: boolean;
  sawGraphMode: boolean;
}
