// Standard-library and configuration stand-ins: absl / tf.app flags, argparse defaults, os.environ, json,
// and calls into libraries that are not TensorFlow (what a program's configuration is when run bare).

import { newThread } from './threads';
import { parseJson } from './configs';
import { freshId } from '../../tf/graph';
import { type Args, type CallSite } from '../interp';
import { bool, float, int, NONE, npScalar, numOf, OUTSIDE, str, strOf, unknown, type Value, handle } from '../values';
import type { TfLibrary } from '../tflib';
import { bind } from './registry';
import { makeNamedTuple } from '../eval/namedtuple';

const NUMPY_UFUNC_OPS: Readonly<Record<string, string>> = { add: '+', subtract: '-', multiply: '*', divide: '/', true_divide: '/' };

/** NumPy functions whose result's shape the analysis computes (lib/numpy.ts); undefined there leaves the value unknown. */
const NUMPY_SHAPING: Readonly<Record<string, (np: TfLibrary['numpy'], args: Args) => Value | undefined>> = {
  'numpy.swapaxes': (np, a) => np.swapaxes(a),
  'numpy.concatenate': (np, a) => np.concatenate(a),
  'numpy.expand_dims': (np, a) => np.expandDims(a),
  'numpy.stack': (np, a) => np.stack(a),
  'numpy.meshgrid': (np, a) => np.meshgrid(a),
};

export class Stdlib {
  constructor(private readonly tf: TfLibrary) {}

  /** Flags defined with absl / tf.app.flags / tf.flags: name → default value (no command line). */
  readonly flagValues = new Map<string, Value>();

  /** argparse parsers: id → (dest → default). */
  readonly parsers = new Map<number, Map<string, Value>>();
  /** argparse parsers: id → each add_argument's option strings, dest, action and type (for parsing a known argv). */
  readonly argSpecs = new Map<number, ArgSpec[]>();
  /** `sys.argv` when the program assigned it a value (`sys.argv = [...]` before parsing its flags). */
  argv: Value | undefined;

  /** absl/tf flags, argparse, os.environ and json: what a program's configuration is when run without arguments. */
  callPlumbing(path: string, args: Args, site: CallSite): Value | undefined {
    const a = args.pos;
    const flag = /(?:^|\.)(?:flags|absl\.flags)\.DEFINE_(\w+)$/.exec(path);
    if (flag) {
      const f = bind(args, ['name', 'default', 'help']);
      const name = f.str('name');
      let v = f.get('default') ?? NONE;
      if (flag[1] === 'list' && v.t === 'str') v = { t: 'list', items: v.v.split(',').map((x) => str(x.trim())) };
      if (name) this.flagValues.set(name, v);
      return NONE;
    }
    if (/(?:^|\.)(?:app|absl\.app)\.run$/.test(path)) {
      // Runs main(argv) (argv unknown). tf.app.run() without main uses __main__.main.
      const main = bind(args, ['main', 'argv']).get('main') ?? this.tf.interp.mainModuleValue('main');
      if (main && main.t !== 'none' && main.t !== 'unknown') this.tf.interp.call(main, { pos: [unknown('argv')], kw: new Map(), posNodes: [null], kwNodes: new Map() }, site);
      return NONE;
    }
    if (path === 'argparse.ArgumentParser') {
      const id = freshId();
      this.parsers.set(id, new Map());
      return handle({ kind: 'argparse', id });
    }
    if (path === 'argparse.Namespace') {
      // argparse.Namespace(**kwargs): an object with those attributes (argparse.py)
      const id = freshId();
      this.parsers.set(id, new Map(args.kw));
      return handle({ kind: 'namespace', id });
    }
    if (path === 'os.environ.get' || path === 'os.getenv') {
      this.tf.interp.note(site.node, site.file, 'environment-assumed', 'Environment variables are taken as unset: the default is used.');
      return bind(args, ['key', 'default']).get('default') ?? NONE;
    }
    if (path === 'json.loads') {
      const t = strOf(a[0]);
      // text read from a file outside the workspace: its JSON is as unknown, and says so
      if (t === undefined) return a[0]?.t === 'unknown' && a[0].why?.startsWith(OUTSIDE) ? a[0] : unknown();
      return parseJson(t) ?? unknown('invalid JSON');
    }
    return undefined;
  }

  argparseMethod(id: number, method: string, args: Args): Value {
    const dests = this.parsers.get(id)!;
    if (method === 'add_argument') {
      const names = args.pos.map(strOf).filter((x): x is string => x !== undefined);
      const long = names.find((n) => n.startsWith('--')) ?? names[0];
      const dest = strOf(args.kw.get('dest')) ?? long?.replace(/^-+/, '').replace(/-/g, '_');
      if (!dest) return NONE;
      const action = strOf(args.kw.get('action'));
      let v = args.kw.get('default') ?? (action === 'store_true' ? bool(false) : action === 'store_false' ? bool(true) : NONE);
      const type = args.kw.get('type');
      if (v.t === 'str' && type?.t === 'builtin' && (type.name === 'int' || type.name === 'float')) {
        const n = Number(v.v);
        v = Number.isNaN(n) ? unknown() : type.name === 'int' ? int(Math.trunc(n)) : float(n);
      }
      dests.set(dest, v);
      const specs = this.argSpecs.get(id) ?? [];
      specs.push({ names, dest, action, type: type?.t === 'builtin' ? type.name : undefined });
      this.argSpecs.set(id, specs);
      return NONE;
    }
    if (method === 'parse_args' || method === 'parse_known_args') {
      const given = args.pos[0] ?? args.kw.get('args');
      const argv = given && given.t !== 'none' ? given : this.argv;
      const tokens = argv?.t === 'list' || argv?.t === 'tuple' ? argv.items.map(strOf) : undefined;
      const parsed = tokens && tokens.every((t) => t !== undefined)
        ? parseArgv(tokens.slice(given && given.t !== 'none' ? 0 : 1) as string[], this.argSpecs.get(id) ?? [], dests) : undefined;
      // each parse gives a new Namespace (argparse.py): what the program assigns to one is not in the parser's defaults
      const nsId = freshId();
      this.parsers.set(nsId, parsed ?? new Map(dests));
      const ns: Value = handle({ kind: 'namespace', id: nsId });
      return method === 'parse_args' ? ns : { t: 'tuple', items: [ns, { t: 'list', items: [] }] };
    }
    return NONE;
  }

  /** numpy, math, functools and other known libraries: the pure functions a reader evaluates. */
  callOther(path: string, args: Args, site: CallSite): Value {
    const config = this.tf.configs.call(path, args, site);
    if (config) return config;
    const plumbing = this.callPlumbing(path, args, site);
    if (plumbing) return plumbing;
    if (path === 'threading.Thread') return newThread(args);
    // tqdm's progress bar yields its iterable's items unchanged (tqdm/std.py __iter__)
    if ((path === 'tqdm.tqdm' || path === 'tqdm.auto.tqdm') && args.pos[0]) return args.pos[0];
    if (path === 'sys.path.append' || path === 'sys.path.insert') {
      const dir = strOf(args.pos[path.endsWith('append') ? 0 : 1]);
      if (dir !== undefined && !dir.includes('?')) this.tf.interp.loader.addSearchPath?.(dir);
      return NONE;
    }
    // NumPy's arithmetic ufuncs on two operands are the operators (numpy/_core/umath): np.divide(x, 255.0) is x / 255.0
    const shaping = NUMPY_SHAPING[path];
    if (shaping) {
      const r = shaping(this.tf.numpy, args);
      if (r) return r;
    }
    const uf = /^numpy\.(add|subtract|multiply|divide|true_divide)$/.exec(path);
    if (uf && args.pos.length === 2 && !args.kw.size && args.pos.some((v) => v.t === 'tensor') && args.pos.every((v) => ['tensor', 'int', 'float', 'bool'].includes(v.t))) return this.tf.interp.binop(NUMPY_UFUNC_OPS[uf[1]!]!, args.pos[0]!, args.pos[1]!);
    const pr = /^random\.(\w+)$/.exec(path);
    if (pr) return this.tf.rng.pythonRandom(pr[1]!, args);
    const a = args.pos;
    const n0 = numOf(a[0]);
    const m = /^(numpy|math)\.(\w+)$/.exec(path);
    if (m) {
      const fn = m[2]!;
      const unary: Record<string, (x: number) => number> = {
        sqrt: Math.sqrt, exp: Math.exp, log: Math.log, log2: Math.log2, log10: Math.log10, floor: Math.floor, ceil: Math.ceil,
        sin: Math.sin, cos: Math.cos, tanh: Math.tanh, fabs: Math.abs, abs: Math.abs,
      };
      if (fn in unary && n0 !== undefined) {
        const r = unary[fn]!(n0);
        // NumPy's functions give NumPy scalars (np.float64), which NumPy's promotion treats as typed
        return fn === 'floor' || fn === 'ceil' ? int(r) : m[1] === 'numpy' ? npScalar(r, 'float64') : float(r);
      }
      if (fn === 'pow' && n0 !== undefined && numOf(a[1]) !== undefined) return float(n0 ** numOf(a[1])!);
      if (path.startsWith('numpy.') && /^(mean|std|var|sum|prod|max|min|amax|amin|median|average)$/.test(fn)) {
        const r = this.tf.numpy.numpyReduce(fn, args);
        if (r) return r;
      }
      if ((fn === 'prod' || fn === 'sum') && a[0]) {
        const items = a[0].t === 'list' || a[0].t === 'tuple' ? a[0].items.map(numOf) : undefined;
        if (items && items.every((x) => x !== undefined)) return int(items.reduce((p, x) => (fn === 'prod' ? p! * x! : p! + x!), fn === 'prod' ? 1 : 0)!);
      }
      if (path.startsWith('numpy.')) {
        const r = this.tf.numpy.numpyArray(fn, args);
        if (r) return r;
      }
    }
    const npr = /^numpy\.random\.(\w+)$/.exec(path);
    if (npr) return this.tf.numpy.numpyRandom(this.tf.seeds.numpyGlobal, npr[1]!, args, 'np.random');
    if (path === 'functools.partial') {
      const kwargs = new Map(args.kw);
      return { t: 'partial', fn: a[0] ?? unknown(), args: a.slice(1), kwargs };
    }
    if (path === 'collections.namedtuple') return makeNamedTuple(args);
    // `@dataclass` is applied where the class is defined (eval/classes.ts); called on a class it returns it
    if (path === 'dataclasses.dataclass') return a[0]?.t === 'class' ? a[0] : unknown();
    if (path === 'collections.OrderedDict' && a.length === 0 && args.kw.size === 0) return { t: 'dict', keys: [], vals: [] };
    const re = /^re\.(match|search|fullmatch)$/.exec(path);
    if (re) return this.reMatch(re[1] as 'match' | 'search' | 'fullmatch', args);
    if (path === 're.split') return reSplit(args);
    return unknown(path);
  }

  /** `re` match objects: id → the groups (index 0: the whole match; undefined: a group that did not take part). */
  private readonly matches = new Map<number, (string | undefined)[]>();

  /**
   * `re.match/search/fullmatch(pattern, string)` when both are known and the pattern means the same in
   * JavaScript (no named groups, inline flags, lookbehind or Python-only escapes).
   */
  private reMatch(kind: 'match' | 'search' | 'fullmatch', args: Args): Value {
    const a = bind(args, ['pattern', 'string', 'flags']);
    const pattern = a.str('pattern');
    const s = a.get('string');
    if (pattern === undefined || s?.t !== 'str' || s.partial || a.given('flags') || /\(\?[P<#a-zA-Z]|\\[AZz]/.test(pattern)) return unknown('re');
    let rx: RegExp;
    try {
      rx = new RegExp(kind === 'fullmatch' ? `^(?:${pattern})$` : kind === 'match' ? `^(?:${pattern})` : pattern);
    } catch {
      return unknown('re');
    }
    const m = rx.exec(s.v);
    if (!m) return NONE;
    const id = freshId();
    this.matches.set(id, [...m]);
    return handle({ kind: 'rematch', id });
  }

  /** `m.group(i...)`, `m.groups()` of a match. */
  matchMethod(id: number, method: string, args: Args): Value {
    const g = this.matches.get(id);
    const val = (x: string | undefined): Value => (x === undefined ? NONE : str(x));
    if (!g) return unknown();
    if (method === 'groups') return { t: 'tuple', items: g.slice(1).map(val) };
    if (method !== 'group') return unknown(`match.${method}`);
    const idx = args.pos.length ? args.pos.map(numOf) : [0];
    if (idx.some((i) => i === undefined || i < 0 || i >= g.length)) return unknown('match.group');
    return idx.length === 1 ? val(g[idx[0]!]) : { t: 'tuple', items: idx.map((i) => val(g[i!])) };
  }

  // ---------- NumPy arrays ----------
}

/**
 * `re.split(pattern, string)`: the pieces between matches, a capturing group's text between them (None for a group
 * that took no part), as JavaScript's split gives them for a pattern that means the same and cannot match empty
 * (Python 3.7+ splits at empty matches differently); maxsplit and flags are not modelled.
 */
function reSplit(args: Args): Value {
  const a = bind(args, ['pattern', 'string', 'maxsplit', 'flags']);
  const pattern = a.str('pattern');
  const s = a.get('string');
  if (pattern === undefined || s?.t !== 'str' || s.partial || a.given('maxsplit') || a.given('flags') || /\(\?[P<#a-zA-Z]|\\[AZz]/.test(pattern)) return unknown('re.split');
  let rx: RegExp;
  try {
    rx = new RegExp(pattern);
  } catch {
    return unknown('re.split');
  }
  if (rx.test('')) return unknown('re.split');
  return { t: 'list', items: s.v.split(rx).map((x): Value => (x === undefined ? NONE : str(x))) };
}

interface ArgSpec { names: string[]; dest: string; action: string | undefined; type: string | undefined }

/**
 * argparse's reading of a known argv (Lib/argparse.py): `--opt value`, `--opt=value`, store_true/store_false flags,
 * positionals in order, int/float `type`s; the parser's defaults for the rest. Undefined (the defaults are used, as
 * without an argv) when a token is not understood: an unknown option, a missing value, nargs, a prefix abbreviation.
 */
function parseArgv(tokens: string[], specs: ArgSpec[], defaults: Map<string, Value>): Map<string, Value> | undefined {
  const out = new Map(defaults);
  const positionals = specs.filter((sp) => sp.names.length > 0 && !sp.names[0]!.startsWith('-'));
  const convert = (sp: ArgSpec, t: string): Value | undefined => {
    if (sp.type === 'int') return /^[-+]?\d+$/.test(t.trim()) ? int(Number(t)) : undefined;
    if (sp.type === 'float') return Number.isNaN(Number(t)) || t.trim() === '' ? undefined : float(Number(t));
    return sp.type === undefined || sp.type === 'str' ? str(t) : undefined;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.startsWith('-') || t === '-') {
      const sp = positionals.shift();
      const v = sp && convert(sp, t);
      if (!sp || !v) return undefined;
      out.set(sp.dest, v);
      continue;
    }
    const eq = t.indexOf('=');
    const opt = eq > 0 ? t.slice(0, eq) : t;
    const sp = specs.find((x) => x.names.includes(opt));
    if (!sp) return undefined;
    if (sp.action === 'store_true' || sp.action === 'store_false') {
      if (eq > 0) return undefined;
      out.set(sp.dest, bool(sp.action === 'store_true'));
      continue;
    }
    if (sp.action !== undefined && sp.action !== 'store') return undefined;
    const raw = eq > 0 ? t.slice(eq + 1) : tokens[++i];
    const v = raw === undefined ? undefined : convert(sp, raw);
    if (!v) return undefined;
    out.set(sp.dest, v);
  }
  return out;
}
