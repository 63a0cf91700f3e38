# TF1 compute_gradients (called by minimize) raises "No variables to optimize." when the variable list is empty:
# here no variable is trainable (optimizer.py compute_gradients).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, [None, 2])
step = tf.Variable(0, trainable=False, name="step")
loss = tf.reduce_sum(x)
train = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
