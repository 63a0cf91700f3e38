#!/usr/bin/env python3
# Records what real TF 2.21 / Keras 3.15 leaves when each public Keras program runs to its end (eager, the
# TensorFlow backend): writes .cache/public-keras/<name>/<name>.expected.json in the conformance record format.
# The recording is scripts/lib/record_programs.py's (shared with public-keras2), which imports generate.py's.
# Usage: /tmp/tf/bin/python scripts/public-keras/record.py [name...]   (after restore.sh; default: all)
"""Public Keras program recorder.

Each program (the upstream file with its edits, restored by restore.sh) runs in a fresh subprocess whose cwd is its
folder. Plotting and notebook packages the programs import but this environment lacks (matplotlib, IPython, gdown, imageio, ipywidgets,
PIL, sklearn.metrics, tensorflow_datasets)
are stand-ins that accept any call, injected through sys.modules here only; the analyzer reads the programs as
published (with the edits).
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'lib'))
from record_programs import main  # noqa: E402

STAND_INS = ('matplotlib', 'matplotlib.pyplot', 'IPython', 'IPython.display', 'gdown', 'imageio', 'ipywidgets',
             'PIL', 'PIL.Image', 'PIL.ImageOps', 'sklearn', 'sklearn.metrics', 'tensorflow_datasets')

if __name__ == '__main__':
    main(__file__, HERE, 'public-keras', STAND_INS, extra_env={'KERAS_BACKEND': 'tensorflow'})
