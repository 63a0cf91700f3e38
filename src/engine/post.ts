// Elementwise steps after an initializer (`spec.post`): TF's ops on its tensor or NumPy's on an array,
// each rounded to the running dtype, a Python scalar converted to that dtype first. Steps TF ran in a
// graph run as a session's Grappler rewrites them (x / c -> x * (1/c), constant chains pushed together
// and folded, x * 1 and x + 0 dropped), simulated on the chain; where that order is uncertain, a note.

import type { PostOp } from '../core/model';
import { roundBf16, roundF16, toPrec } from './dtypes';

const fround = Math.fround;

/** One resolved step: `x op c` (`left`: `c op x`) rounded to `dt`; 'recip' is TF's approximate Reciprocal. */
export interface Step {
  k: 'add' | 'sub' | 'mul' | 'div' | 'neg' | 'cast' | 'recip';
  c: number;
  left: boolean;
  /** The dtype of the step's result (a cast: the target). */
  dt: string;
  /** cast from float64 to a 16-bit float through float32 (TF's Cast) rather than directly (NumPy). */
  via32?: boolean;
}

export interface PostPlan {
  steps: Step[];
  /** The dtype the initializer's own values have. */
  base: string;
  /** Why the values are not TF's bits (an uncertain Grappler order, TF's approximate reciprocal). */
  note?: string;
  /** Graph mode moved the base op's own `x * scale + shift` into `steps`: generate the raw values. */
  absorbed?: boolean;
}

/** Rounds a result to `dt` (16-bit floats: through float32, as Eigen computes them). */
export function roundTo(x: number, dt: string): number {
  switch (dt) {
    case 'float32': return fround(x);
    case 'float16': return roundF16(fround(x));
    case 'bfloat16': return roundBf16(fround(x));
    case 'int32': return x | 0;
    case 'int64': return Math.trunc(x);
    case 'bool': return x ? 1 : 0;
    default: return x;
  }
}

/** A Python number as a scalar of `dt`: eager TF rounds float16 through float32, graph TF and NumPy once. */
export function convertScalar(v: number, dt: string, by: PostOp['by']): number {
  if (dt === 'float16') return toPrec(v, 'f16', by === 'eager');
  if (dt === 'bfloat16') return toPrec(v, 'bf16', true);
  if (/int/.test(dt)) return dt === 'int32' ? v | 0 : Math.trunc(v);
  return roundTo(v, dt);
}

/** One step on one value. */
export function applyStep(s: Step, x: number): number {
  switch (s.k) {
    case 'add': return s.dt === 'int32' ? (x + s.c) | 0 : roundTo(x + s.c, s.dt);
    case 'sub': return s.dt === 'int32' ? (s.left ? s.c - x : x - s.c) | 0 : roundTo(s.left ? s.c - x : x - s.c, s.dt);
    case 'mul': return s.dt === 'int32' ? Math.imul(x, s.c) : roundTo(x * s.c, s.dt);
    case 'div': return roundTo(s.left ? s.c / x : x / s.c, s.dt);
    case 'neg': return s.dt === 'int32' ? -x | 0 : -x;
    case 'recip': return roundTo(1 / x, s.dt);
    case 'cast': {
      if (/int/.test(s.dt)) return Number.isFinite(x) ? roundTo(Math.trunc(x), s.dt) : 0;
      if (s.via32 && (s.dt === 'float16' || s.dt === 'bfloat16')) return roundTo(fround(x), s.dt);
      if (s.dt === 'float16') return roundF16(x);
      return roundTo(x, s.dt);
    }
  }
}

/** The base op's own arithmetic that a graph chain can fold with: `x * scale (+ shift)`. */
export interface BaseAffine {
  scale: number;
  shift: number;
  /** Whether TF's Python builds the Add node (random_uniform with an int 0 minval does not): 'maybe' when unknown. */
  add: boolean | 'maybe';
  /** The scale is the left operand (`gain * q`). */
  scaleLeft?: boolean;
}

/**
 * Resolves `post` for values of `baseDtype` ending at `finalDtype` (an implicit conversion when the
 * variable's dtype differs: by NumPy when NumPy made the value). `base`: a random op's own scale and
 * shift, which graph-mode steps right after it may fold with (then `absorbed`: generate raw values);
 * 'constant' when the graph holds the values as constants (folded op by op, as written); 'opaque' else.
 */
export function resolvePost(post: readonly PostOp[], baseDtype: string, finalDtype: string, base: BaseAffine | 'constant' | 'opaque'): PostPlan {
  const steps: Step[] = [];
  const notes: string[] = [];
  let dt = baseDtype;
  let absorbed = false;
  let i = 0;
  while (i < post.length) {
    const p = post[i]!;
    if (p.by === 'graph' && p.op !== 'cast' && base !== 'constant') {
      // a run of graph ops between casts: what Grappler makes of it
      let j = i;
      while (j < post.length && post[j]!.by === 'graph' && post[j]!.op !== 'cast') j++;
      const withBase = i === 0 && typeof base === 'object';
      const run = simulateGraph(post.slice(i, j), dt, withBase ? base : null);
      steps.push(...run.steps);
      if (run.note) notes.push(run.note);
      if (withBase) absorbed = true;
      i = j;
      continue;
    }
    if (p.op === 'cast') {
      const to = p.dtype ?? dt;
      if (to !== dt) steps.push({ k: 'cast', c: 0, left: false, dt: to, ...(p.by !== 'numpy' && dt === 'float64' ? { via32: true } : {}) });
      dt = to;
    } else if (p.op === 'neg') steps.push({ k: 'neg', c: 0, left: false, dt });
    else steps.push({ k: p.op, c: convertScalar(p.value ?? NaN, dt, p.by), left: !!p.left, dt });
    i++;
  }
  if (dt !== finalDtype) {
    const numpy = post.length ? post[post.length - 1]!.by === 'numpy' : true;
    steps.push({ k: 'cast', c: 0, left: false, dt: finalDtype, ...(!numpy && dt === 'float64' ? { via32: true } : {}) });
  }
  if (steps.some((s) => s.k === 'recip')) notes.push('in a TF graph, `1 / x` becomes TF\'s Reciprocal op, whose CPU kernel approximates (it depends on the CPU); values use exact division');
  const plan: PostPlan = { steps, base: baseDtype };
  if (notes.length) plan.note = notes.join('; ');
  if (absorbed) plan.absorbed = true;
  return plan;
}

// ---------- Grappler's constant folding on a chain ----------

type Operand = 'X' | Const | GNode;
interface Const { c: number; folded: boolean }
interface GNode { op: 'Add' | 'Sub' | 'Mul' | 'Div' | 'RealDiv' | 'Neg' | 'Reciprocal' | 'Identity'; a: Operand; b?: Operand }

const isConst = (o: Operand | undefined): o is Const => typeof o === 'object' && 'c' in o;
const isNode = (o: Operand | undefined): o is GNode => typeof o === 'object' && 'op' in o;

/**
 * A chain of graph ops on X (a random op's output) as TF 2.21's session runs it: Grappler's meta optimizer
 * (two rounds) runs constant folding to a fixpoint — fold all-constant nodes (in the dtype), turn
 * `x * 1`, `x + 0`, `x - 0`, `x / 1` into Identity, `1 / x` into Reciprocal, `x / c` into `x * (1/c)`,
 * and push a constant down a same-kind parent/child pair (Add/Sub, Mul/Div) so the two constants fold
 * together; then the dependency optimizer removes the Identity nodes. Checked
 * against TF on random chains; the order is uncertain (a note) where a folded constant becomes an
 * identity, a negation meets an Add/Sub (the arithmetic optimizer rewrites those), or a uniform's
 * `+ 0` node may or may not exist.
 */
export function simulateGraph(post: readonly PostOp[], dt: string, base: BaseAffine | null): { steps: Step[]; note?: string } {
  if (dt !== 'float16' && dt !== 'bfloat16') return withBaseVariants(post, dt, base, true);
  // 16-bit chains: TF 2.21 folds some (x * a * b in a variable's initializer) but not others; certain
  // only when no two constants could be folded together
  const a = withBaseVariants(post, dt, base, false);
  const b = withBaseVariants(post, dt, base, true);
  if (JSON.stringify(a.steps) === JSON.stringify(b.steps)) return a;
  return { steps: b.steps, note: `in a TF graph Grappler may or may not fold this ${dt} chain's constants together (not modelled for 16-bit floats); values follow one order` };
}

/** `simulate`, run for both forms of a uniform's base op when it is not known which one TF built. */
function withBaseVariants(post: readonly PostOp[], dt: string, base: BaseAffine | null, push: boolean): { steps: Step[]; note?: string } {
  if (base?.add !== 'maybe') return simulate(post, dt, base, push);
  // tf.random.uniform builds `* maxval` unless maxval is the int 1, `+ minval` unless minval is the int 0
  const a = simulate(post, dt, { ...base, add: true }, push);
  const b = simulate(post, dt, base.scale === 1 ? null : { ...base, add: false }, push);
  if (JSON.stringify(a.steps) === JSON.stringify(b.steps)) return a;
  return { steps: a.steps, note: 'in a TF graph Grappler folds this chain of constants in an order that depends on how the uniform\'s bounds were written (int or float 0); values follow one of them' };
}

/** One simulation; `push`: whether ConstantPushDown runs (not for the 16-bit floats in TF's source). */
function simulate(post: readonly PostOp[], dt: string, base: BaseAffine | null, push: boolean): { steps: Step[]; note?: string } {
  const g = buildChain(post, dt, base);
  const uncertain = optimize(g, dt, push);
  const steps = readSteps(g.root, dt);
  if (!steps) return { steps: [], note: 'Grappler\'s rewrite of this chain is not modelled' };
  const note = uncertain ?? negationNote(steps);
  return note ? { steps, note } : { steps };
}

/** The graph TF builds for the chain: the uniform's affine base (if any), then each written op on X. */
interface Chain { nodes: GNode[]; root: Operand }

function buildChain(post: readonly PostOp[], dt: string, base: BaseAffine | null): Chain {
  const nodes: GNode[] = [];
  let cur: Operand = 'X';
  const k = (c: number): Const => ({ c, folded: false });
  if (base) {
    cur = { op: 'Mul', a: base.scaleLeft ? k(base.scale) : cur, b: base.scaleLeft ? cur : k(base.scale) };
    nodes.push(cur);
    if (base.add) {
      cur = { op: 'Add', a: cur, b: k(base.shift) };
      nodes.push(cur);
    }
  }
  for (const p of post) {
    let n: GNode;
    if (p.op === 'neg') n = { op: 'Neg', a: cur };
    else {
      const c = k(convertScalar(p.value ?? NaN, dt, 'graph'));
      const op = p.op === 'add' ? 'Add' : p.op === 'sub' ? 'Sub' : p.op === 'mul' ? 'Mul' : 'RealDiv';
      n = p.left ? { op, a: c, b: cur } : { op, a: cur, b: c };
    }
    nodes.push(n);
    cur = n;
  }
  return { nodes, root: cur };
}

/** Grappler's passes over the chain in place (two meta-optimizer rounds); returns a note when the result is uncertain. */
function optimize(g: Chain, dt: string, push: boolean): string | null {
  let uncertain: string | null = null;
  const { nodes } = g;
  const replace = (n: GNode, by: Operand): void => {
    for (const m of nodes) {
      if (m.a === n) m.a = by;
      if (m.b === n) m.b = by;
    }
    if (g.root === n) g.root = by;
    nodes.splice(nodes.indexOf(n), 1);
  };
  const uses = (n: GNode): number => nodes.reduce((s, m) => s + (m.a === n ? 1 : 0) + (m.b === n ? 1 : 0), 0);
  for (let meta = 0; meta < 2; meta++) {
    for (let changed = true, iter = 0; changed && iter < 64; iter++) {
      changed = foldConstants(nodes, dt, replace);
      // SimplifyGraph, node by node in graph order (one rewrite per node and pass)
      for (const n of [...nodes]) {
        if (!nodes.includes(n) || !['Add', 'Sub', 'Mul', 'Div', 'RealDiv'].includes(n.op)) continue;
        const r = simplify(n, nodes, /float/.test(dt));
        if (r === 'folded-identity') uncertain ??= 'in a TF graph Grappler folds constants of this chain into an identity, after which its order is not modelled; values follow the likely order';
        if (r) changed = true;
        else if (push && pushDown(n, /float/.test(dt), uses)) changed = true;
      }
    }
    // dependency optimizer: Identity nodes go
    for (const n of [...nodes]) if (n.op === 'Identity') replace(n, n.a);
  }
  return uncertain;
}

/** FoldGraph: nodes whose inputs are all constants become constants; whether anything changed. */
function foldConstants(nodes: GNode[], dt: string, replace: (n: GNode, by: Operand) => void): boolean {
  const ev = (op: string, a: number, b: number): number => roundTo(op === 'Add' ? a + b : op === 'Sub' ? a - b : op === 'Mul' ? a * b : a / b, dt);
  let changed = false;
  for (const n of [...nodes]) {
    let v: number | undefined;
    if ((n.op === 'Identity' || n.op === 'Neg' || n.op === 'Reciprocal') && isConst(n.a)) v = n.op === 'Identity' ? n.a.c : n.op === 'Neg' ? -n.a.c : roundTo(1 / n.a.c, dt);
    else if (isConst(n.a) && isConst(n.b)) v = ev(n.op.replace('Real', ''), n.a.c, n.b.c);
    if (v === undefined) continue;
    replace(n, { c: v, folded: true });
    changed = true;
  }
  return changed;
}

/**
 * One SimplifyGraph rewrite of a binary node: identities (x*1, x+0, x-0, x/1), 0-x, 1/x, x/c for floats.
 * Returns false when none applies, 'folded-identity' when an identity absorbed an already-folded constant.
 */
function simplify(n: GNode, nodes: GNode[], floating: boolean): boolean | 'folded-identity' {
  const a = n.a;
  const b = n.b!;
  const one = (o: Operand): boolean => isConst(o) && o.c === 1;
  const zero = (o: Operand): boolean => isConst(o) && o.c === 0;
  let ident: Operand | null = null;
  if (n.op === 'Mul' && one(b)) ident = a;
  else if (n.op === 'Mul' && one(a)) ident = b;
  else if (n.op === 'Add' && zero(b)) ident = a;
  else if (n.op === 'Add' && zero(a)) ident = b;
  else if (n.op === 'Sub' && zero(b)) ident = a;
  else if ((n.op === 'Div' || n.op === 'RealDiv') && one(b)) ident = a;
  if (ident !== null) {
    const c = isConst(a) ? a : isConst(b) ? b : null;
    n.op = 'Identity';
    n.a = ident;
    delete n.b;
    return c?.folded ? 'folded-identity' : true;
  }
  if (n.op === 'Sub' && zero(a)) { n.op = 'Neg'; n.a = b; delete n.b; return true; }
  if ((n.op === 'Div' || n.op === 'RealDiv') && one(a)) { n.op = 'Reciprocal'; n.a = b; delete n.b; return true; }
  // x / c -> x * Reciprocal(c) for floating types
  if ((n.op === 'Div' || n.op === 'RealDiv') && isConst(b) && floating) {
    const r: GNode = { op: 'Reciprocal', a: b };
    nodes.push(r);
    n.op = 'Mul';
    n.b = r;
    return true;
  }
  return false;
}

/** The chain from X up to the root as steps, or null when it is not a single chain of constant ops. */
function readSteps(root: Operand, dt: string): Step[] | null {
  const steps: Step[] = [];
  const walk = (o: Operand): boolean => {
    if (o === 'X') return true;
    if (isConst(o)) return false;
    if (o.op === 'Neg' || o.op === 'Reciprocal' || o.op === 'Identity') {
      if (!walk(o.a)) return false;
      if (o.op !== 'Identity') steps.push({ k: o.op === 'Neg' ? 'neg' : 'recip', c: 0, left: false, dt });
      return true;
    }
    const left = isConst(o.a);
    const c = left ? o.a as Const : o.b as Const;
    if (!isConst(c) || !walk(left ? o.b! : o.a)) return false;
    const kk = o.op === 'Add' ? 'add' : o.op === 'Sub' ? 'sub' : o.op === 'Mul' ? 'mul' : 'div';
    steps.push({ k: kk, c: c.c, left: left && (kk === 'sub' || kk === 'div'), dt });
    return true;
  };
  return walk(root) ? steps : null;
}

/** The arithmetic optimizer turns a negation feeding an Add/Sub into a subtraction, which may fold further. */
function negationNote(steps: Step[]): string | null {
  for (let i = 0; i + 1 < steps.length; i++) {
    if (steps[i]!.k === 'neg' && (steps[i + 1]!.k === 'add' || steps[i + 1]!.k === 'sub')) return 'in a TF graph Grappler rewrites a negation followed by + or -, which is not modelled; values follow the written order';
  }
  return null;
}

/**
 * Grappler's ConstantPushDown on `n` (a parent with one constant input C and a same-kind child op with a
 * non-constant leaf X and another leaf Y): rewrites to X op' (C op'' Y) with the signs of Sub/Div kept.
 * Div children are only `Div` ops, which Python's `/` does not make (it makes RealDiv).
 */
function pushDown(n: GNode, floating: boolean, uses: (n: GNode) => number): boolean {
  const lc = isConst(n.a);
  const rc = isConst(n.b);
  if (lc === rc) return false;
  const child = lc ? n.b! : n.a;
  if (!isNode(child) || !['Add', 'Sub', 'Mul', 'Div'].includes(child.op) || uses(child) > 1) return false;
  const isAdd = n.op === 'Add', isSub = n.op === 'Sub', isMul = n.op === 'Mul', isDiv = n.op === 'Div';
  const cAdd = child.op === 'Add', cSub = child.op === 'Sub', cMul = child.op === 'Mul', cDiv = child.op === 'Div';
  if (!(((isAdd || isSub) && (cAdd || cSub)) || ((isMul || isDiv) && (cMul || cDiv)))) return false;
  const sym = isAdd || isMul;
  const csym = cAdd || cMul;
  if (!(sym && csym) && !floating) return false;
  const llc = isConst(child.a);
  if (llc && isConst(child.b)) return false;
  const inputX = llc ? child.b! : child.a;
  const inputY = inputX === child.a ? child.b! : child.a;
  const inputC = lc ? n.a : n.b!;
  if (sym && csym) {
    n.a = inputX;
    n.b = child;
    child.a = inputC;
    child.b = inputY;
    return true;
  }
  const leafNeg = (isRight: boolean): boolean => (!csym && isRight) !== (!sym && lc);
  const symOp = isAdd || isSub ? 'Add' : 'Mul';
  const nsymOp = isAdd || isSub ? 'Sub' : 'Div';
  const negC = !sym && !lc;
  const negX = leafNeg(llc);
  const negY = leafNeg(!llc);
  n.op = negX || (negC && negY) ? nsymOp : symOp;
  [n.a, n.b] = negX ? [child, inputX] : [inputX, child];
  child.op = negC !== negY ? nsymOp : symOp;
  [child.a, child.b] = negC ? [inputY, inputC] : [inputC, inputY];
  return true;
}
