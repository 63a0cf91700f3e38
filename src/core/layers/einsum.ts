// Keras 3's EinsumDense shape analysis (keras/src/layers/core/einsum_dense.py, _analyze_einsum_string and
// _analyze_split_string): from the equation, bias_axes, the input shape and the partial output shape, the kernel's
// and bias's shapes, the full output shape, and which kernel axes are input and output units (the fans Keras gives
// variance scaling). Pure; Keras's ValueError messages where it raises; null dims stay null.

import type { Dim } from './types';

export interface EinsumShapes {
  kernel: Dim[];
  bias: Dim[] | null;
  output: Dim[];
  inputAxes: number[];
  outputAxes: number[];
}

export type EinsumResult = EinsumShapes | { error: string };

/** The equation's three specs and where its ellipsis is, or Keras's error for an unsupported form. */
function splitEquation(equation: string): { input: string; weight: string; output: string; leftElided: boolean } | { error: string } {
  const s = equation.replace(/\.\.\./g, '0');
  let m = /^([a-zA-Z]+),([a-zA-Z]+)->([a-zA-Z]+)/.exec(s);
  if (m) return { input: m[1]!, weight: m[2]!, output: m[3]!, leftElided: false };
  m = /^0([a-zA-Z]+),([a-zA-Z]+)->0([a-zA-Z]+)/.exec(s);
  if (m) return { input: m[1]!, weight: m[2]!, output: m[3]!, leftElided: true };
  m = /^([a-zA-Z]{2,})0,([a-zA-Z]+)->([a-zA-Z]+)0/.exec(s);
  if (m) return { input: m[1]!, weight: m[2]!, output: m[3]!, leftElided: false };
  return { error: `Invalid einsum equation '${equation}'. Equations must be in the form [X],[Y]->[Z], ...[X],[Y]->...[Z], or [X]...,[Y]->[Z]....` };
}

const str = (d: Dim | undefined): string => (d === null || d === undefined ? 'None' : String(d));

/** Python's `x[i]` for a possibly negative index (undefined when out of range: Keras would raise IndexError). */
const at = <T>(xs: readonly T[], i: number): T | undefined => xs[i < 0 ? xs.length + i : i];

export function analyzeEinsum(equation: string, biasAxes: string | null, inputShape: readonly Dim[], partialOutput: readonly Dim[]): EinsumResult {
  const eq = splitEquation(equation);
  if ('error' in eq) return eq;
  const { input, weight, output: outSpec, leftElided } = eq;
  const elided = inputShape.length - input.length;
  const output: Dim[] = [inputShape[0] ?? null, ...partialOutput];
  if (elided > 0 && leftElided) for (let i = 1; i < elided; i++) output.splice(1, 0, inputShape[i] ?? null);
  else if (elided > 0) for (let i = inputShape.length - elided; i < inputShape.length; i++) output.push(inputShape[i] ?? null);
  const inMap = new Map([...input].map((d, i) => [d, leftElided ? i + elided - inputShape.length : i]));
  const outMap = new Map([...outSpec].map((d, i) => [d, leftElided ? i + elided : i]));
  for (const d of input) {
    const o = outMap.get(d);
    if (o === undefined) continue;
    const want = at(output, o);
    const have = at(inputShape, inMap.get(d)!);
    if (want !== null && want !== undefined && have !== null && want !== have) {
      return { error: `Input shape and output shape do not match at shared dimension '${d}'. Input shape is ${str(have)}, and output shape is ${str(want)}.` };
    }
  }
  for (const d of outSpec) {
    if (!input.includes(d) && !weight.includes(d)) {
      return { error: `Dimension '${d}' was specified in the output '${outSpec}' but has no corresponding dim in the input spec '${input}' or weight spec '${outSpec}'` };
    }
  }
  const kernel: Dim[] = [];
  const inputAxes: number[] = [];
  const outputAxes: number[] = [];
  for (const [i, d] of [...weight].entries()) {
    if (outMap.has(d)) {
      kernel.push(at(output, outMap.get(d)!) ?? null);
      outputAxes.push(i);
    } else if (inMap.has(d)) {
      kernel.push(at(inputShape, inMap.get(d)!) ?? null);
      inputAxes.push(i);
    } else {
      return { error: `Weight dimension '${d}' did not have a match in either the input spec '${input}' or the output spec '${outSpec}'. For this layer, the weight must be fully specified.` };
    }
  }
  let bias: Dim[] | null = null;
  if (biasAxes !== null) {
    const left = leftElided ? elided : 0;
    for (const ch of biasAxes) {
      if (!outSpec.includes(ch)) return { error: `Bias dimension '${ch}' was requested, but is not part of the output spec '${outSpec}'` };
    }
    const first = Math.min(...[...biasAxes].map((ch) => outSpec.indexOf(ch)));
    bias = [...outSpec.slice(first)].map((ch) => (biasAxes.includes(ch) ? output[outSpec.indexOf(ch) + left] ?? null : 1));
    if (!leftElided) for (let i = 0; i < elided; i++) bias.push(1);
  }
  return { kernel, bias, output, inputAxes, outputAxes };
}
