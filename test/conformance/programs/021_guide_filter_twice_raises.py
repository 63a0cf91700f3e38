# Sharing guide: calling the filter twice without reuse raises on the first shared name.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()


def conv_relu(inputs, kernel_shape, bias_shape):
    weights = tf.get_variable("weights", kernel_shape,
                              initializer=tf.random_normal_initializer())
    biases = tf.get_variable("biases", bias_shape,
                             initializer=tf.constant_initializer(0.0))
    return tf.nn.relu(tf.nn.conv2d(inputs, weights, [1, 1, 1, 1], 'SAME') + biases)


def my_image_filter(input_images):
    with tf.variable_scope("conv1"):
        relu1 = conv_relu(input_images, [5, 5, 3, 16], [16])
    with tf.variable_scope("conv2"):
        return conv_relu(relu1, [5, 5, 16, 16], [16])


image1 = tf.placeholder(tf.float32, [1, 8, 8, 3])
image2 = tf.placeholder(tf.float32, [1, 8, 8, 3])
result1 = my_image_filter(image1)
result2 = my_image_filter(image2)
