// "Initialize" with a checkpoint chosen, as TF1 code runs it: restored variables take the checkpoint's values,
// the others their initializer's draws. The summary panel's rows of restored variables show the checkpoint's
// statistics and histogram (read in chunks), and the merged export writes one .npz of both: the engine exports
// the initialized variables, then each array is copied in program order with the restored ones read from the
// checkpoint, one array in memory at a time.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { VariableInfo } from '../core/model';
import { NpzWriter } from '../engine/export';
import type { Values } from '../engine/initializers';
import { openCheckpoint } from '../host/checkpoint';
import type { RowView } from '../webview/protocol';
import type { CheckpointStats } from '../host/checkpointStats';
import type { CheckpointState } from './checkpointState';

/** The variables the chosen checkpoint restores (name → checkpoint tensor), among `variables`. */
export function restoredFrom(state: CheckpointState | undefined, entry: string, variables: readonly VariableInfo[]): Map<string, string> {
  const out = new Map<string, string>();
  if (!state?.checkpoint) return out;
  for (const v of variables) {
    const s = state.statusOf(entry, v.name);
    if (s?.status === 'restored' && s.tensor !== undefined) out.set(v.name, s.tensor);
  }
  return out;
}

/** Rows of restored variables showing the checkpoint's values (statistics, histogram) instead of initializer draws. */
export async function withRestoredRows(rows: RowView[], restored: ReadonlyMap<string, string>, state: CheckpointState, bins: number): Promise<RowView[]> {
  const label = path.basename(state.checkpoint?.prefix ?? '');
  const out: RowView[] = [];
  for (const row of rows) {
    const tensor = restored.get(row.name);
    out.push(tensor === undefined ? row : restoredRow(row, tensor, label, await state.statsOf(tensor, bins)));
  }
  return out;
}

function restoredRow(row: RowView, tensor: string, label: string, st: CheckpointStats | string): RowView {
  const initializer = `restored from ${label}${tensor === row.name ? '' : ` (${tensor})`}`;
  if (typeof st === 'string') return { ...row, initializer, skipped: `restored from the checkpoint; its values are not read: ${st}` };
  const { count, min, max, mean, std, zeros, nan, inf } = st;
  return {
    ...row, initializer,
    summary: {
      count, bytes: row.bytes ?? undefined, stats: { min, max, mean, std, zeros, nan, inf }, histogram: st.histogram!, expected: { family: 'checkpoint values' },
      checks: { ok: true, messages: [] }, exact: true, exactNote: `The checkpoint's values (${tensor}), read in chunks of ${(st.chunkBytes / 2 ** 20).toFixed(1)} MiB.`,
    },
  };
}

function typed(values: number[], dtype: string): Values {
  if (dtype === 'float32' || dtype === 'float16' || dtype === 'bfloat16') return Float32Array.from(values);
  if (dtype === 'int32' || dtype === 'int16' || dtype === 'int8' || dtype === 'uint8' || dtype === 'bool') return Int32Array.from(values);
  return Float64Array.from(values);
}

/**
 * Writes `file` (.npz) with every variable of `variables` that has values: restored ones from the checkpoint,
 * the rest from `exportInitialized(others, tmp)` (the engine's export of their initial values).
 */
export async function mergedNpz(
  state: CheckpointState, restored: ReadonlyMap<string, string>, variables: readonly VariableInfo[], file: string,
  exportInitialized: (vars: VariableInfo[], tmp: string) => Promise<unknown>,
): Promise<{ file: string; bytes: number; restored: number; initialized: number }> {
  const ckpt = state.checkpoint!;
  const others = variables.filter((v) => !restored.has(v.name));
  const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tfscope-merge-')), 'initialized.npz');
  try {
    if (others.length) await exportInitialized(others, tmp);
    const drawn = others.length && fs.existsSync(tmp) ? openCheckpoint(tmp) : undefined;
    const have = new Set(drawn?.index.entries.map((e) => e.name) ?? []);
    const w = new NpzWriter(file);
    let n = 0;
    try {
      for (const v of variables) {
        const tensor = restored.get(v.name);
        if (tensor !== undefined) {
          const e = ckpt.index.entries.find((t) => t.name === tensor)!;
          w.add(v.name, typed(ckpt.values(tensor).values, e.dtype), e.dtype, e.shape);
          n++;
        } else if (drawn && have.has(v.name)) {
          const e = drawn.index.entries.find((t) => t.name === v.name)!;
          w.add(v.name, typed(drawn.values(v.name).values, e.dtype), e.dtype, e.shape);
        }
      }
    } catch (err) {
      w.abort();
      throw err;
    }
    return { file, bytes: w.close(), restored: n, initialized: have.size };
  } finally {
    fs.rmSync(path.dirname(tmp), { recursive: true, force: true });
  }
}
