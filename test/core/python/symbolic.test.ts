// Symbolic unknowns (issue 11 item 3, issue 15 item 3): library files without a driver keep loop variables and
// parameters as named symbols in names (`h{layer}`) and shapes (`3*n_embd`), each explained (what, why, where,
// how to supply it); a supplied value replaces its symbol; a symbolic dim never makes an error TF would not raise.
import * as assert from 'assert';
import type { Analyzer, AnalyzeOptions, SourceHost } from '../../../src/core/api';
import type { LibraryEntry, ProgramResult, VariableInfo } from '../../../src/core/model';
import { atom, renderSym, symArith, type SymOperand } from '../../../src/core/python/symbolic';
import { shapeText, unknownLine } from '../../../src/core/unknowns';
import { loadAnalyzer } from '../../../src/host/node';

const V1 = 'import tensorflow.compat.v1 as tf\ntf.disable_v2_behavior()\n';

// A GPT-style library of our own: layers in a loop over a config count, names built four ways.
const GPT = `${V1}
def shape_list(x):
    static = x.shape.as_list()
    dynamic = tf.shape(x)
    return [dynamic[i] if s is None else s for i, s in enumerate(static)]

def model(hparams, X, scope='model'):
    with tf.variable_scope(scope):
        wte = tf.get_variable('wte', [hparams.n_vocab, hparams.n_embd])
        for layer in range(hparams.n_layer):
            with tf.variable_scope('h%d' % layer):
                head = hparams.n_embd // hparams.n_head
                tf.get_variable('c_attn', [1, hparams.n_embd, 3 * hparams.n_embd])
                tf.get_variable(f'heads_{layer}', [hparams.n_head, head])
                tf.get_variable('proj_{}'.format(layer), [hparams.n_embd + 1])
                tf.get_variable('ln_' + str(layer), [2 * (hparams.n_embd - 1)])

def conv1d(x, scope, nf):
    with tf.variable_scope(scope):
        *start, nx = shape_list(x)
        w = tf.get_variable('w', [1, nx, nf])
        return w
`;

describe('symbolic unknowns', function () {
  let analyzer: Analyzer;
  before(async () => {
    analyzer = await loadAnalyzer();
  });
  const host = (src: string): SourceHost => ({ readFile: (p) => (p === '/ws/lib.py' ? src : undefined) });
  const run = (src: string, options: AnalyzeOptions = { explore: true }): ProgramResult => analyzer.analyze('/ws/lib.py', host(src), options);
  const entry = (r: ProgramResult, name: string): LibraryEntry => r.library!.find((e) => e.name === name)!;
  const rows = (vars: VariableInfo[]): [string, string][] => vars.map((v) => [v.name, shapeText(v)]);

  describe('the arithmetic', () => {
    const sym = (op: string, a: SymOperand, b: SymOperand): string => renderSym(symArith(op, a, b)!);
    it('keeps a normal form: coefficients first, constants last, exact division folds', () => {
      const n = atom('n_embd');
      assert.strictEqual(sym('*', n, 3), '3*n_embd');
      assert.strictEqual(sym('*', 3, n), '3*n_embd');
      assert.strictEqual(sym('+', n, 1), 'n_embd + 1');
      assert.strictEqual(sym('-', n, n), '0');
      assert.strictEqual(sym('//', symArith('*', n, 4)!, 2), '2*n_embd');
      assert.strictEqual(sym('//', n, atom('n_head')), 'n_embd // n_head');
      assert.strictEqual(sym('*', sym2(), 2), '2*(n_embd // n_head)');
      assert.strictEqual(sym('-', 1, n), '-n_embd + 1');
      function sym2(): SymOperand {
        return symArith('//', n, atom('n_head'))!;
      }
    });
  });

  describe('a GPT-style library file alone', () => {
    it('shows one symbolic instance of the loop with names and shapes over the config', () => {
      const r = run(GPT);
      assert.deepStrictEqual(r.variables, []);
      assert.deepStrictEqual(rows(entry(r, 'model').variables), [
        ['model/wte', '[n_vocab, n_embd]'],
        ['model/h{layer}/c_attn', '[1, n_embd, 3*n_embd]'],
        ['model/h{layer}/heads_{layer}', '[n_head, n_embd // n_head]'],
        ['model/h{layer}/proj_{layer}', '[n_embd + 1]'],
        ['model/h{layer}/ln_{layer}', '[2*n_embd - 2]'],
      ]);
      // the TensorFlow-exact fields stay null for the symbolic dims
      assert.deepStrictEqual(entry(r, 'model').variables[1]!.shape, [1, null, null]);
      assert.ok(!r.diagnostics.some((d) => d.severity === 'error'));
    });
    it('explains each symbol: what it stands for, why, where, and the name to supply it by', () => {
      const c = entry(run(GPT), 'model').variables[1]!;
      assert.deepStrictEqual(c.symbolic!.unknowns.map((u) => [u.symbol, u.kind, u.expression, u.location.line, u.supply ?? null]), [
        ['layer', 'loop', 'layer', 12, 'n_layer'],
        ['n_embd', 'attribute', 'hparams.n_embd', 11, 'n_embd'],
      ]);
      assert.strictEqual(unknownLine(c.symbolic!.unknowns[0]!), '`layer`: loop variable over `range(hparams.n_layer)`: its count `n_layer` is not known statically, so one iteration is shown for all (lib.py:12)');
      assert.match(unknownLine(c.symbolic!.unknowns[1]!), /^`n_embd` = `hparams\.n_embd`: `hparams\.n_embd` is not known statically: `hparams` is a parameter without default \(line 9\) \(lib\.py:11\)$/);
    });
    it('names parameters and locals: a scope parameter is {scope}, an unknown dim from a tensor is explained', () => {
      const v = entry(run(GPT), 'conv1d').variables[0]!;
      assert.strictEqual(v.name, '{scope}/w');
      assert.strictEqual(shapeText(v), '[1, ?, nf]');
      assert.deepStrictEqual(v.symbolic!.unknowns.map((u) => [u.symbol, u.kind, u.expression]), [
        ['scope', 'parameter', 'scope'], ['?', 'local', 'nx'], ['nf', 'parameter', 'nf'],
      ]);
      assert.match(v.symbolic!.unknowns[1]!.reason, /a dimension of a tensor whose shape is not known statically/);
    });
    it('takes supplied values for the symbols: the loop runs, the shapes are numbers', () => {
      const r = run(GPT, { explore: true, values: { n_layer: '2', n_embd: '8', n_head: '2', n_vocab: '50' } });
      assert.deepStrictEqual(entry(r, 'model').variables.map((v) => [v.name, v.shape, v.symbolic ?? null]), [
        ['model/wte', [50, 8], null],
        ['model/h0/c_attn', [1, 8, 24], null], ['model/h0/heads_0', [2, 4], null], ['model/h0/proj_0', [9], null], ['model/h0/ln_0', [14], null],
        ['model/h1/c_attn', [1, 8, 24], null], ['model/h1/heads_1', [2, 4], null], ['model/h1/proj_1', [9], null], ['model/h1/ln_1', [14], null],
      ]);
    });
    it('a # tfscope: comment supplies a symbol too', () => {
      const r = run(`# tfscope: n_embd=4\n${GPT}`);
      assert.deepStrictEqual(rows(entry(r, 'model').variables).slice(0, 2), [['model/wte', '[n_vocab, 4]'], ['model/h{layer}/c_attn', '[1, 4, 12]']]);
    });
  });

  describe('layers and configs', () => {
    it("BERT's int(hidden / heads) is the floor division of the symbols; the layer's units keep it", () => {
      const r = run(`${V1}
def attention(x, config):
    size = int(config.hidden_size / config.num_heads)
    tf.layers.dense(x, config.num_heads * size, name="query")
`);
      assert.deepStrictEqual(rows(entry(r, 'attention').variables), [
        ['query/kernel', '[?, (hidden_size // num_heads)*num_heads]'], ['query/bias', '[(hidden_size // num_heads)*num_heads]'],
      ]);
    });
    it('a TF1 layer keeps a symbolic units; the input width it cannot know stays ?', () => {
      const r = run(`${V1}
def encoder(x, config):
    for i in range(config.num_layers):
        with tf.variable_scope("layer_%d" % i):
            tf.layers.dense(x, units=config.hidden, name="proj")
`);
      assert.deepStrictEqual(rows(entry(r, 'encoder').variables), [['layer_{i}/proj/kernel', '[?, hidden]'], ['layer_{i}/proj/bias', '[hidden]']]);
    });
    it('a program reading a value from outside names it by the flag, and says how to supply it', () => {
      const src = `${V1}flags = tf.flags
flags.DEFINE_integer("width", None, "the width")
FLAGS = flags.FLAGS
import json
cfg = json.load(open("/elsewhere/config.json"))
w = tf.get_variable("w", [cfg["hidden"], 2 * cfg["hidden"]])
`;
      const r = run(src, {});
      const w = r.variables.find((v) => v.name === 'w')!;
      assert.strictEqual(shapeText(w), '[hidden, 2*hidden]');
      assert.deepStrictEqual(w.symbolic!.unknowns.map((u) => [u.symbol, u.kind, u.supply]), [['hidden', 'outside', 'hidden']]);
      assert.ok(!r.diagnostics.some((d) => d.severity === 'error'));
    });
  });

  describe('never an error TensorFlow would not raise', () => {
    it('symbolic dims are unknown to the shape checks (sharing, initializers, reshapes)', () => {
      const r = run(`${V1}
def f(n, scope):
    with tf.variable_scope("s"):
        a = tf.get_variable("a", [n, 2 * n], initializer=tf.orthogonal_initializer())
        x = tf.reshape(a, [n, -1])
    with tf.variable_scope("s", reuse=True):
        b = tf.get_variable("a", [n + 1, n])
    with tf.variable_scope(scope):
        c = tf.get_variable("c", [n // 2], initializer=tf.constant_initializer([1.0, 2.0]))
`);
      const f = entry(r, 'f');
      assert.deepStrictEqual(rows(f.variables), [['s/a', '[n, 2*n]'], ['{scope}/c', '[n // 2]']]);
      assert.ok(!r.diagnostics.some((d) => d.severity === 'error'), JSON.stringify(r.diagnostics));
    });
  });

  describe('unknown dims a layer takes from its input, or a shape held in a variable (issue 15: every ? explains itself)', () => {
    // BERT- and ResNet-style helpers of our own: a layer on a tensor of unknown shape, a shape tuple built first.
    const LAYERS = `${V1}
def norm(input_tensor, name=None):
    return tf.contrib.layers.layer_norm(inputs=input_tensor, begin_norm_axis=-1, begin_params_axis=-1, scope=name)

def project(from_tensor, width):
    return tf.layers.dense(from_tensor, 4 * 128, name='query')

def batch_std(inputs):
    var_shape = (1, inputs.shape[1], 1, 1)
    return tf.get_variable('moving_variance', shape=var_shape, initializer=tf.ones_initializer())

def branches(x, data_format='channels_first'):
    if data_format == 'channels_last':
        var_shape, axes = (1, 1, 1, x.shape[3]), [0, 1, 2]
    else:
        var_shape, axes = (1, x.shape[1], 1, 1), [0, 2, 3]
    with tf.variable_scope('branches'):
        return tf.get_variable('v', shape=var_shape, initializer=tf.ones_initializer())

def ambiguous(x, y, flag=True):
    if flag:
        var_shape = [x.shape[1]]
    else:
        var_shape = [y.shape[1]]
    with tf.variable_scope('ambiguous'):
        return tf.get_variable('v', shape=var_shape, initializer=tf.ones_initializer())
`;
    const why = (v: VariableInfo): [string, string, number][] => (v.symbolic?.unknowns ?? []).map((u) => [u.expression ?? '', u.reason, u.location.line]);

    it("explains LayerNorm's <unknown> shape and a dense kernel's unknown input width by the layer's input argument", () => {
      const r = run(LAYERS);
      const gamma = entry(r, 'norm').variables.find((v) => v.name.endsWith('LayerNorm/gamma'))!;
      assert.strictEqual(shapeText(gamma), '<unknown>');
      assert.deepStrictEqual(why(gamma), [['input_tensor', "the layer's weights take this size from its input `input_tensor`, whose shape is not known statically", 5]]);
      const kernel = entry(r, 'project').variables.find((v) => v.name === 'query/kernel')!;
      assert.strictEqual(shapeText(kernel), '[?, 512]');
      assert.deepStrictEqual(why(kernel), [['from_tensor', "the layer's weights take this size from its input `from_tensor`, whose shape is not known statically", 8]]);
      assert.deepStrictEqual(why(entry(r, 'project').variables.find((v) => v.name === 'query/bias')!), [], 'the bias has no unknown');
    });

    it('explains a dim of a shape held in a variable by that variable, indexed', () => {
      const v = entry(run(LAYERS), 'batch_std').variables[0]!;
      assert.strictEqual(shapeText(v), '[1, ?, 1, 1]');
      // the assignment that gave the dim, and the parameter it reads (tpu ResNet's _batch_std and evonorm)
      assert.deepStrictEqual(why(v), [['var_shape[1]', '`var_shape[1]` is `inputs.shape[1]` (line 11), which is not known statically: `inputs` is a parameter of `batch_std` (line 10)', 11]]);
    });

    it('names the one assignment that can give the unknown dim (a literal gives a known one); none when two can', () => {
      const r = run(LAYERS);
      const v = entry(r, 'branches').variables[0]!;
      assert.strictEqual(shapeText(v), '[1, ?, 1, 1]');
      assert.deepStrictEqual(why(v), [['var_shape[1]', '`var_shape[1]` is `x.shape[1]` (line 18), which is not known statically: `x` is a parameter of `branches` (line 14)', 18]]);
      const w = entry(r, 'ambiguous').variables[0]!;
      assert.strictEqual(shapeText(w), '[?]');
      assert.deepStrictEqual(why(w), [['var_shape[0]', '`var_shape[0]` is not known statically', 28]]);
    });
  });
});
