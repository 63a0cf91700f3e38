# HParams errors in TF 1.15's words (hparam.py; recorded with the recorder's HParams stand-in): each caught one
# leaves a marker variable; the last one is raised.
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

hp = tf.contrib.training.HParams(units=4, rate=0.5, sizes=[1, 2])
try:
    hp.set_hparam("units", 2.5)
except ValueError:
    tf.get_variable("caught_float_to_int", [1])
try:
    hp.set_hparam("sizes", 3)
except ValueError:
    tf.get_variable("caught_scalar_for_list", [1])
try:
    hp.add_hparam("values", 1)
except ValueError:
    tf.get_variable("caught_reserved", [1])
try:
    hp.set_hparam("nope", 1)
except KeyError:
    tf.get_variable("caught_unknown_name", [1])
tf.get_variable("units", [hp.units])
hp.parse("units=3,depth=2")
