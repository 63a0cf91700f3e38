// TF.js models as values: members of Sequential and functional models (add, apply as a layer, compile, summary,
// countParams, predict, dispose, trainable), Sequential.build's checks, and the models a program made with their
// parameter counts as model.summary() prints them (ProgramResult.models).

import type { ModelInfo } from '../../model';
import { duplicateNameMessage, TfjsRaise } from '../tfjs';
import { apply, disposeWeights, modelCounts, modelFacade, seqAdd } from './layers';
import type { Machine } from './machine';
import { Model, Native, Obj, UNKNOWN, type Value } from './values';

/**
 * Sequential.build (tfjs-layers/src/models.ts), run by compile/summary/countParams: an empty model raises; else it
 * makes a LayersModel of its layers, whose Container checks that layer names are unique — the input layer
 * Sequential.add made for the first layer is named `<first layer>_input`.
 */
function seqBuild(model: Model): void {
  if (model.opaque) return;
  if (!model.layers.length) throw new TfjsRaise('TypeError', 'Sequential model cannot be built: model is empty. Add some layers first.');
  const first = model.layers[0]!;
  const names = model.layers.map((l) => l.name);
  const dup = duplicateNameMessage(first.className === 'InputLayer' ? names : [`${first.name}_input`, ...names]);
  if (dup) throw new TfjsRaise('RuntimeError', dup);
}

export function modelMember(m: Machine, model: Model, k: string): Value {
  if (k === 'name') return model.name;
  if (k === 'add' && model.kind === 'sequential') return new Native('add', (a, site) => {
    const prev = m.site;
    m.site = site;
    try {
      seqAdd(m, model, a[0], site);
    } finally {
      m.site = prev;
    }
    return undefined;
  });
  if (k === 'build') return new Native('build', () => undefined);
  if (k === 'compile') return new Native(k, (a, site) => {
    if (model.kind === 'sequential') seqBuild(model);
    // A string optimizer is made here (tfjs-layers getOptimizer: tf.train.<name>() with its defaults).
    const opt = a[0] instanceof Obj ? a[0].props.get('optimizer') : undefined;
    if (typeof opt === 'string') m.optimizer(opt.toLowerCase(), [], site);
    model.optimizer = opt instanceof Obj ? opt : typeof opt === 'string' ? new Obj(new Map([['optimizer', opt.toLowerCase()]])) : UNKNOWN;
    return undefined;
  });
  if (k === 'summary' || k === 'countParams' || k === 'predict') return new Native(k, () => {
    if (model.kind === 'sequential') seqBuild(model);
    const c = k === 'countParams' ? modelCounts(model) : null;
    return c ? c[0] + c[1] : UNKNOWN;
  });
  if (k === 'layers') return [...model.layers];
  // A functional model's `inputs`/`outputs`: the symbolic tensors it was made of (another model may start from them).
  if (k === 'inputs' || k === 'outputs') {
    const syms = k === 'inputs' ? model.inputSyms : model.outputSyms;
    return syms ? [...syms] : UNKNOWN;
  }
  if (k === 'apply') return new Native('apply', (a, site) => apply(m, modelFacade(model), a, site));
  if (k === 'trainable') return model.trainable;
  if (k === 'optimizer') return model.optimizer;
  if (k === 'dispose') return new Native('dispose', () => {
    for (const l of model.layers) disposeWeights(m, allWeights(l));
    return UNKNOWN;
  });
  return UNKNOWN;
}

function allWeights(l: Model['layers'][number]): Model['layers'][number]['weights'] {
  return l.model ? l.model.layers.flatMap(allWeights) : l.weights;
}

/** The models the program made, with model.summary()'s totals (null counts when a weight's shape is unknown). */
export function modelInfos(models: Model[]): ModelInfo[] {
  return models.map((md) => {
    const c = modelCounts(md);
    return {
      name: md.name, className: md.kind === 'sequential' ? 'Sequential' : 'Model', layers: md.layers.map((l) => l.name),
      totalParams: c ? c[0] + c[1] : null, trainableParams: c ? c[0] : null, nonTrainableParams: c ? c[1] : null,
      ...(md.location ? { location: md.location } : {}),
    };
  });
}
