"""The recorders of the published-program harnesses (scripts/public-keras, scripts/public-keras2): each program, the
upstream file with its edits restored into .cache/<cache>/<name>/, runs to its end in a fresh subprocess whose cwd is
its folder, observed by the conformance recorder (scripts/conformance/generate.py's make_recorder, imported), and its
record is written to .cache/<cache>/<name>/<name>.expected.json. Packages a program imports but this environment lacks
(plots, notebooks) are stand-ins accepting any call, put in sys.modules in the child only; a harness may also install
its own modules there first (`prepare`), for recording only: the analyzer reads the programs as published."""

import json
import os
import sys
import types

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(REPO, 'scripts', 'conformance'))
sys.path.insert(0, os.path.join(REPO, 'scripts', 'lib'))
from isolated import run_isolated  # noqa: E402


class Anything:
    """A value that accepts any attribute, call, index or iteration (the plots the programs draw)."""

    def __getattr__(self, _name):
        return self

    def __call__(self, *_a, **_k):
        return self

    def __getitem__(self, _k):
        return self

    def __iter__(self):
        return iter((self, self))


def stand_in_module(name):
    """A module whose every attribute is an Anything."""
    m = types.ModuleType(name)
    m.__getattr__ = lambda _name: Anything()
    return m


def install_stand_ins(mods):
    import importlib.util
    for mod in mods:
        top = mod.split('.')[0]
        if top not in sys.modules and importlib.util.find_spec(top) is not None:
            continue
        m = stand_in_module(mod)
        sys.modules[mod] = m
        if '.' in mod:
            setattr(sys.modules[mod.split('.')[0]], mod.split('.')[1], m)


def _spec_of(here, name):
    with open(os.path.join(here, name, 'program.json'), encoding='utf8') as f:
        return json.load(f)


def _run_child(path, out_path, stand_ins, prepare):
    folder = os.path.dirname(path)
    os.chdir(folder)
    sys.path.insert(0, folder)
    if prepare:
        prepare()
    install_stand_ins(stand_ins)
    import generate  # noqa: E402 - the conformance recorder
    record = generate.make_recorder(os.path.realpath(folder), fast=True)
    result = record(os.path.realpath(path), os.path.basename(path))
    with open(out_path, 'w', encoding='utf8') as f:
        json.dump(result, f)


def _record_one(script, here, cache, name, extra_env):
    import generate
    spec = _spec_of(here, name)
    path = os.path.join(REPO, '.cache', cache, name, spec['files'][0])
    if not os.path.exists(path):
        sys.exit('%s: %s is missing; run %s/restore.sh %s first' % (name, path, os.path.relpath(here, REPO), name))
    res = run_isolated(script, [path], name, extra_env=extra_env)
    if res is None:
        return False
    target = os.path.join(REPO, '.cache', cache, name, name + '.expected.json')
    with open(target, 'w', encoding='utf8') as f:
        f.write(generate.dump(res))
    err = res['error']
    print('%s: %d variables%s -> %s' % (name, len(res['variables']),
                                        ' (raises %s: %s)' % (err['type'], err['message'][:300]) if err else '',
                                        os.path.relpath(target, REPO)))
    return True


def main(script, here, cache, stand_ins=(), extra_env=None, prepare=None):
    """The recorder's command line: `record.py [name...]` (default: every <name>/program.json of `here`); the child
    is the same script called with `--run-one PATH OUT`."""
    if len(sys.argv) >= 4 and sys.argv[1] == '--run-one':
        _run_child(sys.argv[2], sys.argv[3], stand_ins, prepare)
        return
    names = sys.argv[1:] or sorted(d for d in os.listdir(here) if os.path.exists(os.path.join(here, d, 'program.json')))
    failures = sum(0 if _record_one(script, here, cache, n, extra_env) else 1 for n in names)
    sys.exit(1 if failures else 0)
