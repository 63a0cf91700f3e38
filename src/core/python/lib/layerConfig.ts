// The layer table's config reader over a Python layer's config (snake_case keys → evaluator Values), with
// Python's readings: None is a value (falsy; "not a number"), unknown numbers fall back to the default,
// enumerated strings are lower-cased as Keras's standardize functions do, ints/tuples as standardize_tuple.
// Contract: pure reads of the map it wraps.

import type { ConfigReader, Dim, Framework } from '../../layers';
import { numOf, strOf, truthy, type Value } from '../values';

/** An int or a tuple of `n` ints (Keras's standardize_tuple); null when not statically known. */
export function intsOf(v: Value | undefined, n: number): number[] | null {
  if (!v) return null;
  if (v.t === 'int') return Array<number>(n).fill(v.v);
  if (v.t === 'list' || v.t === 'tuple') {
    const xs = v.items.map((x) => (x.t === 'int' ? x.v : undefined));
    return xs.length === n && xs.every((x) => x !== undefined) ? (xs as number[]) : null;
  }
  return null;
}

/** Padding/cropping amounts: an int, a tuple of `n` ints (symmetric) or of `n` pairs, per spatial dim. */
function pairsOf(v: Value, n: number): [number, number][] | null {
  if (v.t === 'int') return Array.from({ length: n }, () => [v.v, v.v] as [number, number]);
  if ((v.t === 'list' || v.t === 'tuple') && v.items.length === n) {
    const out = v.items.map((x) => intsOf(x, 2));
    return out.every((p) => p) ? (out as [number, number][]) : null;
  }
  return null;
}

const INT = (v: number): Value => ({ t: 'int', v });

export class PyLayerConfig implements ConfigReader {
  constructor(private readonly m: ReadonlyMap<string, Value>, readonly framework: Framework = 'keras3') {}

  has(key: string): boolean {
    const v = this.m.get(key);
    return v !== undefined && v.t !== 'none';
  }

  given(key: string): boolean {
    return this.m.has(key);
  }

  int(key: string, dflt: Dim = null): Dim {
    return numOf(this.m.get(key)) ?? dflt;
  }

  ints(key: string, rank: number, dflt?: number): Dim[] | null {
    return intsOf(this.m.get(key) ?? (dflt === undefined ? undefined : INT(dflt)), rank);
  }

  bool(key: string, dflt: boolean): boolean {
    const v = this.m.get(key);
    return v ? truthy(v) ?? dflt : dflt;
  }

  str(key: string, dflt?: string): string | null {
    return (strOf(this.m.get(key)) ?? dflt)?.toLowerCase() ?? null;
  }

  dims(key: string): Dim[] | null | undefined {
    const v = this.m.get(key);
    if (!v || v.t === 'none') return undefined;
    return v.t === 'list' || v.t === 'tuple' ? v.items.map((d) => (d.t === 'int' ? d.v : null)) : null;
  }

  pairs(key: string, rank: number, dflt: number): [Dim, Dim][] | null {
    const v = this.m.get(key) ?? INT(dflt);
    if (rank !== 1) return pairsOf(v, rank);
    const p = intsOf(v, 2);
    return p ? [[p[0]!, p[1]!]] : null;
  }

  axes(key: string): Dim[] {
    const v = this.m.get(key);
    if (!v || v.t === 'none') return [-1];
    return v.t === 'list' || v.t === 'tuple' ? v.items.map((x) => numOf(x) ?? null) : [numOf(v) ?? null];
  }

  omit(keys: readonly string[]): ConfigReader {
    const m = new Map(this.m);
    for (const k of keys) m.delete(k);
    return new PyLayerConfig(m, this.framework);
  }
}
