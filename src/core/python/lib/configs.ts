// Config values a program reads: copies (`copy.copy`/`copy.deepcopy` of config objects), `six` helpers, files
// read from the workspace (`open`, `tf.gfile.GFile`, `json.load`) through the analysis host, and values the user
// supplies (`# tfscope: name=value` comments, `--set name=value`) for what truly comes from outside the program.

import { symbolic } from '../eval/symbols';
import type { SyntaxNode as Node } from '../ast';
import { loc, type Args, type CallSite } from '../interp';
import { bool, dataclassFields, dictSet, float, handle, int, NONE, OUTSIDE, str, strOf, unknown, type Handle, type Value } from '../values';
import { joinPath } from '../workspace';
import type { TfLibrary } from '../tflib';
import { fromJson } from './convert';
import { bind, type ApiEntry } from './registry';

type FileHandle = Handle & { kind: 'file' };

/** Python literals a user writes after `name=` (`12`, `0.1`, `True`, `None`, `'gelu'`, `[1, 2]`); else the bare text as a string. */
export function parseLiteral(text: string): Value {
  const t = text.trim();
  if (/^[+-]?\d+$/.test(t)) return int(Number(t));
  if (/^[+-]?(\d+\.\d*|\.\d+|\d+)([eE][+-]?\d+)?$/.test(t) || /^[+-]?(inf|nan)$/i.test(t)) return float(Number(t.replace(/inf/i, 'Infinity')));
  if (t === 'True' || t === 'true') return bool(true);
  if (t === 'False' || t === 'false') return bool(false);
  if (t === 'None') return NONE;
  const q = /^(['"])(.*)\1$/.exec(t);
  if (q) return str(q[2]!);
  if (t.startsWith('[') && t.endsWith(']')) {
    const inner = t.slice(1, -1).trim();
    return { t: 'list', items: inner ? inner.split(',').map(parseLiteral) : [] };
  }
  return str(t);
}

/** `name=value` pairs of one `# tfscope:` comment or `--set` argument (separated by commas or spaces; lists in brackets). */
export function parseAssignments(text: string): [string, Value][] {
  const out: [string, Value][] = [];
  const re = /([A-Za-z_][\w.]*)\s*=\s*("[^"]*"|'[^']*'|\[[^\]]*\]|[^,\s]+)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m[1]!.split('.').pop()!, parseLiteral(m[2]!)]);
  return out;
}

/** Every `# tfscope: a=1, b=2` comment of a program's text, in order (later ones win). */
export function tfscopeComments(text: string): [string, Value][] {
  const out: [string, Value][] = [];
  const re = /^[ \t]*#[ \t]*tfscope:(.*)$/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(...parseAssignments(m[1]!));
  return out;
}

/** `copy.copy` (shallow) and `copy.deepcopy`: plain data and user objects copied; TF objects and code are shared. */
export function copyValue(v: Value, deep: boolean, memo = new Map<Value, Value>()): Value {
  const seen = memo.get(v);
  if (seen) return seen;
  const inner = (x: Value): Value => (deep ? copyValue(x, true, memo) : x);
  switch (v.t) {
    case 'list': case 'tuple': {
      const out: Value & { t: 'list' | 'tuple' } = { t: v.t, items: [] };
      memo.set(v, out);
      out.items.push(...v.items.map(inner));
      return v.t === 'tuple' && !deep ? v : out;
    }
    case 'dict': {
      const out: Value & { t: 'dict' } = { t: 'dict', keys: [], vals: [] };
      memo.set(v, out);
      v.keys.forEach((k, i) => dictSet(out, inner(k), inner(v.vals[i]!)));
      return out;
    }
    case 'instance': {
      // A subclassed Keras layer or model is a TF object: copying it is outside what the analysis follows.
      if (v.attrs.has('__keras__')) return unknown('copy of a Keras object');
      const out: Value & { t: 'instance' } = { t: 'instance', c: v.c, attrs: new Map() };
      if (v.havoc) out.havoc = v.havoc;
      memo.set(v, out);
      for (const [k, x] of v.attrs) out.attrs.set(k, inner(x));
      return out;
    }
    // Variables, tensors, layers and graphs are not plain data: TF's own copy rules are not modelled.
    case 'var': case 'tensor': case 'layer': case 'scope':
      return unknown(`copy of a TensorFlow ${v.t}`);
    case 'tf':
      return v.h ? unknown('copy of a TensorFlow object') : v;
    default:
      return v; // numbers, strings, None, functions, classes, modules: immutable or copied by reference
  }
}

/** `six.string_types` and friends: the Python 3 types they name. */
const SIX_TYPES: Record<string, string[]> = {
  string_types: ['str'], text_type: ['str'], integer_types: ['int'], binary_type: ['bytes'], class_types: ['type'],
};

/**
 * `six.moves` names that are Python 3 builtins (six 1.16's _moved_attributes: `range` and `xrange` are
 * builtins.range, `zip`/`map`/`filter` (and their `i` forms) the builtins, `input` the builtin). The rest of
 * six.moves stays a library value.
 */
const SIX_MOVES_BUILTINS: Record<string, string> = {
  range: 'range', xrange: 'range', zip: 'zip', izip: 'zip', map: 'map', imap: 'map', filter: 'filter',
  ifilter: 'filter', input: 'input',
};

export class ConfigValues {
  constructor(private readonly tf: TfLibrary) {}

  /** Values the user supplied (`--set`, then `# tfscope:` comments of the entry): name → value. */
  readonly supplied = new Map<string, Value>();

  /** Reads a workspace file through the analysis host (set by the analyzer; the file is recorded as read). */
  readFile: (path: string) => string | undefined = () => undefined;

  /** The entry's folder: relative paths are resolved from it (the program run from where it lies). */
  entryDir = '.';

  /** Names already reported missing (one note per name). */
  private readonly reported = new Set<string>();

  supply(pairs: Iterable<[string, Value]>): void {
    for (const [k, v] of pairs) this.supplied.set(k, v);
  }

  /** Library calls of this concern (`copy.*`, `six.*`, `json.load`, `open`); undefined when not one. */
  call(path: string, args: Args, site: CallSite): Value | undefined {
    const a = args.pos;
    switch (path) {
      case 'copy.deepcopy': return a[0] ? copyValue(a[0], true) : unknown();
      case 'copy.copy': return a[0] ? copyValue(a[0], false) : unknown();
      case 'six.iteritems': case 'six.viewitems': return this.dictItems(a[0], (k, v) => ({ t: 'tuple', items: [k, v] }));
      case 'six.iterkeys': case 'six.viewkeys': return this.dictItems(a[0], (k) => k);
      case 'six.itervalues': case 'six.viewvalues': return this.dictItems(a[0], (_k, v) => v);
      case 'six.ensure_str': case 'six.ensure_text': return a[0] ?? unknown();
      case 'json.load': return this.jsonLoad(a[0], site);
      case 'dataclasses.field': {
        // field(default=x) is x; a default_factory runs at each construction, not followed here
        const d = args.kw.get('default');
        return d ?? unknown('a dataclass field with a default_factory');
      }
      case 'dataclasses.asdict': case 'dataclasses.astuple': return this.dataclassValues(a[0], path.endsWith('asdict'));
      case 'dataclasses.replace': {
        const o = a[0];
        if (o?.t !== 'instance') return unknown('dataclasses.replace');
        const out = copyValue(o, false);
        if (out.t === 'instance') for (const [k, v] of args.kw) out.attrs.set(k, v);
        return out;
      }
      case 'builtins.open': case 'io.open': return this.open(bind(args, ['file', 'mode']), site);
      case 'os.path.join': case 'posixpath.join': {
        const parts = a.map((x) => (x.t === 'str' && !x.partial ? x.v : undefined));
        if (parts.length === 0 || parts.some((x) => x === undefined)) return unknown('a path not known statically');
        // Python's rule: an absolute component discards what came before it
        return str((parts as string[]).reduce((acc, p) => (p.startsWith('/') || acc === '' ? p : acc.endsWith('/') ? acc + p : `${acc}/${p}`), ''));
      }
      case 'os.path.dirname': case 'os.path.basename': {
        const p = a[0]?.t === 'str' && !a[0].partial ? a[0].v : undefined;
        if (p === undefined) return unknown('a path not known statically');
        const i = p.lastIndexOf('/');
        return str(path.endsWith('dirname') ? (i < 0 ? '' : i === 0 ? '/' : p.slice(0, i)) : p.slice(i + 1));
      }
      case 'os.path.abspath': case 'os.path.normpath': {
        // an absolute path normalized; a relative one depends on the working directory (unknown for abspath)
        const p = a[0]?.t === 'str' && !a[0].partial ? a[0].v : undefined;
        if (p === undefined || (!p.startsWith('/') && path.endsWith('abspath'))) return unknown('a path not known statically');
        return str(p.startsWith('/') ? joinPath(p) : joinPath(p) || '.');
      }
      case 'os.path.exists': case 'os.path.isfile': {
        // found in the workspace: it exists; not found: it may exist where the program runs
        const p = strOf(a[0]);
        return p !== undefined && this.read(p) !== undefined ? bool(true) : unknown('a file outside the workspace');
      }
      default: return undefined;
    }
  }

  /** A `six.moves` name (`from six.moves import range`) that is a builtin; undefined for other names. */
  sixMovesAttr(name: string): Value | undefined {
    const b = SIX_MOVES_BUILTINS[name];
    return b ? { t: 'builtin', name: b } : undefined;
  }

  /** `six.string_types` and the other type aliases; undefined for other names. */
  sixAttr(name: string): Value | undefined {
    // six 1.16: PY2 = sys.version_info[0] == 2, PY3 = ... == 3, PY34 = >= (3, 4): the Python 3 the code runs on
    if (name === 'PY2' || name === 'PY3' || name === 'PY34') return { t: 'bool', v: name !== 'PY2' };
    const names = SIX_TYPES[name];
    if (!names) return undefined;
    const items: Value[] = names.map((n) => ({ t: 'builtin', name: n }));
    return name === 'text_type' || name === 'binary_type' ? items[0]! : { t: 'tuple', items };
  }

  /** `dataclasses.asdict` / `astuple` of a dataclass instance (fields in order, values deep-copied). */
  private dataclassValues(o: Value | undefined, asDict: boolean): Value {
    const fields = o?.t === 'instance' ? dataclassFields(o.c) : undefined;
    if (o?.t !== 'instance' || !fields) return unknown('asdict of an object not known statically');
    const vals = fields.map((f) => copyValue(o.attrs.get(f) ?? unknown(), true));
    if (!asDict) return { t: 'tuple', items: vals };
    const d: Value & { t: 'dict' } = { t: 'dict', keys: [], vals: [] };
    fields.forEach((f, i) => dictSet(d, str(f), vals[i]!));
    return d;
  }

  private dictItems(d: Value | undefined, f: (k: Value, v: Value) => Value): Value {
    if (d?.t === 'dict') return { t: 'list', items: d.keys.map((k, i) => f(k, d.vals[i]!)) };
    if (d?.t === 'instance' && !d.havoc) return { t: 'list', items: [...d.attrs].map(([k, v]) => f(str(k), v)) };
    return unknown('items of a mapping not known statically');
  }

  /** `open(path)` / `tf.gfile.GFile(path)`: a file handle whose text is read from the workspace when it is there. */
  open(a: { get(name: string): Value | undefined }, site: CallSite): Value {
    const mode = strOf(a.get('mode')) ?? 'r';
    const p = a.get('file') ?? a.get('name');
    const path = strOf(p);
    if (/[wax+]/.test(mode)) return handle({ kind: 'file', path: path ?? null, text: null, what: 'a file this program writes' });
    if (path === undefined || (p?.t === 'str' && p.partial)) {
      // a path from a value already named missing (a flag without default) says nothing new; others are noted
      if (p?.t !== 'none') {
        this.missing(site.node, site.file, `path:${site.file}:${site.node.startIndex}`,
          'The path of the file read here is not known statically, so the values this program reads from it are unknown. ' +
          'Give the ones it needs with a `# tfscope: name=value` comment, `tfscope scan --set name=value` or the `tfScope.values` setting.');
      }
      return handle({ kind: 'file', path: null, text: null, what: 'a file whose path is not known statically' });
    }
    const text = this.read(path);
    if (text === undefined) {
      this.missing(site.node, site.file, `file:${path}`,
        `'${path}' is not in the workspace, so the values this program reads from it are unknown. ` +
        `Give the ones it needs with a \`# tfscope: name=value\` comment, \`tfscope scan --set name=value\` or the \`tfScope.values\` setting.`);
    }
    return handle({ kind: 'file', path, text: text ?? null, what: `'${path}'` });
  }

  /** A workspace file's text: absolute paths as they are, relative ones from the entry's folder. */
  read(path: string): string | undefined {
    return this.readFile(path.startsWith('/') ? path : joinPath(this.entryDir, path));
  }

  /** Methods of an open file: `read`, `readlines`, `readline`, `close`, `__enter__`. */
  fileMethod(self: Value, h: FileHandle, name: string): Value {
    switch (name) {
      case 'read': return h.text === null ? unknown(OUTSIDE + h.what) : str(h.text);
      case 'readlines': return h.text === null ? unknown(OUTSIDE + h.what) : { t: 'list', items: lines(h.text).map(str) };
      case 'close': case 'flush': case 'write': return NONE;
      case '__enter__': return self;
      default: return unknown(`file.${name}`);
    }
  }

  /** Iterating an open file gives its lines. */
  fileLines(h: FileHandle): Value[] | undefined {
    return h.text === null ? undefined : lines(h.text).map(str);
  }

  /** `json.loads` text (hparams.parse_json): the parsed value, undefined when invalid. */
  parseJsonText(text: string): Value | undefined {
    return parseJson(text);
  }

  private jsonLoad(f: Value | undefined, site: CallSite): Value {
    if (f?.t !== 'tf' || f.h?.kind !== 'file') return unknown('json.load of an object not known statically');
    if (f.h.text === null) return unknown(OUTSIDE + f.h.what);
    return parseJson(f.h.text) ?? (this.tf.diag.raise(site, 'JSONDecodeError', `${f.h.what} is not valid JSON`, 'invalid-json'), unknown('invalid JSON'));
  }

  /**
   * A value read by name that the program takes from outside (a flag without default, a config attribute
   * whose source is not in the workspace): the user's value when they supplied one; else `fallback`, noted once.
   */
  fromOutside(name: string, fallback: Value, node: Node, file: string, why: string): Value {
    const v = this.supplied.get(name);
    if (v !== undefined) return v;
    // the expression read (`config.vocab_size`, `FLAGS.config_file`) when it names the value, else the name
    const label = (node.type === 'attribute' || node.type === 'subscript') && node.text.length <= 60 && !node.text.includes('\n') ? node.text : name;
    this.missing(node, file, `value:${name}`,
      `\`${label}\` is not known statically (${why}). Give it with a \`# tfscope: ${name}=...\` comment, \`tfscope scan --set ${name}=...\` or the \`tfScope.values\` setting.`);
    // an unknown from outside stands as the symbol of its name (a None default stays None: that is its value;
    // the fallback may be the unreadable container itself, whose symbol is not this value's)
    if (fallback.t !== 'unknown') return fallback;
    return symbolic(this.tf.interp, name, { kind: 'outside', expression: label, reason: `\`${label}\` is not known statically: ${why}`, location: loc(node, file), supply: name }, fallback.why);
  }

  /** Several values set at once from outside (`hparams.override_from_dict(<unreadable>)`): one note names those not supplied. */
  fromOutsideAll(names: string[], why: string, node: Node, file: string, what: string): Value[] {
    const lacking = names.filter((n) => !this.supplied.has(n));
    if (lacking.length) {
      const example = lacking.slice(0, 3).map((n) => `${n}=...`).join(' ');
      this.missing(node, file, `values:${lacking.join(',')}`,
        `${lacking.map((n) => `\`${n}\``).join(', ')} ${lacking.length === 1 ? 'is' : 'are'} not known statically (${what} ${why}). ` +
        `Give ${lacking.length === 1 ? 'it' : 'them'} with a \`# tfscope: ${example}\` comment, \`tfscope scan --set\` or the \`tfScope.values\` setting.`);
    }
    return names.map((n) => this.supplied.get(n)
      ?? symbolic(this.tf.interp, n, { kind: 'outside', expression: n, reason: `\`${n}\` is not known statically: ${what} ${why}`, location: loc(node, file), supply: n }, why));
  }

  private missing(node: Node, file: string, key: string, message: string): void {
    if (this.tf.lenient || this.reported.has(key)) return;
    this.reported.add(key);
    this.tf.interp.note(node, file, 'missing-value', message, 'info');
  }
}

function lines(text: string): string[] {
  return text.split(/(?<=\n)/).filter((l) => l.length > 0);
}

/**
 * JSON text as Python's json module reads it: numbers written with a fraction or exponent are floats
 * (`1.0` stays a float, which JavaScript's parser would make an integer). Undefined when invalid.
 */
export function parseJson(text: string): Value | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/("(?:[^"\\]|\\.)*")|(-?\d+(?:\.\d+)?[eE][+-]?\d+|-?\d+\.\d+)/g,
      (m, s: string | undefined) => (s !== undefined ? s : `{"__float__":"${m}"}`)));
  } catch {
    return undefined;
  }
  const conv = (x: unknown): Value => {
    if (x && typeof x === 'object' && !Array.isArray(x)) {
      const o = x as Record<string, unknown>;
      if (Object.keys(o).length === 1 && typeof o.__float__ === 'string') return float(Number(o.__float__));
      const d: Value & { t: 'dict' } = { t: 'dict', keys: [], vals: [] };
      for (const [k, v] of Object.entries(o)) dictSet(d, str(k), conv(v));
      return d;
    }
    if (Array.isArray(x)) return { t: 'list', items: x.map(conv) };
    return fromJson(x);
  };
  return conv(parsed);
}

/** `tf.gfile.GFile(name, mode)` and its spellings: a file read from the workspace through the analysis host. */
export const CONFIGS_API: readonly ApiEntry[] = [
  { names: ['gfile.GFile', 'gfile.Open', 'gfile.FastGFile', 'io.gfile.GFile'], params: ['name', 'mode'], impl: (tf, a, site) => tf.configs.open(a, site) },
  {
    names: ['gfile.Exists', 'io.gfile.exists'], params: ['path'],
    // found in the workspace: it exists; not found: it may exist where the program runs (unknown)
    impl: (tf, a) => {
      const p = a.str('path');
      return p !== undefined && tf.configs.read(p) !== undefined ? bool(true) : unknown('a file outside the workspace');
    },
  },
];
