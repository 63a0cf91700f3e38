# Variables created inside comprehensions and with map/lambda names.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

weights = [tf.get_variable("w%d" % i, [i + 1]) for i in range(3)]
names = list(map(lambda i: "m_" + str(i), range(2)))
biases = {n: tf.get_variable(n, [2], initializer=tf.zeros_initializer()) for n in names}
squares = [tf.get_variable("sq%d" % k, [k]) for k in [x * x for x in range(1, 3)]]
