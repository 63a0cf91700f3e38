// Records what real TensorFlow.js does with one program: every variable the engine registers, in creation order
// (name, shape, dtype, trainable, initializer distribution by TF.js's own rules, program line), and the first
// error. Shared by generate-tfjs.mjs (one fresh child per program) and the differential tester's workers
// (scripts/difftest/tfjs/worker.mjs: many programs per process, TF.js's naming state reset before each).
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

const root = path.dirname(path.dirname(path.dirname(new URL(import.meta.url).pathname)));

/** TF.js's computeFans (tfjs-layers/src/initializers.ts, channelsLast). */
export function fans(shape) {
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
export function layerFamily(className, config, shape) {
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

/** Tensor factories whose results a `tf.variable` may start from: the family each call draws from. */
const FACTORIES = {
  zeros: (a) => ({ family: 'zeros', dtype: a[1] ?? 'float32' }),
  ones: (a) => ({ family: 'ones', dtype: a[1] ?? 'float32' }),
  fill: (a) => ({ family: 'const', value: a[1] }),
  randomNormal: (a) => ({ family: 'normal', mean: a[1] ?? 0, stddev: a[2] ?? 1 }),
  truncatedNormal: (a) => ({ family: 'truncated_normal', mean: a[1] ?? 0, stddev: a[2] ?? 1 }),
  randomUniform: (a) => ({ family: 'uniform', minval: a[1] ?? 0, maxval: a[2] ?? 1 }),
};

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** A source map's `mappings` as, per generated line, its segments [generated column, original line] (0-based). */
function decodeMappings(mappings) {
  const lines = [];
  let srcLine = 0;
  for (const text of mappings.split(';')) {
    const segs = [];
    let genCol = 0;
    for (const seg of text ? text.split(',') : []) {
      const v = [];
      let value = 0, shift = 0;
      for (const ch of seg) {
        const d = B64.indexOf(ch);
        value += (d & 31) << shift;
        if (d & 32) shift += 5;
        else { v.push(value & 1 ? -(value >>> 1) : value >>> 1); value = 0; shift = 0; }
      }
      genCol += v[0];
      if (v.length >= 4) { srcLine += v[2]; segs.push([genCol, srcLine]); }
    }
    lines.push(segs);
  }
  return lines;
}

/** Generated line/column tables of the .ts modules loaded so far (file -> decoded mappings). */
const MAPS = new Map();

/** The 1-based .ts line of a 1-based (line, column) in the transpiled module, or the line itself when unmapped. */
function originalLine(file, line, col) {
  const segs = MAPS.get(file)?.[line - 1];
  if (!segs?.length) return line;
  let best = segs[0];
  for (const s of segs) if (s[0] <= col - 1) best = s;
  return best[1] + 1;
}

/**
 * Transpiles `.ts` modules to CommonJS as Node loads them, keeping their source maps to map stack lines; with
 * `jsRoot`, also the `.js` files under it (published examples written as ES modules, `import * as tf ...`).
 */
function installTsLoader(Module, jsRoot) {
  const ts = createRequire(path.join(root, 'package.json'))('typescript');
  const transpile = (module, filename) => {
    const out = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
      fileName: filename,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, sourceMap: true, esModuleInterop: true, allowJs: true },
    });
    MAPS.set(filename, decodeMappings(JSON.parse(out.sourceMapText).mappings));
    module._compile(out.outputText.replace(/\/\/# sourceMappingURL=.*$/m, ''), filename);
  };
  Module._extensions['.ts'] = transpile;
  if (jsRoot) {
    const js = Module._extensions['.js'];
    Module._extensions['.js'] = (module, filename) => (filename.startsWith(jsRoot + path.sep) ? transpile(module, filename) : js(module, filename));
  }
  // `import {x} from './model.js'` in a .ts program names model.ts (TypeScript's module resolution).
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (request, parent, ...rest) {
    try {
      return resolve.call(this, request, parent, ...rest);
    } catch (e) {
      if (!/^\.\.?\/.*\.js$/.test(request)) throw e;
      return resolve.call(this, request.replace(/\.js$/, '.ts'), parent, ...rest);
    }
  };
}

/**
 * A recorder over the `@tensorflow/tfjs` installed under `tfjsDir`. `record(file, programsDir)` runs one program
 * (lines outside `programsDir` are not the program's); with `fresh`, TF.js's naming state is reset first: the
 * layers package is loaded anew (its per-class name counters and weight-name map are module state), registered
 * variables disposed, and the engine's variable counter set back to 0.
 */
export function createRecorder(tfjsDir, { jsRoot } = {}) {
  const req = createRequire(path.join(tfjsDir, 'package.json'));
  const Module = req('module');
  installTsLoader(Module, jsRoot);
  let tfProxy = null;
  const origRequire = Module.prototype.require;
  Module.prototype.require = function (id) {
    if ((id === '@tensorflow/tfjs' || id === '@tensorflow/tfjs-node' || id === '@tensorflow/tfjs-node-gpu') && tfProxy) return tfProxy;
    return origRequire.apply(this, arguments);
  };
  Error.stackTraceLimit = 200;
  let origMake = null;
  const reload = () => {
    tfProxy = null; // the program-facing proxy would answer this require with the old package
    for (const k of Object.keys(req.cache)) if (/@tensorflow[\\/](tfjs|tfjs-layers)[\\/]dist[\\/]/.test(k)) delete req.cache[k];
    const tf = req('@tensorflow/tfjs');
    const engine = tf.engine();
    tf.disposeVariables();
    engine.constructor.nextVariableId = 0;
    return tf;
  };
  let tf = req('@tensorflow/tfjs');
  origMake = tf.engine().makeVariable;
  return {
    record(file, programsDir, fresh = false) {
      if (fresh) tf = reload();
      const r = runOne(tf, file, programsDir, origMake, (p) => { tfProxy = p; }, Module);
      for (const k of Object.keys(req.cache)) if (k.startsWith(programsDir + path.sep)) delete req.cache[k];
      return r;
    },
  };
}

/** A model's name, class and parameter counts as model.summary() prints them (trainable + non-trainable weights,
 *  countParamsInWeights); `countParams` is TF.js's own total, asked only of a built model (it builds a Sequential). */
function modelCounts(mdl) {
  const count = (ws) => ws.reduce((n, w) => n + w.shape.reduce((a, b) => a * b, 1), 0);
  const trainable = count(mdl.trainableWeights);
  const nonTrainable = count(mdl.nonTrainableWeights);
  let countParams = null;
  try {
    if (mdl.built) countParams = mdl.countParams();
  } catch {
    countParams = null;
  }
  return { name: mdl.name, className: mdl.getClassName(), layers: mdl.layers.map((l) => l.name), totalParams: trainable + nonTrainable, trainableParams: trainable, nonTrainableParams: nonTrainable, countParams };
}

/** Runs `file` (as the main module) under wrapped factories, `addWeight` and `makeVariable`; returns { variables, error }. */
function runOne(tf, file, programsDir, origMake, setProxy, Module) {
  const lineOf = (stack) => {
    for (const l of String(stack).split('\n').slice(1)) {
      const m = /\(?(\/[^():]+\.[jt]s):(\d+):(\d+)\)?$/.exec(l.trim());
      if (!m || !m[1].startsWith(programsDir + '/')) continue;
      const line = originalLine(m[1], Number(m[2]), Number(m[3]));
      return m[1] === file ? line : `${path.relative(programsDir, m[1])}:${line}`;
    }
    return null;
  };
  const made = new Map();
  const wrapped = Object.create(null);
  for (const [k, f] of Object.entries(FACTORIES)) {
    wrapped[k] = (...a) => {
      const t = tf[k](...a);
      made.set(t.id, { ...f(a), call: k, args: JSON.parse(JSON.stringify(a)) });
      return t;
    };
  }
  // Models the program makes (tf.sequential / tf.model), for their parameter counts after the run.
  const models = [];
  for (const k of ['sequential', 'model']) {
    wrapped[k] = (...a) => {
      const mdl = tf[k](...a);
      models.push(mdl);
      return mdl;
    };
  }
  // A program's `class M extends tf.Sequential` (or `new tf.Sequential()`) makes a model too: the class the program
  // sees records each instance (tf.sequential() itself constructs the original class, so nothing counts twice).
  wrapped.Sequential = class extends tf.Sequential {
    constructor(...a) {
      super(...a);
      models.push(this);
    }
  };
  // Likewise `class M extends tf.LayersModel` (its constructor makes the functional model); `instanceof` still
  // answers for every LayersModel (tf.model's too).
  wrapped.LayersModel = class extends tf.LayersModel {
    constructor(...a) {
      super(...a);
      models.push(this);
    }
    static [Symbol.hasInstance](x) {
      return x instanceof tf.LayersModel;
    }
  };
  setProxy(new Proxy(tf, { get: (t, k) => (k in wrapped ? wrapped[k] : t[k]) }));
  const records = [];
  const pendingLayerInit = [];
  const Layer = tf.layers.Layer.prototype;
  const origAddWeight = Layer.__origAddWeight ?? Layer.addWeight;
  Layer.__origAddWeight = origAddWeight;
  Layer.addWeight = function (name, shape, dtype, initializer, ...rest) {
    pendingLayerInit.push({ layer: this.name, className: initializer?.getClassName?.() ?? null, config: initializer?.getConfig?.() ?? null });
    try {
      return origAddWeight.call(this, name, shape, dtype, initializer, ...rest);
    } finally {
      pendingLayerInit.pop();
    }
  };
  const engine = tf.engine();
  engine.makeVariable = (initialValue, trainable = true, name, dtype) => {
    const v = origMake.call(engine, initialValue, trainable, name, dtype);
    const layerInit = pendingLayerInit[pendingLayerInit.length - 1];
    const m = made.get(initialValue.id);
    let init;
    if (layerInit) init = layerFamily(layerInit.className, layerInit.config, v.shape);
    else if (m) init = { family: m.family, ...Object.fromEntries(Object.entries(m).filter(([k]) => !['family', 'call', 'args', 'dtype'].includes(k))) };
    else {
      const vals = Array.from(initialValue.dataSync());
      init = vals.length && vals.every((x) => x === vals[0]) ? { family: 'const', value: vals[0] } : { family: 'const', value: vals };
    }
    records.push({
      name: v.name, shape: v.shape, dtype: v.dtype, trainable: v.trainable, init,
      initializer: layerInit ? { className: layerInit.className, config: layerInit.config, layer: layerInit.layer } : (m ? { call: m.call, args: m.args } : null),
      line: lineOf(new Error().stack),
    });
    return v;
  };
  let error = null;
  try {
    // loaded as the main module, as `node program.js` runs it (`require.main === module` holds in the entry only)
    Module._load(file, null, true);
  } catch (e) {
    error = { type: e?.constructor?.name ?? 'Error', message: String(e?.message ?? e), line: lineOf(e?.stack) };
  }
  const rec = { tfjs: tf.version.tfjs ?? tf.version_core ?? null, variables: records, error };
  return models.length ? { ...rec, models: models.map(modelCounts) } : rec;
}
