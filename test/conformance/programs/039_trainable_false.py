# trainable=False keeps a variable out of trainable_variables.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("bn"):
    gamma = tf.get_variable("gamma", [8], initializer=tf.ones_initializer())
    mean = tf.get_variable("moving_mean", [8], initializer=tf.zeros_initializer(), trainable=False)
    step = tf.Variable(0, name="step", trainable=False)
