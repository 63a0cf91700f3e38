import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.compat.v1.variable_scope("outer_scope"):
    with tf.compat.v1.variable_scope("inner_scope"):
        W1 = tf.compat.v1.get_variable("weight1", shape=[5,5], initializer=tf.compat.v1.ones_initializer())
        b1 = tf.compat.v1.get_variable("bias1", shape=[5], initializer=tf.compat.v1.constant_initializer(0.5))
    W2 = tf.compat.v1.get_variable("weight2", shape=[5,10], initializer=tf.compat.v1.truncated_normal_initializer())


init_op = tf.compat.v1.global_variables_initializer()

with tf.compat.v1.Session() as sess:
    sess.run(init_op)
    print(sess.run(W1))
    print(sess.run(b1))
    print(sess.run(W2))
