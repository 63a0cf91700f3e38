#!/usr/bin/env python3
# Records what real TensorFlow does with each conformance program: runs test/conformance/programs/NNN_*.py
# one at a time in a fresh subprocess and writes test/conformance/expected/<program>.json (variables in
# creation order with name/shape/dtype/trainable/collections/init distribution/line, and the raised error).
# Usage: /tmp/tf/bin/python scripts/conformance/generate.py [--check] [--jobs N] [names...]
"""Conformance expectation generator.

How variables are observed (both graph and eager mode): TensorFlow routes every variable construction
through two module-level default creators (``variable_v1.default_variable_creator`` for TF1 graph
variables, ``variables.default_variable_creator_v2`` for resource/eager variables). The child process
wraps both before running the program, so each created variable is recorded in creation order together
with the Python stack at creation. Keras 3 variables (which wrap a tf.Variable) are recorded by wrapping
``keras.src.backend.common.variables.Variable.__init__``; their backing tf.Variable is replaced by the
Keras record, whose name is the Keras ``path`` (e.g. ``dense/kernel``).

How the initializer distribution is derived: from TensorFlow's own graph for the initial value. In graph
mode that is ``var.initial_value`` in the variable's graph; in eager mode, when the initial value is a
callable (get_variable, Keras), the callable is traced once more inside a fresh ``tf.Graph``. The graph is
then read: a ``Qr`` op means orthogonal (gain measured from the evaluated matrix); one random op
(RandomUniform / RandomStandardNormal / TruncatedNormal or a stateless variant) means uniform / normal /
truncated_normal, whose parameters are the evaluated ``min``/``max``/``mean``/``stddev`` Consts of that
op's scope, cross-checked by feeding 0 and 1 in place of the random op's output; no random op means a
deterministic value, evaluated in a session (``zeros``/``ones`` by op name, ``identity`` for an eye
pattern, otherwise ``const`` with the value, collapsed to a scalar when all elements are equal).
Eager variables made from an already computed tensor are rebuilt in a fresh graph when the tensor came
straight from tf.zeros/ones/fill/eye or tf.random.normal/uniform/truncated_normal (those factories are
wrapped to remember their call); any other computed eager tensor is ``unknown`` (it has no history).
"""

import argparse
import difflib
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
PROGRAMS = os.path.join(REPO, 'test', 'conformance', 'programs')
EXPECTED = os.path.join(REPO, 'test', 'conformance', 'expected')
TIMEOUT = int(os.environ.get('TFSCOPE_RECORD_TIMEOUT', '180'))  # a busy machine may need more


# ----------------------------------------------------------------------------------------------------
# Parent side: discovery, subprocesses, writing and checking.

def entry_programs(names):
    all_entries = sorted(
        f for f in os.listdir(PROGRAMS)
        if f.endswith('.py') and not f.startswith('_') and f.split('_', 1)[0].isdigit())
    if not names:
        return all_entries
    picked = []
    for n in names:
        base = os.path.basename(n)
        hits = [f for f in all_entries if f == base or f == base + '.py' or f.startswith(base)]
        if not hits:
            sys.exit('no program matches %r' % n)
        picked.extend(h for h in hits if h not in picked)
    return picked


def run_one(program, timeout=TIMEOUT):
    env = dict(os.environ)
    env['TF_CPP_MIN_LOG_LEVEL'] = '3'
    env['PYTHONHASHSEED'] = '0'
    env['CUDA_VISIBLE_DEVICES'] = ''
    env['PYTHONPATH'] = PROGRAMS
    env['PYTHONDONTWRITEBYTECODE'] = '1'
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, 'result.json')
        cmd = [sys.executable, os.path.abspath(__file__), '--run-one', program, out]
        try:
            proc = subprocess.run(cmd, cwd=PROGRAMS, env=env, timeout=timeout,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        except subprocess.TimeoutExpired:
            raise RuntimeError('%s: timed out after %ss' % (program, timeout))
        if not os.path.exists(out):
            raise RuntimeError('%s: child failed (exit %s)\n%s' % (
                program, proc.returncode, proc.stderr.decode('utf8', 'replace')[-4000:]))
        with open(out, encoding='utf8') as f:
            return json.load(f)


def _flat(x):
    if isinstance(x, list):
        return all(_flat(i) and not isinstance(i, dict) for i in x)
    if isinstance(x, dict):
        return all(not isinstance(v, (list, dict)) or (isinstance(v, list) and _flat(v)) for v in x.values())
    return True


def _fmt(x, ind):
    # Scalar-only lists and dicts stay on one line; everything else is indented by two spaces.
    if _flat(x) or not isinstance(x, (list, dict)):
        return json.dumps(x, ensure_ascii=False, separators=(', ', ': '))
    pad = '  ' * (ind + 1)
    if isinstance(x, list):
        return '[\n' + ',\n'.join(pad + _fmt(i, ind + 1) for i in x) + '\n' + '  ' * ind + ']'
    return '{\n' + ',\n'.join(pad + json.dumps(k) + ': ' + _fmt(v, ind + 1) for k, v in x.items()) + \
        '\n' + '  ' * ind + '}'


def dump(result):
    return _fmt(result, 0) + '\n'


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--check', action='store_true',
                    help='regenerate into a temp dir and diff against the committed JSON')
    ap.add_argument('--jobs', type=int, default=1, help='parallel TensorFlow subprocesses (max 2)')
    ap.add_argument('--run-one', nargs=2, metavar=('PROGRAM', 'OUT'), help=argparse.SUPPRESS)
    ap.add_argument('names', nargs='*')
    args = ap.parse_args()
    if args.run_one:
        child_main(args.run_one[0], args.run_one[1])
        return

    programs = entry_programs(args.names)
    jobs = max(1, min(2, args.jobs))
    results = {}
    failures = []

    def work(p):
        try:
            return p, run_one(p), None
        except Exception as e:  # noqa: BLE001 - reported below
            return p, None, str(e)

    if jobs == 1:
        it = map(work, programs)
    else:
        from concurrent.futures import ThreadPoolExecutor
        it = ThreadPoolExecutor(jobs).map(work, programs)
    for p, res, err in it:
        if err:
            failures.append(err)
            print('FAIL', err, file=sys.stderr)
            continue
        results[p] = res
        e = res['error']
        print('%-45s %-2s vars=%-3d %s' % (p, res['mode'], len(res['variables']),
                                           ('raises %s' % e['type']) if e else ''), flush=True)

    if args.check:
        differ = 0
        for p, res in results.items():
            path = os.path.join(EXPECTED, p[:-3] + '.json')
            old = open(path, encoding='utf8').read() if os.path.exists(path) else ''
            new = dump(res)
            if old != new:
                differ += 1
                sys.stdout.writelines(difflib.unified_diff(
                    old.splitlines(True), new.splitlines(True), 'committed/' + p, 'regenerated/' + p))
        print('check: %d of %d programs differ, %d failed' % (differ, len(results), len(failures)))
        sys.exit(1 if differ or failures else 0)

    os.makedirs(EXPECTED, exist_ok=True)
    for p, res in results.items():
        with open(os.path.join(EXPECTED, p[:-3] + '.json'), 'w', encoding='utf8') as f:
            f.write(dump(res))
    if not args.names:
        # Drop expectations whose program is gone.
        keep = {p[:-3] + '.json' for p in programs}
        for f in os.listdir(EXPECTED):
            if f.endswith('.json') and f not in keep:
                os.remove(os.path.join(EXPECTED, f))
    print('wrote %d expectations, %d failures' % (len(results), len(failures)))
    sys.exit(1 if failures else 0)


# ----------------------------------------------------------------------------------------------------
# Child side: instrument TensorFlow, run one program, describe what it created.

def child_main(program, out_path):
    programs_dir = os.path.realpath(os.getcwd())
    record = make_recorder(programs_dir)
    result = record(os.path.join(programs_dir, program), program)
    with open(out_path, 'w', encoding='utf8') as f:
        json.dump(result, f)


def make_recorder(programs_dir, fast=False):
    """Instruments TensorFlow once (this process) and returns record(entry, program) -> result dict.

    record() runs one program file and describes what it created; it may be called many times (the
    difftest worker does, after a fresh default graph and a cleared Keras session per program). With
    fast=True (the difftest worker) the initial values are evaluated in one session per graph, with
    single-threaded pools and no Grappler rewrites: the same kernels, less session set-up."""
    import runpy
    import traceback

    if programs_dir not in sys.path:
        sys.path.insert(0, programs_dir)

    import numpy as np
    import tensorflow as tf
    from tensorflow.python.framework import ops as tf_ops
    # tf.contrib.training.HParams, which TF 2.21 lacks, as TF 1.15 defines it (contrib_hparams.py says how)
    if HERE not in sys.path:
        sys.path.insert(0, HERE)
    import contrib_hparams
    import importlib
    for v1 in (tf.compat.v1, importlib.import_module('tensorflow.compat.v1')):
        contrib_hparams.install(v1)
    from tensorflow.python.ops import variable_v1, variables as tf_variables

    state = {'suppress': 0, 'graph_entered': False, 'entry': None}
    records = []  # dicts: kind ('tf'|'keras'), obj, line, eager, traced(init dist or None)

    # Code AutoGraph converted (a Keras 2 / TF1 layer's `call` in graph mode, tf.function bodies) runs from a
    # generated module; its source map leads each generated line back to the program's line, as TF's own error
    # messages do (autograph/impl/api.py). Collected here from every conversion.
    ag_lines = {}
    try:
        from tensorflow.python.autograph.impl import api as ag_api
        convert_actual = ag_api._convert_actual

        def convert_and_map(entity, program_ctx):
            out = convert_actual(entity, program_ctx)
            for loc, origin in (getattr(out, 'ag_source_map', None) or {}).items():
                ag_lines[(loc.filename, loc.lineno)] = (origin.loc.filename, origin.loc.lineno)
            return out
        ag_api._convert_actual = convert_and_map
    except (ImportError, AttributeError):
        pass

    def user_line(frames):
        """Innermost frame inside the programs folder: int line for the entry, 'rel:line' otherwise."""
        for fr in reversed(frames):
            filename, lineno = ag_lines.get((fr.filename, fr.lineno), (fr.filename, fr.lineno))
            if filename.startswith('<'):
                continue  # '<frozen importlib._bootstrap>', '<string>': realpath would resolve them into the cwd
            fn = os.path.realpath(filename)
            if fn.startswith(programs_dir + os.sep):
                if fn == state['entry']:
                    return lineno
                return '%s:%d' % (os.path.relpath(fn, programs_dir).replace(os.sep, '/'), lineno)
        return None

    def trace_callable(fn, dtype):
        """Re-runs an initial-value callable in a fresh graph and reads the distribution from it."""
        state['suppress'] += 1
        try:
            g = tf.Graph()
            with g.as_default():
                t = fn()
                t = tf.convert_to_tensor(t, dtype=dtype) if dtype is not None else tf.convert_to_tensor(t)
            return describe_init(t, g)
        except Exception as e:  # noqa: BLE001
            return {'family': 'unknown', '_why': 'trace failed: %s' % type(e).__name__}
        finally:
            state['suppress'] -= 1

    # Eager tensors carry no history. The public tensor factories below are wrapped so that a tensor they
    # returned can be rebuilt (same call, same arguments) inside a fresh graph and read like graph mode.
    origins = {}

    def remember(fn):
        def factory(*a, **k):
            out = fn(*a, **k)
            if not state['suppress'] and tf.executing_eagerly():
                origins[id(out)] = (out, lambda: fn(*a, **k))
            return out
        return factory

    for mod, names in ((tf, ('zeros', 'ones', 'fill', 'eye')),
                       (tf.random, ('normal', 'uniform', 'truncated_normal')),
                       (tf.compat.v1, ('random_normal', 'random_uniform', 'truncated_normal'))):
        for n in names:
            if hasattr(mod, n):
                setattr(mod, n, remember(getattr(mod, n)))

    def literal_init(value):
        try:
            if isinstance(value, (tf.Tensor, tf.Variable)) or hasattr(value, '_id'):
                origin = origins.get(id(value))
                if origin is not None and origin[0] is value:
                    return trace_callable(origin[1], None)
                return {'family': 'unknown', '_why': 'eager tensor computed outside the recorded factories'}
            arr = np.asarray(value)
            if arr.dtype == object:
                return {'family': 'unknown'}
            return {'family': 'const', 'value': compact(arr)}
        except Exception:  # noqa: BLE001
            return {'family': 'unknown'}

    def wrap_creator(orig):
        def creator(next_creator=None, **kwargs):
            if state['suppress']:
                return orig(next_creator, **kwargs)
            frames = traceback.extract_stack()
            eager = tf.executing_eagerly()
            traced = None
            if eager:
                iv = kwargs.get('initial_value')
                if callable(iv):
                    dt = kwargs.get('dtype')
                    traced = trace_callable(iv, tf.as_dtype(dt) if dt is not None else None)
                else:
                    traced = literal_init(iv)
            state['suppress'] += 1
            try:
                v = orig(next_creator, **kwargs)
            finally:
                state['suppress'] -= 1
            records.append({'kind': 'tf', 'obj': v, 'line': user_line(frames), 'eager': eager,
                            'traced': traced})
            return v
        return creator

    variable_v1.default_variable_creator = wrap_creator(variable_v1.default_variable_creator)
    tf_variables.default_variable_creator_v2 = wrap_creator(tf_variables.default_variable_creator_v2)

    orig_as_default = tf_ops.Graph.as_default

    def as_default(self):
        if not state['suppress']:
            state['graph_entered'] = True
        return orig_as_default(self)
    tf_ops.Graph.as_default = as_default

    try:
        from keras.src.backend.common import variables as kvars
        orig_kinit = kvars.Variable.__init__

        def kinit(self, *a, **kw):
            if state['suppress']:
                return orig_kinit(self, *a, **kw)
            frames = traceback.extract_stack()
            eager = tf.executing_eagerly()
            orig_kinit(self, *a, **kw)
            records.append({'kind': 'keras', 'obj': self, 'line': user_line(frames), 'eager': eager,
                            'traced': None})
        kvars.Variable.__init__ = kinit
    except Exception:  # noqa: BLE001 - no Keras: nothing to instrument
        kvars = None

    # Keras 3 models the program makes (Sequential, functional, subclassed), in the order their constructors
    # start (the order Keras names them); described after the run, as the program leaves them.
    made_models = []
    try:
        from keras.src.models import functional as kfunctional, model as kmodel

        def wrap_model_init(cls):
            orig = cls.__init__

            def init(self, *a, **kw):
                frames = traceback.extract_stack()
                # the Functional a Sequential builds inside itself (sequential.py) is Keras' own, not the program's
                internal = any(f.filename.endswith(os.path.join('models', 'sequential.py')) and f.name == 'build' for f in frames)
                if not state['suppress'] and not internal and all(m['obj'] is not self for m in made_models):
                    # a Model subclass reaches here from its own super().__init__: its line is where it is constructed
                    outer = [f for f in frames if 'super(' not in (f.line or '')]
                    made_models.append({'obj': self, 'line': user_line(outer)})
                return orig(self, *a, **kw)
            cls.__init__ = init
        wrap_model_init(kmodel.Model)
        wrap_model_init(kfunctional.Functional)
    except Exception:  # noqa: BLE001 - no Keras 3 models to instrument
        pass

    # ---- initializer reading ------------------------------------------------------------------
    RANDOM = {
        'RandomUniform': 'uniform', 'StatelessRandomUniform': 'uniform',
        'StatelessRandomUniformV2': 'uniform',
        'RandomStandardNormal': 'normal', 'StatelessRandomNormal': 'normal',
        'StatelessRandomNormalV2': 'normal',
        'TruncatedNormal': 'truncated_normal', 'StatelessTruncatedNormal': 'truncated_normal',
        'StatelessTruncatedNormalV2': 'truncated_normal',
    }
    OTHER_RANDOM = {'RandomUniformInt', 'StatelessRandomUniformInt', 'StatelessRandomUniformIntV2',
                    'RandomShuffle', 'Multinomial', 'RandomGamma', 'RandomPoisson', 'RandomPoissonV2',
                    'StatelessRandomUniformFullInt', 'StatelessRandomUniformFullIntV2'}
    STOP = {'VariableV2', 'VarHandleOp', 'ReadVariableOp', 'Variable', 'Placeholder'}

    def subgraph(t):
        seen, stack, out = set(), [t.op], []
        while stack:
            op = stack.pop()
            if op.name in seen:
                continue
            seen.add(op.name)
            out.append(op)
            if op.type in STOP:
                continue
            stack.extend(i.op for i in op.inputs)
        return out

    sessions = {}  # fast mode: graph id -> (graph, Session), closed after each program

    def fast_session(g):
        if id(g) not in sessions:
            cfg = tf.compat.v1.ConfigProto(inter_op_parallelism_threads=1, intra_op_parallelism_threads=1)
            cfg.graph_options.rewrite_options.disable_meta_optimizer = True
            sessions[id(g)] = (g, tf.compat.v1.Session(graph=g, config=cfg))
        return sessions[id(g)][1]

    def run(g, fetch, feeds=None):
        if fast:
            return fast_session(g).run(fetch, feed_dict=feeds or {})
        with tf.compat.v1.Session(graph=g) as s:
            return s.run(fetch, feed_dict=feeds or {})

    def uniform_scalar(arr):
        arr = np.asarray(arr)
        flat = arr.reshape(-1)
        if flat.size == 0:
            return None
        if np.all(flat == flat[0]):
            return _py(flat[0])
        return None

    def close(a, b):
        return abs(a - b) <= 1e-5 * max(1.0, abs(a), abs(b))

    def describe_init(t, g):
        state['suppress'] += 1
        try:
            return _describe_init(t, g)
        except Exception as e:  # noqa: BLE001
            return {'family': 'unknown', '_why': '%s: %s' % (type(e).__name__, str(e)[:200])}
        finally:
            state['suppress'] -= 1

    def _describe_init(t, g):
        ops_ = subgraph(t)
        if any(op.type in STOP for op in ops_):
            return {'family': 'unknown', '_why': 'depends on a variable or placeholder'}
        if any(op.type in ('Qr',) for op in ops_):
            val = np.asarray(run(g, t), dtype=np.float64)
            if val.ndim < 2:
                return {'family': 'unknown', '_why': 'orthogonal of rank < 2'}
            m = val.reshape(-1, val.shape[-1])
            gram = m.T @ m if m.shape[0] >= m.shape[1] else m @ m.T
            gain = float(np.sqrt(np.mean(np.diag(gram))))
            return {'family': 'orthogonal', 'gain': snap(gain)}
        rnd = [op for op in ops_ if op.type in RANDOM]
        if any(op.type in OTHER_RANDOM for op in ops_) or len(rnd) > 1:
            return {'family': 'unknown', '_why': 'unsupported random ops'}
        if len(rnd) == 1:
            r = rnd[0]
            family = RANDOM[r.type]
            shape = r.outputs[0].shape.as_list()
            if any(d is None for d in shape):
                return {'family': 'unknown', '_why': 'dynamic shape'}
            dt = r.outputs[0].dtype.as_numpy_dtype
            f0 = uniform_scalar(run(g, t, {r.outputs[0]: np.zeros(shape, dt)}))
            f1 = uniform_scalar(run(g, t, {r.outputs[0]: np.ones(shape, dt)}))
            if f0 is None or f1 is None:
                return {'family': 'unknown', '_why': 'not an affine map of one random op'}
            a, b = float(f0), float(f1) - float(f0)
            maxval = float(f1)
            # Prefer the scope's own Consts (exact in the variable's dtype) when they agree.
            scope = r.name.rsplit('/', 1)[0] if '/' in r.name else ''
            consts = {}
            for op in ops_:
                if op.type == 'Const' and op.name.rsplit('/', 1)[0] == scope:
                    consts[op.name.rsplit('/', 1)[-1]] = op
            want = ('min', 'max') if family == 'uniform' else ('mean', 'stddev')
            if all(k in consts for k in want):
                c0, c1 = run(g, [consts[want[0]].outputs[0], consts[want[1]].outputs[0]])
                c0, c1 = uniform_scalar(c0), uniform_scalar(c1)
                if c0 is not None and c1 is not None:
                    c0, c1 = float(c0), float(c1)
                    span = (c1 - c0) if family == 'uniform' else c1
                    if close(c0, a) and close(span, b):
                        a, b, maxval = c0, span, c1
            if family == 'uniform':
                return {'family': 'uniform', 'minval': a, 'maxval': maxval}
            return {'family': family, 'mean': a, 'stddev': b}
        # Deterministic value.
        val = np.asarray(run(g, t))
        names = {op.type for op in ops_}
        root = t.op
        while root.type in ('Identity', 'Cast') and root.inputs:
            root = root.inputs[0].op
        last = root.name.rsplit('/', 1)[-1]
        base = last.split('_')[0] if last.rsplit('_', 1)[-1].isdigit() else last
        eye_ops = {'MatrixDiag', 'MatrixDiagV2', 'MatrixDiagV3', 'MatrixSetDiag', 'MatrixSetDiagV2',
                   'MatrixSetDiagV3'}
        if names & eye_ops and val.ndim == 2:
            gain = float(val.max()) if val.size else 1.0
            if np.allclose(val, gain * np.eye(*val.shape)):
                return {'family': 'identity', 'gain': snap(gain)}
        s = uniform_scalar(val)
        if base == 'zeros' and s is not None and not s:
            return {'family': 'zeros'}
        if base == 'ones' and s is not None and s == 1:
            return {'family': 'ones'}
        return {'family': 'const', 'value': compact(val)}

    def init_of(rec):
        if rec is None:
            return {'family': 'unknown'}
        if rec['traced'] is not None:
            return rec['traced']
        v = rec['obj']
        state['suppress'] += 1
        try:
            with v.graph.as_default():  # initial_value refuses to answer while executing eagerly
                t = v.initial_value
        except Exception:  # noqa: BLE001
            return {'family': 'unknown', '_why': 'no initial value'}
        finally:
            state['suppress'] -= 1
        return describe_init(t, t.graph)

    def record(entry, program):
        del records[:]
        origins.clear()
        state['graph_entered'] = False
        state['entry'] = entry
        # ---- run the program ------------------------------------------------------------------------
        error = None
        sys.argv = [entry]
        harness = tf1_harness(entry)
        undo = None
        try:
            if harness:
                if HERE not in sys.path:
                    sys.path.append(HERE)
                import tf1_shims  # scripts/conformance: TF 1.x pieces TF 2.21 lacks (ours, see its comment)
                undo = tf1_shims.install()
            runpy.run_path(entry, run_name='__main__')
        except SystemExit:
            pass
        except BaseException as exc:  # noqa: BLE001 - we record what TensorFlow raised
            msg = str(exc)
            cut = msg.find('Originally defined at:')
            if cut >= 0:
                msg = msg[:cut]
            tb = traceback.extract_tb(exc.__traceback__)
            error = {'type': type(exc).__name__, 'message': msg.strip(), 'line': user_line(tb)}
        finally:
            if undo:
                undo()

        eager_end = tf.executing_eagerly()

        # ---- describe the variables -----------------------------------------------------------------
        keras_backing = {}
        for rec in records:
            if rec['kind'] == 'keras':
                backing = getattr(rec['obj'], '_value', None)
                if backing is not None:
                    keras_backing[id(backing)] = rec
        by_id = {id(rec['obj']): rec for rec in records if rec['kind'] == 'tf'}

        variables = []
        any_graph = False
        for rec in records:
            obj = rec['obj']
            if rec['kind'] == 'tf' and id(obj) in keras_backing:
                continue  # reported through its Keras variable
            if rec['kind'] == 'keras':
                backing = getattr(obj, '_value', None)
                trec = by_id.get(id(backing)) if backing is not None else None
                eager = trec['eager'] if trec else rec['eager']
                if not eager and backing is not None and is_eager_variable(backing):
                    eager = True  # made inside a tf.function (Keras' train function) but lifted out by init_scope
                if not eager:
                    any_graph = True
                init = init_of(trec)
                if obj.path.endswith('seed_generator_state'):
                    # Keras seeds its SeedGenerator state from Python's random module: differs per run.
                    init = {'family': 'unknown', '_why': 'Keras seed generator state (random per run)'}
                shape = [None if d is None else int(d) for d in obj.shape]
                line = rec['line'] if rec['line'] is not None else (trec['line'] if trec else None)
                collections = graph_collections(backing) if (backing is not None and not eager) else None
                # Keras 3 names a variable by its path (layer/…/weight). The backing tf.Variable's own name
                # can differ (graph mode follows the v1 name scopes: scope/dense/kernel; a subclassed model
                # in eager mode drops the layer: two_layer/kernel); it is kept as tf_name when it differs.
                d = entry_dict(obj.path, shape, str(obj.dtype), bool(obj.trainable), collections, init, line)
                if backing is not None and getattr(backing, 'name', None):
                    tf_name = backing.name[:-2] if backing.name.endswith(':0') else backing.name
                    if tf_name != obj.path:
                        d['tf_name'] = tf_name
                variables.append(d)
                continue
            # a tf.Variable made while a graph was being traced (a Keras layer's build during a symbolic call) but
            # lifted out by init_scope is eager, as above
            eager = rec['eager'] or is_eager_variable(obj)
            if not eager:
                any_graph = True
            variables.append(entry_dict(obj.name[:-2] if obj.name.endswith(':0') else obj.name,
                                        shape_of(obj), obj.dtype.base_dtype.name, bool(obj.trainable),
                                        None if eager else graph_collections(obj),
                                        init_of(rec), rec['line']))

        try:
            models = describe_models(made_models)
        finally:
            del made_models[:]  # a long-lived worker (the difftest's) records the next program with an empty list

        for _g, sess in sessions.values():
            sess.close()
        sessions.clear()
        result = {
            'program': program,
            'tensorflow': tf.__version__,
            'mode': 'v1' if (any_graph or not eager_end or (state['graph_entered'] and not variables)) else 'v2',
            'variables': variables,
            'error': error,
        }
        if models:
            result['models'] = models
        if harness:
            result['target'] = harness['target']
            result['harness'] = harness['note']
        return result

    return record


def describe_models(made):
    """Each Keras 3 model the program made: name, class, layers, and its parameters as model.summary() counts them
    (trainable and non-trainable weights; the optimizer's variables apart), with count_params() when built.
    The Functional a Sequential keeps inside itself (`_functional`) is Keras' own, not the program's."""
    inner = {id(getattr(m['obj'], '_functional', None)) for m in made}
    out = []
    for m in made:
        obj = m['obj']
        if id(obj) in inner:
            continue
        size = lambda ws: int(sum(int(np_prod(w.shape)) for w in ws))  # noqa: E731
        try:
            count = int(obj.count_params()) if obj.built else None
        except Exception:  # noqa: BLE001 - count_params raises for an unbuilt model
            count = None
        try:
            obj.layers  # noqa: B018 - raises for a model whose constructor raised (no model for the program)
        except AttributeError:
            continue
        opt = getattr(obj, 'optimizer', None)
        opt_vars = list(opt.variables) if (getattr(obj, 'compiled', False) and opt is not None and opt.built) else []
        out.append({
            'name': obj.name, 'className': type(obj).__name__, 'layers': [l.name for l in obj.layers],
            'totalParams': size(obj.trainable_weights) + size(obj.non_trainable_weights),
            'trainableParams': size(obj.trainable_weights), 'nonTrainableParams': size(obj.non_trainable_weights),
            'countParams': count, 'built': bool(obj.built), 'optimizerParams': size(opt_vars), 'line': m['line'],
        })
    return out


def is_eager_variable(v):
    """Whether a tf.Variable lives outside any graph (its handle is an eager tensor)."""
    try:
        v.handle.graph  # noqa: B018 - raises for an eager handle
        return False
    except AttributeError:
        return True
    except Exception:  # noqa: BLE001
        return False


def np_prod(shape):
    n = 1
    for d in shape:
        n *= int(d)
    return n


HARNESS_NOTE = ('recorded with the TF 1.x harness (scripts/conformance/tf1_shims.py): tf.compat.v1.nn.rnn_cell is '
                'TensorFlow 2.21\'s frozen TF1 cells (tensorflow.python.keras.layers.legacy_rnn); tf.contrib is our '
                'reimplementation of TF 1.15\'s contrib.layers / contrib.rnn rules, which no installable TF ships')


def tf1_harness(entry):
    """A program asks for the TF 1.x harness with a line `# recorder: tf1-shims [target=1.15|2.15]`."""
    import re
    with open(entry, encoding='utf8') as f:
        m = re.search(r'^# recorder: tf1-shims(?: target=(\S+))?\s*$', f.read(), re.M)
    return {'target': m.group(1) or '1.15', 'note': HARNESS_NOTE} if m else None


def snap(x):
    """Rounds a gain measured from float32 values to 6 significant digits (it was a literal)."""
    if x == 0:
        return 0.0
    return float('%.6g' % x)


def compact(arr):
    import numpy as np
    arr = np.asarray(arr)
    flat = arr.reshape(-1)
    if flat.size and np.all(flat == flat[0]):
        return _py(flat[0])
    if arr.dtype == object or arr.dtype.kind in 'SU':
        return [_py(x) for x in flat]
    return arr.tolist()


def _py(x):
    """A numpy scalar as a JSON-able Python value (bytes decoded)."""
    x = x.item() if hasattr(x, 'item') else x
    return x.decode('utf8', 'replace') if isinstance(x, bytes) else x


def shape_of(v):
    s = v.shape
    if s.rank is None:
        return None
    return [None if d is None else int(d) for d in s.as_list()]


def graph_collections(v):
    """Every graph collection holding the variable; TF's key 'variables' is GLOBAL_VARIABLES."""
    g = v.graph
    labels = []
    for key in g.get_all_collection_keys():
        try:
            if any(x is v for x in g.get_collection(key)):
                labels.append('global_variables' if key == 'variables' else str(key))
        except Exception:  # noqa: BLE001 - collections of non-comparable objects
            pass
    first = ['global_variables', 'local_variables', 'trainable_variables']
    return [k for k in first if k in labels] + sorted(k for k in labels if k not in first)


def entry_dict(name, shape, dtype, trainable, collections, init, line):
    if init.get('family') == 'unknown':
        init = {'family': 'unknown', 'reason': init['_why']} if '_why' in init else {'family': 'unknown'}
    else:
        init = {k: v for k, v in init.items() if not k.startswith('_')}
    return {'name': name, 'shape': shape, 'dtype': dtype, 'trainable': trainable,
            'collections': collections, 'init': init, 'line': line}


if __name__ == '__main__':
    main()
