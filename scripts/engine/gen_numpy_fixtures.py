"""Records NumPy's legacy RandomState streams and glibc's double `log` for the engine's tests.

Run with a Python that has NumPy (e.g. /tmp/tf/bin/python scripts/engine/gen_numpy_fixtures.py); writes
test/fixtures/engine/numpy.json: `log`: x and log(x) as 16-digit hex bit patterns, pair after pair, from the C
library's log (glibc >= 2.28 on x86-64 with FMA runs its __log_fma), over (0, 1) as legacy gauss uses
it, both sides of 1, and a wide exponent range; `streams`: per seed a sequence of np.random calls (the
global stream, seeded by np.random.seed) with each call's values in hex, and the SHA-256 of 2^18 further
randn values. The tests never need NumPy.
"""
import ctypes
import hashlib
import json
import os
import platform

import numpy as np

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "test", "fixtures", "engine", "numpy.json")


def hexes(a):
    return "".join("%016x" % int(x) for x in np.ascontiguousarray(a, dtype=np.float64).reshape(-1).view(np.uint64))


def main():
    libm = ctypes.CDLL("libm.so.6")
    libm.log.restype = ctypes.c_double
    libm.log.argtypes = [ctypes.c_double]
    rng = np.random.default_rng(2024)
    xs = np.concatenate([
        rng.random(2000),
        1 - rng.random(800) * 0.0625,
        1 + rng.random(800) * 0.0647,
        np.nextafter(1 - 2.0 ** -4, [0, 2] * 4)[:2], np.nextafter(1 + 0.064697265625, [0, 2] * 4)[:2],
        [1 - 2.0 ** -4, 1 + 0.064697265625, 1.0, 0.5, 2.0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308],
        np.exp(rng.uniform(-700, 700, 600)),
    ])
    log = "".join(hexes([x]) + hexes([libm.log(float(x))]) for x in xs)
    calls = [("rand", (5,)), ("randn", (3,)), ("uniform", (-2.0, 3.0, 4)), ("normal", (1.0, 0.5, 5)), ("randn", (1,)),
             ("random_sample", (2,)), ("standard_normal", (7,)), ("randn", (1000,)), ("rand", (3,))]
    streams = []
    for seed in (0, 1, 42, 12345, 2 ** 32 - 1):
        np.random.seed(seed)
        out = []
        for fn, args in calls:
            out.append({"call": fn, "args": list(args), "bits": hexes(getattr(np.random, fn)(*args))})
        big = np.random.randn(2 ** 18)
        streams.append({"seed": seed, "calls": out, "then_randn": 2 ** 18, "sha256": hashlib.sha256(np.ascontiguousarray(big).tobytes()).hexdigest()})
    meta = {"numpy": np.__version__, "libc": " ".join(platform.libc_ver()), "machine": platform.machine()}
    with open(OUT, "w") as f:
        json.dump({"generator": meta, "log": log, "streams": streams}, f, indent=1)
        f.write("\n")
    print(len(xs), "log cases,", len(streams), "streams")


if __name__ == "__main__":
    main()
