# Momentum and RMSProp slots are named after the variable and the optimizer.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

w = tf.get_variable("w", [2, 2])
v = tf.get_variable("v", [2])
loss = tf.reduce_sum(w) + tf.reduce_sum(v)
m_op = tf.train.MomentumOptimizer(0.1, momentum=0.9).minimize(loss, var_list=[w])
r_op = tf.train.RMSPropOptimizer(0.01).minimize(loss, var_list=[v])
sgd = tf.train.GradientDescentOptimizer(0.5).minimize(loss)
