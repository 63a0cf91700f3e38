// The `tfScope.values` setting as the analyzer takes it (AnalyzeOptions.values): values the programs take from
// outside (flags, config files not in the workspace), each as Python literal text. Pure (no vscode), so the
// manifest tests can check it.

/** `tfScope.values` as the analyzer takes them: each value as Python literal text (`12`, `gelu`, `True`, `None`). */
export function valuesSetting(raw: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return out;
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    if (!/^[A-Za-z_][\w.]*$/.test(k)) continue;
    if (typeof v === 'string') out[k] = v;
    else if (typeof v === 'number' && Number.isFinite(v)) out[k] = String(v);
    else if (typeof v === 'boolean') out[k] = v ? 'True' : 'False';
    else if (v === null) out[k] = 'None';
  }
  return out;
}
