# tf.gradients gives one gradient per xs item (a variable's shape and dtype), tf.clip_by_global_norm gives
# (clipped list, global norm); a BERT/ELECTRA-style AdamWeightDecay then makes `<var>/adam_m` and `<var>/adam_v`
# with get_variable for each (grad, param) pair, the name from param.name without its ":0".
import re
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, [4, 3])
with tf.variable_scope("model"):
    h = tf.matmul(x, tf.get_variable("w", [3, 5]))
    b = tf.get_variable("b", [5], initializer=tf.zeros_initializer())
    loss = tf.reduce_sum(h + b)

tvars = tf.trainable_variables()
grads = tf.gradients(loss, tvars)
(grads, _) = tf.clip_by_global_norm(grads, clip_norm=1.0)
for (grad, param) in zip(grads, tvars):
    if grad is None or param is None:
        continue
    name = re.match("^(.*):\\d+$", param.name).group(1)
    m = tf.get_variable(name=name + "/adam_m", shape=param.shape.as_list(), dtype=tf.float32, trainable=False,
                        initializer=tf.zeros_initializer())
    v = tf.get_variable(name=name + "/adam_v", shape=grad.shape.as_list(), dtype=tf.float32, trainable=False,
                        initializer=tf.zeros_initializer())
count = tf.get_variable("count", [len(grads)], dtype=tf.int32, initializer=tf.zeros_initializer())
