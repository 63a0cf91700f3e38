// The chosen checkpoint's side of each variable, pure (no `vscode`): its status (restored / mismatched / missing /
// initialized) by the program's own restore calls when they read that checkpoint, else by name as a strict
// restore would; and the hover text with the checkpoint tensor's shape and statistics beside the code's.

import * as path from 'path';
import { compareWeights, type VariableRestore } from '../core/checkpoint/compare';
import type { ProgramResult, VariableInfo } from '../core/model';
import type { OpenCheckpoint } from '../host/checkpoint';
import type { CheckpointStats } from '../host/checkpointStats';

/** `initialized`: the program's own restore calls read this checkpoint but leave the variable at its initializer. */
export type CkptStatus = 'restored' | 'mismatched' | 'missing' | 'initialized';

export interface VariableCkpt {
  status: CkptStatus;
  /** The checkpoint tensor that restores it (restored), or has its name (mismatched). */
  tensor?: string;
  restore?: VariableRestore;
  /** Why, in TensorFlow's terms. */
  message: string;
}

const shapeText = (s: readonly (number | null)[] | null | undefined): string => (s ? `[${s.map((d) => d ?? '?').join(', ')}]` : '?');
const fmt = (x: number): string => (Number.isInteger(x) ? String(x) : Math.abs(x) >= 1e-3 && Math.abs(x) < 1e4 ? x.toPrecision(4) : x.toExponential(3));

/** Same checkpoint: a TF prefix or a weights file, however the program spelled it. */
const samePath = (a: string, b: string): boolean => path.resolve(a) === path.resolve(b);

/**
 * Each variable's status: by the program's own restore calls when they read this checkpoint (what they restore
 * is restored, the rest keeps its initializer), else by name as a strict restore would (compareWeights).
 */
export function statusesOf(program: ProgramResult, ckpt: Pick<OpenCheckpoint, 'prefix' | 'format' | 'index'>): Map<string, VariableCkpt> {
  const comparison = compareWeights(program.variables, ckpt.index.entries, ckpt.format);
  const byName = new Map(comparison.variables.map((r) => [r.name, r]));
  const calls = (program.restores ?? []).filter((r) => samePath(r.checkpoint, ckpt.prefix));
  const out = new Map<string, VariableCkpt>();
  if (calls.length) {
    const restored = new Map(calls.flatMap((c) => c.restored.map((r) => [r.variable, r.tensor] as const)));
    for (const v of program.variables) {
      const r = byName.get(v.name);
      const tensor = restored.get(v.name) ?? restored.get(v.partition?.fullName ?? '');
      if (tensor !== undefined) out.set(v.name, { status: 'restored', tensor, ...(r ? { restore: r } : {}), message: `restored from ${tensor} by the program's ${calls.map((c) => c.api).join(', ')}` });
      else if (r?.status === 'mismatched' && calls.some((c) => c.raises)) out.set(v.name, { status: 'mismatched', tensor: v.name, restore: r, message: r.message });
      else out.set(v.name, { status: 'initialized', ...(r ? { restore: r } : {}), message: 'the program\'s restore calls leave it at its initializer' });
    }
    return out;
  }
  for (const r of comparison.variables) {
    out.set(r.name, { status: r.status, ...(r.status === 'missing' ? {} : { tensor: r.tensor ?? r.name }), restore: r, message: r.message });
  }
  return out;
}

/** The hover's text: the code's shape beside the checkpoint's, the status, and the tensor's statistics. */
export function checkpointHoverMarkdown(label: string, v: VariableInfo, s: VariableCkpt, ckpt: Pick<OpenCheckpoint, 'index'>, stats: (tensor: string) => CheckpointStats | string): string {
  const lines = [`**Checkpoint** \`${label}\`: **${s.status}**`];
  const t = s.tensor ? ckpt.index.entries.find((e) => e.name === s.tensor) : undefined;
  lines.push(`| | shape | dtype |\n|---|---|---|\n| code | ${shapeText(v.shape)} | ${v.dtype} |\n| checkpoint${t ? ` \`${t.name}\`` : ''} | ${t ? shapeText(t.shape) : '—'} | ${t?.dtype ?? '—'} |`);
  if (s.status !== 'restored') lines.push(s.message.replace(/[<>*_`[\]]/g, '\\$&'));
  if (t) {
    const st = stats(t.name);
    lines.push(typeof st === 'string' ? `_Statistics not read: ${st}_` : `min ${fmt(st.min)} · max ${fmt(st.max)} · mean ${fmt(st.mean)} · std ${fmt(st.std)}${st.zeros ? ` · ${st.zeros} zeros` : ''}${st.nan || st.inf ? ` · ${st.nan} NaN / ${st.inf} inf` : ''}`);
  }
  return lines.join('\n\n');
}
