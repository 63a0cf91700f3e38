// The editor benchmark's workload, shared by run.mjs, hostBench.ts and standalone.ts: a generated
// 3,000-line TF1 file (40 scopes x 75 lines: 8 variables, helper code, comments) and the keystroke that
// turns `"w1"` on line 5 into the duplicate `"w2"` and back.

/** 3,000 lines: 40 scopes × 75 lines (8 variables, helper code and comments). */
export function bigFile(): string {
  const lines = ['import tensorflow.compat.v1 as tf', 'tf.disable_v2_behavior()', ''];
  for (let b = 0; lines.length < 3000; b++) {
    lines.push(`with tf.compat.v1.variable_scope("block_${b}"):`);
    for (let v = 1; v <= 8; v++) lines.push(`    w${v} = tf.compat.v1.get_variable("w${v}", shape=[${16 * v}, ${8 + b}], initializer=tf.compat.v1.glorot_uniform_initializer())`);
    for (let k = 0; k < 64 && lines.length < 3000; k++) lines.push(k % 4 === 0 ? `    # layer ${b}, note ${k}` : `    h_${b}_${k} = ${k} * 2 + len("block_${b}")`);
    lines.push('');
  }
  return lines.slice(0, 3000).join('\n');
}

/** 0-based line and column of the digit the keystrokes replace (the `1` of `"w1"` in block 0). */
export function keystrokeAt(text: string): { line: number; column: number; offset: number } {
  const line = 4;
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1 && starts.length <= line; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const lineText = text.slice(starts[line], text.indexOf('\n', starts[line]));
  const column = lineText.indexOf('"w1"') + 2;
  return { line, column, offset: starts[line]! + column };
}

/** Keystroke i: '2' (a duplicate of w2: TensorFlow raises) on even i, '1' (valid again) on odd i. */
export function keystrokeChar(i: number): string {
  return i % 2 === 0 ? '2' : '1';
}

export function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

export function stats(xs: number[]): { n: number; p50: number; p95: number; max: number } {
  return { n: xs.length, p50: +pct(xs, 50).toFixed(3), p95: +pct(xs, 95).toFixed(3), max: +Math.max(...xs).toFixed(3) };
}

/** Times `n` keystrokes of the analyzer alone (called directly, text in a string): wall and CPU ms per re-analysis. */
export function directEdits(
  analyze: (text: string) => boolean,
  text: string,
  n: number,
): { wallMs: ReturnType<typeof stats>; cpuMs: ReturnType<typeof stats> } {
  const at = keystrokeAt(text);
  const edit = (i: number): string => (text = text.slice(0, at.offset) + keystrokeChar(i) + text.slice(at.offset + 1));
  analyze(text);
  // Two warm-up edits: the first edit after a cold parse converts the whole file to the evaluator's tree.
  for (let i = 0; i < 2; i++) analyze(edit(i));
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = edit(i);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const dup = analyze(t);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    if (dup !== (i % 2 === 0)) throw new Error(`keystroke ${i}: wrong diagnostics`);
  }
  return { wallMs: stats(wall), cpuMs: stats(cpu) };
}
