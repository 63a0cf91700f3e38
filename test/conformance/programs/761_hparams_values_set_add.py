# HParams.values(), set_hparam, add_hparam, get and del_hparam (TF 1.15 hparam.py; recorded with the recorder's
# HParams stand-in).
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

hp = tf.contrib.training.HParams(a=2, b=3)
hp.add_hparam("c", 4)
hp.set_hparam("a", 5)
vals = hp.values()
for name in sorted(vals):
    tf.get_variable(name, [vals[name]])
tf.get_variable("got", [hp.get("b"), hp.get("missing", 9)])
hp.del_hparam("c")
tf.get_variable("count", [len(hp.values())])
