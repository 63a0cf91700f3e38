// Program trees of the Python differential tester: a seeded PRNG, the node shape generated programs are
// built from (a statement head, optional removable arguments, an optional indented body), rendering to
// Python source, and the one-step reductions the shrinker tries (delete a node, unwrap a block, drop an arg).

/** mulberry32 over a 32-bit state derived from (seed, index): the same pair always gives the same stream. */
export function rng(seed, index = 0) {
  let s = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul((index + 1) >>> 0, 0x85ebca77)) >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const r = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    chance: (p) => next() < p,
    /** Picks from [weight, value] pairs. */
    weighted: (pairs) => {
      const total = pairs.reduce((a, [w]) => a + w, 0);
      let x = next() * total;
      for (const [w, v] of pairs) if ((x -= w) < 0) return v;
      return pairs[pairs.length - 1][1];
    },
  };
  return r;
}

/**
 * A statement. `head` is its text, or a call `{ fn, args: [{ text, opt }], tail }` whose `opt` arguments the
 * shrinker may drop; `body` (a block statement's children) renders indented, `pass` when empty.
 * `keep` marks statements the shrinker must not delete or unwrap (imports, the graph block).
 */
export function stmt(head, body, keep = false) {
  return { head, ...(body ? { body } : {}), ...(keep ? { keep: true } : {}) };
}

/** A call head: `call('v = tf.Variable', ['1.0'], { name: '"v"' })`; keyword args are optional (droppable). */
export function call(fn, positional, keywords = {}, tail = '') {
  const args = positional.map((text) => ({ text, opt: false }));
  for (const [k, v] of Object.entries(keywords)) if (v !== undefined) args.push({ text: `${k}=${v}`, opt: true });
  return { fn, args, tail };
}

/** The call's text: `fn(arg, …)tail`. */
export function callText(c) {
  return `${c.fn}(${c.args.map((a) => a.text).join(', ')})${c.tail}`;
}

function headText(h) {
  return typeof h === 'string' ? h : callText(h);
}

/** Python source of a list of statements. */
export function render(nodes, indent = '') {
  const lines = [];
  for (const n of nodes) {
    if (n.body) {
      lines.push(`${indent}${headText(n.head)}:`);
      if (n.body.length) lines.push(render(n.body, indent + '    '));
      else lines.push(`${indent}    pass`);
    } else lines.push(`${indent}${headText(n.head)}`);
  }
  return lines.filter((l) => l !== '').join('\n');
}

/** Every statement with the list holding it and its index there (pre-order). */
function places(nodes, out = []) {
  nodes.forEach((n, i) => {
    out.push({ list: nodes, i, node: n });
    if (n.body) places(n.body, out);
  });
  return out;
}

function clone(nodes) {
  return JSON.parse(JSON.stringify(nodes));
}

/**
 * Every one-step reduction of a program, biggest first: delete a statement, replace a block by its body,
 * drop an optional argument. Each candidate is a fresh tree.
 */
export function* reductions(nodes) {
  const n = places(nodes).length;
  for (let k = n - 1; k >= 0; k--) {
    const t = clone(nodes);
    const p = places(t)[k];
    if (p.node.keep) continue;
    p.list.splice(p.i, 1);
    yield t;
  }
  for (let k = 0; k < n; k++) {
    const t = clone(nodes);
    const p = places(t)[k];
    if (p.node.keep || !p.node.body || p.node.head.startsWith?.('def ')) continue;
    p.list.splice(p.i, 1, ...p.node.body);
    yield t;
  }
  for (let k = 0; k < n; k++) {
    const head = places(nodes)[k].node.head;
    if (typeof head === 'string') continue;
    for (let j = head.args.length - 1; j >= 0; j--) {
      if (!head.args[j].opt) continue;
      const t = clone(nodes);
      places(t)[k].node.head.args.splice(j, 1);
      yield t;
    }
  }
}

/** Number of statements and arguments: the shrinker's measure of size. */
export function size(nodes) {
  return places(nodes).reduce((a, p) => a + 1 + (typeof p.node.head === 'string' ? 0 : p.node.head.args.length), 0);
}
