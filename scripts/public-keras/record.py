#!/usr/bin/env python3
# Records what real TF 2.21 / Keras 3.15 leaves when each public Keras program runs to its end (eager, the
# TensorFlow backend): writes .cache/public-keras/<name>/<name>.expected.json in the conformance record format.
# The recording code is scripts/conformance/generate.py's (imported, not copied).
# Usage: /tmp/tf/bin/python scripts/public-keras/record.py [name...]   (after restore.sh; default: all)
"""Public Keras program recorder.

Each program (the upstream file with its edits, restored by restore.sh) runs in a fresh subprocess whose cwd is its
folder. Plotting and notebook packages the programs import but this environment lacks (matplotlib, IPython, gdown)
are stand-ins that accept any call, injected through sys.modules here only; the analyzer reads the programs as
published (with the edits).
"""

import json
import os
import sys
import types

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
CACHE = os.path.join(REPO, '.cache', 'public-keras')
sys.path.insert(0, os.path.join(REPO, 'scripts', 'conformance'))
sys.path.insert(0, os.path.join(REPO, 'scripts', 'lib'))
from isolated import run_isolated  # noqa: E402
STAND_INS = ('matplotlib', 'matplotlib.pyplot', 'IPython', 'IPython.display', 'gdown', 'imageio', 'ipywidgets')


class _Anything:
    """A value that accepts any attribute, call, index or iteration (the plots the programs draw)."""

    def __getattr__(self, _name):
        return self

    def __call__(self, *_a, **_k):
        return self

    def __getitem__(self, _k):
        return self

    def __iter__(self):
        return iter((self, self))


def install_stand_ins():
    import importlib.util
    for mod in STAND_INS:
        top = mod.split('.')[0]
        if top not in sys.modules and importlib.util.find_spec(top) is not None:
            continue
        m = types.ModuleType(mod)
        m.__getattr__ = lambda _name: _Anything()
        sys.modules[mod] = m
        if '.' in mod:
            setattr(sys.modules[mod.split('.')[0]], mod.split('.')[1], m)


def spec_of(name):
    with open(os.path.join(HERE, name, 'program.json'), encoding='utf8') as f:
        return json.load(f)


def program_path(name, spec):
    return os.path.join(CACHE, name, spec['files'][0])


def run_child(path, out_path):
    folder = os.path.dirname(path)
    os.chdir(folder)
    sys.path.insert(0, folder)
    install_stand_ins()
    import generate  # noqa: E402 - the conformance recorder
    record = generate.make_recorder(os.path.realpath(folder), fast=True)
    result = record(os.path.realpath(path), os.path.basename(path))
    with open(out_path, 'w', encoding='utf8') as f:
        json.dump(result, f)


def record_one(name):
    import generate
    spec = spec_of(name)
    path = program_path(name, spec)
    if not os.path.exists(path):
        sys.exit('%s: %s is missing; run scripts/public-keras/restore.sh %s first' % (name, path, name))
    res = run_isolated(__file__, [path], name, extra_env={'KERAS_BACKEND': 'tensorflow'})
    if res is None:
        return False
    target = os.path.join(CACHE, name, name + '.expected.json')
    with open(target, 'w', encoding='utf8') as f:
        f.write(generate.dump(res))
    err = res['error']
    print('%s: %d variables%s -> %s' % (name, len(res['variables']),
                                        ' (raises %s: %s)' % (err['type'], err['message'][:300]) if err else '',
                                        os.path.relpath(target, REPO)))
    return True


def main():
    if len(sys.argv) >= 4 and sys.argv[1] == '--run-one':
        run_child(sys.argv[2], sys.argv[3])
        return
    names = sys.argv[1:] or sorted(d for d in os.listdir(HERE) if os.path.exists(os.path.join(HERE, d, 'program.json')))
    failures = sum(0 if record_one(n) else 1 for n in names)
    sys.exit(1 if failures else 0)


if __name__ == '__main__':
    main()
