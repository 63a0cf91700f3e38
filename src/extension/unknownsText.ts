// Explaining unknowns in the editor (issue 15 item 3), pure: the markdown under a variable's hover and tooltip
// that says what each `?` and `{symbol}` stands for, why the analysis could not know it and where it came from,
// with a "Supply value" command link (supplyValue.ts runs it). No vscode here.
import type { UnknownValue, VariableInfo } from '../core/model';
import { unknownsOf } from '../core/unknowns';
import { mdCode, mdEscape } from './format';

export const SUPPLY_COMMAND = 'tfScope.supplyValue';

/** What `tfScope.supplyValue` takes: the name to supply, and the entry file a `# tfscope:` comment would go in. */
export interface SupplyArgs { name: string; entry?: string }

function commandLink(title: string, args: SupplyArgs): string {
  return `[${title}](command:${SUPPLY_COMMAND}?${encodeURIComponent(JSON.stringify([args]))})`;
}

function where(u: UnknownValue, root?: string): string {
  const f = u.location.file;
  const rel = root && f.startsWith(`${root}/`) ? f.slice(root.length + 1) : f.split(/[\\/]/).pop() ?? f;
  return `${rel}:${u.location.line}`;
}

/** Text whose `backticked` pieces are code: the code as code spans, the rest escaped. */
function withCode(text: string): string {
  return text.split('`').map((part, i) => (i % 2 ? mdCode(part) : mdEscape(part))).join('');
}

/** One markdown bullet per unknown value: what it stands for, why, where, and a link to supply it. */
export function unknownsMarkdown(vars: readonly VariableInfo[], opts: { root?: string; entry?: string } = {}): string | undefined {
  const list = unknownsOf(vars);
  if (list.length === 0) return undefined;
  const lines = ['**Unknown values** (the analysis keeps them symbolic; TensorFlow knows them when the program runs):', ''];
  for (const u of list.slice(0, 8)) {
    const what = u.symbol === '?' ? mdCode(`? = ${u.expression ?? '?'}`) : mdCode(u.expression && u.expression !== u.symbol ? `${u.symbol} = ${u.expression}` : u.symbol);
    const supply = u.supply ? ` · ${commandLink(`Supply value for ${mdEscape(u.supply)}…`, { name: u.supply, ...(opts.entry ? { entry: opts.entry } : {}) })}` : '';
    lines.push(`- ${what}: ${withCode(u.reason)} (${mdCode(where(u, opts.root))})${supply}`);
  }
  if (list.length > 8) lines.push(`- … ${list.length - 8} more`);
  const first = list.find((u) => u.supply);
  if (first) lines.push('', `A value can also be given in the entry file (${mdCode(`# tfscope: ${first.supply}=...`)}), with ${mdCode(`tfscope scan --set ${first.supply}=...`)} or in the ${mdCode('tfScope.values')} setting.`);
  return lines.join('\n');
}

/** A Python literal the analyzer reads (`12`, `0.1`, `'gelu'`, `True`, `None`, `[1, 2]`); a bare word is taken as a string. */
export function literalOf(text: string): string {
  const t = text.trim();
  if (/^(-?\d+(\.\d*)?([eE][+-]?\d+)?|True|False|None|'.*'|".*"|\[.*\]|\(.*\)|\{.*\})$/s.test(t)) return t;
  return JSON.stringify(t);
}


/** The names a `missing-value` message says to give (`# tfscope: n_layer=... n_embd=...`), in order. */
export function suppliableNames(message: string): string[] {
  const m = /# tfscope: ((?:[A-Za-z_][\w.]*=\.\.\.\s*)+)/.exec(message);
  return m ? [...m[1]!.matchAll(/([A-Za-z_][\w.]*)=\.\.\./g)].map((x) => x[1]!) : [];
}
