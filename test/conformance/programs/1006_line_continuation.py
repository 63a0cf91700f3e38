# Python's explicit line joining (a backslash at a line's end, reference 2.1.5) inside an unparenthesized tuple: the
# joined lines are one logical line, so `a, b, c, d = [...], 20, \` + newline + `init, init` unpacks four items
# (MorvanZhou's DQN builds its layer config this way). Also in a chained expression and a call's argument tail.
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with tf.variable_scope('eval_net'):
    c_names, n_l1, w_initializer, b_initializer = \
        ['eval_net_params', tf.GraphKeys.GLOBAL_VARIABLES], 20, \
        tf.random_normal_initializer(0., 0.3), tf.constant_initializer(0.1)  # config of layers
    w1 = tf.get_variable('w1', [3, n_l1], initializer=w_initializer, collections=c_names)
    b1 = tf.get_variable('b1', [1, n_l1], initializer=b_initializer, collections=c_names)

units = 4 + \
    3 * \
    2
sizes = [units, \
         units * 2]
tf.get_variable('joined', [units, sizes[1]])
first, second = \
    (5, 6)
tf.get_variable('pair', [first, second])
