#!/usr/bin/env python3
# Records what each published Keras 2 program leaves when it runs to its end under real TF 2.21 with `keras` and
# `tf.keras` resolved to TF 2.21's frozen Keras 2 (keras2_shim.py; eager, as TF 2.x ran Keras 2): writes
# .cache/public-keras2/<name>/<name>.expected.json in the conformance record format. The recording is
# scripts/lib/record_programs.py's (shared with public-keras). Usage: /tmp/tf/bin/python scripts/public-keras2/record.py
# [name...]   (after restore.sh; default: all)
"""Public Keras 2 program recorder."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'lib'))
sys.path.insert(0, HERE)
from record_programs import main, stand_in_module  # noqa: E402

STAND_INS = ('matplotlib', 'matplotlib.pyplot', 'IPython', 'IPython.display', 'PIL', 'PIL.Image')


def prepare():
    import keras2_shim
    keras2_shim.install(stand_in_module)


if __name__ == '__main__':
    main(__file__, HERE, 'public-keras2', STAND_INS, extra_env={'KERAS_BACKEND': 'tensorflow'}, prepare=prepare)
