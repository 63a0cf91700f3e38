"""Runs each restore program of test/fixtures/checkpoints/restore with real TensorFlow (tensorflow-cpu 2.21 in
/tmp/tf) and records what TensorFlow does, for test/cli/restore.test.ts:

  /tmp/tf/bin/python scripts/checkpoints/record_restores.py              # test/fixtures/checkpoints/restore/expected.json
  /tmp/tf/bin/python scripts/checkpoints/record_restores.py keras_load   # test/fixtures/checkpoints/keras_load/expected.json

Per program: the exception it raises (type, and the message with the kernel's line kept and the graph
traceback TensorFlow adds in between left out), and the variables whose initial value reads the checkpoint
(init_from_checkpoint sets a RestoreV2 op as their initial value), and Keras's warnings about weights it
could not load (load_weights(skip_mismatch=True)), and for Keras's load_weights the weights it loaded (each
weight of the model is set to a sentinel value first; those that no longer hold it were loaded). Keras's names
are reset before each program.
"""
import json
import os
import sys
import warnings

import numpy as np
import tensorflow as tf

FIXTURES = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'test', 'fixtures', 'checkpoints')
ROOT = os.path.join(FIXTURES, sys.argv[1] if len(sys.argv) > 1 else 'restore')
KERNEL_LINE = ('Key ', 'Assign requires', 'tensor_name = ')


def message_of(e):
    text = str(e)
    if 'Original error:' not in text:
        return text
    head = text[:text.index('Original error:') + len('Original error:')]
    kernel = next(l for l in text.split('\n') if l.startswith(KERNEL_LINE))
    return head + '\n\n' + kernel


SENTINEL = 12345.0
LOADED = []


def _recording_load_weights(original):
    def load_weights(self, *args, **kwargs):
        for w in self.weights:
            w.assign(np.full(w.shape, SENTINEL, dtype=w.dtype))
        try:
            return original(self, *args, **kwargs)
        finally:
            LOADED.extend(w.path for w in self.weights if not np.all(np.asarray(w.numpy()) == SENTINEL))
    return load_weights


def run(program):
    tf.compat.v1.reset_default_graph()
    import keras
    keras.backend.clear_session()
    if not getattr(keras.Model.load_weights, 'recording', False):
        keras.Model.load_weights = _recording_load_weights(keras.Model.load_weights)
        keras.Model.load_weights.recording = True
    del LOADED[:]
    cwd = os.getcwd()
    os.chdir(ROOT)
    error = None
    scope = {'__name__': '__main__', '__file__': program}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            with open(program) as f:
                exec(compile(f.read(), program, 'exec'), scope)
        except Exception as e:  # what the program raises is the record
            error = {'type': type(e).__name__, 'message': message_of(e)}
        finally:
            os.chdir(cwd)
    loading = [str(w.message) for w in caught if 'could not be loaded' in str(w.message) or str(w.message).startswith('Skipping loading')]
    graph = tf.compat.v1.get_default_graph()
    restored = []
    for v in graph.get_collection('variables'):
        init = getattr(v, '_initial_value', None)
        if init is not None and init.op.type == 'RestoreV2':
            restored.append(v.op.name)
    out = {'error': error, 'initFromCheckpoint': restored, 'warnings': loading}
    if LOADED:
        out['loaded'] = list(LOADED)
    return out


def main():
    out = {}
    for name in sorted(os.listdir(ROOT)):
        if name.endswith('.py'):
            out[name] = run(name)
            print(name, out[name]['error']['type'] if out[name]['error'] else 'ok', len(out[name]['initFromCheckpoint']), file=sys.stderr)
    with open(os.path.join(ROOT, 'expected.json'), 'w') as f:
        json.dump(out, f, indent=1, sort_keys=True)
        f.write('\n')


if __name__ == '__main__':
    main()
