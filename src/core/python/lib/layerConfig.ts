// The layer table's config reader over a Python layer's config (snake_case keys → evaluator Values), with
// Python's readings: None is a value (falsy; "not a number"), unknown numbers fall back to the default,
// enumerated strings are lower-cased as Keras's standardize functions do, ints/tuples as standardize_tuple.
// Contract: pure reads of the map it wraps.

import type { ConfigReader, ConfigValue, Dim, Framework } from '../../layers';
import { numOf, pyRepr, strOf, truthy, type Value } from '../values';

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
  /** Boolean options given with a value the analysis cannot decide, whose default `bool()` answered (reported);
   *  shared with the configs `omit` derives. */
  readonly assumed: Map<string, boolean>;

  constructor(private readonly m: ReadonlyMap<string, Value>, readonly framework: Framework = 'keras3', assumed?: Map<string, boolean>) {
    this.assumed = assumed ?? new Map();
  }

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
    const t = v ? truthy(v) : dflt;
    if (t !== undefined) return t;
    this.assumed.set(key, dflt);
    return dflt;
  }

  str(key: string, dflt?: string): string | null {
    return (strOf(this.m.get(key)) ?? dflt)?.toLowerCase() ?? null;
  }

  text(key: string): string | null | undefined {
    const v = this.m.get(key);
    return v === undefined || v.t === 'none' ? undefined : strOf(v) ?? null;
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

  value(key: string): ConfigValue | undefined {
    const v = this.m.get(key);
    return v ? plainOf(v) : undefined;
  }

  omit(keys: readonly string[]): ConfigReader {
    const m = new Map(this.m);
    for (const k of keys) m.delete(k);
    return new PyLayerConfig(m, this.framework, this.assumed);
  }
}

/** A Python value as plain data; undefined when it (or a part of it) is not known statically. */
function plainOf(v: Value): ConfigValue | undefined {
  const repr = pyRepr(v);
  if (repr === undefined) return undefined;
  switch (v.t) {
    case 'int': case 'float': return { kind: v.t, repr, num: v.v };
    case 'bool': return { kind: 'bool', repr, num: v.v ? 1 : 0 };
    case 'str': case 'none': return { kind: v.t, repr };
    case 'list': case 'tuple': {
      const items = v.items.map(plainOf);
      return items.every((x) => x) ? { kind: v.t, repr, items: items as ConfigValue[] } : undefined;
    }
    case 'dict': {
      const entries: [string, ConfigValue][] = [];
      for (let i = 0; i < v.keys.length; i++) {
        const k = v.keys[i]!;
        const x = plainOf(v.vals[i]!);
        if (k.t !== 'str' || !x) return undefined;
        entries.push([k.v, x]);
      }
      return { kind: 'dict', repr, entries };
    }
    default: return { kind: 'other', repr };
  }
}
