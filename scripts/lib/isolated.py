"""One recording in a fresh Python process, for the harness recorders (public-models, public-keras, keras-apps):
runs `script --run-one *args OUT` with TensorFlow's quiet, deterministic settings and returns the JSON it wrote to
OUT, or None after printing the child's exit status and the tail of its stderr under `label`."""
import json
import os
import subprocess
import sys
import tempfile


def run_isolated(script, args, label, timeout=1800, extra_env=None):
    env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL='3', PYTHONHASHSEED='0', CUDA_VISIBLE_DEVICES='',
               PYTHONDONTWRITEBYTECODE='1', **(extra_env or {}))
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, 'result.json')
        proc = subprocess.run([sys.executable, os.path.abspath(script), '--run-one', *args, out],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
        if not os.path.exists(out):
            print('FAIL %s (exit %s)\n%s' % (label, proc.returncode, proc.stderr.decode('utf8', 'replace')[-4000:]),
                  file=sys.stderr)
            return None
        with open(out, encoding='utf8') as f:
            return json.load(f)
