// Records what real TensorFlow.js (@tensorflow/tfjs 4.22, installed OUTSIDE the repo) does with each
// test/conformance/tfjs/programs/NNN_*.ts: every variable the engine registers, in creation order, with name,
// shape, dtype, trainable, initializer (class + config for layer weights, the factory call for tf.variable)
// and the program line, plus the first error. Writes test/conformance/tfjs/expected/NNN_*.json.
//
//   npm install --prefix /tmp/tfjs-ref @tensorflow/tfjs@4.22.0
//   node scripts/conformance/generate-tfjs.mjs [--tfjs /tmp/tfjs-ref] [--check] [prefix...]
//
// Each program runs in a fresh `node --enable-source-maps` child (so stack lines are the .ts lines): the
// program is transpiled to CommonJS with the repo's `typescript`, `@tensorflow/tfjs` is the real package,
// and the child wraps `Layer.prototype.addWeight`, the engine's `makeVariable` and the tensor factories.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.dirname(path.dirname(path.dirname(new URL(import.meta.url).pathname)));
const PROGRAMS = path.join(root, 'test/conformance/tfjs/programs');
const EXPECTED = path.join(root, 'test/conformance/tfjs/expected');
/** Prefix of the child's result line (programs may print: model.summary(), console.log). */
const MARK = '@@tfjs-record@@';

// ---------------------------------------------------------------- child: run one program with real tfjs
if (process.argv[2] === '--child') {
  const [, , , tfjsDir, program] = process.argv;
  const req = createRequire(path.join(tfjsDir, 'package.json'));
  const ts = createRequire(path.join(root, 'package.json'))('typescript');
  const tf = req('@tensorflow/tfjs');
  const Module = req('module');
  const file = path.join(PROGRAMS, program);
  // TypeScript files (the entry and its `_helper.ts` modules) are transpiled to CommonJS as Node loads them,
  // with inline source maps so that stack lines are the .ts lines.
  Module._extensions['.ts'] = (module, filename) => {
    const out = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
      fileName: filename,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, inlineSourceMap: true, inlineSources: true, esModuleInterop: true },
    }).outputText;
    module._compile(out.replace(/sourceMappingURL=data:application\/json;base64,(.*)$/m, (m, b64) => {
      const map = JSON.parse(Buffer.from(b64, 'base64').toString());
      map.sources = [filename];
      return `sourceMappingURL=data:application/json;base64,${Buffer.from(JSON.stringify(map)).toString('base64')}`;
    }), filename);
  };

  /** The innermost stack frame inside the program: its 1-based line. */
  /** The innermost stack frame inside programs/: a line number in the entry, `"_helper.ts:12"` in a helper. */
  const lineOf = (stack) => {
    for (const l of String(stack).split('\n').slice(1)) {
      const m = /\(?(\/[^():]+\.ts):(\d+):\d+\)?$/.exec(l.trim());
      if (!m || !m[1].startsWith(PROGRAMS + '/')) continue;
      return m[1] === file ? Number(m[2]) : `${path.relative(PROGRAMS, m[1])}:${m[2]}`;
    }
    return null;
  };

  // Tensor factories: remember how an initial value was made (tensor id -> call).
  const made = new Map();
  const wrapped = Object.create(null);
  const FACTORIES = {
    zeros: (a) => ({ family: 'zeros', dtype: a[1] ?? 'float32' }),
    ones: (a) => ({ family: 'ones', dtype: a[1] ?? 'float32' }),
    fill: (a) => ({ family: 'const', value: a[1] }),
    randomNormal: (a) => ({ family: 'normal', mean: a[1] ?? 0, stddev: a[2] ?? 1 }),
    truncatedNormal: (a) => ({ family: 'truncated_normal', mean: a[1] ?? 0, stddev: a[2] ?? 1 }),
    randomUniform: (a) => ({ family: 'uniform', minval: a[1] ?? 0, maxval: a[2] ?? 1 }),
  };
  for (const [k, f] of Object.entries(FACTORIES)) {
    wrapped[k] = (...a) => {
      const t = tf[k](...a);
      made.set(t.id, { ...f(a), call: k, args: JSON.parse(JSON.stringify(a)) });
      return t;
    };
  }
  const tfProxy = new Proxy(tf, { get: (t, k) => (k in wrapped ? wrapped[k] : t[k]) });
  const origRequire = Module.prototype.require;
  Module.prototype.require = function (id) {
    if (id === '@tensorflow/tfjs' || id === '@tensorflow/tfjs-node') return tfProxy;
    return origRequire.apply(this, arguments);
  };

  Error.stackTraceLimit = 200;
  const records = [];
  const pendingLayerInit = [];
  const origAddWeight = tf.layers.Layer.prototype.addWeight;
  tf.layers.Layer.prototype.addWeight = function (name, shape, dtype, initializer, ...rest) {
    pendingLayerInit.push({ layer: this.name, className: initializer?.getClassName?.() ?? null, config: initializer?.getConfig?.() ?? null });
    try {
      return origAddWeight.call(this, name, shape, dtype, initializer, ...rest);
    } finally {
      pendingLayerInit.pop();
    }
  };
  const engine = tf.engine();
  const origMake = engine.makeVariable.bind(engine);
  engine.makeVariable = (initialValue, trainable = true, name, dtype) => {
    const v = origMake(initialValue, trainable, name, dtype);
    const layerInit = pendingLayerInit[pendingLayerInit.length - 1];
    let init;
    if (layerInit) init = layerFamily(layerInit.className, layerInit.config, v.shape);
    else if (made.has(initialValue.id)) {
      const m = made.get(initialValue.id);
      init = { family: m.family, ...Object.fromEntries(Object.entries(m).filter(([k]) => !['family', 'call', 'args', 'dtype'].includes(k))) };
    } else {
      const vals = Array.from(initialValue.dataSync());
      init = vals.length && vals.every((x) => x === vals[0]) ? { family: 'const', value: vals[0] } : { family: 'const', value: vals };
    }
    records.push({
      name: v.name, shape: v.shape, dtype: v.dtype, trainable: v.trainable, init,
      initializer: layerInit ? { className: layerInit.className, config: layerInit.config, layer: layerInit.layer } : (made.get(initialValue.id) ? { call: made.get(initialValue.id).call, args: made.get(initialValue.id).args } : null),
      line: lineOf(new Error().stack),
    });
    return v;
  };

  let error = null;
  try {
    req(file);
  } catch (e) {
    error = { type: e?.constructor?.name ?? 'Error', message: String(e?.message ?? e), line: lineOf(e?.stack) };
  }
  process.stdout.write('\n' + MARK + JSON.stringify({ program, tfjs: tf.version.tfjs ?? tf.version_core ?? null, variables: records, error }));
  process.exit(0);
}

/** TF.js's computeFans (tfjs-layers/src/initializers.ts, channelsLast). */
function fans(shape) {
  const prod = (a) => a.reduce((x, y) => x * y, 1);
  if (shape.length === 2) return [shape[0], shape[1]];
  if (shape.length >= 3 && shape.length <= 5) {
    const r = prod(shape.slice(0, -2));
    return [shape[shape.length - 2] * r, shape[shape.length - 1] * r];
  }
  const s = Math.sqrt(prod(shape));
  return [s, s];
}

/** The distribution a tfjs-layers initializer (class + config) draws from at `shape`, by TF.js's own rules. */
function layerFamily(className, config, shape) {
  const c = config ?? {};
  switch (className) {
    case 'Zeros': return { family: 'zeros' };
    case 'Ones': return { family: 'ones' };
    case 'Constant': return { family: 'const', value: c.value };
    case 'RandomUniform': return { family: 'uniform', minval: c.minval, maxval: c.maxval };
    case 'RandomNormal': return { family: 'normal', mean: c.mean, stddev: c.stddev };
    case 'TruncatedNormal': return { family: 'truncated_normal', mean: c.mean, stddev: c.stddev };
    case 'Orthogonal': return { family: 'orthogonal', gain: c.gain };
    case 'Identity': return { family: 'identity', gain: c.gain };
    case 'VarianceScaling': case 'GlorotUniform': case 'GlorotNormal': case 'HeNormal': case 'HeUniform':
    case 'LeCunNormal': case 'LeCunUniform': {
      const [fi, fo] = fans(shape);
      let scale = c.scale;
      if (c.mode === 'fanIn') scale /= Math.max(1, fi);
      else if (c.mode === 'fanOut') scale /= Math.max(1, fo);
      else scale /= Math.max(1, (fi + fo) / 2);
      if (c.distribution === 'normal') return { family: 'truncated_normal', mean: 0, stddev: Math.sqrt(scale) };
      const limit = Math.sqrt(3 * scale);
      return { family: 'uniform', minval: -limit, maxval: limit };
    }
    default: return { family: 'unknown', className };
  }
}

// ---------------------------------------------------------------- parent: run every program
const args = process.argv.slice(2);
let tfjsDir = '/tmp/tfjs-ref';
let check = false;
const prefixes = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--tfjs') tfjsDir = args[++i];
  else if (args[i] === '--check') check = true;
  else prefixes.push(args[i]);
}
if (!fs.existsSync(path.join(tfjsDir, 'node_modules/@tensorflow/tfjs'))) {
  console.error(`@tensorflow/tfjs is not installed under ${tfjsDir}: npm install --prefix ${tfjsDir} @tensorflow/tfjs@4.22.0`);
  process.exit(2);
}
fs.mkdirSync(EXPECTED, { recursive: true });
const programs = fs.readdirSync(PROGRAMS).filter((f) => /^\d{3}_.*\.ts$/.test(f)).filter((f) => !prefixes.length || prefixes.some((p) => f.startsWith(p))).sort();
let differ = 0;
for (const p of programs) {
  const r = spawnSync(process.execPath, ['--enable-source-maps', new URL(import.meta.url).pathname, '--child', tfjsDir, p], { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) {
    console.error(`${p}: child failed (${r.status})\n${r.stderr}`);
    differ++;
    continue;
  }
  const line = r.stdout.split('\n').find((l) => l.startsWith(MARK));
  if (!line) {
    console.error(`${p}: no record\n${r.stderr}`);
    differ++;
    continue;
  }
  const rec = JSON.parse(line.slice(MARK.length));
  const text = `${JSON.stringify(rec, null, 1)}\n`;
  const target = path.join(EXPECTED, p.replace(/\.ts$/, '.json'));
  if (check) {
    const same = fs.existsSync(target) && fs.readFileSync(target, 'utf8') === text;
    if (!same) differ++;
    console.log(`${same ? 'same  ' : 'DIFFER'} ${p}`);
  } else {
    fs.writeFileSync(target, text);
    console.log(`${p}: ${rec.variables.length} variables${rec.error ? `, raised ${rec.error.type}: ${rec.error.message}` : ''}`);
  }
}
process.exit(differ ? 1 : 0);
