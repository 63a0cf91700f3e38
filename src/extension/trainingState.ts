// Which variables are training state rather than the model's parameters: optimizer slots and counters, Keras
// seed-generator states, metric accumulators, TF.js optimizer variables. Pure: the tree groups them under a
// "training state" node and leaves them out of parameter counts (as model.summary() does) unless shown flat.

import type { VariableInfo } from '../core/model';

export type StateKind = 'optimizer' | 'optimizer slot' | 'metric' | 'seed generator';

/** What kind of training state `v` is, or undefined for a model parameter (or buffer) the user defined. */
export function stateKind(v: Pick<VariableInfo, 'api' | 'name'>): StateKind | undefined {
  if (v.api === 'slot') return 'optimizer slot';
  if (v.api === 'optimizer' || v.api.startsWith('tfjs.train.')) return 'optimizer';
  if (v.api === 'metric') return 'metric';
  if (v.name === 'seed_generator_state' || v.name.endsWith('/seed_generator_state')) return 'seed generator';
  return undefined;
}

/** The label of a training-state variable in its group: its full name, with its optimizer when the name is a bare index. */
export function stateLabel(v: Pick<VariableInfo, 'api' | 'name'>): string {
  if (/^\d+$/.test(v.name) && v.api.startsWith('tfjs.train.')) return `${v.api.slice('tfjs.train.'.length)} optimizer variable ${v.name}`;
  return v.name;
}
