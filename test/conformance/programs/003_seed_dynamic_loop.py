import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.compat.v1.variable_scope('dynamic_scope') as scope:
    for i in range(3):
        name = "var_{}".format(i)
        var = tf.compat.v1.get_variable(name, shape=[2,2], initializer=tf.compat.v1.random_uniform_initializer())
        #Further operations with var

init_op = tf.compat.v1.global_variables_initializer()

with tf.compat.v1.Session() as sess:
    sess.run(init_op)
    for i in range(3):
        name = "dynamic_scope/var_{}".format(i)
        var = tf.compat.v1.get_variable(name)
        print(sess.run(var))

