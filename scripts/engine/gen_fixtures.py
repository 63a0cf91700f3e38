"""Generates TensorFlow reference values for the engine's conformance tests.

Run with a Python that has TensorFlow (e.g. /tmp/tf/bin/python scripts/engine/gen_fixtures.py); writes
test/fixtures/engine/{v1_graph,keras,tf2,dtypes}.json. Every case names the initializer spec exactly as the
analyzer would emit it (kind + effective args + api), the shape, the seeds, and the values as bit
patterns in hex (big-endian text, element order): 8 digits per float32/int32, 16 per float64/int64,
4 per float16/bfloat16. dtypes.json holds the float64/float16/bfloat16/int64 cases. The tests never need TF.
"""
import json
import os
import sys

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402
import keras  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "test", "fixtures", "engine")
v1 = tf.compat.v1


def bits(arr):
    arr = np.ascontiguousarray(arr)
    if arr.dtype == np.float32 or arr.dtype == np.int32:
        return "".join("%08x" % int(x) for x in arr.reshape(-1).view(np.uint32))
    if arr.dtype == np.float64 or arr.dtype == np.int64:
        return "".join("%016x" % int(x) for x in arr.reshape(-1).view(np.uint64))
    if arr.dtype.itemsize == 2 and arr.dtype.kind in "fV" or str(arr.dtype) == "bfloat16":
        return "".join("%04x" % int(x) for x in arr.reshape(-1).view(np.uint16))
    raise ValueError(arr.dtype)


SHAPES = [[10], [3, 5], [2, 3, 4], [3, 3, 2, 4], [7, 3]]
VS = [(m, d) for m in ("fan_in", "fan_out", "fan_avg") for d in ("truncated_normal", "untruncated_normal", "uniform")]


def v1_specs():
    """(spec, constructor) pairs for tf.compat.v1 initializers."""
    out = []
    out.append(({"kind": "random_normal", "mean": 0.0, "stddev": 1.0}, lambda s: v1.random_normal_initializer(seed=s)))
    out.append(({"kind": "random_normal", "mean": 0.5, "stddev": 0.3}, lambda s: v1.random_normal_initializer(0.5, 0.3, seed=s)))
    out.append(({"kind": "truncated_normal", "mean": 0.0, "stddev": 1.0}, lambda s: v1.truncated_normal_initializer(seed=s)))
    out.append(({"kind": "truncated_normal", "mean": -1.0, "stddev": 0.02}, lambda s: v1.truncated_normal_initializer(-1.0, 0.02, seed=s)))
    out.append(({"kind": "random_uniform", "minval": 0.0, "maxval": 1.0}, lambda s: v1.random_uniform_initializer(seed=s)))
    out.append(({"kind": "random_uniform", "minval": -0.1, "maxval": 0.3}, lambda s: v1.random_uniform_initializer(-0.1, 0.3, seed=s)))
    for k in ("glorot_uniform", "glorot_normal"):
        out.append(({"kind": k, "scale": 1.0, "mode": "fan_avg", "distribution": "uniform" if k.endswith("uniform") else "truncated_normal"},
                    (lambda kk: lambda s: getattr(v1, kk + "_initializer")(seed=s))(k)))
    for k, sc, dist in (("he_normal", 2.0, "truncated_normal"), ("he_uniform", 2.0, "uniform"), ("lecun_normal", 1.0, "truncated_normal"), ("lecun_uniform", 1.0, "uniform")):
        out.append(({"kind": k, "scale": sc, "mode": "fan_in", "distribution": dist}, (lambda kk: lambda s: getattr(v1.initializers, kk)(seed=s))(k)))
    for m, d in VS:
        out.append(({"kind": "variance_scaling", "scale": 1.7, "mode": m, "distribution": d},
                    (lambda mm, dd: lambda s: v1.variance_scaling_initializer(1.7, mm, dd, seed=s))(m, d)))
    out.append(({"kind": "orthogonal", "gain": 1.0}, lambda s: v1.orthogonal_initializer(seed=s)))
    out.append(({"kind": "orthogonal", "gain": 2.5}, lambda s: v1.orthogonal_initializer(2.5, seed=s)))
    for spec in out:
        spec[0]["api"] = "v1"
    return out


def run_graph(build, graph_seed):
    g = tf.Graph()
    with g.as_default():
        if graph_seed is not None:
            v1.set_random_seed(graph_seed)
        t = build()
        with v1.Session(graph=g) as sess:
            return sess.run(t)


def gen_v1():
    cases = []
    seeds = [(None, 1), (None, 42), (None, 0), (7, 3), (1234, 99), (2**31 - 1 + 5, 2**40 + 3), (0, 0)]
    for spec, ctor in v1_specs():
        for shape in SHAPES:
            if spec["kind"] == "orthogonal" and len(shape) < 2:
                continue
            for gs, os_ in seeds[:4] if shape != [3, 5] else seeds:
                vals = run_graph(lambda: ctor(os_)(shape, dtype=tf.float32), gs)
                cases.append({"spec": dict(spec, seed=os_), "shape": shape, "dtype": "float32",
                              "seed": {"graph": gs, "op": os_}, "bits": bits(vals)})
    # int32 uniform (random_uniform with an integer dtype)
    for gs, os_ in ((None, 1), (3, 4), (11, 12)):
        for lo, hi in ((0, 10), (-5, 1000), (-2**31, 2**31 - 1)):
            vals = run_graph(lambda: v1.random_uniform_initializer(lo, hi, seed=os_)([5, 7], dtype=tf.int32), gs)
            cases.append({"spec": {"kind": "random_uniform", "minval": lo, "maxval": hi, "api": "v1", "seed": os_}, "shape": [5, 7],
                          "dtype": "int32", "seed": {"graph": gs, "op": os_}, "bits": bits(vals)})
    # deterministic ones (no seeds involved)
    det = [({"kind": "zeros"}, v1.zeros_initializer()), ({"kind": "ones"}, v1.ones_initializer()),
           ({"kind": "constant", "value": 0.5}, v1.constant_initializer(0.5)),
           ({"kind": "constant", "value": [1, 2, 3]}, v1.constant_initializer([1, 2, 3])),
           ({"kind": "constant", "value": [[1.5, 2.5], [3.5, 4.5], [5.5, 6.5]]}, v1.constant_initializer([[1.5, 2.5], [3.5, 4.5], [5.5, 6.5]])),
           ({"kind": "identity", "gain": 1.0}, v1.initializers.identity()),
           ({"kind": "identity", "gain": 0.5}, v1.initializers.identity(0.5))]
    for spec, init in det:
        for shape in ([3, 2], [2, 3], [6], [4, 4]):
            if spec["kind"] == "identity" and len(shape) != 2:
                continue
            try:
                vals = run_graph(lambda: init(shape, dtype=tf.float32), None)
            except Exception as e:  # noqa: BLE001 - record that TF refuses it
                cases.append({"spec": dict(spec, api="v1"), "shape": shape, "dtype": "float32", "error": type(e).__name__})
                continue
            cases.append({"spec": dict(spec, api="v1"), "shape": shape, "dtype": "float32", "seed": {"graph": None, "op": None}, "bits": bits(vals)})
    return cases


def keras_specs():
    K = keras.initializers
    out = [({"kind": "random_normal", "mean": 0.0, "stddev": 0.05}, lambda s: K.RandomNormal(seed=s)),
           ({"kind": "random_normal", "mean": 1.0, "stddev": 2.0}, lambda s: K.RandomNormal(1.0, 2.0, seed=s)),
           ({"kind": "truncated_normal", "mean": 0.0, "stddev": 0.05}, lambda s: K.TruncatedNormal(seed=s)),
           ({"kind": "random_uniform", "minval": -0.05, "maxval": 0.05}, lambda s: K.RandomUniform(seed=s)),
           ({"kind": "random_uniform", "minval": 0.0, "maxval": 3.0}, lambda s: K.RandomUniform(0.0, 3.0, seed=s))]
    for k, cls in (("glorot_uniform", K.GlorotUniform), ("glorot_normal", K.GlorotNormal), ("he_normal", K.HeNormal),
                   ("he_uniform", K.HeUniform), ("lecun_normal", K.LecunNormal), ("lecun_uniform", K.LecunUniform)):
        from_alias = {"glorot_uniform": (1.0, "fan_avg", "uniform"), "glorot_normal": (1.0, "fan_avg", "truncated_normal"),
                      "he_normal": (2.0, "fan_in", "truncated_normal"), "he_uniform": (2.0, "fan_in", "uniform"),
                      "lecun_normal": (1.0, "fan_in", "truncated_normal"), "lecun_uniform": (1.0, "fan_in", "uniform")}[k]
        out.append(({"kind": k, "scale": from_alias[0], "mode": from_alias[1], "distribution": from_alias[2]}, (lambda c: lambda s: c(seed=s))(cls)))
    for m, d in VS:
        out.append(({"kind": "variance_scaling", "scale": 0.6, "mode": m, "distribution": d},
                    (lambda mm, dd: lambda s: K.VarianceScaling(0.6, mm, dd, seed=s))(m, d)))
    out.append(({"kind": "orthogonal", "gain": 1.0}, lambda s: K.Orthogonal(seed=s)))
    for spec in out:
        spec[0]["api"] = "keras"
    return out


def tf2_specs():
    out = [({"kind": "random_normal", "mean": 0.0, "stddev": 0.05}, lambda s: tf.random_normal_initializer(seed=s)),
           ({"kind": "truncated_normal", "mean": 0.0, "stddev": 0.05}, lambda s: tf.initializers.TruncatedNormal(seed=s)),
           ({"kind": "random_uniform", "minval": -0.05, "maxval": 0.05}, lambda s: tf.random_uniform_initializer(seed=s)),
           ({"kind": "glorot_uniform", "scale": 1.0, "mode": "fan_avg", "distribution": "uniform"}, lambda s: tf.initializers.GlorotUniform(seed=s)),
           ({"kind": "he_normal", "scale": 2.0, "mode": "fan_in", "distribution": "truncated_normal"}, lambda s: tf.initializers.he_normal(seed=s)),
           ]
    for spec in out:
        spec[0]["api"] = "v2"
    return out


def gen_eager(specs):
    cases = []
    for spec, ctor in specs:
        for shape in SHAPES:
            if spec["kind"] == "orthogonal" and len(shape) < 2:
                continue
            for s in (1, 42, 0, 2024):
                try:
                    vals = np.asarray(ctor(s)(shape, dtype="float32"))
                except Exception as e:  # noqa: BLE001
                    print("skip", spec, shape, e, file=sys.stderr)
                    continue
                cases.append({"spec": dict(spec, seed=s), "shape": shape, "dtype": "float32",
                              "seed": {"graph": None, "op": s}, "bits": bits(vals)})
    return cases


def gen_big():
    """Large draws (stored as a SHA-256 of the little-endian bytes) for the libm bit-exactness figures."""
    import hashlib
    cases = []
    for kind, fn in (("random_normal", lambda: v1.random_normal_initializer(seed=5)([1 << 20])),
                     ("truncated_normal", lambda: v1.truncated_normal_initializer(seed=5)([1 << 20])),
                     ("random_uniform", lambda: v1.random_uniform_initializer(seed=5)([1 << 20]))):
        vals = run_graph(fn, 77)
        cases.append({"spec": {"kind": kind, "api": "v1", "seed": 5, **({"minval": 0.0, "maxval": 1.0} if kind == "random_uniform" else {"mean": 0.0, "stddev": 1.0})},
                      "shape": [1 << 20], "dtype": "float32", "seed": {"graph": 77, "op": 5},
                      "sha256": hashlib.sha256(vals.astype("<f4").tobytes()).hexdigest(),
                      "head": bits(vals[:4096])})
    return cases


FLOAT_DTYPES = ("float16", "bfloat16", "float64")
DT_SHAPES = [[10], [3, 5], [7, 3]]


def dt_v1_specs():
    """v1 specs exercising every sampler (uniform, normal, truncated) and the affine in the dtype."""
    out = [({"kind": "random_normal", "mean": 0.0, "stddev": 1.0}, lambda s: v1.random_normal_initializer(seed=s)),
           ({"kind": "random_normal", "mean": 0.5, "stddev": 0.3}, lambda s: v1.random_normal_initializer(0.5, 0.3, seed=s)),
           ({"kind": "truncated_normal", "mean": 0.0, "stddev": 1.0}, lambda s: v1.truncated_normal_initializer(seed=s)),
           ({"kind": "truncated_normal", "mean": -1.0, "stddev": 0.02}, lambda s: v1.truncated_normal_initializer(-1.0, 0.02, seed=s)),
           ({"kind": "random_uniform", "minval": 0.0, "maxval": 1.0}, lambda s: v1.random_uniform_initializer(seed=s)),
           ({"kind": "random_uniform", "minval": -0.1, "maxval": 0.3}, lambda s: v1.random_uniform_initializer(-0.1, 0.3, seed=s)),
           ({"kind": "glorot_uniform", "scale": 1.0, "mode": "fan_avg", "distribution": "uniform"}, lambda s: v1.glorot_uniform_initializer(seed=s)),
           ({"kind": "glorot_normal", "scale": 1.0, "mode": "fan_avg", "distribution": "truncated_normal"}, lambda s: v1.glorot_normal_initializer(seed=s)),
           ({"kind": "variance_scaling", "scale": 1.7, "mode": "fan_in", "distribution": "untruncated_normal"},
            lambda s: v1.variance_scaling_initializer(1.7, "fan_in", "untruncated_normal", seed=s))]
    for spec in out:
        spec[0]["api"] = "v1"
    return out


def dt_keras_specs():
    K = keras.initializers
    out = [({"kind": "random_normal", "mean": 0.0, "stddev": 0.05}, lambda s: K.RandomNormal(seed=s)),
           ({"kind": "random_normal", "mean": 1.0, "stddev": 2.0}, lambda s: K.RandomNormal(1.0, 2.0, seed=s)),
           ({"kind": "truncated_normal", "mean": 0.0, "stddev": 0.05}, lambda s: K.TruncatedNormal(seed=s)),
           ({"kind": "random_uniform", "minval": -0.05, "maxval": 0.05}, lambda s: K.RandomUniform(seed=s)),
           ({"kind": "random_uniform", "minval": 0.0, "maxval": 3.0}, lambda s: K.RandomUniform(0.0, 3.0, seed=s)),
           ({"kind": "glorot_uniform", "scale": 1.0, "mode": "fan_avg", "distribution": "uniform"}, lambda s: K.GlorotUniform(seed=s)),
           ({"kind": "he_normal", "scale": 2.0, "mode": "fan_in", "distribution": "truncated_normal"}, lambda s: K.HeNormal(seed=s)),
           ({"kind": "variance_scaling", "scale": 0.6, "mode": "fan_out", "distribution": "untruncated_normal"},
            lambda s: K.VarianceScaling(0.6, "fan_out", "untruncated_normal", seed=s))]
    for spec in out:
        spec[0]["api"] = "keras"
    return out


def dt_tf2_specs():
    """TF2 spellings the analyzer records as api 'v2': init_ops_v2 classes and Keras classes under tf.initializers."""
    out = [({"kind": "random_normal", "mean": 0.0, "stddev": 0.05}, lambda s: tf.random_normal_initializer(seed=s), "tf.random_normal_initializer"),
           ({"kind": "random_uniform", "minval": -0.05, "maxval": 0.05}, lambda s: tf.random_uniform_initializer(seed=s), "tf.random_uniform_initializer"),
           ({"kind": "truncated_normal", "mean": 0.0, "stddev": 0.05}, lambda s: tf.initializers.TruncatedNormal(seed=s), "tf.initializers.TruncatedNormal"),
           ({"kind": "glorot_uniform", "scale": 1.0, "mode": "fan_avg", "distribution": "uniform"}, lambda s: tf.initializers.GlorotUniform(seed=s), "tf.initializers.GlorotUniform"),
           # same spec as tf.random_uniform_initializer, different float64 bits (bounds through float32)
           ({"kind": "random_uniform", "minval": -0.05, "maxval": 0.05}, lambda s: tf.initializers.RandomUniform(seed=s), "tf.initializers.RandomUniform")]
    for spec in out:
        spec[0]["api"] = "v2"
    return out


def gen_dtypes_graph():
    cases = []
    for dt in FLOAT_DTYPES:
        for spec, ctor in dt_v1_specs():
            for shape in DT_SHAPES:
                for gs, os_ in ((None, 1), (7, 3), (0, 0)):
                    vals = run_graph(lambda: ctor(os_)(shape, dtype=dt), gs)
                    cases.append({"spec": dict(spec, seed=os_), "shape": shape, "dtype": dt,
                                  "seed": {"graph": gs, "op": os_}, "bits": bits(vals)})
        for spec, init in (({"kind": "constant", "value": 0.1}, v1.constant_initializer(0.1)),
                           ({"kind": "constant", "value": [0.1, 1 / 3, 1 + 2**-11 + 2**-40]}, v1.constant_initializer([0.1, 1 / 3, 1 + 2**-11 + 2**-40])),
                           ({"kind": "identity", "gain": 0.3}, v1.initializers.identity(0.3))):
            shape = [3, 3] if spec["kind"] == "identity" else [3]
            vals = run_graph(lambda: init(shape, dtype=dt), None)
            cases.append({"spec": dict(spec, api="v1"), "shape": shape, "dtype": dt, "seed": {"graph": None, "op": None}, "bits": bits(vals)})
    # int64 uniform: small ranges (double arithmetic), ranges of 2^21 and more (64-bit modulo), beyond 2^53
    for gs, os_ in ((None, 1), (3, 4), (11, 12)):
        for lo, hi in ((0, 10), (-5, 1000), (0, 3000000), (-2**40, 2**40 + 7), (-2**62, 2**62)):
            vals = run_graph(lambda: v1.random_uniform_initializer(lo, hi, seed=os_)([5, 7], dtype=tf.int64), gs)
            cases.append({"spec": {"kind": "random_uniform", "minval": lo, "maxval": hi, "api": "v1", "seed": os_}, "shape": [5, 7],
                          "dtype": "int64", "seed": {"graph": gs, "op": os_}, "bits": bits(vals)})
    # what TF refuses: float distributions at integer dtypes in v1
    for spec, init in (({"kind": "glorot_uniform", "scale": 1.0, "mode": "fan_avg", "distribution": "uniform"}, v1.glorot_uniform_initializer(seed=1)),
                       ({"kind": "random_normal", "mean": 0.0, "stddev": 1.0}, v1.random_normal_initializer(seed=1))):
        for dt in ("int32", "int64"):
            try:
                run_graph(lambda: init([2, 3], dtype=dt), 1)
                raise SystemExit("expected TF to refuse %s at %s" % (spec["kind"], dt))
            except Exception as e:  # noqa: BLE001
                if isinstance(e, SystemExit):
                    raise
                cases.append({"spec": dict(spec, api="v1", seed=1), "shape": [2, 3], "dtype": dt, "error": type(e).__name__})
    return cases


def gen_dtypes_big():
    """2^20-element draws: SHA-256 of the little-endian bytes and the first values (2048 of the float64
    normals, whose share of TF-identical values the tests report; 1024 of the rest)."""
    import hashlib
    cases = []
    big = [("float16", "random_normal"), ("bfloat16", "truncated_normal"), ("float16", "random_uniform"), ("bfloat16", "random_uniform"),
           ("float64", "random_uniform"), ("float64", "random_normal"), ("float64", "truncated_normal")]
    n = 1 << 20
    for dt, kind in big:
        ctor = {"random_normal": v1.random_normal_initializer, "truncated_normal": v1.truncated_normal_initializer,
                "random_uniform": v1.random_uniform_initializer}[kind]
        vals = run_graph(lambda: ctor(seed=5)([n], dtype=dt), 77)
        args = {"minval": 0.0, "maxval": 1.0} if kind == "random_uniform" else {"mean": 0.0, "stddev": 1.0}
        case = {"spec": {"kind": kind, "api": "v1", "seed": 5, **args}, "shape": [n], "dtype": dt, "seed": {"graph": 77, "op": 5},
                "sha256": hashlib.sha256(np.ascontiguousarray(vals).tobytes()).hexdigest(),
                "head": bits(vals[:2048 if dt == "float64" and kind != "random_uniform" else 1024])}
        cases.append(case)
    return cases


def gen_dtypes_eager():
    cases = []
    named = [(spec, ctor, None) for spec, ctor in dt_keras_specs()] + dt_tf2_specs()
    for spec, ctor, name in named:
        for dt in FLOAT_DTYPES:
            for shape in DT_SHAPES:
                for s in (1, 42):
                    vals = np.asarray(ctor(s)(shape, dtype=dt))
                    case = {"spec": dict(spec, seed=s), "shape": shape, "dtype": dt, "seed": {"graph": None, "op": s}, "bits": bits(vals)}
                    if name:
                        case["ctor"] = name
                    cases.append(case)
    K = keras.initializers
    ints = [({"kind": "random_uniform", "minval": 0, "maxval": 10, "api": "keras"}, lambda s: K.RandomUniform(0, 10, seed=s), [5, 7]),
            ({"kind": "random_uniform", "minval": -5, "maxval": 1000, "api": "keras"}, lambda s: K.RandomUniform(-5, 1000, seed=s), [5, 7]),
            ({"kind": "random_uniform", "minval": 0, "maxval": 10, "api": "v2"}, lambda s: tf.random_uniform_initializer(0, 10, seed=s), [5, 7]),
            ({"kind": "glorot_uniform", "scale": 1.0, "mode": "fan_avg", "distribution": "uniform", "api": "keras"}, lambda s: K.GlorotUniform(seed=s), [2, 3]),
            ({"kind": "he_uniform", "scale": 2.0, "mode": "fan_in", "distribution": "uniform", "api": "keras"}, lambda s: K.HeUniform(seed=s), [1, 5])]
    for spec, ctor, shape in ints:
        for dt in ("int32", "int64"):
            for s in (1, 42):
                vals = np.asarray(ctor(s)(shape, dtype=dt))
                cases.append({"spec": dict(spec, seed=s), "shape": shape, "dtype": dt, "seed": {"graph": None, "op": s}, "bits": bits(vals)})
    for spec, ctor in (({"kind": "random_normal", "mean": 0.0, "stddev": 0.05, "api": "keras"}, lambda: K.RandomNormal(seed=1)),
                       ({"kind": "glorot_uniform", "scale": 1.0, "mode": "fan_avg", "distribution": "uniform", "api": "keras"}, lambda: K.GlorotUniform(seed=1))):
        try:
            ctor()([30, 40], dtype="int64")  # glorot: limit 0.28 casts to [0, 0)
            raise SystemExit("expected TF to refuse %s at int64" % spec["kind"])
        except Exception as e:  # noqa: BLE001
            if isinstance(e, SystemExit):
                raise
            cases.append({"spec": dict(spec, seed=1), "shape": [30, 40], "dtype": "int64", "error": type(e).__name__})
    for spec, init in (({"kind": "constant", "value": 0.1, "api": "keras"}, K.Constant(0.1)),
                       ({"kind": "identity", "gain": 0.3, "api": "keras"}, K.Identity(0.3))):
        shape = [3, 3] if spec["kind"] == "identity" else [3]
        for dt in FLOAT_DTYPES:
            cases.append({"spec": spec, "shape": shape, "dtype": dt, "seed": {"graph": None, "op": None}, "bits": bits(np.asarray(init(shape, dtype=dt)))})
    return cases


def main():
    os.makedirs(OUT, exist_ok=True)
    meta = {"tensorflow": tf.__version__, "keras": keras.__version__, "numpy": np.__version__}
    v1.disable_eager_execution()
    groups = {"v1_graph": gen_v1() + gen_big()}
    dtype_cases = gen_dtypes_graph() + gen_dtypes_big()
    v1.enable_eager_execution()
    groups["keras"] = gen_eager(keras_specs())
    groups["tf2"] = gen_eager(tf2_specs())
    groups["dtypes"] = dtype_cases + gen_dtypes_eager()
    for name, cases in groups.items():
        with open(os.path.join(OUT, name + ".json"), "w") as f:
            json.dump({"generator": meta, "cases": cases}, f, separators=(",", ":"))
            f.write("\n")
        print(name, len(cases), "cases")


if __name__ == "__main__":
    main()
