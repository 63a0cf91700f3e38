// Installed packages followed as source (AnalyzeOptions.packageRoots, python/workspace.ts): a fake environment of
// our own (test/fixtures/installed, its README) with an application-style Keras model whose variables and
// count_params() were recorded by importing the same file with real Keras 3.15, a TF1 package, a broken one;
// and the host's environment finder (src/host/pythonEnv.ts) over temporary venv layouts.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Analyzer } from '../../../src/core/api';
import type { ProgramResult } from '../../../src/core/model';
import { loadAnalyzer, fsHost } from '../../../src/host/node';
import { pythonEnvironment, workspaceEnvironment } from '../../../src/host/pythonEnv';

const ROOT = path.resolve(__dirname, '../../../../test/fixtures/installed').split(path.sep).join('/');
const SITE = `${ROOT}/site-packages`;

// TinyNet's model.weights as Keras 3.15 made them (path, shape, dtype), sorted by path; count_params() = 2553.
const TINYNET: [string, number[], string][] = [
  ['block0_bn/beta', [8], 'float32'], ['block0_bn/gamma', [8], 'float32'], ['block0_bn/moving_mean', [8], 'float32'],
  ['block0_bn/moving_variance', [8], 'float32'], ['block0_dw/kernel', [3, 3, 8, 1], 'float32'], ['block0_pw/bias', [16], 'float32'],
  ['block0_pw/kernel', [1, 1, 8, 16], 'float32'], ['block0_scale/variable', [16], 'float32'], ['block0_short/bias', [16], 'float32'],
  ['block0_short/kernel', [1, 1, 8, 16], 'float32'], ['block1_bn/beta', [16], 'float32'], ['block1_bn/gamma', [16], 'float32'],
  ['block1_bn/moving_mean', [16], 'float32'], ['block1_bn/moving_variance', [16], 'float32'], ['block1_dw/kernel', [3, 3, 16, 1], 'float32'],
  ['block1_pw/bias', [24], 'float32'], ['block1_pw/kernel', [1, 1, 16, 24], 'float32'], ['block1_scale/variable_1', [24], 'float32'],
  ['block1_short/bias', [24], 'float32'], ['block1_short/kernel', [1, 1, 16, 24], 'float32'], ['normalization/count', [], 'int64'],
  ['normalization/mean', [3], 'float32'], ['normalization/variance', [3], 'float32'], ['predictions/bias', [10], 'float32'],
  ['predictions/kernel', [24, 10], 'float32'], ['side/bias', [24], 'float32'], ['side/kernel', [1, 1, 24, 24], 'float32'],
  ['tinynet_stem/tinynet_stem_conv/bias', [8], 'float32'], ['tinynet_stem/tinynet_stem_conv/kernel', [3, 3, 3, 8], 'float32'],
  ['tinynet_stem/tinynet_stem_ln/beta', [8], 'float32'], ['tinynet_stem/tinynet_stem_ln/gamma', [8], 'float32'],
];

describe('installed packages followed as source', function () {
  let analyzer: Analyzer;
  before(async () => {
    analyzer = await loadAnalyzer();
  });
  const run = (file: string, roots: string[] = [SITE]): ProgramResult => analyzer.analyze(`${ROOT}/ws/${file}`, fsHost(), roots.length ? { packageRoots: roots } : {});
  const rel = (files: readonly string[]): string[] => files.map((f) => f.slice(ROOT.length + 1));

  it('builds a keras.applications-style model from its installed source, keras.src mapped onto the modelled Keras', () => {
    const r = run('apps.py');
    const got = r.variables.map((v) => [v.name, v.shape, v.dtype]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    assert.deepStrictEqual(got, TINYNET);
    const model = r.models?.find((m) => m.className === 'Functional');
    assert.deepStrictEqual([model?.name, model?.totalParams, model?.trainableParams, model?.nonTrainableParams], ['tinynet', 2553, 2498, 55]);
    // the initializer from a {class_name, config} dict, Normalization's int64 count, the custom layer's Constant
    const by = new Map(r.variables.map((v) => [v.name, v]));
    assert.deepStrictEqual(by.get('block0_pw/kernel')?.initializer, { kind: 'variance_scaling', scale: 2, mode: 'fan_out', distribution: 'truncated_normal', seed: null, api: 'keras', display: 'VarianceScaling' });
    assert.strictEqual(by.get('block1_scale/variable_1')?.initializer.kind, 'constant');
    assert.strictEqual(by.get('normalization/count')?.trainable, false);
    assert.deepStrictEqual(r.diagnostics.filter((d) => d.severity !== 'info'), []);
  });

  it('reads only the modules imported, never the modelled packages (keras/__init__.py, keras/layers)', () => {
    assert.deepStrictEqual(rel(run('apps.py').files), [
      'ws/apps.py', 'site-packages/keras/applications/__init__.py', 'site-packages/keras/src/applications/__init__.py',
      'site-packages/keras/src/applications/tinynet.py',
    ]);
    const slim = rel(run('slim_user.py').files);
    assert.ok(!slim.includes('site-packages/tinyslim/unused.py'), slim.join(', '));
  });

  it('follows a TF1 package as a workspace module, and a package it cannot parse is one info (the rest works)', () => {
    const r = run('slim_user.py');
    assert.deepStrictEqual(r.variables.map((v) => [v.name, v.shape, v.initializer.kind]), [
      ['mlp/fc0/weights', [12, 7], 'truncated_normal'], ['mlp/fc0/biases', [7], 'zeros'],
      ['mlp/fc1/weights', [7, 3], 'truncated_normal'], ['mlp/fc1/biases', [3], 'zeros'],
    ]);
    const broken = r.diagnostics.filter((d) => d.file.endsWith('brokenpkg/__init__.py'));
    assert.deepStrictEqual(broken.map((d) => [d.severity, d.code, d.line]), [['info', 'installed-package-unparsed', 2]]);
  });

  it('without an environment, keras.applications stays unknown and nothing outside the workspace is read', () => {
    const r = run('apps.py', []);
    assert.deepStrictEqual([r.variables.length, rel(r.files)], [0, ['ws/apps.py']]);
  });
});

describe('the Python environment finder (host)', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tfscope-env-'));
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const mk = (...parts: string[]): string => {
    const p = path.join(tmp, ...parts);
    fs.mkdirSync(p, { recursive: true });
    return p;
  };
  const slash = (p: string): string => p.split(path.sep).join('/');

  it('reads a venv layout from its interpreter path without running it (bin/python need not even exist)', () => {
    const sp = mk('env', 'lib', 'python3.11', 'site-packages');
    fs.writeFileSync(path.join(tmp, 'env', 'pyvenv.cfg'), 'home = /nowhere/bin\ninclude-system-site-packages = false\n');
    const env = pythonEnvironment(path.join(tmp, 'env', 'bin', 'python'));
    assert.deepStrictEqual(env && [env.roots, env.how], [[slash(sp)], 'layout']);
  });

  it("adds the base interpreter's site-packages when pyvenv.cfg includes them", () => {
    const sp = mk('env', 'lib', 'python3.12', 'site-packages');
    const base = mk('base', 'lib', 'python3.12', 'site-packages');
    mk('base', 'bin');
    fs.writeFileSync(path.join(tmp, 'env', 'pyvenv.cfg'), `home = ${path.join(tmp, 'base', 'bin')}\ninclude-system-site-packages = true\n`);
    assert.deepStrictEqual(pythonEnvironment(path.join(tmp, 'env'))?.roots, [slash(sp), slash(base)]);
  });

  it('finds a .venv (or venv) in the workspace folder or above it', () => {
    const sp = mk('ws', '.venv', 'lib', 'python3.11', 'site-packages');
    fs.writeFileSync(path.join(tmp, 'ws', '.venv', 'pyvenv.cfg'), 'home = /x\n');
    assert.deepStrictEqual(workspaceEnvironment(mk('ws', 'src', 'models'))?.roots, [slash(sp)]);
    assert.strictEqual(workspaceEnvironment(mk('other')), undefined);
  });
});
