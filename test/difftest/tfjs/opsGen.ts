// The differential tester's eager tensor-op block: a random chain of tfjs-core ops that TF.js accepts (shapes and
// dtypes tracked here as TF.js computes them: broadcasting against numbers and shapes with 1s or extra leading
// dims, matMul with transposes, reshape with -1, slice with short/numeric begin and size, concat, stack,
// transpose, expandDims/squeeze, tile, reductions with keepDims, argMax, cast, range), as tf.<op>(x) or x.<op>();
// then a variable of the result's shape and dtype and, for a float tensor of rank >= 2, a dense layer called on it.
// Contract: deterministic in the Rng; the lines are the block's whole rendering.

import type { Rng } from './prng';

interface T {
  shape: number[];
  dtype: 'float32' | 'int32';
}

const list = (xs: number[]): string => `[${xs.join(', ')}]`;
const size = (s: number[]): number => s.reduce((a, b) => a * b, 1);

/** One op on `x` (the expression `e`): its code and result, or null when the drawn op does not apply. */
function step(r: Rng, e: string, x: T): { code: string; out: T } | null {
  const s = x.shape;
  const rank = s.length;
  const float = x.dtype === 'float32';
  const m = (op: string, args: string): string => (r.chance(0.5) ? `${e}.${op}(${args})` : `tf.${op}(${e}${args ? `, ${args}` : ''})`);
  switch (r.int(0, 12)) {
    case 0: {
      if (!float || rank < 1) return null;
      const op = r.pick(['exp', 'relu', 'sigmoid', 'tanh', 'square', 'abs', 'neg', 'softmax']);
      return { code: m(op, ''), out: x };
    }
    case 1: {
      const op = r.pick(['add', 'sub', 'mul', 'div', 'maximum']);
      if (r.chance(0.3)) return { code: m(op, String(r.float(0.5, 3))), out: { shape: s, dtype: 'float32' } };
      // the other operand: a suffix of the shape with some dims 1, maybe with a leading dim more
      const keep = r.int(0, rank);
      let other = s.slice(rank - keep).map((d) => (r.chance(0.3) ? 1 : d));
      let shape = s;
      if (r.chance(0.2) && rank < 4) {
        const lead = r.int(1, 3);
        other = [lead, ...s];
        shape = [lead, ...s];
      }
      return { code: m(op, `tf.ones(${list(other)}, '${x.dtype}')`), out: { shape, dtype: x.dtype } };
    }
    case 2: {
      if (rank < 2 || !float) return null;
      const k = r.int(1, 4);
      const ta = r.chance(0.3);
      const tb = r.chance(0.3);
      const inner = ta ? s[rank - 2]! : s[rank - 1]!;
      const rows = ta ? s[rank - 1]! : s[rank - 2]!;
      const b = [...s.slice(0, -2), ...(tb ? [k, inner] : [inner, k])];
      return { code: `tf.matMul(${e}, tf.ones(${list(b)}, '${x.dtype}'), ${ta}, ${tb})`, out: { shape: [...s.slice(0, -2), rows, k], dtype: x.dtype } };
    }
    case 3: {
      if (rank < 2) return null;
      if (r.chance(0.3)) return { code: m('transpose', ''), out: { ...x, shape: [...s].reverse() } };
      const perm = s.map((_d, i) => i);
      for (let i = perm.length - 1; i > 0; i--) {
        const j = r.int(0, i);
        [perm[i], perm[j]] = [perm[j]!, perm[i]!];
      }
      return { code: m('transpose', list(perm)), out: { ...x, shape: perm.map((p) => s[p]!) } };
    }
    case 4: {
      if (rank < 1) return null;
      const variant = r.int(0, 2);
      const t = variant === 0 ? [-1] : variant === 1 ? [-1, s[rank - 1]!] : [s[0]!, -1];
      const out = t.map((d) => (d === -1 ? size(s) / size(t.filter((z) => z !== -1)) : d));
      return { code: m('reshape', list(t)), out: { ...x, shape: out } };
    }
    case 5: {
      if (rank >= 4) return null;
      const axis = r.int(-(rank + 1), rank);
      const at = axis < 0 ? rank + 1 + axis : axis;
      const out = [...s];
      out.splice(at, 0, 1);
      return { code: m('expandDims', String(axis)), out: { ...x, shape: out } };
    }
    case 6: {
      const ones = s.flatMap((d, i) => (d === 1 ? [i] : []));
      if (!ones.length) return null;
      if (r.chance(0.4)) return { code: m('squeeze', ''), out: { ...x, shape: s.filter((d) => d !== 1) } };
      const ax = r.pick(ones);
      return { code: m('squeeze', list([r.chance(0.3) ? ax - rank : ax])), out: { ...x, shape: s.filter((_d, i) => i !== ax) } };
    }
    case 7: {
      if (rank < 1) return null;
      const n = r.int(1, rank);
      const begin = s.slice(0, n).map((d) => r.int(0, d - 1));
      const sz = begin.map((b, i) => (r.chance(0.4) ? -1 : r.int(1, s[i]! - b)));
      const out = s.map((d, i) => (i >= n || sz[i] === -1 ? d - (begin[i] ?? 0) : sz[i]!));
      const numeric = n === 1 && r.chance(0.5);
      return { code: m('slice', numeric ? `${begin[0]}, ${sz[0]}` : `${list(begin)}, ${list(sz)}`), out: { ...x, shape: out } };
    }
    case 8: {
      if (rank < 1) return null;
      const at = r.int(0, rank - 1);
      const extra = r.int(1, 3);
      const other = s.map((d, i) => (i === at ? extra : d));
      const axis = r.chance(0.3) ? at - rank : at;
      const ones = `tf.ones(${list(other)}, '${x.dtype}')`;
      const code = r.chance(0.5) ? `${e}.concat(${ones}, ${axis})` : `tf.concat([${e}, ${ones}], ${axis})`;
      return { code, out: { ...x, shape: s.map((d, i) => (i === at ? d + extra : d)) } };
    }
    case 9: {
      if (rank >= 4) return null;
      const axis = r.int(0, rank);
      const out = [...s];
      out.splice(axis, 0, 2);
      return { code: `tf.stack([${e}, ${e}], ${axis})`, out: { ...x, shape: out } };
    }
    case 10: {
      if (rank < 1 || size(s) > 60) return null;
      const reps = s.map(() => r.int(1, 2));
      return { code: m('tile', list(reps)), out: { ...x, shape: s.map((d, i) => d * reps[i]!) } };
    }
    case 11: {
      if (rank < 1) return null;
      const op = float ? r.pick(['sum', 'mean', 'max']) : r.pick(['sum', 'max']);
      const ax = r.int(0, rank - 1);
      const keep = r.chance(0.4);
      const axisArg = r.chance(0.3) ? list([ax]) : String(r.chance(0.3) ? ax - rank : ax);
      const out = keep ? s.map((d, i) => (i === ax ? 1 : d)) : s.filter((_d, i) => i !== ax);
      return { code: m(op, `${axisArg}, ${keep}`), out: { ...x, shape: out } };
    }
    default: {
      if (!float) return { code: m('cast', "'float32'"), out: { ...x, dtype: 'float32' } };
      if (rank < 1) return null;
      const ax = r.int(0, rank - 1);
      return { code: m('argMax', String(ax)), out: { shape: s.filter((_d, i) => i !== ax), dtype: 'int32' } };
    }
  }
}

/** The block's lines: a start tensor, 2..6 ops, the variable and the dense layer. */
export function opsLines(r: Rng, k: number): string[] {
  const lines: string[] = [];
  let x: T;
  if (r.chance(0.25)) {
    const n = r.int(2, 12);
    const stepBy = r.int(1, 3);
    lines.push(`const t${k}_0 = tf.range(0, ${n}, ${stepBy});`);
    x = { shape: [Math.ceil(n / stepBy)], dtype: 'float32' };
  } else {
    const s = Array.from({ length: r.int(1, 3) }, () => r.int(1, 4));
    lines.push(`const t${k}_0 = tf.${r.pick(['zeros', 'ones'])}(${list(s)});`);
    x = { shape: s, dtype: 'float32' };
  }
  const n = r.int(2, 6);
  let i = 0;
  for (let tries = 0; i < n && tries < 30; tries++) {
    const st = step(r, `t${k}_${i}`, x);
    if (!st || st.out.shape.length > 5 || size(st.out.shape) > 400 || st.out.shape.some((d) => d < 1)) continue;
    lines.push(`const t${k}_${i + 1} = ${st.code};`);
    x = st.out;
    i++;
  }
  const last = `t${k}_${i}`;
  lines.push(`const tv${k} = tf.variable(tf.zeros(${last}.shape, ${last}.dtype), true, 'ops${k}');`);
  if (x.dtype === 'float32' && x.shape.length >= 2) lines.push(`tf.layers.dense({ units: ${r.int(1, 4)}, name: 'opsd${k}' }).apply(${last});`);
  return lines;
}
