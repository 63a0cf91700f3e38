# Constants from a workspace config package (and its submodule).
import tensorflow.compat.v1 as tf
import _cfg
from _cfg import HIDDEN, EMBED_DIM
from _cfg._sizes import VOCAB
tf.disable_v2_behavior()

table = tf.get_variable("table", [VOCAB, EMBED_DIM])
for name in _cfg.LAYERS:
    with tf.variable_scope(name):
        tf.get_variable("w", [EMBED_DIM, HIDDEN],
                        initializer=tf.random_normal_initializer(stddev=_cfg.INIT_STDDEV))
