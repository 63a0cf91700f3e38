# Static shapes of convolutions and pooling (SAME / VALID, strides, dilations, NHWC and NCHW), written into
# variable shapes ([rank] + [dim + 1, or 0 for an unknown dim]) as TensorFlow's shape functions give them.
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


def probe(name, t):
    dims = t.shape.as_list()
    tf.get_variable(name, [len(dims)] + [0 if d is None else d + 1 for d in dims], initializer=tf.zeros_initializer())


img = tf.placeholder(tf.float32, [None, 11, 9, 3])
seq = tf.placeholder(tf.float32, [2, 17, 4])
vol = tf.placeholder(tf.float32, [1, 6, None, 5, 2])
k2 = tf.zeros([3, 3, 3, 8])

probe('p_conv2d_same', tf.nn.conv2d(img, k2, strides=[1, 1, 1, 1], padding='SAME'))
probe('p_conv2d_valid_s2', tf.nn.conv2d(img, k2, strides=[1, 2, 2, 1], padding='VALID'))
probe('p_conv2d_same_s2', tf.nn.conv2d(img, k2, [1, 2, 3, 1], 'SAME'))
probe('p_conv2d_dilated', tf.nn.conv2d(img, k2, strides=[1, 1, 1, 1], padding='VALID', dilations=[1, 2, 2, 1]))
probe('p_conv1d', tf.nn.conv1d(seq, tf.zeros([5, 4, 6]), stride=2, padding='VALID'))
probe('p_conv1d_same', tf.nn.conv1d(seq, tf.zeros([5, 4, 6]), 3, 'SAME'))
probe('p_conv3d', tf.nn.conv3d(vol, tf.zeros([2, 2, 2, 2, 7]), strides=[1, 1, 1, 1, 1], padding='VALID'))
probe('p_max_pool', tf.nn.max_pool(img, ksize=[1, 2, 2, 1], strides=[1, 2, 2, 1], padding='VALID'))
probe('p_avg_pool_same', tf.nn.avg_pool(img, [1, 3, 3, 1], [1, 2, 2, 1], 'SAME'))
probe('p_max_pool2d', tf.nn.max_pool2d(img, 2, 2, 'VALID'))
probe('p_max_pool1d', tf.nn.max_pool1d(seq, 3, 2, 'SAME'))
probe('p_conv_unknown_in', tf.nn.conv2d(tf.placeholder(tf.float32, [4, None, 10, 3]), k2, [1, 1, 1, 1], 'VALID'))
