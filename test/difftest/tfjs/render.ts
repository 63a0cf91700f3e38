// Writes a generated Program (spec.ts) as a TypeScript TF.js program, and checks that a (shrunk) Program is
// still valid by the generator's shape rules. Contract: render is deterministic; identifiers are suffixed with
// the block index (and step index) so that blocks can be removed independently.

import { featureValid, renderFeature } from './featureGen';
import { outputShape, type Shape } from './shapes';
import { isMerge, isShared, layerCall, lit, type FunctionalBlock, type LayerSpec, type Lit, type Program, type SequentialBlock, type VarSpec, type VariablesBlock } from './spec';

const ST = 'as tf.SymbolicTensor';

/** A helper function returning the layer (dense's units as its parameter); [declaration lines, call]. */
function helper(s: LayerSpec, id: string): [string[], string] {
  if (typeof s.opts['units'] === 'number' && !s.inner) {
    const { units, ...rest } = s.opts;
    const body = Object.keys(rest).length ? `{ units, ${lit(rest).slice(2)}` : '{ units }';
    return [[`function ${id}(units: number) {`, `  return tf.layers.${s.factory}(${body});`, '}'], `${id}(${lit(units!)})`];
  }
  return [[`function ${id}() {`, `  return ${layerCall(s)};`, '}'], `${id}()`];
}

function inputExtra(b: SequentialBlock): Record<string, Lit> {
  if (b.input === 'inputShape') return b.batchSize ? { inputShape: b.inputShape, batchSize: b.batchSize } : { inputShape: b.inputShape };
  if (b.input === 'batchInputShape') return { batchInputShape: [null, ...b.inputShape] };
  if (b.input === 'inputDim') return { inputDim: b.inputShape[0]! };
  return {};
}

function sequential(b: SequentialBlock, k: number): string[] {
  const pre: string[] = [];
  const calls = b.layers.map((l, j) => {
    let call = layerCall(l, j === 0 ? inputExtra(b) : {});
    if (l.viaHelper && j > 0) {
      const [decl, c] = helper(l, `make${k}_${j}`);
      pre.push(...decl);
      call = c;
    }
    if (!l.predeclared || l.repeat) return call;
    pre.push(`const layer${k}_${j} = ${call};`);
    return `layer${k}_${j}`;
  });
  const m = `model${k}`;
  const ilName: Record<string, Lit> = b.inputLayerName ? { name: b.inputLayerName } : {};
  const first = b.input === 'inputLayer' ? [`tf.layers.inputLayer(${lit({ inputShape: b.inputShape, ...ilName })})`]
    : b.input === 'inputLayerBatch' ? [`tf.layers.inputLayer(${lit({ batchInputShape: [null, ...b.inputShape], ...ilName })})`] : [];
  const out = [...pre];
  const named = b.name ? `  name: '${b.name}',` : null;
  if (b.style === 'layers') {
    out.push(`const ${m} = tf.sequential({`, ...(named ? [named] : []), '  layers: [', ...[...first, ...calls].map((c) => `    ${c},`), '  ],', '});');
  } else {
    out.push(b.name ? `const ${m} = tf.sequential({ name: '${b.name}' });` : `const ${m} = tf.sequential();`, ...first.map((c) => `${m}.add(${c});`));
    b.layers.forEach((l, j) => {
      if (l.repeat) out.push(`for (let i = 0; i < ${l.repeat}; i++) {`, `  ${m}.add(${calls[j]});`, '}');
      else out.push(`${m}.add(${calls[j]});`);
    });
  }
  if (b.compile) out.push(`${m}.compile({ optimizer: '${b.compile}', loss: 'meanSquaredError' });`);
  if (!b.builder) return out;
  const builds = Array.from({ length: b.builder }, () => `buildModel${k}()`).join(', ');
  return [`function buildModel${k}() {`, ...out.map((l) => `  ${l}`), `  return ${m};`, '}', `const models${k} = [${builds}];`];
}

function functional(b: FunctionalBlock, k: number): string[] {
  const h = `h${k}`;
  const inputOpts: Record<string, Lit> = b.batchShape ? { batchShape: [null, ...b.inputShape] } : { shape: b.inputShape };
  if (b.inputName) inputOpts['name'] = b.inputName;
  const out = [`const in${k} = tf.input(${lit(inputOpts)});`, `let ${h}: tf.SymbolicTensor = in${k};`];
  b.steps.forEach((s, j) => {
    if (isMerge(s)) {
      const br = `tf.layers.dense({ units: ${s.units} }).apply(${h}) ${ST}`;
      out.push(`const a${k}_${j} = ${br};`, `const b${k}_${j} = ${br};`, `${h} = tf.layers.${s.merge}().apply([a${k}_${j}, b${k}_${j}]) ${ST};`);
    } else if (isShared(s)) {
      out.push(`const s${k}_${j} = ${layerCall(s.shared)};`, `${h} = s${k}_${j}.apply(s${k}_${j}.apply(${h}) ${ST}) ${ST};`);
    } else if (s.viaHelper) {
      const [decl, call] = helper(s, `make${k}_${j}`);
      out.unshift(...decl);
      out.push(`${h} = ${call}.apply(${h}) ${ST};`);
    } else out.push(`${h} = ${layerCall(s)}.apply(${h}) ${ST};`);
  });
  if (b.second) {
    out.splice(1, 0, `const in${k}b = tf.input({ shape: [${b.second}] });`);
    out.push(`${h} = tf.layers.concatenate().apply([${h}, in${k}b]) ${ST};`, `${h} = tf.layers.dense({ units: 2 }).apply(${h}) ${ST};`);
  }
  out.push(`const model${k} = tf.model({ inputs: ${b.second ? `[in${k}, in${k}b]` : `in${k}`}, outputs: ${h} });`);
  if (b.compile) out.push(`model${k}.compile({ optimizer: '${b.compile}', loss: 'meanSquaredError' });`);
  return out;
}

/** `tf.zeros([2, 3])` (`shape` is the source of the shape). */
function value(v: VarSpec, shape: string): string {
  if (v.factory === 'tensor2d') return `tf.tensor2d(${lit(v.args[0]!)})`;
  if (v.factory === 'scalar') return `tf.scalar(${lit(v.args[0]!)})`;
  if (v.factory === 'tensor1d') return `tf.tensor1d(${lit(v.args[0]!)})`;
  return `tf.${v.factory}(${[shape, ...v.args.map(lit)].join(', ')})`;
}

function variableCall(v: VarSpec, val: string, name: string | undefined): string {
  const args = [val, v.trainable === undefined ? 'undefined' : String(v.trainable), name ?? 'undefined', v.dtype ? `'${v.dtype}'` : 'undefined'];
  while (args.length > 1 && args[args.length - 1] === 'undefined') args.pop();
  return `tf.variable(${args.join(', ')})`;
}

function variables(b: VariablesBlock, k: number): string[] {
  const out: string[] = [];
  b.vars.forEach((v, j) => {
    if (v.factory.startsWith('train.')) {
      out.push(`const opt${k}_${j} = tf.${v.factory}(${v.args.map(lit).join(', ')});`);
      return;
    }
    if (!v.loop) {
      out.push(`const v${k}_${j} = ${variableCall(v, value(v, lit(v.shape)), v.name === undefined ? undefined : `'${v.name}'`)};`);
      return;
    }
    const shape = `[i + 1${v.shape.slice(1).map((d) => `, ${d}`).join('')}]`;
    const name = v.name === undefined ? undefined : `\`${v.name}_\${i}\``;
    out.push(`const vs${k}_${j}: tf.Variable[] = [];`, `for (let i = 0; i < ${v.loop}; i++) {`, `  vs${k}_${j}.push(${variableCall(v, value(v, shape), name)});`, '}');
  });
  return out;
}

/** The program as TypeScript source. */
export function render(p: Program): string {
  const out = ["import * as tf from '@tensorflow/tfjs';"];
  p.blocks.forEach((b, k) => {
    out.push('');
    if (b.kind === 'sequential') out.push(...sequential(b, k));
    else if (b.kind === 'functional') out.push(...functional(b, k));
    else if (b.kind === 'feature') out.push(...renderFeature(b, k));
    else out.push(...variables(b, k));
  });
  return `${out.join('\n')}\n`;
}

/** Whether every model of `p` still chains by the generator's shape rules (a shrink step may break one). */
export function valid(p: Program): boolean {
  for (const b of p.blocks) {
    if (b.kind === 'variables') continue;
    if (b.kind === 'feature') {
      if (!featureValid(b)) return false;
      continue;
    }
    if (b.kind === 'sequential' && (b.layers.length === 0 || (b.input === 'inputDim' && (b.inputShape.length !== 1 || b.layers[0]!.factory !== 'dense')))) return false;
    let cur: Shape | null = b.inputShape;
    const steps = b.kind === 'sequential' ? b.layers : b.steps;
    for (const s of steps) {
      if (!cur) return false;
      if (isMerge(s)) cur = [...cur.slice(0, -1), s.merge === 'concatenate' ? 2 * s.units : s.units];
      else if (isShared(s)) cur = s.shared.opts['units'] === cur[cur.length - 1] ? cur : null;
      else cur = outputShape(s, cur);
    }
    if (!cur || (b.kind === 'functional' && b.second && cur.length !== 1)) return false;
  }
  return true;
}
