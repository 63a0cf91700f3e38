#!/usr/bin/env python3
# Difftest TensorFlow worker: one process runs many programs under the conformance recorder
# (scripts/conformance/generate.py make_recorder). Protocol: argv[1] = programs folder; stdin JSON lines
# {"id", "path"}; stdout one JSON line per request, {"id", "result"} or {"id", "crash"}; "ready" line first.
"""Runs difftest programs in one TensorFlow process.

Before each program the Keras global state (layer name uids, dtype policy) is cleared and TensorFlow gets a
fresh default graph, so a program sees what a fresh interpreter would give it, as far as naming goes.
"""

import gc
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(HERE)), 'conformance'))

import generate  # noqa: E402  (the recorder)


def reset(tf, keras):
    """Fresh state between programs: Keras' global state and name uids, TF's default graph, eager mode, and TF2
    behaviour again after a program that called tf.disable_v2_behavior() (the tf1layers family)."""
    if not tf.compat.v1.resource_variables_enabled():
        # TF refuses to turn eager back on while a global default graph exists: drop it first
        tf.compat.v1.reset_default_graph()
        tf.compat.v1.enable_v2_behavior()
        from tensorflow.python.eager import context
        context.context()._thread_local_data.is_eager = True  # noqa: SLF001 - what disable_eager_execution cleared
    if not tf.executing_eagerly():
        try:
            tf.compat.v1.enable_eager_execution()
        except Exception:  # noqa: BLE001 - stays graph mode; the next record shows it
            pass
    keras.backend.clear_session(free_memory=False)
    tf.compat.v1.reset_default_graph()


def main():
    programs_dir = os.path.realpath(sys.argv[1])
    out = os.fdopen(os.dup(1), 'w', buffering=1, encoding='utf8')
    sys.stdout = open(os.devnull, 'w', encoding='utf8')  # programs may print
    record = generate.make_recorder(programs_dir, fast=True)
    import keras
    import tensorflow as tf
    out.write('ready\n')
    done = 0
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        req = json.loads(line)
        try:
            reset(tf, keras)
            path = os.path.realpath(req['path'])
            result = record(path, os.path.basename(path))
            reply = {'id': req['id'], 'result': result}
        except BaseException as e:  # noqa: BLE001 - the recorder itself failed
            reply = {'id': req['id'], 'crash': '%s: %s' % (type(e).__name__, str(e)[:500])}
        out.write(json.dumps(reply) + '\n')
        done += 1
        if done % 50 == 0:
            gc.collect()


if __name__ == '__main__':
    main()
