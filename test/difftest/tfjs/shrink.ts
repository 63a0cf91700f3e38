// Shrinks a program on which the analyzer and TF.js disagree: greedy delta debugging over its structure —
// whole blocks, then layers / steps / variables, then single options and flags — keeping each change that
// leaves the program valid (render.ts valid()) and still failing (the caller's predicate). Contract: at most
// `budget` predicate calls; returns the smallest failing program found (the input when nothing shrinks).

import { valid } from './render';
import { Code, isMerge, isShared, type Block, type LayerSpec, type Lit, type Program } from './spec';

/** Options a layer cannot do without (TF.js requires them, or the generator's shapes depend on them). */
const REQUIRED = new Set(['units', 'filters', 'kernelSize', 'targetShape', 'inputDim', 'outputDim', 'rate']);

function cloneLit(v: Lit): Lit {
  if (v instanceof Code || v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(cloneLit);
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, cloneLit(x)]));
}

function cloneLayer(l: LayerSpec): LayerSpec {
  return { ...l, opts: cloneLit(l.opts) as Record<string, Lit>, ...(l.inner ? { inner: cloneLayer(l.inner) } : {}) };
}

function cloneBlock(b: Block): Block {
  if (b.kind === 'sequential') return { ...b, inputShape: [...b.inputShape], layers: b.layers.map(cloneLayer) };
  if (b.kind === 'feature') return { ...b, n: [...b.n], flags: [...b.flags], layers: b.layers.map(cloneLayer) };
  if (b.kind === 'variables') return { ...b, vars: b.vars.map((v) => ({ ...v, shape: [...v.shape], args: v.args.map(cloneLit) })) };
  return { ...b, inputShape: [...b.inputShape], steps: b.steps.map((s) => (isMerge(s) ? { ...s } : isShared(s) ? { shared: cloneLayer(s.shared) } : cloneLayer(s))) };
}

function clone(p: Program): Program {
  return { blocks: p.blocks.map(cloneBlock) };
}

/** Edits of one layer spec: drop each optional option, the loop, the helper; the same inside a wrapper. */
function layerEdits(l: LayerSpec): ((x: LayerSpec) => void)[] {
  const out: ((x: LayerSpec) => void)[] = [];
  for (const k of Object.keys(l.opts)) if (!REQUIRED.has(k) || l.factory === 'activation') out.push((x) => delete x.opts[k]);
  if (l.repeat) out.push((x) => delete x.repeat);
  if (l.viaHelper) out.push((x) => delete x.viaHelper);
  if (l.predeclared) out.push((x) => delete x.predeclared);
  if (l.inner) for (const k of Object.keys(l.inner.opts)) if (!REQUIRED.has(k)) out.push((x) => delete x.inner!.opts[k]);
  return out;
}

/** Every one-step smaller variant of `p`, biggest cuts first. */
function* candidates(p: Program): Generator<Program> {
  for (let i = p.blocks.length - 1; i >= 0; i--) {
    const c = clone(p);
    c.blocks.splice(i, 1);
    if (c.blocks.length) yield c;
  }
  for (let i = 0; i < p.blocks.length; i++) {
    const b = p.blocks[i]!;
    if (b.kind === 'feature') continue;
    const items = b.kind === 'sequential' ? b.layers : b.kind === 'functional' ? b.steps : b.vars;
    for (let j = items.length - 1; j >= 0; j--) {
      if (items.length < 2 && b.kind !== 'functional') break;
      const c = clone(p);
      const cb = c.blocks[i]!;
      (cb.kind === 'sequential' ? cb.layers : cb.kind === 'functional' ? cb.steps : cb.kind === 'variables' ? cb.vars : []).splice(j, 1);
      yield c;
    }
  }
  for (let i = 0; i < p.blocks.length; i++) yield* blockEdits(p, i);
}

function* blockEdits(p: Program, i: number): Generator<Program> {
  const b = p.blocks[i]!;
  const edit = function* (f: (b: Block) => void): Generator<Program> {
    const c = clone(p);
    f(c.blocks[i]!);
    yield c;
  };
  if (b.kind === 'feature') {
    for (let j = 0; j < b.flags.length; j++) yield* edit((x) => (x as typeof b).flags.splice(j, 1));
    for (let j = b.layers.length - 1; j >= 0 && b.layers.length > 1; j--) yield* edit((x) => (x as typeof b).layers.splice(j, 1));
    for (let j = 0; j < b.layers.length; j++) for (const e of layerEdits(b.layers[j]!)) yield* edit((x) => e((x as typeof b).layers[j]!));
    return;
  }
  if (b.kind === 'variables') {
    for (let j = 0; j < b.vars.length; j++) {
      for (const k of ['trainable', 'name', 'dtype', 'loop'] as const) {
        if (b.vars[j]![k] !== undefined) yield* edit((x) => delete (x as typeof b).vars[j]![k]);
      }
    }
    return;
  }
  if ('compile' in b && b.compile) yield* edit((x) => delete (x as typeof b).compile);
  if (b.kind === 'sequential') {
    if (b.builder) yield* edit((x) => delete (x as typeof b).builder);
    if (b.name) yield* edit((x) => delete (x as typeof b).name);
    if (b.inputLayerName) yield* edit((x) => delete (x as typeof b).inputLayerName);
    if (b.batchSize) yield* edit((x) => delete (x as typeof b).batchSize);
    if (b.style === 'layers') yield* edit((x) => ((x as typeof b).style = 'add'));
    if (b.input !== 'inputShape') yield* edit((x) => ((x as typeof b).input = 'inputShape'));
  } else {
    if (b.inputName) yield* edit((x) => delete (x as typeof b).inputName);
    if (b.batchShape) yield* edit((x) => ((x as typeof b).batchShape = false));
    if (b.second) yield* edit((x) => delete (x as typeof b).second);
  }
  const layers = b.kind === 'sequential' ? b.layers : b.steps;
  for (let j = 0; j < layers.length; j++) {
    const s = layers[j]!;
    const spec = isMerge(s) ? null : isShared(s) ? s.shared : s;
    if (!spec) continue;
    for (const e of layerEdits(spec)) {
      yield* edit((x) => {
        const t = (x.kind === 'sequential' ? x.layers : (x as typeof b & { steps: unknown[] }).steps)[j]!;
        e(isShared(t as never) ? (t as { shared: LayerSpec }).shared : (t as LayerSpec));
      });
    }
  }
}

/** The smallest variant of `p` for which `fails` holds, found greedily within `budget` calls. */
export async function shrink(p: Program, fails: (c: Program) => Promise<boolean>, budget = 150): Promise<Program> {
  let best = p;
  let calls = 0;
  let progress = true;
  while (progress && calls < budget) {
    progress = false;
    for (const c of candidates(best)) {
      if (!valid(c)) continue;
      if (++calls > budget) break;
      if (await fails(c)) {
        best = c;
        progress = true;
        break;
      }
    }
  }
  return best;
}
