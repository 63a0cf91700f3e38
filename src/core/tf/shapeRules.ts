// TensorFlow's static shape rules for ops (the C++ shape functions of array_ops.cc, math_ops.cc, and the
// Python wrappers that compute shapes), as pure functions on partial shapes. A dim is a number or null (unknown to
// TensorFlow too); `vague` marks a result whose nulls may be dims TensorFlow knows but the analysis does not.

export type Dim = number | null;

/** A partial shape: `dims` null when the rank is unknown; `vague` when some null may be known to TensorFlow. */
export interface TShape {
  dims: Dim[] | null;
  vague: boolean;
}

export const UNKNOWN: TShape = { dims: null, vague: true };

export function ts(dims: Dim[] | null, vague = false): TShape {
  return { dims, vague };
}

const anyVague = (xs: readonly TShape[]): boolean => xs.some((x) => x.vague);

/** An axis below the rank (negative counts from the end), or undefined when out of range. */
export function normAxis(axis: number, rank: number): number | undefined {
  const a = axis < 0 ? axis + rank : axis;
  return a >= 0 && a < rank ? a : undefined;
}

/** Two dims of one position that must agree (TF's Merge): the known one. */
function merge(a: Dim, b: Dim): Dim {
  return a ?? b;
}

/** BroadcastBinaryOpOutputShapeFn (NumPy broadcasting; a known dim > 1 wins over an unknown one). */
export function broadcastRule(x: TShape, y: TShape): TShape {
  if (!x.dims || !y.dims) return ts(null, x.vague || y.vague);
  const n = Math.max(x.dims.length, y.dims.length);
  const out: Dim[] = [];
  for (let i = 0; i < n; i++) {
    const a = i - (n - x.dims.length) >= 0 ? x.dims[i - (n - x.dims.length)]! : 1;
    const b = i - (n - y.dims.length) >= 0 ? y.dims[i - (n - y.dims.length)]! : 1;
    if (a !== null && a > 1) out.push(a);
    else if (b !== null && b > 1) out.push(b);
    else if (a === 1) out.push(b);
    else if (b === 1) out.push(a);
    else if (a !== null && b !== null) out.push(a === b ? a : null);
    else out.push(a === 0 || b === 0 ? 0 : null);
  }
  return ts(out, x.vague || y.vague);
}

/** Reductions (`reduce_*`, `argmax`): `axes` null means all; `keepdims` keeps them as 1. */
export function reduceRule(x: TShape, axes: number[] | null | undefined, keepdims: boolean): TShape {
  if (axes === undefined) return ts(null, true);
  if (!x.dims) return ts(null, x.vague);
  const rank = x.dims.length;
  const set = new Set<number>();
  for (const a of axes ?? x.dims.map((_d, i) => i)) {
    const n = normAxis(a, rank);
    if (n === undefined) return ts(null, true);
    set.add(n);
  }
  const out: Dim[] = [];
  x.dims.forEach((d, i) => {
    if (!set.has(i)) out.push(d);
    else if (keepdims) out.push(1);
  });
  return ts(out, x.vague);
}

/** MatMul / BatchMatMulV2: the last two dims multiply, the batch dims broadcast. */
export function matmulRule(a: TShape, b: TShape, transA: boolean, transB: boolean): TShape {
  if (!a.dims || !b.dims || a.dims.length < 2 || b.dims.length < 2) return ts(null, a.vague || b.vague || !a.dims || !b.dims);
  const ra = a.dims.length;
  const rb = b.dims.length;
  const rows = transA ? a.dims[ra - 1]! : a.dims[ra - 2]!;
  const cols = transB ? b.dims[rb - 2]! : b.dims[rb - 1]!;
  const batch = broadcastRule(ts(a.dims.slice(0, -2)), ts(b.dims.slice(0, -2))).dims!;
  return ts([...batch, rows, cols], a.vague || b.vague);
}

/**
 * Reshape (SetOutputShapeForReshape): a single unknown in the target (a -1 or an unknown element) is the
 * input's element count over the target's known product when the input's count is known; when the input has
 * exactly one unknown dim and the known products are equal, it is that dim.
 */
export function reshapeRule(x: TShape, target: TShape): TShape {
  if (!target.dims) return ts(null, target.vague);
  const vague = x.vague || target.vague;
  const out = target.dims.map((d) => (d !== null && d < 0 ? null : d));
  const unknownOut = out.flatMap((d, i) => (d === null ? [i] : []));
  if (unknownOut.length !== 1 || !x.dims) return ts(out, vague);
  const knownOut = out.reduce<number>((p, d) => p * (d ?? 1), 1);
  const unknownIn = x.dims.flatMap((d, i) => (d === null ? [i] : []));
  const knownIn = x.dims.reduce<number>((p, d) => p * (d ?? 1), 1);
  if (unknownIn.length === 0 && knownOut > 0 && knownIn % knownOut === 0) out[unknownOut[0]!] = knownIn / knownOut;
  return ts(out, vague && unknownOut.length > 0 && out[unknownOut[0]!] === null);
}

/**
 * Slice (`tf.slice`, array_ops.cc's shape function): the rank is begin's/size's length. A size known entirely
 * (constants, dims of static shapes) gives each dim, -1 meaning input dim - begin; a size only partly known gives
 * its known entries and leaves the others, and every -1, unknown; without size, a known input rank stays.
 */
export function sliceOpRule(x: TShape, begin: TShape, size: TShape): TShape {
  const sd = size.dims;
  if (sd && !size.vague && sd.every((d) => d !== null)) {
    let vague = false;
    const dims = sd.map((n, i) => {
      if (n !== -1) return n! < 0 ? null : n;
      const d = x.dims?.[i];
      const b = begin.dims?.[i];
      if (d !== null && d !== undefined && b !== null && b !== undefined && b >= 0) return d - b;
      vague ||= x.vague || begin.vague || !x.dims || !begin.dims;
      return null;
    });
    return ts(dims, vague);
  }
  if (sd) return ts(sd.map((d) => (d === null || d < 0 ? null : d)), size.vague);
  const rank = begin.dims?.length ?? x.dims?.length;
  return rank === undefined ? UNKNOWN : ts(Array<Dim>(rank).fill(null), true);
}

/** Transpose: `perm` reorders the dims (default: reversed); an unknown perm keeps only the rank. */
export function transposeRule(x: TShape, perm: number[] | null | undefined): TShape {
  if (!x.dims) return ts(null, x.vague);
  const rank = x.dims.length;
  if (perm === undefined) return ts(x.dims.map(() => null), true);
  const p = perm ?? x.dims.map((_d, i) => rank - 1 - i);
  if (p.length !== rank) return ts(null, true);
  const out: Dim[] = [];
  for (const i of p) {
    const n = normAxis(i, rank);
    if (n === undefined) return ts(null, true);
    out.push(x.dims[n]!);
  }
  return ts(out, x.vague);
}

/** ConcatV2: dims along `axis` add up, the others merge. */
export function concatRule(xs: TShape[], axis: number | undefined): TShape {
  const ranked = xs.filter((x) => x.dims);
  if (axis === undefined || !ranked.length) return ts(null, true);
  const rank = ranked[0]!.dims!.length;
  const ax = normAxis(axis, rank);
  if (ax === undefined) return ts(null, true);
  const out: Dim[] = [...ranked[0]!.dims!];
  let sum: Dim = 0;
  for (const x of xs) {
    if (!x.dims) { sum = null; continue; }
    x.dims.forEach((d, i) => { if (i !== ax) out[i] = merge(out[i]!, d); });
    sum = sum === null || x.dims[ax] === null ? null : sum + x.dims[ax]!;
  }
  out[ax] = sum;
  return ts(out, anyVague(xs));
}

/** Pack (`tf.stack`): the merged shape with `count` inserted at `axis`. */
export function stackRule(xs: TShape[], axis: number): TShape {
  const ranked = xs.filter((x) => x.dims);
  if (!ranked.length) return ts(null, anyVague(xs));
  const base: Dim[] = [...ranked[0]!.dims!];
  for (const x of ranked) x.dims!.forEach((d, i) => { base[i] = merge(base[i]!, d); });
  const ax = normAxis(axis, base.length + 1);
  if (ax === undefined) return ts(null, true);
  base.splice(ax, 0, xs.length);
  return ts(base, anyVague(xs));
}

/** Unpack (`tf.unstack`): `num` tensors without `axis`; num from the shape when not given (undefined: unknown). */
export function unstackRule(x: TShape, axis: number, num: number | undefined): { num: number | undefined; part: TShape } {
  if (!x.dims) return { num, part: ts(null, x.vague) };
  const ax = normAxis(axis, x.dims.length);
  if (ax === undefined) return { num: undefined, part: ts(null, true) };
  const n = num ?? x.dims[ax] ?? undefined;
  return { num: n, part: ts(x.dims.filter((_d, i) => i !== ax), x.vague) };
}

/** Split / SplitV: `sizes` (a -1 takes the rest) or `count` equal parts along `axis`. */
export function splitRule(x: TShape, axis: number | undefined, split: { count: number } | { sizes: (number | null)[] }): TShape[] {
  const n = 'count' in split ? split.count : split.sizes.length;
  const none = (): TShape[] => Array.from({ length: n }, () => ts(x.dims ? x.dims.map(() => null) : null, true));
  if (!x.dims || axis === undefined) return none();
  const ax = normAxis(axis, x.dims.length);
  if (ax === undefined) return none();
  const total = x.dims[ax]!;
  let sizes: Dim[];
  if ('count' in split) sizes = Array(n).fill(total === null || total % n !== 0 ? null : total / n);
  else {
    const known = split.sizes.reduce<number>((p, s) => p + (s !== null && s >= 0 ? s : 0), 0);
    const unknownIdx = split.sizes.filter((s) => s === null).length;
    sizes = split.sizes.map((s) => (s !== null && s < 0 ? (total === null || unknownIdx ? null : total - known) : s));
  }
  return sizes.map((s) => {
    const dims = [...x.dims!];
    dims[ax] = s;
    return ts(dims, x.vague || ('sizes' in split && s === null && split.sizes.some((z) => z === null)));
  });
}

/** GatherV2: params[:axis] + indices[batch_dims:] + params[axis+1:]. */
export function gatherRule(params: TShape, indices: TShape, axis: number, batchDims: number): TShape {
  if (!params.dims || !indices.dims) return ts(null, params.vague || indices.vague);
  const ax = normAxis(axis, params.dims.length);
  if (ax === undefined) return ts(null, true);
  const bd = batchDims < 0 ? batchDims + indices.dims.length : batchDims;
  return ts([...params.dims.slice(0, ax), ...indices.dims.slice(bd), ...params.dims.slice(ax + 1)], params.vague || indices.vague);
}

/** UnsortedSegment{Sum,Mean,Max,Min,Prod,SqrtN}: `[num_segments] + data.shape[rank(segment_ids):]` (math_ops.py). */
export function unsortedSegmentRule(data: TShape, segmentIds: TShape, numSegments: Dim): TShape {
  if (!data.dims || !segmentIds.dims || segmentIds.dims.length > data.dims.length) return ts(null, data.vague || segmentIds.vague);
  return ts([numSegments, ...data.dims.slice(segmentIds.dims.length)], data.vague || segmentIds.vague);
}

/** OneHot: `depth` inserted at `axis` (-1: last). */
export function oneHotRule(indices: TShape, depth: Dim, axis: number): TShape {
  if (!indices.dims) return ts(null, indices.vague);
  const out = [...indices.dims];
  const ax = axis === -1 ? out.length : axis;
  if (ax < 0 || ax > out.length) return ts(null, true);
  out.splice(ax, 0, depth);
  return ts(out, indices.vague);
}

/** ExpandDims: a 1 inserted at `axis` (negative: counted in the result's rank). */
export function expandDimsRule(x: TShape, axis: number | undefined): TShape {
  if (!x.dims) return ts(null, x.vague);
  if (axis === undefined) return ts(null, true);
  const ax = normAxis(axis, x.dims.length + 1);
  if (ax === undefined) return ts(null, true);
  const out = [...x.dims];
  out.splice(ax, 0, 1);
  return ts(out, x.vague);
}

/** Squeeze: the given axes (or every 1; with an unknown dim and no axes the result's rank is unknown). */
export function squeezeRule(x: TShape, axes: number[] | null | undefined): TShape {
  if (!x.dims) return ts(null, x.vague);
  if (axes === undefined) return ts(null, true);
  if (!axes || !axes.length) {
    if (x.dims.some((d) => d === null)) return ts(null, x.vague);
    return ts(x.dims.filter((d) => d !== 1), x.vague);
  }
  const drop = new Set<number>();
  for (const a of axes) {
    const n = normAxis(a, x.dims.length);
    if (n === undefined) return ts(null, true);
    drop.add(n);
  }
  return ts(x.dims.filter((_d, i) => !drop.has(i)), x.vague);
}

/** Tile: each dim times its multiple. */
export function tileRule(x: TShape, multiples: TShape): TShape {
  if (!multiples.dims) return ts(x.dims ? x.dims.map(() => null) : null, true);
  if (!x.dims) return ts(multiples.dims.map(() => null), x.vague);
  if (multiples.dims.length !== x.dims.length) return ts(null, true);
  const out = x.dims.map((d, i) => (d === null || multiples.dims![i] === null ? null : d * multiples.dims![i]!));
  return ts(out, x.vague || multiples.vague);
}

/** Pad: each dim plus its [before, after]; unknown paddings keep the rank. */
export function padRule(x: TShape, paddings: (readonly [Dim, Dim])[] | undefined): TShape {
  if (!x.dims) return ts(null, x.vague);
  if (!paddings || paddings.length !== x.dims.length) return ts(x.dims.map(() => null), true);
  const out = x.dims.map((d, i) => {
    const [a, b] = paddings[i]!;
    return d === null || a === null || b === null ? null : d + a + b;
  });
  return ts(out, x.vague || paddings.some(([a, b]) => a === null || b === null));
}

/** One item of a Python subscript on a tensor (strided_slice's spec). */
export type SliceItem =
  | { kind: 'index'; known: boolean }
  | { kind: 'slice'; start?: number | null; stop?: number | null; step?: number | null }
  | { kind: 'newaxis' }
  | { kind: 'ellipsis' };

/** Python's slice length for a dim of size n (start/stop/step as given; null = not known statically). */
function sliceLen(n: Dim, s: { start?: number | null; stop?: number | null; step?: number | null }): Dim {
  if (s.start === null || s.stop === null || s.step === null) return null;
  const step = s.step ?? 1;
  if (step === 0) return null;
  if (s.start === undefined && s.stop === undefined && step === 1) return n;
  // a partial slice of an unknown dim is unknown (TF's StridedSlice shape function does not bound it)
  if (n === null) return null;
  const norm = (v: number | undefined, dflt: number): number => {
    if (v === undefined) return dflt;
    const w = v < 0 ? v + n : v;
    return step > 0 ? Math.min(Math.max(w, 0), n) : Math.min(Math.max(w, -1), n - 1);
  };
  const a = norm(s.start, step > 0 ? 0 : n - 1);
  const b = norm(s.stop, step > 0 ? n : -1);
  return Math.max(0, Math.ceil((b - a) / step));
}

/** StridedSlice from a Python subscript: indices drop a dim, slices keep it, newaxis adds 1, `...` fills. */
export function sliceRule(x: TShape, items: SliceItem[]): TShape {
  if (!x.dims) return ts(null, x.vague);
  const consuming = items.filter((i) => i.kind === 'index' || i.kind === 'slice').length;
  const out: Dim[] = [];
  let d = 0;
  let vague = x.vague;
  for (const it of items) {
    if (it.kind === 'ellipsis') {
      const n = Math.max(0, x.dims.length - consuming - d);
      for (let k = 0; k < n; k++) out.push(x.dims[d++]!);
    } else if (it.kind === 'newaxis') out.push(1);
    else if (it.kind === 'index') {
      if (!it.known) vague = vague || false;
      d++;
    } else {
      if (d >= x.dims.length) return ts(null, true);
      if (it.start === null || it.stop === null || it.step === null) vague = true;
      out.push(sliceLen(x.dims[d++]!, it));
    }
  }
  while (d < x.dims.length) out.push(x.dims[d++]!);
  return ts(out, vague);
}

/** Einsum: each output letter takes its known dim from any operand; `...` is not followed. */
export function einsumRule(equation: string, xs: TShape[]): TShape {
  const eq = equation.replace(/\s+/g, '');
  if (eq.includes('.')) return ts(null, true);
  const [lhs, rhs] = eq.split('->') as [string, string | undefined];
  const ins = lhs.split(',');
  if (ins.length !== xs.length) return ts(null, true);
  const dims = new Map<string, Dim>();
  const counts = new Map<string, number>();
  ins.forEach((spec, k) => {
    const shp = xs[k]!.dims;
    [...spec].forEach((ch, i) => {
      counts.set(ch, (counts.get(ch) ?? 0) + 1);
      const d = shp && shp.length === spec.length ? shp[i]! : null;
      const prev = dims.get(ch);
      dims.set(ch, prev === undefined || prev === null || prev === 1 ? d ?? prev ?? null : prev);
    });
  });
  const outSpec = rhs ?? [...counts.keys()].filter((c) => counts.get(c) === 1).sort().join('');
  const vague = anyVague(xs) || xs.some((x, k) => !x.dims || x.dims.length !== ins[k]!.length);
  return ts([...outSpec].map((c) => dims.get(c) ?? null), vague);
}

/** One spatial dim of a convolution or pooling window (TF's GetWindowedOutputSize, SAME / VALID). */
function windowed(n: Dim, k: Dim, stride: number, dilation: number, padding: string): Dim {
  if (n === null) return null;
  if (padding === 'SAME') return Math.ceil(n / stride);
  if (k === null) return null;
  const eff = (k - 1) * dilation + 1;
  return Math.max(0, Math.ceil((n - eff + 1) / stride));
}

/**
 * Conv / pool over the spatial dims of a channels-last (or channels-first) input: each spatial dim windowed by
 * its kernel size, stride and dilation; the channels become `channels` (null: the input's, for pooling).
 */
export function windowRule(x: TShape, spec: { kernel: Dim[] | null; strides: number[]; dilations: number[]; padding: string | undefined; channels: Dim | 'same'; channelsFirst: boolean }): TShape {
  if (!x.dims) return ts(null, x.vague);
  const rank = x.dims.length;
  const nsp = rank - 2;
  if (nsp < 1 || !spec.padding || !/^(SAME|VALID)$/.test(spec.padding) || spec.strides.length !== nsp || spec.dilations.length !== nsp) {
    return ts(x.dims.map(() => null), true);
  }
  const sp = spec.channelsFirst ? x.dims.slice(2) : x.dims.slice(1, -1);
  const out = sp.map((n, i) => windowed(n, spec.kernel?.[i] ?? null, spec.strides[i]!, spec.dilations[i]!, spec.padding!));
  const ch = spec.channels === 'same' ? (spec.channelsFirst ? x.dims[1]! : x.dims[rank - 1]!) : spec.channels;
  const dims = spec.channelsFirst ? [x.dims[0]!, ch, ...out] : [x.dims[0]!, ...out, ch];
  const vague = x.vague || (spec.kernel === null && spec.padding === 'VALID');
  return ts(dims, vague);
}
