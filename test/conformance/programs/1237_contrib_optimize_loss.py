# tf.contrib.layers.optimize_loss (TF 1.15 contrib/layers/python/layers/optimizers.py): in variable_scope(name,
# "OptimizeLoss") (uniquified: OptimizeLoss_1, ...), a float rate becomes a `learning_rate` variable, a tensor rate is
# used as it is; the optimizer comes from a name (OPTIMIZER_CLS_NAMES: "Momentum" with momentum 0.9), a class, or an
# instance; slots and Adam's powers are made in that scope, only for variables the loss reaches. The TF 1.x
# learning-rate decays (exponential_decay, polynomial_decay) are scalar tensors in graph mode.
# recorder: tf1-shims
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, [4, 3])
w = tf.get_variable('w', [3, 2])
v = tf.get_variable('v', [2, 1])
u = tf.get_variable('u', [5])
loss = tf.reduce_sum(tf.matmul(tf.matmul(x, w), v))
gs = tf.train.get_or_create_global_step()
lr = tf.train.exponential_decay(0.1, gs, 100, 0.9, staircase=True)
t1 = tf.contrib.layers.optimize_loss(loss, gs, lr, 'Adam', clip_gradients=5.0)
t2 = tf.contrib.layers.optimize_loss(loss, gs, 0.01, 'Momentum', variables=[w])
t3 = tf.contrib.layers.optimize_loss(loss, gs, 0.01, tf.train.RMSPropOptimizer, name='rms',
                                     learning_rate_decay_fn=lambda r, s: tf.train.polynomial_decay(r, s, 1000))
t4 = tf.contrib.layers.optimize_loss(loss, None, None, tf.train.AdagradOptimizer(0.5), increment_global_step=False)
