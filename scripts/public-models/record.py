#!/usr/bin/env python3
# Records what real TensorFlow 2.21 creates when each driver of a public model runs (graph mode, TF1 API through
# compat.v1): writes .cache/public-models/<name>/<driver>.expected.json in the conformance record format.
# The recording code is scripts/conformance/generate.py's (imported, not copied).
# Usage: /tmp/tf/bin/python scripts/public-models/record.py <name> [driver...]   (after restore.sh <name>)
"""Public-model recorder.

The drivers and the upstream files are TF1 programs (``import tensorflow as tf``, ``tf.placeholder``,
``tf.contrib``). Each driver runs in a fresh subprocess in which ``tensorflow`` is TF 2.21's ``compat.v1``
module with v2 behaviour disabled, and ``tensorflow.contrib`` is our shim (tf1_shim.py) following TF 1.15's
rules for the few contrib names public models use. The shim is injected through sys.modules here only: the
analyzer sees the drivers exactly as a user would write them.
"""

import json
import os
import sys
import types

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
CACHE = os.path.join(REPO, '.cache', 'public-models')
sys.path.insert(0, os.path.join(REPO, 'scripts', 'conformance'))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(REPO, 'scripts', 'lib'))
from isolated import run_isolated  # noqa: E402


def spec_of(name):
    with open(os.path.join(HERE, name, 'model.json'), encoding='utf8') as f:
        return json.load(f)


def driver_dir(name, spec):
    """restore.sh copies the drivers into the folder of the first listed upstream file."""
    return os.path.join(CACHE, name, os.path.dirname(spec['files'][0]))


def absent_module(name):
    """A stand-in for a module the recording environment lacks (model.json's `absent_modules`: audio and image
    libraries an upstream file imports at its top but the drivers never reach): every attribute is a no-op callable
    (`matplotlib.use('pdf')` at import time), so importing the file works; a call the driver did reach would return
    None and fail loudly rather than record something else."""
    m = types.ModuleType(name)
    def attribute(attr):
        if attr.startswith('__'):
            raise AttributeError(attr)
        return lambda *a, **k: None
    m.__getattr__ = attribute
    return m


def run_child(folder, driver, out_path, absent=()):
    for name in absent:
        sys.modules.setdefault(name, absent_module(name))
        parent, _, child = name.rpartition('.')
        if parent in sys.modules:
            setattr(sys.modules[parent], child, sys.modules[name])
    os.chdir(folder)
    if folder not in sys.path:
        sys.path.insert(0, folder)
    import generate  # noqa: E402 - the conformance recorder
    record = generate.make_recorder(os.path.realpath(folder), fast=True)
    import tensorflow as real_tf
    import tf1_shim
    v1 = real_tf.compat.v1
    v1.disable_v2_behavior()
    tf1_shim.install(v1)
    result = record(os.path.join(os.path.realpath(folder), driver), driver)
    with open(out_path, 'w', encoding='utf8') as f:
        json.dump(result, f)


def main():
    if len(sys.argv) >= 4 and sys.argv[1] == '--run-one':
        absent = os.environ.get('TFSCOPE_ABSENT_MODULES', '')
        run_child(sys.argv[2], sys.argv[3], sys.argv[4], absent.split(',') if absent else ())
        return
    if len(sys.argv) < 2:
        sys.exit(__doc__.splitlines()[0] + '\nusage: record.py <name> [driver...]')
    name = sys.argv[1]
    spec = spec_of(name)
    folder = driver_dir(name, spec)
    drivers = sys.argv[2:] or spec['drivers']
    failures = 0
    for d in drivers:
        if not os.path.exists(os.path.join(folder, d)):
            sys.exit('%s: %s is missing; run scripts/public-models/restore.sh %s first' % (name, d, name))
        res = run_isolated(__file__, [folder, d], '%s/%s' % (name, d),
                           extra_env={'TFSCOPE_ABSENT_MODULES': ','.join(spec.get('absent_modules', []))})
        if res is None:
            failures += 1
            continue
        target = os.path.join(CACHE, name, d[:-3] + '.expected.json')
        with open(target, 'w', encoding='utf8') as f:
            f.write(generate_dump(res))
        err = res['error']
        print('%s/%s: %d variables%s -> %s' % (name, d, len(res['variables']),
                                               ' (raises %s: %s)' % (err['type'], err['message'][:200]) if err else '',
                                               os.path.relpath(target, REPO)))
    sys.exit(1 if failures else 0)


def generate_dump(res):
    import generate
    return generate.dump(res)


if __name__ == '__main__':
    main()
