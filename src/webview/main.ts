// Browser code of the summary panel (bundled by esbuild into dist/webview.js). Renders the PanelState the
// extension posts — table, per-variable histogram with the promised distribution, stats, warnings, 2-D
// heat maps — with DOM APIs and text nodes only (never innerHTML), keeps it with setState across hide/show.
import type { ExpectedView, FromWebview, PanelState, PersistedState, RowView, SummaryView, ToWebview } from './protocol';
import { isPersistedState } from './protocol';

interface VsCodeApi {
  postMessage(m: FromWebview): void;
  getState(): unknown;
  setState(s: PersistedState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const app = document.getElementById('app')!;
let state: PanelState | undefined;
let expanded = new Set<string>();
let statusNote = '';

const SVG = 'http://www.w3.org/2000/svg';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string | null | undefined)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return e;
}

function svg(tag: string, attrs: Record<string, string | number>): SVGElement {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

function post(m: FromWebview): void {
  vscode.postMessage(m);
}

function persist(): void {
  if (state) vscode.setState({ version: 1, panel: state, expanded: [...expanded] });
}

export function fmt(x: number | null | undefined): string {
  if (x === null || x === undefined) return '?';
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1e5 || a < 1e-3) return x.toExponential(3);
  return String(Number(x.toPrecision(4)));
}

function fmtInt(n: number | null): string {
  return n === null ? '?' : n.toLocaleString('en-US');
}

function fmtBytes(n: number | null): string {
  if (n === null) return '?';
  if (n < 1024) return `${n} B`;
  const u = ['KB', 'MB', 'GB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < u.length - 1) { v /= 1024; i++; }
  return `${v.toFixed(1)} ${u[i]}`;
}

function shapeText(s: RowView['shape']): string {
  return s === null ? '<unknown>' : `[${s.map((d) => (d === null ? '?' : String(d))).join(', ')}]`;
}

const SQRT2PI = Math.sqrt(2 * Math.PI);
/** Probability mass of a unit normal inside [-2, 2] (TensorFlow's truncation). */
const TRUNC_MASS = 0.9544997361036416;

/** The density TensorFlow promises at x, or undefined for point masses / unknown families. */
export function expectedDensity(e: ExpectedView, x: number): number | undefined {
  const sd = e.stddev ?? e.std;
  switch (e.family) {
    case 'normal': {
      if (!sd) return undefined;
      const z = (x - (e.mean ?? 0)) / sd;
      return Math.exp(-0.5 * z * z) / (sd * SQRT2PI);
    }
    case 'truncated_normal': {
      if (!sd) return undefined;
      const z = (x - (e.mean ?? 0)) / sd;
      return Math.abs(z) > 2 ? 0 : Math.exp(-0.5 * z * z) / (sd * SQRT2PI * TRUNC_MASS);
    }
    case 'uniform': {
      const lo = e.minval ?? e.bounds?.[0];
      const hi = e.maxval ?? e.bounds?.[1];
      if (lo === undefined || hi === undefined || hi <= lo) return undefined;
      return x >= lo && x <= hi ? 1 / (hi - lo) : 0;
    }
    default:
      return undefined;
  }
}

function pointMass(e: ExpectedView): number | undefined {
  if (e.family === 'zeros') return 0;
  if (e.family === 'ones') return 1;
  if (e.family === 'const' && typeof e.value === 'number') return e.value;
  return undefined;
}

function histogram(name: string, s: SummaryView): SVGElement {
  const W = 320;
  const H = 120;
  const pad = 14;
  const root = svg('svg', { class: 'hist', viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: 'none', role: 'img' });
  const { counts, min, max } = s.histogram;
  const n = counts.length;
  const total = counts.reduce((a, b) => a + b, 0);
  const span = max > min ? max - min : 1;
  const bw = span / Math.max(1, n);
  // Expected counts per bin from the promised density (sampled at 4 points per bin for the curve).
  const expectedPts: [number, number][] = [];
  const pm = pointMass(s.expected);
  if (pm === undefined && max > min) {
    const steps = Math.max(1, n) * 4;
    for (let i = 0; i <= steps; i++) {
      const x = min + (span * i) / steps;
      const d = expectedDensity(s.expected, x);
      if (d === undefined) break;
      expectedPts.push([x, d * total * bw]);
    }
  }
  const peak = Math.max(1, ...counts, ...expectedPts.map((p) => p[1]));
  const xOf = (x: number): number => pad / 2 + ((x - min) / span) * (W - pad);
  const yOf = (c: number): number => H - pad - (c / peak) * (H - 2 * pad);
  counts.forEach((c, i) => {
    if (c <= 0) return;
    const x0 = max > min ? xOf(min + i * bw) : pad / 2;
    const w = max > min ? Math.max(1, (W - pad) / n - 0.5) : W - pad;
    root.append(svg('rect', { class: 'bar', x: x0, y: yOf(c), width: w, height: H - pad - yOf(c) }));
  });
  if (expectedPts.length > 1) {
    root.append(svg('polyline', { class: 'expected', points: expectedPts.map(([x, c]) => `${xOf(x).toFixed(1)},${yOf(c).toFixed(1)}`).join(' ') }));
  } else if (pm !== undefined) {
    const x = max > min ? xOf(pm) : W / 2;
    root.append(svg('line', { class: 'expected', x1: x, x2: x, y1: pad, y2: H - pad }));
  }
  root.append(svg('line', { class: 'axis', x1: pad / 2, x2: W - pad / 2, y1: H - pad, y2: H - pad }));
  const lo = svg('text', { x: pad / 2, y: H - 2 });
  lo.textContent = fmt(min);
  const hi = svg('text', { x: W - pad / 2, y: H - 2, 'text-anchor': 'end' });
  hi.textContent = fmt(max);
  root.append(lo, hi);
  root.setAttribute('aria-label', `Histogram of ${name}: ${n} bins from ${fmt(min)} to ${fmt(max)}, expected ${s.expected.family}`);
  return root;
}

const VIRIDIS: [number, number, number][] = [[68, 1, 84], [59, 82, 139], [33, 145, 140], [94, 201, 98], [253, 231, 37]];

function colorAt(t: number): [number, number, number] {
  const x = Math.min(1, Math.max(0, t)) * (VIRIDIS.length - 1);
  const i = Math.min(VIRIDIS.length - 2, Math.floor(x));
  const f = x - i;
  const a = VIRIDIS[i]!;
  const b = VIRIDIS[i + 1]!;
  return [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f];
}

function heatmap(name: string, t: NonNullable<SummaryView['thumbnail']>): HTMLCanvasElement | null {
  if (t.rows < 1 || t.cols < 1 || t.values.length !== t.rows * t.cols) return null;
  const c = el('canvas', { class: 'heat', width: String(t.cols), height: String(t.rows), role: 'img', 'aria-label': `Heat map of ${name}, ${t.rows} by ${t.cols}` });
  const ctx = c.getContext('2d');
  if (!ctx) return null;
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of t.values) if (Number.isFinite(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
  const img = ctx.createImageData(t.cols, t.rows);
  t.values.forEach((v, i) => {
    const [r, g, b] = colorAt(hi > lo ? (v - lo) / (hi - lo) : 0.5);
    img.data.set([r, g, b, 255], i * 4);
  });
  ctx.putImageData(img, 0, 0);
  return c;
}

function expectedText(e: ExpectedView): string {
  const sd = e.stddev ?? e.std;
  switch (e.family) {
    case 'normal': return `normal(mean ${fmt(e.mean ?? 0)}, std ${fmt(sd)})`;
    case 'truncated_normal': return `truncated normal(mean ${fmt(e.mean ?? 0)}, std ${fmt(sd)}, ±2σ)`;
    case 'uniform': return `uniform[${fmt(e.minval ?? e.bounds?.[0])}, ${fmt(e.maxval ?? e.bounds?.[1])})`;
    case 'const': return `constant ${typeof e.value === 'number' ? fmt(e.value) : 'value'}`;
    default: return e.family;
  }
}

function card(row: RowView, i: number): HTMLElement {
  const s = row.summary!;
  const c = el('section', { class: 'card', id: `card-${i}`, tabindex: '-1', 'aria-label': `Summary of ${row.name}` });
  c.append(el('h2', {}, row.name));
  c.append(el('div', { class: 'meta' }, `${shapeText(row.shape)} ${row.dtype} · ${row.initializer}${s.sampled ? ' · sampled' : ''}`));
  const body = el('div', { class: 'row' });
  const left = el('div', {});
  left.style.flex = '1';
  left.append(histogram(row.name, s));
  left.append(el('div', { class: 'legend' }, el('span', { class: 'sw obs' }), 'observed', el('span', { class: 'sw exp' }), `expected: ${expectedText(s.expected)}`));
  body.append(left);
  if (s.thumbnail) {
    const h = heatmap(row.name, s.thumbnail);
    if (h) body.append(h);
  }
  c.append(body);
  const st = s.stats;
  const dl = el('dl', { class: 'stats' });
  const pairs: [string, string][] = [['min', fmt(st.min)], ['max', fmt(st.max)], ['mean', fmt(st.mean)], ['std', fmt(st.std)], ['zeros', fmtInt(st.zeros)], ['NaN / inf', `${st.nan} / ${st.inf}`]];
  if (s.expected.mean !== undefined) pairs.push(['expected mean', fmt(s.expected.mean)]);
  if (s.expected.std !== undefined) pairs.push(['expected std', fmt(s.expected.std)]);
  for (const [k, v] of pairs) dl.append(el('dt', {}, k), el('dd', {}, v));
  c.append(dl);
  for (const m of s.checks.messages) c.append(el('div', { class: 'warn', role: 'note' }, `⚠ ${m}`));
  if (s.exactNote) c.append(el('div', { class: 'muted' }, s.exactNote));
  return c;
}

function focusCard(i: number): void {
  const c = document.getElementById(`card-${i}`);
  if (c) {
    c.scrollIntoView({ block: 'nearest' });
    c.focus();
  }
}

/** Seed, Initialize, Export and Cancel; a button that cannot work is disabled with the reason as its title. */
function toolbar(s: PanelState): HTMLElement {
  const seed = el('input', { type: 'number', id: 'seed', step: '1', placeholder: 'none', 'aria-label': 'Random seed' });
  seed.value = s.seed === null ? '' : String(s.seed);
  const reinit = el('button', { id: 'reinit', type: 'button' }, s.status === 'done' || s.restored ? 'Re-initialize' : 'Initialize');
  const run = (): void => {
    const v = seed.value.trim();
    const n = v === '' ? null : Number(v);
    post({ type: 'reinitialize', seed: n !== null && Number.isFinite(n) ? Math.trunc(n) : null });
  };
  if (s.blocked) {
    // Nothing can be made: say why on the button instead of offering a run that initializes nothing.
    reinit.setAttribute('disabled', '');
    reinit.title = s.blocked;
  }
  reinit.addEventListener('click', run);
  seed.addEventListener('keydown', (e) => { if (e.key === 'Enter') run(); });
  const bar = el('div', { class: 'toolbar', role: 'toolbar', 'aria-label': 'Summary actions' }, el('label', { for: 'seed' }, 'Seed', seed), reinit);
  for (const f of ['npz', 'safetensors'] as const) {
    const b = el('button', { type: 'button', class: 'secondary', id: `export-${f}` }, `Export .${f}`);
    const made = s.rows.some((r) => r.summary);
    if (s.blocked || !made) {
      b.setAttribute('disabled', '');
      b.title = s.blocked ?? (s.status === 'running' ? 'Wait for the values.' : 'No values were made: initialize first (rows with unknown shapes are skipped).');
    }
    b.addEventListener('click', () => post({ type: 'export', format: f }));
    bar.append(b);
  }
  if (s.status === 'running') {
    const cancel = el('button', { type: 'button', class: 'secondary', id: 'cancel' }, 'Cancel');
    cancel.addEventListener('click', () => post({ type: 'cancel' }));
    bar.append(cancel);
  }
  return bar;
}

function render(): void {
  app.replaceChildren();
  app.setAttribute('aria-busy', state?.status === 'running' ? 'true' : 'false');
  if (!state) {
    app.append(el('p', { class: 'muted' }, 'Waiting for the extension…'));
    return;
  }
  const s = state;
  app.append(el('h1', {}, s.scope ? `Scope ${s.scope}` : `All variables of ${s.title}`));
  if (s.library) app.append(el('p', { class: 'muted' }, `What ${s.library} would create if called with its defaults; a script that calls it shows what its call creates.`));
  const totalParams = s.rows.reduce((a, r) => a + (r.params ?? 0), 0);
  const totalBytes = s.rows.reduce((a, r) => a + (r.bytes ?? 0), 0);
  app.append(el('p', { class: 'muted' }, `${s.displayPath ?? s.entry} · ${s.rows.length} variables · ${fmtInt(totalParams)} params · ${fmtBytes(totalBytes)}${s.backend ? ` · backend ${s.backend}` : ''} · seed ${s.seed ?? 'none'}${s.restored ? ' · restored from the last session' : ''}`));

  app.append(toolbar(s));
  const msg = statusNote || s.message || (s.status === 'done' ? 'Initialized.' : s.status === 'idle' ? 'Not initialized yet.' : '');
  app.append(el('div', { class: `status${s.status === 'error' ? ' error' : ''}`, role: 'status', 'aria-live': 'polite', id: 'status' }, msg));

  const table = el('table', { id: 'summary-table' });
  table.append(el('caption', { class: 'muted' }, 'Variables (Enter on a row shows its histogram)'));
  const head = el('tr', {});
  for (const h of ['Name', 'Shape', 'DType', 'Initializer', 'Params', 'Bytes', 'Backend', 'TF-exact']) head.append(el('th', { scope: 'col' }, h));
  table.append(el('thead', {}, head));
  const tbody = el('tbody', {});
  s.rows.forEach((r, i) => {
    const exact = r.summary ? el('span', { class: `badge ${r.summary.exact ? 'exact' : 'approx'}`, title: r.summary.exactNote ?? '' }, r.summary.exact ? 'exact' : 'approx.') : el('span', { class: 'muted' }, r.skipped ? 'skipped' : '—');
    const tr = el('tr', { tabindex: '0', 'data-index': String(i) },
      el('td', { class: 'name' }, r.name),
      el('td', {}, shapeText(r.shape)),
      el('td', {}, r.dtype),
      el('td', {}, r.initializer),
      el('td', { class: 'num' }, fmtInt(r.params)),
      el('td', { class: 'num' }, fmtBytes(r.bytes)),
      el('td', {}, r.summary ? (s.backend ?? '') : ''),
      el('td', {}, exact));
    if (r.skipped) tr.title = r.skipped;
    tr.addEventListener('click', () => focusCard(i));
    tr.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); focusCard(i); }
      else if (e.key === 'ArrowDown') { e.preventDefault(); (tr.nextElementSibling as HTMLElement | null)?.focus(); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); (tr.previousElementSibling as HTMLElement | null)?.focus(); }
      else if (e.key === 'g') post({ type: 'reveal', name: r.name });
    });
    tr.addEventListener('dblclick', () => post({ type: 'reveal', name: r.name }));
    tbody.append(tr);
  });
  table.append(tbody);
  app.append(table);

  for (const w of s.warnings) app.append(el('div', { class: 'warn', role: 'note' }, `⚠ ${w}`));
  const cards = el('div', { class: 'cards' });
  s.rows.forEach((r, i) => { if (r.summary) cards.append(card(r, i)); });
  app.append(cards);
}

function onMessage(m: ToWebview): void {
  switch (m.type) {
    case 'state':
      state = m.state;
      statusNote = '';
      persist();
      render();
      return;
    case 'progress': {
      const st = document.getElementById('status');
      if (st) st.textContent = `Initializing ${m.name} (${m.done}/${m.total})…`;
      return;
    }
    case 'exported':
      statusNote = `Exported to ${m.file} (${fmtBytes(m.bytes)}).`;
      render();
      return;
    case 'error':
      statusNote = m.message;
      render();
      return;
  }
}

window.addEventListener('message', (e: MessageEvent) => {
  const d = e.data as ToWebview | undefined;
  if (d && typeof d === 'object' && typeof d.type === 'string') onMessage(d);
});

const saved = vscode.getState();
if (isPersistedState(saved)) {
  state = saved.panel;
  expanded = new Set(saved.expanded);
}
render();
post({ type: 'ready' });
