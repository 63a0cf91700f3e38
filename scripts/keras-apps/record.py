#!/usr/bin/env python3
# Records what the installed Keras 3 creates when each driver in scripts/keras-apps/drivers/ runs: writes
# .cache/keras-apps/<driver>.expected.json (the conformance record format, plus the model's count_params) and,
# with --fixtures, test/fixtures/keras-apps/<driver>.json (name, shape, dtype, initializer kind per variable).
# Usage: /tmp/tf/bin/python scripts/keras-apps/record.py [--fixtures] [driver...] | --from-cache
"""Keras applications recorder.

Each driver runs in a fresh subprocess through scripts/conformance/generate.py's recorder (imported, not
copied), so the variables are observed exactly as for the conformance programs. The driver's global ``model``
is kept and its ``count_params()`` stored next to the variables. Nothing from the Keras sources is written:
only the names, shapes, dtypes and initializer distributions the run produced.
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
DRIVERS = os.path.join(HERE, 'drivers')
CACHE = os.path.join(REPO, '.cache', 'keras-apps')
FIXTURES = os.path.join(REPO, 'test', 'fixtures', 'keras-apps')
sys.path.insert(0, os.path.join(REPO, 'scripts', 'conformance'))
sys.path.insert(0, os.path.join(REPO, 'scripts', 'lib'))
from isolated import run_isolated  # noqa: E402


def run_child(driver, out_path):
    import runpy
    import generate  # noqa: E402 - the conformance recorder
    captured = {}
    real_run_path = runpy.run_path

    def run_path(*a, **k):
        g = real_run_path(*a, **k)
        captured.update(g)
        return g

    runpy.run_path = run_path
    record = generate.make_recorder(DRIVERS, fast=True)
    result = record(os.path.join(DRIVERS, driver), driver)
    model = captured.get('model')
    result['count_params'] = int(model.count_params()) if model is not None else None
    with open(out_path, 'w', encoding='utf8') as f:
        json.dump(result, f)


def compact(res):
    """The fixture form: what the acceptance test compares (no lines, no values)."""
    out = []
    for v in res['variables']:
        out.append({'name': v['name'], 'shape': v['shape'], 'dtype': v['dtype'], 'trainable': v.get('trainable'),
                    'init': v.get('init')})
    return {'count_params': res['count_params'], 'error': res['error'], 'variables': out}


def main():
    if len(sys.argv) >= 4 and sys.argv[1] == '--run-one':
        run_child(sys.argv[2], sys.argv[3])
        return
    args = sys.argv[1:]
    fixtures = '--fixtures' in args
    names = [a for a in args if a not in ('--fixtures', '--from-cache')]
    if '--from-cache' in args:  # rewrite the fixtures from the records already in .cache/keras-apps
        os.makedirs(FIXTURES, exist_ok=True)
        for f in sorted(os.listdir(CACHE)):
            with open(os.path.join(CACHE, f), encoding='utf8') as fh:
                res = json.load(fh)
            with open(os.path.join(FIXTURES, f.replace('.expected', '')), 'w', encoding='utf8') as fh:
                json.dump(compact(res), fh, separators=(',', ':'))
                fh.write('\n')
        return
    drivers = [n if n.endswith('.py') else n + '.py' for n in names] or sorted(
        f for f in os.listdir(DRIVERS) if f.endswith('.py'))
    os.makedirs(CACHE, exist_ok=True)
    failures = 0
    for d in drivers:
        res = run_isolated(__file__, [d], d, timeout=3600, extra_env={'KERAS_BACKEND': 'tensorflow'})
        if res is None:
            failures += 1
            continue
        import generate
        target = os.path.join(CACHE, d[:-3] + '.expected.json')
        with open(target, 'w', encoding='utf8') as f:
            f.write(generate.dump(res))
        if fixtures:
            os.makedirs(FIXTURES, exist_ok=True)
            with open(os.path.join(FIXTURES, d[:-3] + '.json'), 'w', encoding='utf8') as f:
                json.dump(compact(res), f, separators=(',', ':'))
                f.write('\n')
        print('%s: %d variables, count_params %s%s -> %s' % (
            d, len(res['variables']), res['count_params'],
            ' (raises %s)' % res['error']['type'] if res['error'] else '', os.path.relpath(target, REPO)))
    sys.exit(1 if failures else 0)


if __name__ == '__main__':
    main()
