// Hand-built VariableInfo objects for engine tests (the analyzer is not needed here), including the
// seed's first example (my_scope/weight zeros [10,10], my_scope/bias random_normal [10]).

import type { InitializerSpec, SeedInfo, VariableInfo } from '../../src/core/model';

let order = 0;

export function variable(name: string, shape: (number | null)[] | null, initializer: InitializerSpec, seed?: SeedInfo, dtype = 'float32'): VariableInfo {
  const v: VariableInfo = {
    name, shape, dtype, initializer, trainable: true,
    location: { file: '/x/prog.py', line: 1, column: 1 },
    scope: name.includes('/') ? name.slice(0, name.lastIndexOf('/')) : '',
    api: 'get_variable', order: order++,
  };
  if (seed) v.seed = seed;
  return v;
}

/** The seed's first example: my_scope/weight zeros [10,10], my_scope/bias random_normal [10] (v1). */
export function seedExample(seed?: SeedInfo): VariableInfo[] {
  return [
    variable('my_scope/weight', [10, 10], { kind: 'zeros', api: 'v1' }, seed),
    variable('my_scope/bias', [10], { kind: 'random_normal', mean: 0, stddev: 1, seed: null, api: 'v1' }, seed),
  ];
}
