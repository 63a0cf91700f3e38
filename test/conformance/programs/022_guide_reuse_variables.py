# Sharing guide: scope.reuse_variables() before the second call shares everything.
import tensorflow.compat.v1 as tf
from _layers import conv_relu
tf.disable_v2_behavior()


def my_image_filter(input_images):
    with tf.variable_scope("conv1"):
        relu1 = conv_relu(input_images, [3, 3, 3, 8], [8])
    with tf.variable_scope("conv2"):
        return conv_relu(relu1, [3, 3, 8, 8], [8])


image1 = tf.placeholder(tf.float32, [1, 8, 8, 3])
image2 = tf.placeholder(tf.float32, [1, 8, 8, 3])
with tf.variable_scope("image_filters") as scope:
    result1 = my_image_filter(image1)
    scope.reuse_variables()
    result2 = my_image_filter(image2)
