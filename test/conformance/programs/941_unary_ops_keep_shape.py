# Element-wise unary ops keep their input's static shape (UnchangedShape in TF's op registrations), so a layer
# after them sizes its kernel from the input's last dim: leaky_relu (a DCGAN's discriminator), softplus, rsqrt...
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, [4, 6])
ops = [
    ('leaky', lambda t: tf.nn.leaky_relu(t, alpha=0.2)),
    ('softplus', tf.nn.softplus),
    ('softsign', tf.nn.softsign),
    ('log_softmax', tf.nn.log_softmax),
    ('rsqrt', tf.math.rsqrt),
    ('erf', tf.math.erf),
    ('log1p', tf.math.log1p),
    ('reciprocal', tf.math.reciprocal),
    ('swish', tf.nn.swish),
]
h = x
for i, (name, op) in enumerate(ops):
    h = op(h)
    with tf.variable_scope(name):
        w = tf.get_variable('w', [h.shape[-1], i + 2])
    h = tf.matmul(h, w)
