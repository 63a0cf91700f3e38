// Python string formatting for known values: `str.format` fields (`{}`, `{0}`, `{name}`, `{0[1]}`,
// `{x.attr}`, `!r`, format specs), `%` formatting (`%s %d %i %f %.2f %02d %r %x %e %g`) and the
// format-spec mini-language used by f-strings. Returns undefined whenever a piece is unknown.

import { renderSym } from './symbolic';
import { dictGet, floatRepr, numOf, pyRepr, pyStr, str, type Value } from './values';

/** A symbolic unknown as it stands in a string: `{layer}`. */
function symbolic(v: Value): string | undefined {
  return v.t === 'unknown' && v.sym ? `{${renderSym(v.sym)}}` : undefined;
}

/** When set, pieces that cannot be formatted become '?' (partial strings) instead of failing. */
let lenientPieces = false;

/** Runs `f` with unknown pieces formatted as '?'; returns its result and whether any '?' was used. */
export function withUnknownPieces<T>(f: () => T): { value: T; partial: boolean } {
  const prev = lenientPieces;
  lenientPieces = true;
  usedUnknown = false;
  try {
    const value = f();
    return { value, partial: usedUnknown };
  } finally {
    lenientPieces = prev;
  }
}
let usedUnknown = false;

/** Applies a format spec (`[[fill]align][sign][#][0][width][,][.precision][type]`). */
export function formatWithSpec(v: Value, spec: string): string | undefined {
  const r = formatWithSpecStrict(v, spec);
  if (r === undefined && lenientPieces) {
    usedUnknown = true;
    return symbolic(v) ?? '?';
  }
  return r;
}

function formatWithSpecStrict(v: Value, spec: string): string | undefined {
  if (!spec) return pyStr(v);
  const m = /^(?:(.)?([<>=^]))?([+\- ]?)(#?)(0?)(\d*)([,_]?)(?:\.(\d+))?([bcdeEfFgGnosxX%]?)$/.exec(spec);
  if (!m) return undefined;
  const [, fillRaw, alignRaw, sign, , zero, widthS, grouping, precS, type] = m;
  const n = numOf(v);
  let body = formatBody(v, n, type ?? '', precS ? Number(precS) : undefined);
  if (body === undefined) return undefined;
  const numeric = n !== undefined && v.t !== 'str' && v.t !== 'bool';
  if (grouping && numeric) {
    const [ip, fp] = body.split('.');
    body = ip!.replace(/\B(?=(\d{3})+(?!\d))/g, grouping) + (fp !== undefined ? `.${fp}` : '');
  }
  let signS = '';
  if (numeric) {
    if (n! < 0 || Object.is(n, -0)) signS = '-';
    else if (sign === '+') signS = '+';
    else if (sign === ' ') signS = ' ';
  }
  const width = widthS ? Number(widthS) : 0;
  const fill = fillRaw ?? (zero ? '0' : ' ');
  const align = alignRaw ?? (zero ? '=' : numeric ? '>' : '<');
  const total = signS.length + body.length;
  if (total >= width) return signS + body;
  const pad = width - total;
  switch (align) {
    case '<': return signS + body + fill.repeat(pad);
    case '>': return fill.repeat(pad) + signS + body;
    case '^': return fill.repeat(Math.floor(pad / 2)) + signS + body + fill.repeat(pad - Math.floor(pad / 2));
    case '=': return signS + fill.repeat(pad) + body;
    default: return undefined;
  }
}

/** The digits of a format spec's presentation type (no sign, fill or grouping); undefined when it does not apply. */
function formatBody(v: Value, n: number | undefined, type: string, prec: number | undefined): string | undefined {
  switch (type) {
    case 'd': case 'n':
      return n === undefined || !Number.isInteger(n) ? undefined : String(Math.abs(n));
    case 'f': case 'F':
      return n === undefined ? undefined : pyFixed(Math.abs(n), prec ?? 6);
    case 'e': case 'E': {
      if (n === undefined) return undefined;
      const body = Math.abs(n).toExponential(prec ?? 6).replace(/e([+-])(\d)$/, 'e$10$2');
      return type === 'E' ? body.toUpperCase() : body;
    }
    case 'g': case 'G': {
      if (n === undefined) return undefined;
      const p = prec === 0 ? 1 : prec ?? 6;
      const exp = n === 0 ? 0 : Math.floor(Math.log10(Math.abs(n)));
      if (exp < -4 || exp >= p) return Math.abs(n).toExponential(p - 1).replace(/\.?0+e/, 'e').replace(/e([+-])(\d)$/, 'e$10$2');
      return String(Number(Math.abs(n).toPrecision(p)));
    }
    case '%':
      return n === undefined ? undefined : `${(Math.abs(n) * 100).toFixed(prec ?? 6)}%`;
    case 'x': case 'X': case 'o': case 'b': {
      if (n === undefined || !Number.isInteger(n)) return undefined;
      const body = Math.abs(n).toString(type === 'o' ? 8 : type === 'b' ? 2 : 16);
      return type === 'X' ? body.toUpperCase() : body;
    }
    case 'c':
      return n === undefined ? undefined : String.fromCodePoint(n);
    case 's': case '': {
      if (n !== undefined && v.t !== 'str' && v.t !== 'bool') {
        if (v.t === 'float' && prec !== undefined && type === '') return String(Number(Math.abs(n).toPrecision(prec)));
        return v.t === 'float' ? (prec !== undefined ? Math.abs(n).toPrecision(prec) : floatRepr(Math.abs(n))) : String(Math.abs(n));
      }
      const body = pyStr(v);
      return body === undefined || prec === undefined ? body : body.slice(0, prec);
    }
    default:
      return undefined;
  }
}

/**
 * Python's fixed-point formatting: correctly rounded like JS's toFixed, except that exact ties round
 * half to even (`'%.2f' % 0.125` is '0.12', JS gives '0.13').
 */
export function pyFixed(x: number, p: number): string {
  if (!Number.isFinite(x) || x >= 1e21 || p > 80) return x.toFixed(Math.min(p, 100));
  const wide = x.toFixed(Math.min(100, p + 20));
  const dot = wide.indexOf('.');
  const tail = dot < 0 ? '' : wide.slice(dot + 1 + p);
  if (!/^50*$/.test(tail)) return x.toFixed(p);
  // An exact tie: keep the truncated digits, then round half to even.
  const kept = dot < 0 ? wide : wide.slice(0, p === 0 ? dot : dot + 1 + p);
  const last = kept.replace('.', '').slice(-1);
  if (Number(last) % 2 === 0) return kept;
  return x.toFixed(p);
}

/** `template.format(*args, **kwargs)`. */
export function strFormat(template: string, args: Value[], kwargs: Map<string, Value>): string | undefined {
  let out = '';
  let auto = 0;
  for (let i = 0; i < template.length; i++) {
    const ch = template[i]!;
    if (ch === '{') {
      if (template[i + 1] === '{') { out += '{'; i++; continue; }
      let depth = 1;
      let j = i + 1;
      while (j < template.length && depth > 0) {
        if (template[j] === '{') depth++;
        else if (template[j] === '}') depth--;
        j++;
      }
      if (depth !== 0) return undefined;
      const field = template.slice(i + 1, j - 1);
      i = j - 1;
      const m = /^([^!:]*)(?:!([rsa]))?(?::(.*))?$/s.exec(field);
      if (!m) return undefined;
      const [, ref, conv, specRaw] = m;
      let spec = specRaw ?? '';
      if (spec.includes('{')) {
        const inner = strFormat(spec, args, kwargs);
        if (inner === undefined) return undefined;
        spec = inner;
      }
      let v = resolveField(ref!, args, kwargs, () => auto++);
      if (v === undefined) {
        if (!lenientPieces) return undefined;
        v = { t: 'unknown' };
      }
      if (conv === 'r') {
        const r = pyRepr(v);
        if (r === undefined) return undefined;
        v = str(r);
      }
      const piece = formatWithSpec(v, spec);
      if (piece === undefined) return undefined;
      out += piece;
    } else if (ch === '}') {
      if (template[i + 1] === '}') i++;
      out += '}';
    } else out += ch;
  }
  return out;
}

function resolveField(ref: string, args: Value[], kwargs: Map<string, Value>, next: () => number): Value | undefined {
  const m = /^([^.[]*)(.*)$/.exec(ref)!;
  const head = m[1]!;
  let v: Value | undefined = head === '' ? args[next()] : /^\d+$/.test(head) ? args[Number(head)] : kwargs.get(head);
  let rest = m[2]!;
  while (v && rest) {
    const a = /^\.(\w+)/.exec(rest);
    if (a) {
      v = v.t === 'instance' ? v.attrs.get(a[1]!) : undefined;
      rest = rest.slice(a[0].length);
      continue;
    }
    const b = /^\[([^\]]*)\]/.exec(rest);
    if (b) {
      const key = b[1]!;
      if (v.t === 'list' || v.t === 'tuple') v = /^\d+$/.test(key) ? v.items[Number(key)] : undefined;
      else if (v.t === 'dict') v = dictGet(v, /^\d+$/.test(key) ? { t: 'int', v: Number(key) } : str(key)) ?? dictGet(v, str(key));
      else v = undefined;
      rest = rest.slice(b[0].length);
      continue;
    }
    return undefined;
  }
  return v;
}

/** `template % args` (printf-style). */
export function formatPercent(template: string, args: Value[], mapping?: Value & { t: 'dict' }): string | undefined {
  let out = '';
  let k = 0;
  const re = /%(?:\(([^)]*)\))?([#0\- +]*)(\*|\d+)?(?:\.(\*|\d+))?[hlL]?([diouxXeEfFgGcrsa%])/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(template))) {
    out += template.slice(last, m.index);
    last = m.index + m[0].length;
    const [, key, flags, widthS, precS, conv] = m;
    if (conv === '%') { out += '%'; continue; }
    let v: Value | undefined;
    if (key !== undefined) v = mapping ? dictGet(mapping, str(key)) : undefined;
    else v = args[k++];
    if (!v) {
      if (!lenientPieces) return undefined;
      v = { t: 'unknown' };
    }
    let spec = '';
    const f = flags ?? '';
    if (f.includes('-')) spec += '<';
    if (f.includes('+')) spec += '+';
    else if (f.includes(' ')) spec += ' ';
    if (f.includes('0') && !f.includes('-')) spec += '0';
    if (widthS && widthS !== '*') spec += widthS;
    if (precS && precS !== '*') spec += `.${precS}`;
    let piece: string | undefined;
    switch (conv) {
      case 's': case 'a': piece = formatWithSpec(pyStr(v) !== undefined ? str(pyStr(v)!) : v, spec); break;
      case 'r': { const r = pyRepr(v); piece = r === undefined ? undefined : formatWithSpec(str(r), spec); break; }
      case 'd': case 'i': case 'u': {
        const n = numOf(v);
        piece = n === undefined ? undefined : formatWithSpec({ t: 'int', v: Math.trunc(n) }, `${spec}d`);
        break;
      }
      default: piece = formatWithSpec(v.t === 'int' && 'eEfFgG'.includes(conv!) ? { t: 'float', v: v.v } : v, spec + conv);
    }
    if (piece === undefined) {
      if (!lenientPieces) return undefined;
      usedUnknown = true;
      piece = symbolic(v) ?? '?';
    }
    out += piece;
  }
  out += template.slice(last);
  if (!mapping && k < args.length) return undefined; // TypeError: not all arguments converted
  return out;
}
