// The one message protocol between the summary webview and the extension: discriminated unions in both
// directions plus the panel state the webview persists with setState. Imported by both sides, so it uses
// neither `vscode` nor DOM types. Summaries are structural views of the engine's TensorSummary.

export interface HistogramView { min: number; max: number; counts: number[] }

/** The engine's `Distribution & { mean?, std?, bounds? }` as the webview reads it. */
export interface ExpectedView {
  family: string;
  mean?: number;
  std?: number;
  stddev?: number;
  minval?: number;
  maxval?: number;
  value?: unknown;
  gain?: number;
  bounds?: [number, number];
}

export interface SummaryView {
  count: number;
  bytes?: number;
  stats: { min: number; max: number; mean: number; std: number; zeros: number; nan: number; inf: number };
  histogram: HistogramView;
  expected: ExpectedView;
  checks: { ok: boolean; messages: string[] };
  exact: boolean;
  exactNote?: string;
  sampled?: boolean;
  /** Row-major downsampled values of a 2-D tensor, when the engine provides them. */
  thumbnail?: { rows: number; cols: number; values: number[] };
}

export interface RowView {
  name: string;
  shape: (number | null)[] | null;
  dtype: string;
  initializer: string;
  params: number | null;
  bytes: number | null;
  trainable: boolean;
  summary?: SummaryView;
  skipped?: string;
}

export type PanelStatus = 'idle' | 'running' | 'done' | 'error' | 'cancelled';

export interface PanelState {
  entry: string;
  /** The entry as shown to the user (workspace-relative). */
  displayPath?: string;
  scope: string;
  /** Set when the scope is of a library view (what this function/class would create if called), not the program's. */
  library?: string;
  title: string;
  seed: number | null;
  backend?: string;
  status: PanelStatus;
  message?: string;
  rows: RowView[];
  warnings: string[];
  /** Set when the panel shows values from an earlier session (restored after a reload). */
  restored?: boolean;
  /** Why Initialize cannot make any value (every shape unknown, no variables): the button is disabled with it. */
  blocked?: string;
}

export type ToWebview =
  | { type: 'state'; state: PanelState }
  | { type: 'progress'; done: number; total: number; name: string }
  | { type: 'exported'; file: string; bytes: number }
  | { type: 'error'; message: string };

export type ExportFormat = 'npz' | 'safetensors';

export type FromWebview =
  | { type: 'ready' }
  | { type: 'reinitialize'; seed: number | null }
  | { type: 'export'; format: ExportFormat }
  | { type: 'reveal'; name: string }
  | { type: 'cancel' };

/** What the webview stores with `setState` (and the serializer receives after a reload). */
export interface PersistedState { version: 1; panel: PanelState; expanded: string[] }

/** Runtime check of messages arriving from the webview (never trust their shape). */
export function isFromWebview(m: unknown): m is FromWebview {
  if (typeof m !== 'object' || m === null) return false;
  const o = m as Record<string, unknown>;
  switch (o.type) {
    case 'ready':
    case 'cancel':
      return true;
    case 'reinitialize':
      return o.seed === null || (typeof o.seed === 'number' && Number.isFinite(o.seed));
    case 'export':
      return o.format === 'npz' || o.format === 'safetensors';
    case 'reveal':
      return typeof o.name === 'string';
    default:
      return false;
  }
}

export function isPersistedState(s: unknown): s is PersistedState {
  if (typeof s !== 'object' || s === null) return false;
  const o = s as Record<string, unknown>;
  const p = o.panel as Record<string, unknown> | undefined;
  return o.version === 1 && typeof p === 'object' && p !== null && typeof p.entry === 'string' && typeof p.scope === 'string' && Array.isArray(p.rows);
}
