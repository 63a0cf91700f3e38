// Reading a row for one framework: the build plan (weights in creation order with their names, shapes,
// initializer keys and defaults, sublayer scopes and front-end hooks), the output shape on one input or on a
// list of inputs, and the input spec. Front ends turn the plan into variables their own way.
// Contract: pure; the config reader is the front end's (see ConfigReader), wrapped by the row's `ignores`.

import {
  at, type BuildExtras, type BuildStep, type ConfigReader, type Dim, type HookDecl, type InitDecl, type LayerRow, type RaiseDecl, type Shape,
  type SpecialInit, type SublayerDecl,
} from './types';

/** An initializer in one framework: the config key to read and the default to make when the config has none. */
export interface PlannedInit {
  readonly key: string | null;
  readonly dflt: string | null;
}

export type PlannedStep =
  | {
    readonly step: 'weight';
    /** The weight's name under the layer (and the current sublayer). */
    readonly name: string;
    readonly shape: Shape;
    readonly init: PlannedInit;
    /** Never trainable (moving statistics), whatever the layer's trainable flag. */
    readonly frozen: boolean;
    /** The weight's own dtype (else the layer's). */
    readonly dtype?: string;
    /** Not among the layer's weights (made, but untracked). */
    readonly untracked?: true;
    readonly special: SpecialInit | null;
    readonly fans: [Dim, Dim] | null;
  }
  /** Entering a sublayer's name scope; `clone`: initializers Keras clones into it first, in order. */
  | { readonly step: 'enter'; readonly scope: string; readonly clone: readonly PlannedInit[] }
  | { readonly step: 'exit' }
  | { readonly step: 'hook'; readonly hook: string }
  /** TensorFlow raises here: nothing after it is built. */
  | { readonly step: 'raise'; readonly type: string; readonly message: string };

/** The config as `row` reads it in the reader's framework: without the options that framework's model ignores. */
export function rowConfig(row: LayerRow, c: ConfigReader): ConfigReader {
  const ignored = row.ignores?.[c.framework];
  return ignored?.length ? c.omit(ignored) : c;
}

/** The framework's model does not handle this config: the layer creates nothing and its output is unknown. */
export function unsupported(row: LayerRow, c: ConfigReader): boolean {
  const u = row.unsupported?.[c.framework];
  return !!u && u(rowConfig(row, c));
}

const initIn = (d: InitDecl, c: ConfigReader): PlannedInit => ({ key: at(d.key, c.framework), dflt: at(d.dflt, c.framework) });

/** Appends the plan of `steps` to `out`; true when it ends in a raise (nothing after it is built). */
function planSteps(steps: readonly BuildStep[], c: ConfigReader, x: Shape, more: BuildExtras, out: PlannedStep[]): boolean {
  const f = c.framework;
  for (const s of steps) {
    if ('hook' in s) {
      out.push({ step: 'hook', hook: (s as HookDecl).hook });
    } else if ('raise' in s) {
      const r = (s as RaiseDecl).raise(c, x, more);
      if (r) {
        out.push({ step: 'raise', type: r.type, message: r.message });
        return true;
      }
    } else if ('sublayer' in s) {
      const sub = s as SublayerDecl;
      if (sub.when && !sub.when(c, x, more)) continue;
      const scope = at(sub.sublayer, f);
      if (scope !== null) out.push({ step: 'enter', scope, clone: (sub.clone ?? []).map((d) => initIn(d, c)) });
      const raised = planSteps(sub.steps, c, x, more, out);
      if (scope !== null) out.push({ step: 'exit' });
      if (raised) return true;
    } else {
      const when = s.when ? at(s.when, f) : undefined;
      if (when && !when(c, x, more)) continue;
      const special = s.special ? at(s.special, f)(c, x, more) : null;
      out.push({
        step: 'weight', name: at(s.name, f), shape: s.shape(c, x, more), init: initIn(s.init, c),
        frozen: s.trainable === false || (typeof s.trainable === 'function' && !s.trainable(c, x, more)),
        ...(s.dtype ? { dtype: s.dtype } : {}), ...(s.tracked === false ? { untracked: true as const } : {}), special, fans: s.fans ? s.fans(c, x, more) : null,
      });
    }
  }
  return false;
}

/** What building `row` on an input of shape `x` creates, in order (empty when the framework does not handle it). */
export function planBuild(row: LayerRow, c: ConfigReader, x: Shape, more: BuildExtras = {}): PlannedStep[] {
  const rc = rowConfig(row, c);
  const out: PlannedStep[] = [];
  if (!unsupported(row, c)) planSteps(row.weights ?? [], rc, x, more, out);
  return out;
}

/** The output shape of `row` called on one input of shape `x` (null: unknown). */
export function planOutput(row: LayerRow | undefined, c: ConfigReader, x: Shape): Shape {
  if (!row || !x || unsupported(row, c)) return null;
  const rule = at(row.output, c.framework);
  return rule ? rule(rowConfig(row, c), x) : null;
}

/** The output shape of `row` called on a list of inputs (null: unknown, or not a merge layer). */
export function planMerge(row: LayerRow | undefined, c: ConfigReader, xs: readonly Shape[]): Shape {
  if (!row || !xs.length || xs.some((s) => !s)) return null;
  const rule = at(row.merge, c.framework);
  return rule ? rule(rowConfig(row, c), xs as Dim[][]) : null;
}

/** The input dim a built layer requires on axis -1: its first weight's dim at the row's input-spec axis. */
export function expectedInputDim(row: LayerRow | undefined, weights: readonly { shape: Shape }[]): Dim | undefined {
  const first = weights[0];
  if (!row?.inputSpec || !first?.shape) return undefined;
  const { axis } = row.inputSpec;
  return first.shape[axis < 0 ? first.shape.length + axis : axis];
}
