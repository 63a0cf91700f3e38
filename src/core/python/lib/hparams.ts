// tf.contrib.training.HParams as TF 1.15 defines it (tensorflow/contrib/training/python/training/hparam.py at
// v1.15.0): hyperparameters are plain attributes of the object, their types recorded at add_hparam in
// `_hparam_types` (name -> (type, is_list)); set_hparam/override_from_dict/parse cast new values to that type.

import { type Args, type CallSite } from '../interp';
import {
  dictSet, float, int, NONE, OUTSIDE, pyRepr, str, strOf, unknown, type ClassVal, type Value,
} from '../values';
import { newModule } from '../workspace';
import type { TfLibrary } from '../tflib';
import type { ApiEntry, BoundArgs } from './registry';
import { bind } from './registry';

type Inst = Value & { t: 'instance' };

/** HParams' own methods (hparam.py): also the names add_hparam refuses as "reserved". */
const METHODS = new Set([
  'add_hparam', 'set_hparam', 'del_hparam', 'parse', 'override_from_dict', 'set_from_map', 'set_model_structure',
  'get_model_structure', 'to_json', 'parse_json', 'values', 'get', 'to_proto', 'from_proto',
]);

/** Python's type name of a plain value (what `type(value)` is in hparam.py), null when the value is unknown. */
function typeName(v: Value): string | null {
  switch (v.t) {
    case 'int': return v.np ? null : 'int';
    case 'float': return v.np ? null : 'float';
    case 'str': return v.partial ? null : 'str';
    case 'bool': return 'bool';
    case 'none': return 'NoneType';
    case 'list': return 'list';
    case 'tuple': return 'tuple';
    case 'dict': return 'dict';
    case 'unknown': return null;
    default: return 'object';
  }
}

export class HParamsLib {
  private cls: ClassVal | null = null;

  constructor(private readonly tf: TfLibrary) {}

  /** The HParams class (one per analysis), its library base naming it for isinstance and method lookups. */
  private klass(): ClassVal {
    this.cls ??= {
      name: 'HParams', attrs: new Map(), bases: [{ t: 'tf', path: 'tensorflow.contrib.training.HParams' }],
      module: newModule('tensorflow.contrib.training', '<tensorflow.contrib.training>'),
    };
    return this.cls;
  }

  isHParams(v: Value): boolean {
    return v.t === 'instance' && v.c === this.cls;
  }

  /** `HParams(hparam_def=None, model_structure=None, **kwargs)`: each keyword through add_hparam, in order. */
  construct(a: BoundArgs, args: Args, site: CallSite): Value {
    const inst: Inst = { t: 'instance', c: this.klass(), attrs: new Map() };
    inst.attrs.set('_hparam_types', { t: 'dict', keys: [], vals: [] });
    inst.attrs.set('_model_structure', a.get('model_structure') ?? NONE);
    for (const [k, v] of args.kw) {
      if (k === 'hparam_def' || k === 'model_structure') continue;
      if (!this.addHparam(inst, k, v, site)) break;
    }
    return inst;
  }

  private types(inst: Inst): Value & { t: 'dict' } {
    const t = inst.attrs.get('_hparam_types');
    if (t?.t === 'dict') return t;
    const d: Value & { t: 'dict' } = { t: 'dict', keys: [], vals: [] };
    inst.attrs.set('_hparam_types', d);
    return d;
  }

  /** (type name, is_list) recorded for `name`; undefined when `name` is not a hyperparameter. */
  private typeOf(inst: Inst, name: string): [string | null, boolean] | undefined {
    const d = this.types(inst);
    const i = d.keys.findIndex((k) => k.t === 'str' && k.v === name);
    if (i < 0) return undefined;
    const t = d.vals[i]!;
    if (t.t !== 'tuple') return [null, false];
    const [ty, list] = t.items;
    return [strOf(ty) ?? null, list?.t === 'bool' ? list.v : false];
  }

  /** add_hparam: refuses reserved names (an attribute that is not None), empty lists; records (type, is_list). */
  private addHparam(inst: Inst, name: string, value: Value, site: CallSite): boolean {
    const existing = inst.attrs.get(name);
    if (METHODS.has(name) || (existing !== undefined && existing.t !== 'none')) {
      this.tf.diag.raise(site, 'ValueError', `Hyperparameter name is reserved: ${name}`, 'hparams-error');
      return false;
    }
    let entry: Value;
    if (value.t === 'list' || value.t === 'tuple') {
      if (value.items.length === 0) {
        this.tf.diag.raise(site, 'ValueError', `Multi-valued hyperparameters cannot be empty: ${name}`, 'hparams-error');
        return false;
      }
      entry = { t: 'tuple', items: [typeOrUnknown(value.items[0]!), { t: 'bool', v: true }] };
    } else entry = { t: 'tuple', items: [typeOrUnknown(value), { t: 'bool', v: false }] };
    dictSet(this.types(inst), str(name), entry);
    inst.attrs.set(name, value);
    return true;
  }

  /** set_hparam: the value cast to the recorded type (`_cast_to_type_if_compatible`); KeyError for an unknown name. */
  private setHparam(inst: Inst, name: string, value: Value, site: CallSite): boolean {
    const t = this.typeOf(inst, name);
    if (!t) {
      this.tf.diag.raise(site, 'KeyError', `'${name}'`, 'hparams-error');
      return false;
    }
    const [ty, isList] = t;
    if (value.t === 'list') {
      if (!isList) return this.fail(site, `Must not pass a list for single-valued parameter: ${name}`);
      const items: Value[] = [];
      for (const x of value.items) {
        const c = this.cast(name, ty, x, site);
        if (!c) return false;
        items.push(c);
      }
      inst.attrs.set(name, { t: 'list', items });
      return true;
    }
    if (isList && value.t !== 'unknown') return this.fail(site, `Must pass a list for multi-valued parameter: ${name}.`);
    const c = this.cast(name, ty, value, site);
    if (!c) return false;
    inst.attrs.set(name, c);
    return true;
  }

  private fail(site: CallSite, message: string): false {
    this.tf.diag.raise(site, 'ValueError', message, 'hparams-error');
    return false;
  }

  /** hparam.py `_cast_to_type_if_compatible`: no str from non-str, no bool/non-bool mix, no float to int. */
  private cast(name: string, ty: string | null, v: Value, site: CallSite): Value | undefined {
    const vt = typeName(v);
    if (ty === null || vt === null) return ty === null ? v : unknown(`hparam ${name}`);
    if (vt === ty || ty === 'NoneType') return v;
    const failed = (): undefined => {
      this.fail(site, `Could not cast hparam '${name}' of type '<class '${ty}'>' from value ${pyRepr(v) ?? '?'}`);
      return undefined;
    };
    if (ty === 'str' && vt !== 'str') return failed();
    if ((ty === 'bool') !== (vt === 'bool')) return failed();
    if (ty === 'int' && vt !== 'int') return failed();
    if ((ty === 'int' || ty === 'float') && vt !== 'int' && vt !== 'float') return failed();
    if (ty === 'float' && (v.t === 'int' || v.t === 'float')) return float(v.v);
    if (ty === 'int' && v.t === 'int') return v;
    return unknown(`hparam ${name} cast to ${ty}`);
  }

  /** A method of an HParams object, or undefined when `name` is not one. */
  attr(inst: Inst, name: string): Value | undefined {
    return METHODS.has(name) ? { t: 'tfmethod', self: inst, name: `hparams.${name}` } : undefined;
  }

  callMethod(inst: Inst, method: string, args: Args, site: CallSite): Value {
    switch (method) {
      case 'add_hparam': {
        const a = bind(args, ['name', 'value']);
        const n = a.str('name');
        if (n !== undefined) this.addHparam(inst, n, a.get('value') ?? NONE, site);
        return NONE;
      }
      case 'set_hparam': {
        const a = bind(args, ['name', 'value']);
        const n = a.str('name');
        if (n !== undefined) this.setHparam(inst, n, a.get('value') ?? NONE, site);
        else this.forgetAll(inst, 'set_hparam of a name not known statically', site);
        return NONE;
      }
      case 'del_hparam': {
        const n = bind(args, ['name']).str('name');
        const d = this.types(inst);
        const i = d.keys.findIndex((k) => k.t === 'str' && k.v === n);
        if (n !== undefined && i >= 0) { d.keys.splice(i, 1); d.vals.splice(i, 1); inst.attrs.delete(n); }
        return NONE;
      }
      case 'override_from_dict': case 'set_from_map':
        return this.overrideFromDict(inst, bind(args, [method === 'set_from_map' ? 'values_map' : 'values_dict']).get(method === 'set_from_map' ? 'values_map' : 'values_dict'), site);
      case 'parse': return this.parse(inst, bind(args, ['values']).get('values'), site);
      case 'parse_json': {
        const text = bind(args, ['values_json']).str('values_json');
        const d = text === undefined ? undefined : this.tf.configs.parseJsonText(text);
        return this.overrideFromDict(inst, d, site);
      }
      case 'values': {
        const out: Value & { t: 'dict' } = { t: 'dict', keys: [], vals: [] };
        for (const k of this.types(inst).keys) if (k.t === 'str') dictSet(out, k, inst.attrs.get(k.v) ?? unknown());
        return out;
      }
      case 'get': {
        const a = bind(args, ['key', 'default']);
        const k = a.str('key');
        if (k === undefined) return unknown();
        return this.typeOf(inst, k) ? inst.attrs.get(k) ?? unknown() : a.get('default') ?? NONE;
      }
      case 'set_model_structure': inst.attrs.set('_model_structure', bind(args, ['model_structure']).get('model_structure') ?? NONE); return NONE;
      case 'get_model_structure': return inst.attrs.get('_model_structure') ?? NONE;
      default: return unknown(`HParams.${method}`);
    }
  }

  /** override_from_dict: set_hparam per item; a mapping the analysis cannot read leaves every hparam unknown. */
  private overrideFromDict(inst: Inst, d: Value | undefined, site: CallSite): Value {
    if (d?.t !== 'dict') {
      const why = d?.t === 'unknown' && d.why ? (d.why.startsWith(OUTSIDE) ? d.why.slice(OUTSIDE.length) : d.why) : 'values not known statically';
      this.forgetAll(inst, why, site);
      return inst;
    }
    for (let i = 0; i < d.keys.length; i++) {
      const k = d.keys[i]!;
      if (k.t !== 'str') { this.forgetAll(inst, 'a key not known statically', site); break; }
      if (!this.setHparam(inst, k.v, d.vals[i]!, site)) break;
    }
    return inst;
  }

  /** Every hyperparameter may have been overridden with a value the analysis does not know: the user's value, else unknown. */
  private forgetAll(inst: Inst, why: string, site: CallSite): void {
    const names = this.types(inst).keys.flatMap((k) => (k.t === 'str' ? [k.v] : []));
    const values = this.tf.configs.fromOutsideAll(names, why, site.node, site.file, 'HParams values overridden from');
    names.forEach((n, i) => inst.attrs.set(n, values[i]!));
  }

  /** parse("a=1,b=[2,3]"): hparam.py's parse_values with the recorded types, then override_from_dict. */
  private parse(inst: Inst, values: Value | undefined, site: CallSite): Value {
    const text = strOf(values);
    if (text === undefined || (values?.t === 'str' && values.partial)) {
      this.forgetAll(inst, 'a parse() string not known statically', site);
      return inst;
    }
    const map = parseValues(text, (n) => this.typeOf(inst, n)?.[0]);
    if (typeof map === 'string') {
      this.tf.diag.raise(site, 'ValueError', map, 'hparams-error');
      return inst;
    }
    return this.overrideFromDict(inst, map, site);
  }
}

function typeOrUnknown(v: Value): Value {
  const t = typeName(v);
  return t === null ? unknown('type of an hparam') : str(t);
}

/** One scalar of parse(): `int(s)`, `float(s)`, the bool spellings, `str`; undefined when Python's cast fails. */
function parseScalar(type: string | null | undefined, s: string): Value | undefined {
  const t = s.trim();
  switch (type) {
    case 'int': return /^[+-]?\d+(_\d+)*$/.test(t) ? int(Number(t.replace(/_/g, ''))) : undefined;
    case 'float': {
      if (/^[+-]?(inf(inity)?|nan)$/i.test(t)) return float(Number(t.replace(/^([+-]?)inf(inity)?$/i, '$1Infinity')));
      return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t) ? float(Number(t)) : undefined;
    }
    case 'bool': {
      if (s === 'true' || s === 'True') return { t: 'bool', v: true };
      if (s === 'false' || s === 'False') return { t: 'bool', v: false };
      return /^[+-]?\d+$/.test(t) ? { t: 'bool', v: Number(t) !== 0 } : undefined;
    }
    case 'str': return str(s);
    default: return unknown('parsed hparam');
  }
}

/**
 * hparam.py's `parse_values`: comma-separated `name=value` or `name=[v1,v2]`; each value parsed with the
 * hyperparameter's type. A dict of the parsed values, or the ValueError message TF raises.
 */
export function parseValues(values: string, typeOf: (name: string) => string | null | undefined): (Value & { t: 'dict' }) | string {
  const re = /([a-zA-Z][\w.]*)(\[\s*\d*\s*\])?\s*=\s*(?:([^,[]*)|\[([^\]]*)\])($|,\s*)/y;
  const out: Value & { t: 'dict' } = { t: 'dict', keys: [], vals: [] };
  const seen = new Set<string>();
  let pos = 0;
  while (pos < values.length) {
    re.lastIndex = pos;
    const m = re.exec(values);
    if (!m) return `Malformed hyperparameter value: ${values.slice(pos)}`;
    pos = re.lastIndex;
    const name = m[1]!;
    if (m[2] !== undefined) return `Malformed hyperparameter value: ${values}`; // indexed assignment: not followed
    const type = typeOf(name);
    if (type === undefined) return `Unknown hyperparameter type for ${name}`;
    if (seen.has(name)) return `Multiple assignments to variable '${name}' in ${values}`;
    seen.add(name);
    const tyName = type ?? '?';
    if (m[3] !== undefined) {
      const v = parseScalar(type, m[3]);
      if (!v) return `Could not parse hparam '${name}' of type '${tyName}' with value '${m[3]}' in ${values}`;
      dictSet(out, str(name), v);
    } else {
      const items: Value[] = [];
      for (const e of (m[4] ?? '').split(/[ ,]/).filter((x) => x)) {
        const v = parseScalar(type, e);
        if (!v) return `Could not parse hparam '${name}' of type '${tyName}' with value '${m[4]}' in ${values}`;
        items.push(v);
      }
      dictSet(out, str(name), { t: 'list', items });
    }
  }
  return out;
}

/** `tf.contrib.training.HParams(**kwargs)` (and its module path `contrib.training.python.training.hparam.HParams`). */
export const HPARAMS_API: readonly ApiEntry[] = [
  {
    names: ['contrib.training.HParams', 'contrib.training.python.training.hparam.HParams'],
    params: ['hparam_def', 'model_structure'],
    impl: (tf, a, site) => tf.hparams.construct(a, a.raw, site),
  },
];
