// A layer's weight dims that come from symbolic config values (`units=config.hidden_size`): the build is planned
// once more with each symbolic option standing as a distinct large sentinel integer, and a dim equal to a
// sentinel is that option's symbol. Dims computed from a sentinel (`4*units`) stay unknown; nothing is decided here.

import { planBuild, type LayerRow } from '../../layers';
import type { Framework } from '../../layers/types';
import type { Shape } from '../../model';
import { int, type Value } from '../values';
import { PyLayerConfig } from './layerConfig';

const BASE = 982_451_653; // a prime far above any real dim

/**
 * For each weight step (by order), its dims as values: a symbolic config value where the planned dim is that
 * value's sentinel, else undefined. Undefined when the config has no symbolic value.
 */
export function symbolicWeightDims(row: LayerRow, config: ReadonlyMap<string, Value>, framework: Framework, inShape: Shape): (Value | undefined)[][] | undefined {
  const sentinels = new Map<number, Value>();
  const probe = new Map<string, Value>();
  let k = 0;
  for (const [key, v] of config) {
    if (v.t === 'unknown' && v.sym) {
      const n = BASE + 2 * k++;
      sentinels.set(n, v);
      probe.set(key, int(n));
    } else probe.set(key, v);
  }
  if (sentinels.size === 0) return undefined;
  try {
    const out: (Value | undefined)[][] = [];
    for (const s of planBuild(row, new PyLayerConfig(probe, framework), inShape)) {
      if (s.step !== 'weight') continue;
      out.push((s.shape ?? []).map((d) => (d === null ? undefined : sentinels.get(d))));
    }
    return out;
  } catch {
    return undefined;
  }
}
