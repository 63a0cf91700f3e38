// A generated 100-file TF1 repository for the first-tree benchmark (bench/editor/tree.mjs): model modules that
// build scoped variables from config dicts, training scripts that import them with literal configs, and the
// data, utility and test modules around them that never touch TensorFlow (as in a real research repository).

/** Relative path → text of the repository's files (deterministic; `n` files in all). */
export function repoFiles(n = 100): Record<string, string> {
  const files: Record<string, string> = {};
  const models = Math.round(n * 0.15);
  const scripts = Math.round(n * 0.15);
  for (let m = 0; m < models; m++) files[`models/block_${m}.py`] = modelModule(m);
  for (let s = 0; s < scripts; s++) files[`train_${s}.py`] = trainScript(s, s % models);
  let i = 0;
  while (Object.keys(files).length < n) {
    const k = i++;
    if (k % 3 === 0) files[`utils/text_${k}.py`] = utilModule(k);
    else if (k % 3 === 1) files[`data/input_${k}.py`] = dataModule(k);
    else files[`tests/test_util_${k}.py`] = testModule(k);
  }
  return files;
}

/** The expected variable count of train_<s>.py (for checks): 2 get_variable + 2 dense layers × 2 per layer. */
export function trainVariables(s: number): number {
  return (2 + 2 * 2) * (2 + (s % 3));
}

function modelModule(m: number): string {
  return `"""Block ${m}: a projection and a small MLP per layer."""
import tensorflow.compat.v1 as tf


def layer(x, cfg, index):
    with tf.variable_scope("layer_%d" % index):
        w = tf.get_variable("w", [cfg["hidden"], cfg["hidden"]], initializer=tf.truncated_normal_initializer(stddev=cfg["init_std"]))
        b = tf.get_variable("b", [cfg["hidden"]], initializer=tf.zeros_initializer())
        h = tf.nn.relu(tf.matmul(x, w) + b)
        h = tf.layers.dense(h, cfg["hidden"] * 4, activation=tf.nn.relu, name="ff_in")
        return tf.layers.dense(h, cfg["hidden"], name="ff_out")


def model(x, cfg, scope="block_${m}"):
    with tf.variable_scope(scope):
        for i in range(cfg["layers"]):
            x = layer(x, cfg, i)
    return x
`;
}

function trainScript(s: number, m: number): string {
  return `"""Trains block ${m} on random inputs."""
import tensorflow.compat.v1 as tf
from models import block_${m}
from utils import text_0

tf.disable_v2_behavior()
CONFIG = {"hidden": ${32 + 16 * (s % 4)}, "layers": ${2 + (s % 3)}, "init_std": 0.02}


def main():
    x = tf.placeholder(tf.float32, [None, CONFIG["hidden"]])
    y = block_${m}.model(x, CONFIG)
    loss = tf.reduce_mean(tf.square(y))
    print(text_0.banner("train_${s}"), loss)


if __name__ == "__main__":
    main()
`;
}

function utilModule(k: number): string {
  return `"""Text helpers ${k}."""
import re
import unicodedata


def banner(name):
    return "== %s ==" % name


def normalize_${k}(text):
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"\\s+", " ", text).strip().lower()
`;
}

function dataModule(k: number): string {
  return `"""Input pipeline ${k} (no variables)."""
import csv
import numpy as np


def read_rows_${k}(path):
    with open(path) as f:
        return [row for row in csv.reader(f)]


def batches(rows, size=${8 + (k % 5)}):
    arr = np.asarray(rows)
    for start in range(0, len(arr), size):
        yield arr[start:start + size]
`;
}

function testModule(k: number): string {
  return `"""Tests of the helpers (${k})."""
import unittest


class HelperTest${k}(unittest.TestCase):
    def test_banner(self):
        self.assertEqual("== a ==", "== %s ==" % "a")


if __name__ == "__main__":
    unittest.main()
`;
}
