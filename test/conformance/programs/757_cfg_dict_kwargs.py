# A dict literal of hyperparameters passed as **kwargs, and read with .get(key, default).
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

HPARAMS = {"units": 5, "depth": 2}


def tower(units, depth, activation="relu"):
    for i in range(depth):
        tf.get_variable("t%d" % i, [units, units])


tower(**HPARAMS)
tf.get_variable("bias", [HPARAMS.get("bias_units", 3)])
