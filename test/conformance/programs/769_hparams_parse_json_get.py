# HParams.parse_json and get(key, default) (TF 1.15 hparam.py; recorded with the recorder's HParams stand-in).
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

hp = tf.contrib.training.HParams(units=2, rate=0.1, tag="a")
hp.parse_json('{"units": 5, "rate": 1, "tag": "tower"}')
with tf.variable_scope(hp.tag):
    tf.get_variable("w", [hp.get("units"), hp.get("depth", 3)],
                    initializer=tf.random_normal_initializer(stddev=hp.rate))
tf.get_variable("rate_is_float", [len(repr(hp.rate))])
