// The layer table's config reader over a TF.js layer config (a plain camelCase object, as the evaluator reads
// it): Keras's snake_case keys camel-cased (`kernel_size` → `kernelSize`), camelCase enum values snake-cased
// (`channelsFirst` → `channels_first`), numbers read as TF.js's normalizeArray reads them (not an integer: null).
// Contract: pure reads of the object it wraps.

import type { ConfigReader, ConfigValue, Dim, Framework } from '../layers';

/** `kernel_size` → `kernelSize`. */
export const camelKey = (key: string): string => key.replace(/_([a-z0-9])/g, (_m, ch: string) => ch.toUpperCase());

const num = (v: unknown): Dim => (typeof v === 'number' && Number.isInteger(v) ? v : null);

export class TfjsLayerConfig implements ConfigReader {
  readonly framework: Framework = 'tfjs';

  constructor(private readonly cfg: Readonly<Record<string, unknown>>) {}

  private get(key: string): unknown {
    return this.cfg[camelKey(key)];
  }

  has(key: string): boolean {
    const v = this.get(key);
    return v !== undefined && v !== null;
  }

  given(key: string): boolean {
    return this.get(key) !== undefined;
  }

  int(key: string, dflt: Dim = null): Dim {
    const v = this.get(key);
    return v === undefined ? dflt : num(v);
  }

  /** A number repeats; an array gives its entries (a missing one repeats the first). */
  ints(key: string, rank: number, dflt?: number): Dim[] | null {
    const v = this.get(key);
    if (v === undefined) return Array<Dim>(rank).fill(dflt ?? null);
    if (Array.isArray(v)) return Array.from({ length: rank }, (_x, i) => num(v[i] ?? v[0]));
    return Array<Dim>(rank).fill(num(v));
  }

  bool(key: string, dflt: boolean): boolean {
    const v = this.get(key);
    return typeof v === 'boolean' ? v : dflt;
  }

  text(key: string): string | null | undefined {
    const v = this.get(key);
    return v === undefined || v === null ? undefined : typeof v === 'string' ? v : null;
  }

  str(key: string, dflt?: string): string | null {
    const v = this.get(key);
    if (v === undefined) return dflt ?? null;
    return typeof v === 'string' ? v.replace(/([a-z0-9])([A-Z])/g, (_m, a: string, b: string) => `${a}_${b.toLowerCase()}`) : null;
  }

  dims(key: string): Dim[] | null | undefined {
    const v = this.get(key);
    if (v === undefined || v === null) return undefined;
    return Array.isArray(v) ? v.map(num) : null;
  }

  /** A number, `rank` numbers (symmetric) or `rank` pairs; anything else: unknown amounts. */
  pairs(key: string, rank: number, dflt: number): [Dim, Dim][] | null {
    const v = this.get(key);
    const all = (d: Dim): [Dim, Dim][] => Array.from({ length: rank }, () => [d, d] as [Dim, Dim]);
    if (v === undefined) return all(dflt);
    if (typeof v === 'number') return all(v);
    if (Array.isArray(v) && v.length === rank && v.every((x) => typeof x === 'number')) return v.map((x) => [num(x), num(x)] as [Dim, Dim]);
    if (Array.isArray(v) && v.length === rank && v.every(Array.isArray)) {
      const flat = (v as unknown[][]).flat();
      return Array.from({ length: rank }, (_x, i) => [num(flat[2 * i]), num(flat[2 * i + 1])] as [Dim, Dim]);
    }
    return all(null);
  }

  axes(key: string): Dim[] {
    const v = this.get(key);
    if (v === undefined) return [-1];
    return Array.isArray(v) ? v.map(num) : [num(v)];
  }

  /** Constructor checks are Keras 3's (Python) only: nothing is read here. */
  /** Scalars as JS prints them (`${v}`): numbers, strings, booleans, null; other values are not read. */
  value(key: string): ConfigValue | undefined {
    const v = this.get(key);
    if (typeof v === 'number') return { kind: Number.isInteger(v) ? 'int' : 'float', repr: String(v), num: v };
    if (typeof v === 'string') return { kind: 'str', repr: v };
    if (typeof v === 'boolean') return { kind: 'bool', repr: String(v) };
    if (v === null) return { kind: 'none', repr: 'null' };
    return undefined;
  }

  omit(keys: readonly string[]): ConfigReader {
    const cfg = { ...this.cfg };
    for (const k of keys) delete cfg[camelKey(k)];
    return new TfjsLayerConfig(cfg);
  }
}
