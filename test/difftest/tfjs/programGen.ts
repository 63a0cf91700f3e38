// Random but valid TF.js programs from a seed: tf.sequential models (`add` or `layers:`, inputShape /
// batchInputShape / inputDim / inputLayer, helper functions, loops), functional models (tf.input, layer.apply,
// merges of branches, shared layers, tf.model), `tf.variable`s with and without names, trainable flags and
// dtypes (also in loops), and optimizers made by compile. Contract: generate(seed) is deterministic.

import { featureBlock } from './featureGen';
import { randomInputShape, randomLayer, initializer, type NameState } from './layerGen';
import { Rng } from './prng';
import { outputShape, type Shape } from './shapes';
import type { Block, FunctionalBlock, FunctionalStep, InputKind, LayerSpec, Lit, Program, SequentialBlock, VarSpec, VariablesBlock } from './spec';

const MERGES = ['add', 'multiply', 'average', 'maximum', 'minimum', 'concatenate'];

/** An embedding layer that starts a model on integer inputs of length `len`. */
function embeddingFirst(r: Rng, names: NameState, len: number): LayerSpec {
  const opts: Record<string, Lit> = { inputDim: r.int(3, 20), outputDim: r.int(1, 8) };
  if (r.chance(0.3)) opts['embeddingsInitializer'] = initializer(r, true);
  if (r.chance(0.1)) opts['name'] = `l${names.next++}_embed`;
  void len;
  return { factory: 'embedding', opts };
}

/** A chain of `n` layers from `x`; the shape after it. */
function chain(r: Rng, names: NameState, x: Shape, n: number, first: LayerSpec[]): { layers: LayerSpec[]; out: Shape } {
  const layers = [...first];
  let cur = x;
  for (const l of first) cur = outputShape(l, cur)!;
  while (layers.length < n) {
    const { spec, out } = randomLayer(r, names, cur);
    if (spec.factory === 'dense' && r.chance(0.15)) spec.repeat = r.int(2, 3);
    if (spec.repeat && !outputShape(spec, cur)) delete spec.repeat;
    if (layers.length && r.chance(0.15)) spec.viaHelper = true;
    layers.push(spec);
    cur = outputShape(spec, cur) ?? out;
  }
  return { layers, out: cur };
}

function sequential(r: Rng, names: NameState): SequentialBlock {
  const embed = r.chance(0.12);
  const inputShape = embed ? [r.int(2, 8)] : randomInputShape(r);
  const kinds: InputKind[] = ['inputShape', 'inputShape', 'batchInputShape', 'inputLayer', 'inputLayerBatch'];
  const first = embed ? [embeddingFirst(r, names, inputShape[0]!)] : [];
  const { layers } = chain(r, names, inputShape, r.int(1, 5), first);
  // Only Dense takes `inputDim` (DenseLayerArgs; other layers ignore it).
  if (inputShape.length === 1 && layers[0]!.factory === 'dense') kinds.push('inputDim', 'inputDim');
  const input = r.pick(kinds);
  layers[0]!.viaHelper = false;
  delete layers[0]!.repeat;
  const style = r.chance(0.35) ? 'layers' : 'add';
  if (style === 'layers') for (const l of layers) delete l.repeat;
  const b: SequentialBlock = { kind: 'sequential', style, input, inputShape, layers };
  if (r.chance(0.1)) b.compile = r.pick(['adam', 'sgd', 'adamax']);
  if (input === 'inputShape' && r.chance(0.15)) b.batchSize = r.int(1, 16);
  if (r.chance(0.12)) b.builder = r.int(1, 3);
  for (const l of layers) if (r.chance(0.12)) l.predeclared = true;
  // An input shape on a later layer: Sequential.add ignores it (the layer is applied to the previous output).
  for (const l of layers.slice(1)) if (r.chance(0.04)) l.opts = { inputShape: randomInputShape(r), ...l.opts };
  if (r.chance(0.1)) b.name = `seq${names.next++}`;
  if (input.startsWith('inputLayer') && r.chance(0.3)) b.inputLayerName = `in${names.next++}`;
  return b;
}

function functional(r: Rng, names: NameState): FunctionalBlock {
  const embed = r.chance(0.1);
  const inputShape = embed ? [r.int(2, 8)] : randomInputShape(r);
  const steps: FunctionalStep[] = [];
  let cur: Shape = inputShape;
  const n = r.int(1, 5);
  if (embed) {
    const e = embeddingFirst(r, names, inputShape[0]!);
    steps.push(e);
    cur = outputShape(e, cur)!;
  }
  while (steps.length < n) {
    if (r.chance(0.12)) {
      const merge = r.pick(MERGES);
      const units = r.int(1, 5);
      steps.push({ merge, units });
      cur = [...cur.slice(0, -1), merge === 'concatenate' ? 2 * units : units];
    } else if (r.chance(0.08)) {
      steps.push({ shared: { factory: 'dense', opts: { units: cur[cur.length - 1]! } } });
    } else {
      const { spec, out } = randomLayer(r, names, cur);
      steps.push(spec);
      cur = out;
    }
  }
  const b: FunctionalBlock = { kind: 'functional', inputShape, batchShape: r.chance(0.3), steps };
  if (r.chance(0.15)) b.inputName = `in${names.next++}`;
  if (cur.length === 1 && r.chance(0.25)) b.second = r.int(1, 4);
  if (r.chance(0.1)) b.compile = r.pick(['adam', 'sgd']);
  return b;
}

function variable(r: Rng, names: NameState): VarSpec {
  if (r.chance(0.06)) {
    const factory = r.pick(['train.adam', 'train.adamax']);
    return { factory, shape: [], args: r.chance(0.5) ? [r.pick([0.01, 0.001, 0.1]), r.pick([0.8, 0.9])] : [] };
  }
  if (r.chance(0.06)) {
    const rows = r.int(1, 3);
    const cols = r.int(1, 3);
    const v: VarSpec = { factory: 'tensor2d', shape: [], args: [Array.from({ length: rows }, () => Array.from({ length: cols }, () => r.float(-2, 2)))] };
    if (r.chance(0.5)) v.name = `w${names.next++}`;
    return v;
  }
  const shape = Array.from({ length: r.int(0, 3) }, () => r.int(1, 5));
  const factory = r.pick(['zeros', 'ones', 'fill', 'randomNormal', 'randomUniform', 'truncatedNormal', 'scalar', 'tensor1d']);
  const v: VarSpec = { factory, shape, args: [] };
  if (factory === 'fill') v.args = [r.float(-3, 3)];
  if (factory === 'randomNormal' || factory === 'truncatedNormal') v.args = r.chance(0.6) ? [r.float(-1, 1), r.float(0.1, 2)] : [];
  if (factory === 'randomUniform') v.args = r.chance(0.6) ? [r.float(-2, 0), r.float(0.1, 2)] : [];
  if (factory === 'scalar') v.args = [r.float(-5, 5)];
  if (factory === 'tensor1d') v.args = [Array.from({ length: r.int(1, 4) }, () => r.float(-3, 3))];
  if ((factory === 'zeros' || factory === 'ones') && r.chance(0.2)) v.args = ['int32'];
  if (r.chance(0.3)) v.trainable = r.chance(0.5);
  if (r.chance(0.6)) {
    const dup = names.used.length && r.chance(0.05);
    v.name = dup ? r.pick(names.used) : `w${names.next++}${r.chance(0.1) ? r.pick(['/sub', ':0', '.v', ' sp']) : ''}`;
    names.used.push(v.name);
  }
  if (r.chance(0.1)) v.dtype = r.pick(['float32', 'int32']);
  if (r.chance(0.15) && factory !== 'scalar' && factory !== 'tensor1d') v.loop = r.int(1, 3);
  return v;
}

function variables(r: Rng, names: NameState): VariablesBlock {
  return { kind: 'variables', vars: Array.from({ length: r.int(1, 3) }, () => variable(r, names)) };
}

/** The program of `seed`: 1 to 4 blocks (`featuresOnly`: feature blocks only, featureGen.ts). */
export function generate(seed: number, featuresOnly = false): Program {
  const r = new Rng(seed);
  const names: NameState = { next: 1, used: [] };
  const blocks: Block[] = [];
  const n = r.int(1, 4);
  for (let i = 0; i < n; i++) {
    const k = featuresOnly ? 1 : r.next();
    blocks.push(k < 0.36 ? sequential(r, names) : k < 0.6 ? functional(r, names) : k < 0.75 ? variables(r, names) : featureBlock(r, names));
  }
  return { blocks };
}
