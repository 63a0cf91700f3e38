# tf.contrib.layers.conv2d with normalizer_fn=batch_norm on a rank-4 input (TF 1.15): batch_norm takes the core
# BatchNormalization layer path, which builds gamma before beta, then the moving statistics, under Conv/BatchNorm.
# recorder: tf1-shims
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

images = tf.placeholder(tf.float32, [2, 8, 8, 3])
net = tf.contrib.layers.conv2d(images, 4, 3, normalizer_fn=tf.contrib.layers.batch_norm)
net = tf.contrib.layers.conv2d(net, 4, 3, normalizer_fn=tf.contrib.layers.batch_norm,
                               normalizer_params={"scale": True, "center": True}, scope="conv2")
