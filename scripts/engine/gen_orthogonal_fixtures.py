"""Generates TensorFlow reference values for the orthogonal initializer at sizes where TF's CPU QR runs
its blocked paths (48-column panels, cache-blocked products), for test/engine/eigenQr.test.ts.

Run with a Python that has TensorFlow (e.g. /tmp/tf/bin/python scripts/engine/gen_orthogonal_fixtures.py)
on an x86-64 machine whose Eigen reads a 32 KiB L1d / 1 MiB L2 (TF's blocking depends on it); writes
test/fixtures/engine/orthogonal.json: per case the spec, shape, seeds, a SHA-256 of all little-endian
float32 values and the first 1024 values as uint32 bit patterns. The tests never need TF.
"""
import hashlib
import json
import os

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402
import keras  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "test", "fixtures", "engine", "orthogonal.json")
v1 = tf.compat.v1

V1_SHAPES = [([64, 64], 1.0), ([100, 60], 1.0), ([60, 100], 2.0), ([3, 3, 64, 128], 1.0), ([512, 512], 1.0),
             ([1000, 3], 1.0), ([49, 97], 0.5), ([95, 95], 1.0)]
KERAS_SHAPES = [([128, 128], 1.0), ([300, 150], 1.0), ([48, 48], 1.0), ([96, 96], 1.3), ([200, 777], 1.0)]


def case(spec, shape, seed, vals):
    vals = np.ascontiguousarray(vals, dtype=np.float32).reshape(-1)
    return {"spec": spec, "shape": shape, "dtype": "float32", "seed": seed,
            "sha256": hashlib.sha256(vals.astype("<f4").tobytes()).hexdigest(),
            "head": "".join("%08x" % int(x) for x in vals[:1024].view(np.uint32))}


def gen_v1():
    out = []
    for i, (shape, gain) in enumerate(V1_SHAPES):
        g = tf.Graph()
        with g.as_default():
            v1.set_random_seed(100 + i)
            t = v1.orthogonal_initializer(gain=gain, seed=7 + i)(shape)
            with v1.Session(graph=g) as sess:
                vals = sess.run(t)
        out.append(case({"kind": "orthogonal", "gain": gain, "api": "v1", "seed": 7 + i}, shape, {"graph": 100 + i, "op": 7 + i}, vals))
    return out


def gen_keras():
    out = []
    for i, (shape, gain) in enumerate(KERAS_SHAPES):
        vals = np.asarray(keras.initializers.Orthogonal(gain=gain, seed=11 + i)(shape, dtype="float32"))
        out.append(case({"kind": "orthogonal", "gain": gain, "api": "keras", "seed": 11 + i}, shape, {"graph": None, "op": 11 + i}, vals))
    return out


def main():
    v1.disable_eager_execution()
    cases = gen_v1()
    v1.enable_eager_execution()
    cases += gen_keras()
    meta = {"tensorflow": tf.__version__, "keras": keras.__version__, "numpy": np.__version__}
    with open(OUT, "w") as f:
        json.dump({"meta": meta, "cases": cases}, f, separators=(",", ":"))
        f.write("\n")
    print("wrote", OUT, len(cases), "cases")


if __name__ == "__main__":
    main()
