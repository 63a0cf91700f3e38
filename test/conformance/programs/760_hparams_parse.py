# HParams.parse("name=value,..."): values parsed by the hparam's type, lists in brackets (TF 1.15 hparam.py
# parse_values; recorded with the recorder's HParams stand-in).
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

hp = tf.contrib.training.HParams(units=2, layers=1, sizes=[1, 1], stddev=0.1, use_bias=True, name="net")
hp.parse("units=6,sizes=[4, 7],stddev=0.25,use_bias=false, name=tower")
with tf.variable_scope(hp.name):
    for i, s in enumerate(hp.sizes):
        tf.get_variable("w%d" % i, [hp.units, s], initializer=tf.random_normal_initializer(stddev=hp.stddev))
    if hp.use_bias:
        tf.get_variable("b", [hp.units])
